# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .selected_partition import SelectedPartition


class InvokeQuorumLossResult(BaseModel):
    """
    Represents information about an operation in a terminal state (Completed or Faulted).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    0 when the operation succeeded, a negative HRESULT when it Faulted. A JSON number
    on the wire; the Get Data Loss Progress reference page shows the string "0":
    clients accept both.

    """
    selected_partition: Annotated[
        SelectedPartition | None, Field(alias="SelectedPartition")
    ] = None
