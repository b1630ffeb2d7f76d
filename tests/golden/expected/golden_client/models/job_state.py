# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class JobState(StrEnum):
    """
    The state of a job.
    - Running - The job is in progress.
    - Completed - The job has completed.

    """

    RUNNING = "Running"
    COMPLETED = "Completed"

    @classmethod
    def _missing_(cls, value: object) -> JobState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
