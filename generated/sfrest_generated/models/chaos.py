# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_parameters import ChaosParameters
from .chaos_schedule_status import ChaosScheduleStatus
from .chaos_status import ChaosStatus


class Chaos(BaseModel):
    """
    Whether Chaos runs, with what parameters, and the state of its schedule.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    chaos_parameters: Annotated[
        ChaosParameters | None, Field(alias="ChaosParameters")
    ] = None
    status: Annotated[ChaosStatus | None, Field(alias="Status")] = None
    schedule_status: Annotated[
        ChaosScheduleStatus | None, Field(alias="ScheduleStatus")
    ] = None
