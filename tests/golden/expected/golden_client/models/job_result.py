# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class JobResult(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
