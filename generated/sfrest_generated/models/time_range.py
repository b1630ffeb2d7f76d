# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .time_of_day import TimeOfDay


class TimeRange(BaseModel):
    """
    A time of day range (UTC).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    start_time: Annotated[TimeOfDay | None, Field(alias="StartTime")] = None
    end_time: Annotated[TimeOfDay | None, Field(alias="EndTime")] = None
