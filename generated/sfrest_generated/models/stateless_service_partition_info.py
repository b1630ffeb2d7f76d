# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

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


class StatelessServicePartitionInfo(BaseModel):
    """
    A partition of a stateless service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateless"], Field(alias="ServiceKind")]
    """
    The kind of service.
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
    instance_count: Annotated[int | None, Field(alias="InstanceCount")] = None
    """
    How many instances the partition runs (-1, one on every node).
    """
    min_instance_count: Annotated[int | None, Field(alias="MinInstanceCount", ge=1)] = 1
    """
    The fewest instances the partition needs to be healthy.
    """
    min_instance_percentage: Annotated[
        int | None, Field(alias="MinInstancePercentage", ge=0, le=100)
    ] = 0
    """
    The smallest share of InstanceCount, in percent, the partition needs to be healthy.
    """
