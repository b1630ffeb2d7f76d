# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .replica_role import ReplicaRole
from .replica_status import ReplicaStatus


class StatefulServiceReplicaInfo(BaseModel):
    """
    A replica of a stateful partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateful"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    replica_status: Annotated[ReplicaStatus | None, Field(alias="ReplicaStatus")] = None
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The node the replica or instance runs on.
    """
    address: Annotated[str | None, Field(alias="Address")] = None
    """
    The replica's or instance's endpoints (a JSON text of its listeners).
    """
    last_in_build_duration_in_seconds: Annotated[
        str | None, Field(alias="LastInBuildDurationInSeconds")
    ] = None
    """
    How long the last build of the replica took, in seconds as a decimal string.
    """
    replica_role: Annotated[ReplicaRole | None, Field(alias="ReplicaRole")] = None
    replica_id: Annotated[str | None, Field(alias="ReplicaId")] = None
    """
    The replica's id, an int64 as a decimal string.
    """
