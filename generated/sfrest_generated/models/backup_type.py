# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class BackupType(StrEnum):
    """
    The kind of backup.
    - Invalid - Indicates an invalid backup type. All Service Fabric enumerations have the invalid type.
    - Full - A full backup.
    - Incremental - The changes since the previous backup of the chain.

    """

    INVALID = "Invalid"
    FULL = "Full"
    INCREMENTAL = "Incremental"

    @classmethod
    def _missing_(cls, value: object) -> BackupType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
