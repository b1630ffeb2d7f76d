# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ApplicationParameter(BaseModel):
    """
    One application parameter, overriding the manifest's value.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    key: Annotated[str, Field(alias="Key")]
    """
    The parameter's name.
    """
    value: Annotated[str, Field(alias="Value")]
    """
    The parameter's value.
    """
