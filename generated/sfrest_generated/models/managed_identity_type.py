# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ManagedIdentityType(StrEnum):
    """
    The kind of managed identity.
    - Invalid - Indicates an invalid managed identity type. All Service Fabric enumerations have the invalid type.
    - VMSS - The virtual machine scale set's managed identity.
    - Cluster - The cluster's managed identity.

    """

    INVALID = "Invalid"
    VMSS = "VMSS"
    CLUSTER = "Cluster"

    @classmethod
    def _missing_(cls, value: object) -> ManagedIdentityType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
