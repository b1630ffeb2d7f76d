# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .invoke_data_loss_result import InvokeDataLossResult
from .operation_state import OperationState


class PartitionDataLossProgress(BaseModel):
    """
    Information about a partition data loss user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    invoke_data_loss_result: Annotated[
        InvokeDataLossResult | None, Field(alias="InvokeDataLossResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """
