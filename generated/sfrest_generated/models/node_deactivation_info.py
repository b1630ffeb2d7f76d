# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .node_deactivation_intent import NodeDeactivationIntent
from .node_deactivation_status import NodeDeactivationStatus
from .node_deactivation_task import NodeDeactivationTask
from .safety_check_wrapper import SafetyCheckWrapper


class NodeDeactivationInfo(BaseModel):
    """
    The node's deactivation, when one is in progress or done.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_deactivation_intent: Annotated[
        NodeDeactivationIntent | None, Field(alias="NodeDeactivationIntent")
    ] = None
    node_deactivation_status: Annotated[
        NodeDeactivationStatus | None, Field(alias="NodeDeactivationStatus")
    ] = None
    node_deactivation_task: Annotated[
        list[NodeDeactivationTask] | None, Field(alias="NodeDeactivationTask")
    ] = None
    """
    The tasks deactivating the node.
    """
    pending_safety_checks: Annotated[
        list[SafetyCheckWrapper] | None, Field(alias="PendingSafetyChecks")
    ] = None
    """
    The safety checks still to pass.
    """
