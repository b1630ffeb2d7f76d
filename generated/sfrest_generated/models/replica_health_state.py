# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .service_kind import ServiceKind


class ReplicaHealthState(BaseModel):
    """
    The aggregated health of one replica (stateful) or instance (stateless). ServiceKind
    says which; both carry the id in ReplicaId.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[ServiceKind | None, Field(alias="ServiceKind")] = None
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The replica's partition.
    """
    replica_id: Annotated[str | None, Field(alias="ReplicaId")] = None
    """
    The replica or instance id, an int64 as a decimal string.
    """
