# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .epoch import Epoch
from .health_state import HealthState
from .int64_range_partition_information import Int64RangePartitionInformation
from .named_partition_information import NamedPartitionInformation
from .service_partition_status import ServicePartitionStatus
from .singleton_partition_information import SingletonPartitionInformation
from .unknown_partition_information import UnknownPartitionInformation


class StatefulServicePartitionInfo(BaseModel):
    """
    A partition of a stateful service.

    Two spellings: the 9.1 schema names LastQuorumLossDuration (an ISO 8601 duration)
    and PrimaryEpoch, while the official 9.1 example (GetPartitionInfoList.json) sends
    LastQuorumLossDurationInSeconds (seconds, a decimal string) and
    CurrentConfigurationEpoch. Until a live cluster settles it, both pairs are
    properties here. They are separate properties, not aliases of one: the two
    durations differ in format, so an alias would need a conversion no generator
    writes, while plain properties read the same in Python, TypeScript and JSON
    Schema. Readers take whichever is present.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateful"], Field(alias="ServiceKind")]
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
    target_replica_set_size: Annotated[
        int | None, Field(alias="TargetReplicaSetSize")
    ] = None
    """
    How many replicas the partition aims for.
    """
    min_replica_set_size: Annotated[int | None, Field(alias="MinReplicaSetSize")] = None
    """
    The fewest replicas that make a write quorum.
    """
    auxiliary_replica_count: Annotated[
        int | None, Field(alias="AuxiliaryReplicaCount")
    ] = None
    """
    How many auxiliary replicas the partition has.
    """
    last_quorum_loss_duration: Annotated[
        timedelta | None, Field(alias="LastQuorumLossDuration")
    ] = None
    """
    How long the last quorum loss lasted, an ISO 8601 duration (PT17S).
    """
    primary_epoch: Annotated[Epoch | None, Field(alias="PrimaryEpoch")] = None
    last_quorum_loss_duration_in_seconds: Annotated[
        str | None, Field(alias="LastQuorumLossDurationInSeconds")
    ] = None
    """
    How long the last quorum loss lasted, in seconds as a decimal string (the official example's spelling).
    """
    current_configuration_epoch: Annotated[
        Epoch | None, Field(alias="CurrentConfigurationEpoch")
    ] = None
