# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class JobMode(StrEnum):
    """
    How to run the job.
    - Partial - Some of it.
    - Full - All of it.

    """

    PARTIAL = "Partial"
    FULL = "Full"

    @classmethod
    def _missing_(cls, value: object) -> JobMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
