# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ReplicaRole(StrEnum):
    """
    The role of a stateful replica.
    - Unknown - The role is not known.
    - None - The replica has no role.
    - Primary - The replica takes writes.
    - IdleSecondary - A secondary being built.
    - ActiveSecondary - A secondary that takes part in the write quorum.
    - IdleAuxiliary - An auxiliary replica being built.
    - ActiveAuxiliary - An auxiliary replica receiving state.
    - PrimaryAuxiliary - An auxiliary replica acting as primary.

    """

    UNKNOWN = "Unknown"
    NONE = "None"
    PRIMARY = "Primary"
    IDLE_SECONDARY = "IdleSecondary"
    ACTIVE_SECONDARY = "ActiveSecondary"
    IDLE_AUXILIARY = "IdleAuxiliary"
    ACTIVE_AUXILIARY = "ActiveAuxiliary"
    PRIMARY_AUXILIARY = "PrimaryAuxiliary"

    @classmethod
    def _missing_(cls, value: object) -> ReplicaRole | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
