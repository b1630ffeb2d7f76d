# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .node_deactivation_intent import NodeDeactivationIntent
from .node_deactivation_task_id import NodeDeactivationTaskId


class NodeDeactivationTask(BaseModel):
    """
    One task deactivating a node.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_deactivation_task_id: Annotated[
        NodeDeactivationTaskId | None, Field(alias="NodeDeactivationTaskId")
    ] = None
    node_deactivation_intent: Annotated[
        NodeDeactivationIntent | None, Field(alias="NodeDeactivationIntent")
    ] = None
