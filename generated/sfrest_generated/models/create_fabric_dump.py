# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class CreateFabricDump(StrEnum):
    """
    Whether to take a dump of the node's fabric process before restarting it; the
    values are case-sensitive strings, not booleans. Left out, the gateway takes False.
    - False - No dump.
    - True - A dump of the fabric process.

    """

    FALSE = "False"
    TRUE = "True"

    @classmethod
    def _missing_(cls, value: object) -> CreateFabricDump | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
