# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import ClassVar

from pydantic import (
    TypeAdapter,
)

from .stateful_service_partition_info import StatefulServicePartitionInfo
from .stateless_service_partition_info import StatelessServicePartitionInfo
from .unknown_service_partition_info import UnknownServicePartitionInfo


class ServicePartitionInfo:
    """A partition, told apart by ServiceKind. Open: a ServiceKind the spec does not list
    parses as UnknownServicePartitionInfo, which keeps the properties it does not
    know. The kinds the spec lists are KnownServicePartitionInfo, a discriminated
    union; UnknownServicePartitionInfo excludes them, so exactly one member matches
    any body.

    The open union StatefulServicePartitionInfo, StatelessServicePartitionInfo,
    UnknownServicePartitionInfo: the type the operations returning a
    ServicePartitionInfo parse with. ServicePartitionInfo.model_validate_json(body)
    returns the member the body's kind selects (UnknownServicePartitionInfo for a
    kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            StatefulServicePartitionInfo
            | StatelessServicePartitionInfo
            | UnknownServicePartitionInfo
        ]
    ] = TypeAdapter(
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> (
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
    ):
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
