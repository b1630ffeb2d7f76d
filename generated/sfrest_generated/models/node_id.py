# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class NodeId(BaseModel):
    """
    The node's identity, a 128-bit number.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The number as hexadecimal text.
    """
