# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ServicePartitionStatus(StrEnum):
    """
    The status of a partition.
    - Invalid - Indicates the partition status is invalid. All Service Fabric enumerations have the invalid type.
    - Ready - The partition is ready: a write quorum of replicas is up.
    - NotReady - The partition is not ready.
    - InQuorumLoss - The partition has lost its write quorum.
    - Reconfiguring - The partition is reconfiguring its replica set.
    - Deleting - The partition is being deleted.

    """

    INVALID = "Invalid"
    READY = "Ready"
    NOT_READY = "NotReady"
    IN_QUORUM_LOSS = "InQuorumLoss"
    RECONFIGURING = "Reconfiguring"
    DELETING = "Deleting"

    @classmethod
    def _missing_(cls, value: object) -> ServicePartitionStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
