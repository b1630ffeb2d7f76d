# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .fabric_error_error import FabricErrorError


class FabricError(BaseModel):
    """
    The REST API operations for Service Fabric return standard HTTP status codes. This type defines the additional information returned from the operations that do not return success.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error: Annotated[FabricErrorError, Field(alias="Error")]
