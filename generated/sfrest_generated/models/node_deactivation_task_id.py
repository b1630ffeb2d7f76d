# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .node_deactivation_task_type import NodeDeactivationTaskType


class NodeDeactivationTaskId(BaseModel):
    """
    The identity of a node deactivation task.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The task's id.
    """
    node_deactivation_task_type: Annotated[
        NodeDeactivationTaskType | None, Field(alias="NodeDeactivationTaskType")
    ] = None
