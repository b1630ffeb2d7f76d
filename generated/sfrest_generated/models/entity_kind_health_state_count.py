# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .entity_kind import EntityKind
from .health_state_count import HealthStateCount


class EntityKindHealthStateCount(BaseModel):
    """
    The health state counts of one kind of child entity.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    entity_kind: Annotated[EntityKind | None, Field(alias="EntityKind")] = None
    health_state_count: Annotated[
        HealthStateCount | None, Field(alias="HealthStateCount")
    ] = None
