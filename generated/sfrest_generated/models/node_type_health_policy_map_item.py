# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class NodeTypeHealthPolicyMapItem(BaseModel):
    """
    One node type's limit of unhealthy nodes.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    key: Annotated[str, Field(alias="Key")]
    """
    The node type's name.
    """
    value: Annotated[int, Field(alias="Value", ge=0, le=100)]
    """
    The most of its nodes, in percent, that may be unhealthy.
    """
