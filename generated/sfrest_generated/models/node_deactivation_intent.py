# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeDeactivationIntent(StrEnum):
    """
    Why a node is being deactivated.
    - Invalid - No deactivation intent (also sent for a node that is not deactivated).
    - Pause - The node is paused.
    - Restart - The node will restart.
    - RemoveData - The node's data will be removed.
    - RemoveNode - The node will be removed.

    """

    INVALID = "Invalid"
    PAUSE = "Pause"
    RESTART = "Restart"
    REMOVE_DATA = "RemoveData"
    REMOVE_NODE = "RemoveNode"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationIntent | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
