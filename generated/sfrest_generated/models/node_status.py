# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeStatus(StrEnum):
    """
    The status of a node (PascalCase, unlike the lower-case NodeStatusFilter).
    - Invalid - Indicates an invalid node status. All Service Fabric enumerations have the invalid type.
    - Up - The node is up.
    - Down - The node is down.
    - Enabling - The node is being enabled.
    - Disabling - The node is being disabled.
    - Disabled - The node is disabled.
    - Unknown - The node status is not known.
    - Removed - The node is removed.

    """

    INVALID = "Invalid"
    UP = "Up"
    DOWN = "Down"
    ENABLING = "Enabling"
    DISABLING = "Disabling"
    DISABLED = "Disabled"
    UNKNOWN = "Unknown"
    REMOVED = "Removed"

    @classmethod
    def _missing_(cls, value: object) -> NodeStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
