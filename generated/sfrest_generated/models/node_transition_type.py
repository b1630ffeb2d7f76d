# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeTransitionType(StrEnum):
    """
    The kind of node transition. Sent exactly as written (case-sensitive); the gateway
    rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - Start - Transition a stopped node to up.
    - Stop - Transition an up node to stopped.

    """

    INVALID = "Invalid"
    START = "Start"
    STOP = "Stop"

    @classmethod
    def _missing_(cls, value: object) -> NodeTransitionType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
