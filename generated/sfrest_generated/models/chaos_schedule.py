# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_parameters_dictionary_item import ChaosParametersDictionaryItem
from .chaos_schedule_job import ChaosScheduleJob


class ChaosSchedule(BaseModel):
    """
    When Chaos runs, and with which parameters, between StartDate and ExpiryDate.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    start_date: Annotated[datetime | None, Field(alias="StartDate")] = None
    """
    When the schedule starts; before it, the schedule is Pending. Absent, 1601-01-01T00:00:00Z (the reference's default, not written as `default` because a date-time default renders as a string where generators type a date-time).
    """
    expiry_date: Annotated[datetime | None, Field(alias="ExpiryDate")] = None
    """
    When the schedule stops running Chaos (Expired). Absent, 9999-12-31T23:59:59.999Z.
    """
    chaos_parameters_dictionary: Annotated[
        list[ChaosParametersDictionaryItem] | None,
        Field(alias="ChaosParametersDictionary"),
    ] = None
    """
    The named parameter sets the jobs refer to.
    """
    jobs: Annotated[list[ChaosScheduleJob] | None, Field(alias="Jobs")] = None
    """
    The jobs, each running Chaos on some days at some times.
    """
