# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeDeactivationStatus(StrEnum):
    """
    How far a node deactivation has gone.
    - None - No deactivation is in progress.
    - SafetyCheckInProgress - Safety checks are running.
    - SafetyCheckComplete - Safety checks have passed.
    - Completed - The deactivation has completed.

    """

    NONE = "None"
    SAFETY_CHECK_IN_PROGRESS = "SafetyCheckInProgress"
    SAFETY_CHECK_COMPLETE = "SafetyCheckComplete"
    COMPLETED = "Completed"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
