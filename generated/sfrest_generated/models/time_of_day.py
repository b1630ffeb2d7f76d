# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class TimeOfDay(BaseModel):
    """
    A time of day (UTC), to the minute.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    hour: Annotated[int | None, Field(alias="Hour", ge=0, le=23)] = None
    """
    The hour, 0 to 23.
    """
    minute: Annotated[int | None, Field(alias="Minute", ge=0, le=59)] = None
    """
    The minute, 0 to 59.
    """
