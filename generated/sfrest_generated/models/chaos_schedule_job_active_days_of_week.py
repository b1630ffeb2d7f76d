# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ChaosScheduleJobActiveDaysOfWeek(BaseModel):
    """
    The days of the week a job runs on.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    sunday: Annotated[bool | None, Field(alias="Sunday")] = False
    """
    Whether the job runs on Sundays.
    """
    monday: Annotated[bool | None, Field(alias="Monday")] = False
    """
    Whether the job runs on Mondays.
    """
    tuesday: Annotated[bool | None, Field(alias="Tuesday")] = False
    """
    Whether the job runs on Tuesdays.
    """
    wednesday: Annotated[bool | None, Field(alias="Wednesday")] = False
    """
    Whether the job runs on Wednesdays.
    """
    thursday: Annotated[bool | None, Field(alias="Thursday")] = False
    """
    Whether the job runs on Thursdays.
    """
    friday: Annotated[bool | None, Field(alias="Friday")] = False
    """
    Whether the job runs on Fridays.
    """
    saturday: Annotated[bool | None, Field(alias="Saturday")] = False
    """
    Whether the job runs on Saturdays.
    """
