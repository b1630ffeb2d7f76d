# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_schedule_job_active_days_of_week import ChaosScheduleJobActiveDaysOfWeek
from .time_range import TimeRange


class ChaosScheduleJob(BaseModel):
    """
    Runs Chaos with one named parameter set on the given days, in the given times (UTC).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    chaos_parameters: Annotated[str | None, Field(alias="ChaosParameters")] = None
    """
    The Key of a ChaosParametersDictionary entry.
    """
    days: Annotated[ChaosScheduleJobActiveDaysOfWeek | None, Field(alias="Days")] = None
    times: Annotated[list[TimeRange] | None, Field(alias="Times")] = None
    """
    The times of day (UTC) Chaos runs on those days.
    """
