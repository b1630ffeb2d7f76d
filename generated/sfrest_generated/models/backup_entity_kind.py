# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class BackupEntityKind(StrEnum):
    """
    The kind of entity a backup configuration describes.
    - Invalid - Indicates an invalid entity kind. All Service Fabric enumerations have the invalid type.
    - Partition - A partition.
    - Service - A service.
    - Application - An application.

    """

    INVALID = "Invalid"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"

    @classmethod
    def _missing_(cls, value: object) -> BackupEntityKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
