# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ValidationFailedChaosEvent(BaseModel):
    """
    The cluster stayed unhealthy past MaxClusterStabilizationTimeoutInSeconds.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["ValidationFailed"], Field(alias="Kind")]
    """
    The kind of event.
    """
    time_stamp_utc: Annotated[datetime, Field(alias="TimeStampUtc")]
    """
    When the event happened.
    """
    reason: Annotated[str | None, Field(alias="Reason")] = None
    """
    What was unhealthy.
    """
