# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_event_wrapper import ChaosEventWrapper


class ChaosEventsSegment(BaseModel):
    """
    One segment of Chaos events and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    history: Annotated[list[ChaosEventWrapper] | None, Field(alias="History")] = None
    """
    The events of this segment, oldest first.
    """
