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


class PartitionHealthState(BaseModel):
    """
    The aggregated health of one partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition's id.
    """
