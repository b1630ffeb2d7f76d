# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class NodeDeactivationTaskType(StrEnum):
    """
    Who asked for a node deactivation.
    - Invalid - Indicates an invalid task type. All Service Fabric enumerations have the invalid type.
    - Infrastructure - The infrastructure.
    - Repair - A repair task.
    - Client - A client request.

    """

    INVALID = "Invalid"
    INFRASTRUCTURE = "Infrastructure"
    REPAIR = "Repair"
    CLIENT = "Client"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationTaskType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
