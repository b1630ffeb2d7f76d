# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class FabricErrorError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    code: Annotated[str, Field(alias="Code")]
    message: Annotated[str | None, Field(alias="Message")] = None
