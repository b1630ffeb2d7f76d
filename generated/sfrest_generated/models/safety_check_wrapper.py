# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .safety_check import SafetyCheck


class SafetyCheckWrapper(BaseModel):
    """
    Wraps one safety check.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    safety_check: Annotated[SafetyCheck | None, Field(alias="SafetyCheck")] = None
