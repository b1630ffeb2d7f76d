# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class OperationState(StrEnum):
    """
    The state of a user-induced operation. Terminal states: Completed, Faulted,
    Cancelled, ForceCancelled. Open: a newer runtime may send a value not listed here.
    - Invalid - The operation state is invalid.
    - Running - The operation is in progress.
    - RollingBack - The operation is rolling back internal system state because it encountered a fatal error or was cancelled by the user. "RollingBack" does not refer to user state: for a PartitionDataLoss command it does not mean service data is being restored, but that the system is cleaning up internal state associated with the command.
    - Completed - The operation has completed successfully and is no longer running.
    - Faulted - The operation has failed and is no longer running.
    - Cancelled - The operation was cancelled by the user using CancelOperation, and is no longer running.
    - ForceCancelled - The operation was cancelled by the user using CancelOperation, with the force parameter set to true. It is no longer running.

    """

    INVALID = "Invalid"
    RUNNING = "Running"
    ROLLING_BACK = "RollingBack"
    COMPLETED = "Completed"
    FAULTED = "Faulted"
    CANCELLED = "Cancelled"
    FORCE_CANCELLED = "ForceCancelled"

    @classmethod
    def _missing_(cls, value: object) -> OperationState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
