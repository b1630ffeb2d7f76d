# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeStatusFilter(StrEnum):
    """
    Which nodes GetNodeInfoList returns, in lower case as on the wire.
    - default - Every node except those whose status is Unknown or Removed.
    - all - Every node.
    - up - Nodes that are up.
    - down - Nodes that are down.
    - enabling - Nodes being enabled.
    - disabling - Nodes being disabled.
    - disabled - Disabled nodes.
    - unknown - Nodes whose status is not known.
    - removed - Removed nodes.

    """

    DEFAULT = "default"
    ALL = "all"
    UP = "up"
    DOWN = "down"
    ENABLING = "enabling"
    DISABLING = "disabling"
    DISABLED = "disabled"
    UNKNOWN = "unknown"
    REMOVED = "removed"

    @classmethod
    def _missing_(cls, value: object) -> NodeStatusFilter | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
