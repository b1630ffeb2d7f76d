# generated from spec/ by make generate — do not edit
from __future__ import annotations

from pydantic import (
    BaseModel,
    ConfigDict,
)


class ArmMetadata(BaseModel):
    """
    Azure Resource Manager metadata of a service (api-version 9.0 on). Its properties are not documented here and are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
