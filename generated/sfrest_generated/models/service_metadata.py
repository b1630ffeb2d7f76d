# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .arm_metadata import ArmMetadata


class ServiceMetadata(BaseModel):
    """
    Metadata of a service (api-version 9.0 on).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    arm_metadata: Annotated[ArmMetadata | None, Field(alias="ArmMetadata")] = None
