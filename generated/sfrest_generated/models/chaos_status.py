# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ChaosStatus(StrEnum):
    """
    Whether Chaos runs. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid Chaos status. All Service Fabric enumerations have the invalid type.
    - Running - Chaos is running.
    - Stopped - Chaos is not running: never started, stopped, or its time to run is over.

    """

    INVALID = "Invalid"
    RUNNING = "Running"
    STOPPED = "Stopped"

    @classmethod
    def _missing_(cls, value: object) -> ChaosStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
