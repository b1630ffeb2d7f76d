# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class DataLossMode(StrEnum):
    """
    The kind of data loss to induce. Sent exactly as written (case-sensitive); the
    gateway rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - PartialDataLoss - PartialDataLoss option will cause a quorum of replicas to go down, triggering an OnDataLoss event in the system for the given partition.
    - FullDataLoss - FullDataLoss option will drop all the replicas which means that all the data will be lost.

    """

    INVALID = "Invalid"
    PARTIAL_DATA_LOSS = "PartialDataLoss"
    FULL_DATA_LOSS = "FullDataLoss"

    @classmethod
    def _missing_(cls, value: object) -> DataLossMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
