# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .int64_range_partition_information import Int64RangePartitionInformation
from .named_partition_information import NamedPartitionInformation
from .service_partition_status import ServicePartitionStatus
from .singleton_partition_information import SingletonPartitionInformation
from .unknown_partition_information import UnknownPartitionInformation


class UnknownServicePartitionInfo(BaseModel):
    """
    A partition of a service kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[str, Field(alias="ServiceKind")]
    """
    The kind of service, one the spec does not list.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    partition_status: Annotated[
        ServicePartitionStatus | None, Field(alias="PartitionStatus")
    ] = None
    partition_information: Annotated[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
        | None,
        Field(alias="PartitionInformation"),
    ] = None
    """
    A partition's identity and partitioning scheme, told apart by ServicePartitionKind. Open: a ServicePartitionKind the spec does not list parses
    as UnknownPartitionInformation, which keeps the properties it does not know. The kinds the
    spec lists are KnownPartitionInformation, a discriminated union; UnknownPartitionInformation excludes them,
    so exactly one member matches any body.

    """
