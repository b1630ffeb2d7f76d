# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_parameters import ChaosParameters


class StartedChaosEvent(BaseModel):
    """
    Chaos started, with these parameters.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Started"], Field(alias="Kind")]
    """
    The kind of event.
    """
    time_stamp_utc: Annotated[datetime, Field(alias="TimeStampUtc")]
    """
    When the event happened.
    """
    chaos_parameters: Annotated[
        ChaosParameters | None, Field(alias="ChaosParameters")
    ] = None
