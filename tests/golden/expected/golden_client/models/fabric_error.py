# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .fabric_error_error import FabricErrorError


class FabricError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error: Annotated[FabricErrorError, Field(alias="Error")]
