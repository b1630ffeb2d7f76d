# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class OperationType(StrEnum):
    """
    The type of a user-induced operation. PascalCase on the wire; the OperationStatus
    reference page lists lower camel case (partitionDataLoss, …), a rendering slip.
    - Invalid - The operation state is invalid.
    - PartitionDataLoss - An operation started using the StartDataLoss API.
    - PartitionQuorumLoss - An operation started using the StartQuorumLoss API.
    - PartitionRestart - An operation started using the StartPartitionRestart API.
    - NodeTransition - An operation started using the StartNodeTransition API.

    """

    INVALID = "Invalid"
    PARTITION_DATA_LOSS = "PartitionDataLoss"
    PARTITION_QUORUM_LOSS = "PartitionQuorumLoss"
    PARTITION_RESTART = "PartitionRestart"
    NODE_TRANSITION = "NodeTransition"

    @classmethod
    def _missing_(cls, value: object) -> OperationType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
