# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class BackupPolicyScope(StrEnum):
    """
    Where a backup policy is applied.
    - Invalid - Indicates an invalid scope. All Service Fabric enumerations have the invalid type.
    - Partition - On the partition.
    - Service - On the service.
    - Application - On the application.

    """

    INVALID = "Invalid"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"

    @classmethod
    def _missing_(cls, value: object) -> BackupPolicyScope | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
