# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class NodeResult(BaseModel):
    """
    The node that a node transition operation targeted.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The name of the node.
    """
    node_instance_id: Annotated[str | None, Field(alias="NodeInstanceId")] = None
    """
    The node instance ID, a decimal string.
    """
