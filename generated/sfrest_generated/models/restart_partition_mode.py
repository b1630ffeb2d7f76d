# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class RestartPartitionMode(StrEnum):
    """
    Which replicas or instances to restart. Sent exactly as written (case-sensitive);
    the gateway rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - AllReplicasOrInstances - All replicas or instances in the partition are restarted at once.
    - OnlyActiveSecondaries - Only the secondary replicas are restarted.

    """

    INVALID = "Invalid"
    ALL_REPLICAS_OR_INSTANCES = "AllReplicasOrInstances"
    ONLY_ACTIVE_SECONDARIES = "OnlyActiveSecondaries"

    @classmethod
    def _missing_(cls, value: object) -> RestartPartitionMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
