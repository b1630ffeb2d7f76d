# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .entity_kind_health_state_count import EntityKindHealthStateCount


class HealthStatistics(BaseModel):
    """
    Counts of the entity's children per health state (absent with ExcludeHealthStatistics).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    health_state_count_list: Annotated[
        list[EntityKindHealthStateCount] | None, Field(alias="HealthStateCountList")
    ] = None
    """
    One count per kind of child.
    """
