# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_schedule import ChaosSchedule


class ChaosScheduleDescription(BaseModel):
    """
    The Chaos schedule and its version.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    version: Annotated[int | None, Field(alias="Version", ge=0, le=2147483647)] = None
    """
    The schedule's version. A new schedule must carry the current one; the server then increments it.
    """
    schedule: Annotated[ChaosSchedule | None, Field(alias="Schedule")] = None
