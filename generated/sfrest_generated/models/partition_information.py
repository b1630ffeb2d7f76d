# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import ClassVar

from pydantic import (
    TypeAdapter,
)

from .int64_range_partition_information import Int64RangePartitionInformation
from .named_partition_information import NamedPartitionInformation
from .singleton_partition_information import SingletonPartitionInformation
from .unknown_partition_information import UnknownPartitionInformation


class PartitionInformation:
    """A partition's identity and partitioning scheme, told apart by ServicePartitionKind.
    Open: a ServicePartitionKind the spec does not list parses as
    UnknownPartitionInformation, which keeps the properties it does not know. The
    kinds the spec lists are KnownPartitionInformation, a discriminated union;
    UnknownPartitionInformation excludes them, so exactly one member matches any
    body.

    The open union Int64RangePartitionInformation, NamedPartitionInformation,
    SingletonPartitionInformation, UnknownPartitionInformation: the type the
    operations returning a PartitionInformation parse with.
    PartitionInformation.model_validate_json(body) returns the member the body's
    kind selects (UnknownPartitionInformation for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            Int64RangePartitionInformation
            | NamedPartitionInformation
            | SingletonPartitionInformation
            | UnknownPartitionInformation
        ]
    ] = TypeAdapter(
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> (
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
    ):
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
