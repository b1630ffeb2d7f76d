# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class HealthStateCount(BaseModel):
    """
    How many entities are in each health state.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    ok_count: Annotated[int | None, Field(alias="OkCount", ge=0)] = None
    """
    How many are Ok.
    """
    warning_count: Annotated[int | None, Field(alias="WarningCount", ge=0)] = None
    """
    How many are Warning.
    """
    error_count: Annotated[int | None, Field(alias="ErrorCount", ge=0)] = None
    """
    How many are Error.
    """
