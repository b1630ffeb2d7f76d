# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .operation_state import OperationState
from .restart_partition_result import RestartPartitionResult


class PartitionRestartProgress(BaseModel):
    """
    Information about a partition restart user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    restart_partition_result: Annotated[
        RestartPartitionResult | None, Field(alias="RestartPartitionResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """
