# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ReplicaStatus(StrEnum):
    """
    The status of a replica or instance.
    - Invalid - Indicates the replica status is invalid. All Service Fabric enumerations have the invalid type.
    - InBuild - The replica is being built.
    - Standby - The replica is on standby.
    - Ready - The replica is ready.
    - Down - The replica is down.
    - Dropped - The replica was dropped.

    """

    INVALID = "Invalid"
    IN_BUILD = "InBuild"
    STANDBY = "Standby"
    READY = "Ready"
    DOWN = "Down"
    DROPPED = "Dropped"

    @classmethod
    def _missing_(cls, value: object) -> ReplicaStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
