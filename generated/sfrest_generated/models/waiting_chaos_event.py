# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class WaitingChaosEvent(BaseModel):
    """
    Chaos waits for the cluster to be ready for the next iteration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Waiting"], Field(alias="Kind")]
    """
    The kind of event.
    """
    time_stamp_utc: Annotated[datetime, Field(alias="TimeStampUtc")]
    """
    When the event happened.
    """
    reason: Annotated[str | None, Field(alias="Reason")] = None
    """
    What Chaos waits for.
    """
