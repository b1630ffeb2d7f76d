# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class HealthState(StrEnum):
    """
    The health state of an entity. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid health state. All Service Fabric enumerations have the invalid type.
    - Ok - The health is good.
    - Warning - Something may be wrong that needs a look.
    - Error - Something is wrong that needs action.
    - Unknown - The health state is not known.

    """

    INVALID = "Invalid"
    OK = "Ok"
    WARNING = "Warning"
    ERROR = "Error"
    UNKNOWN = "Unknown"

    @classmethod
    def _missing_(cls, value: object) -> HealthState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
