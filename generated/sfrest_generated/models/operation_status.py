# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .operation_state import OperationState
from .operation_type import OperationType


class OperationStatus(BaseModel):
    """
    Contains the OperationId, OperationState, and OperationType for user-induced operations.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    operation_id: Annotated[UUID | None, Field(alias="OperationId")] = None
    """
    A GUID that identifies a call to this API. This is also passed into the corresponding GetProgress API.
    """
    state: Annotated[OperationState | None, Field(alias="State")] = None
    type: Annotated[OperationType | None, Field(alias="Type")] = None
