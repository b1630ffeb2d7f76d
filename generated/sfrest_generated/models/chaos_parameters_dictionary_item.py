# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_parameters import ChaosParameters


class ChaosParametersDictionaryItem(BaseModel):
    """
    One named set of Chaos parameters.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    key: Annotated[str, Field(alias="Key")]
    """
    The name jobs use for these parameters.
    """
    value: Annotated[ChaosParameters, Field(alias="Value")]
