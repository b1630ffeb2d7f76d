# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ServicePartitionKind(StrEnum):
    """
    How a service is partitioned.
    - Invalid - Indicates the partition kind is invalid. All Service Fabric enumerations have the invalid type.
    - Singleton - One partition.
    - Int64Range - Partitions own ranges of int64 keys.
    - Named - Partitions have names.

    """

    INVALID = "Invalid"
    SINGLETON = "Singleton"
    INT64_RANGE = "Int64Range"
    NAMED = "Named"

    @classmethod
    def _missing_(cls, value: object) -> ServicePartitionKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
