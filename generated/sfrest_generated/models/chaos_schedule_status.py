# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ChaosScheduleStatus(StrEnum):
    """
    The state of the Chaos schedule. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid schedule status. All Service Fabric enumerations have the invalid type.
    - Stopped - No schedule runs: none was posted, or StopChaos stopped it.
    - Active - The schedule runs Chaos in its jobs' times.
    - Expired - The schedule's ExpiryDate has passed.
    - Pending - The schedule waits for its StartDate.

    """

    INVALID = "Invalid"
    STOPPED = "Stopped"
    ACTIVE = "Active"
    EXPIRED = "Expired"
    PENDING = "Pending"

    @classmethod
    def _missing_(cls, value: object) -> ChaosScheduleStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
