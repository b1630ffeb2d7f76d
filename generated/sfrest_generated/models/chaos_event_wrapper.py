# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .executing_faults_chaos_event import ExecutingFaultsChaosEvent
from .started_chaos_event import StartedChaosEvent
from .stopped_chaos_event import StoppedChaosEvent
from .test_error_chaos_event import TestErrorChaosEvent
from .unknown_chaos_event import UnknownChaosEvent
from .validation_failed_chaos_event import ValidationFailedChaosEvent
from .waiting_chaos_event import WaitingChaosEvent


class ChaosEventWrapper(BaseModel):
    """
    Wraps one Chaos event.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    chaos_event: Annotated[
        StartedChaosEvent
        | ExecutingFaultsChaosEvent
        | WaitingChaosEvent
        | ValidationFailedChaosEvent
        | TestErrorChaosEvent
        | StoppedChaosEvent
        | UnknownChaosEvent
        | None,
        Field(alias="ChaosEvent"),
    ] = None
    """
    One Chaos event, told apart by Kind. Open: a Kind the spec does not list parses as
    UnknownChaosEvent, which keeps the properties it does not know.

    """
