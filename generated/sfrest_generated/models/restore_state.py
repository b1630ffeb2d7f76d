# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class RestoreState(StrEnum):
    """
    The state of a restore. Terminal states: Success, Failure, Timeout. Open: a newer
    runtime may send a value not listed here (a 2025 backup-service change added
    SecondaryInProgress).
    - Invalid - Indicates an invalid restore state. All Service Fabric enumerations have the invalid type.
    - Accepted - The operation is accepted and will start soon.
    - RestoreInProgress - The restore operation is in progress.
    - Success - The operation completed successfully.
    - Failure - The operation failed.
    - Timeout - The operation timed out.

    """

    INVALID = "Invalid"
    ACCEPTED = "Accepted"
    RESTORE_IN_PROGRESS = "RestoreInProgress"
    SUCCESS = "Success"
    FAILURE = "Failure"
    TIMEOUT = "Timeout"

    @classmethod
    def _missing_(cls, value: object) -> RestoreState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
