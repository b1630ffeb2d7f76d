# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .application_health_state import ApplicationHealthState
from .health_evaluation import HealthEvaluationWrapper
from .health_event import HealthEvent
from .health_state import HealthState
from .health_statistics import HealthStatistics
from .node_health_state import NodeHealthState


class ClusterHealth(BaseModel):
    """
    The health of the cluster.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    health_events: Annotated[list[HealthEvent] | None, Field(alias="HealthEvents")] = (
        None
    )
    """
    The health events reported on the entity that EventsHealthStateFilter lets through.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    Why the aggregated health state is not Ok; empty when it is.
    """
    health_statistics: Annotated[
        HealthStatistics | None, Field(alias="HealthStatistics")
    ] = None
    node_health_states: Annotated[
        list[NodeHealthState] | None, Field(alias="NodeHealthStates")
    ] = None
    """
    The nodes' health states that NodesHealthStateFilter lets through.
    """
    application_health_states: Annotated[
        list[ApplicationHealthState] | None, Field(alias="ApplicationHealthStates")
    ] = None
    """
    The applications' health states that ApplicationsHealthStateFilter lets through.
    """
