# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_context_map import ChaosContextMap


class ChaosContext(BaseModel):
    """
    Pairs of strings the caller attaches to a Chaos run; the Started event carries them back.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    map: Annotated[ChaosContextMap | None, Field(alias="Map")] = None
