# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class BackupState(StrEnum):
    """
    The state of a backup. Terminal states: Success, Failure, Timeout. Open: a newer
    runtime may send a value not listed here.
    - Invalid - Indicates an invalid backup state. All Service Fabric enumerations have the invalid type.
    - Accepted - The operation is accepted and will start soon.
    - BackupInProgress - The backup operation is in progress.
    - Success - The operation completed successfully.
    - Failure - The operation failed.
    - Timeout - The operation timed out.

    """

    INVALID = "Invalid"
    ACCEPTED = "Accepted"
    BACKUP_IN_PROGRESS = "BackupInProgress"
    SUCCESS = "Success"
    FAILURE = "Failure"
    TIMEOUT = "Timeout"

    @classmethod
    def _missing_(cls, value: object) -> BackupState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
