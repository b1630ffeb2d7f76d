# generated from spec/ by make generate — do not edit
from __future__ import annotations

from pydantic import (
    RootModel,
)

from .operation_status import OperationStatus


class OperationStatusList(RootModel[list[OperationStatus]]):
    """
    A list of OperationStatus objects.
    """

    root: list[OperationStatus]
    """
    A list of OperationStatus objects.
    """
