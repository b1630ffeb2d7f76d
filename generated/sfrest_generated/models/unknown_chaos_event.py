# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class UnknownChaosEvent(BaseModel):
    """
    A Chaos event of a kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[str, Field(alias="Kind")]
    """
    The kind of event, one the spec does not list.
    """
    time_stamp_utc: Annotated[datetime | None, Field(alias="TimeStampUtc")] = None
    """
    When the event happened.
    """
