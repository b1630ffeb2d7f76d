# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .node_id import NodeId


class NodeHealthState(BaseModel):
    """
    The aggregated health of one node.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The node's name.
    """
    id: Annotated[NodeId | None, Field(alias="Id")] = None
