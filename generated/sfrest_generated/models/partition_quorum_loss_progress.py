# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .invoke_quorum_loss_result import InvokeQuorumLossResult
from .operation_state import OperationState


class PartitionQuorumLossProgress(BaseModel):
    """
    Information about a partition quorum loss user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    invoke_quorum_loss_result: Annotated[
        InvokeQuorumLossResult | None, Field(alias="InvokeQuorumLossResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """
