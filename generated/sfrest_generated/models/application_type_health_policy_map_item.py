# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ApplicationTypeHealthPolicyMapItem(BaseModel):
    """
    One application type's limit of unhealthy applications.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    key: Annotated[str, Field(alias="Key")]
    """
    The application type's name.
    """
    value: Annotated[int, Field(alias="Value", ge=0, le=100)]
    """
    The most of its applications, in percent, that may be unhealthy.
    """
