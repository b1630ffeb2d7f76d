# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .node_transition_result import NodeTransitionResult
from .operation_state import OperationState


class NodeTransitionProgress(BaseModel):
    """
    Information about a node transition user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    node_transition_result: Annotated[
        NodeTransitionResult | None, Field(alias="NodeTransitionResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """
