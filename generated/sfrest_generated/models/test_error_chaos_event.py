# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class TestErrorChaosEvent(BaseModel):
    """
    Chaos met a state it did not expect, such as an entity another fault already holds.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["TestError"], Field(alias="Kind")]
    """
    The kind of event.
    """
    time_stamp_utc: Annotated[datetime, Field(alias="TimeStampUtc")]
    """
    When the event happened.
    """
    reason: Annotated[str | None, Field(alias="Reason")] = None
    """
    What went wrong.
    """
