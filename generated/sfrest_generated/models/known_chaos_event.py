# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .executing_faults_chaos_event import ExecutingFaultsChaosEvent
from .started_chaos_event import StartedChaosEvent
from .stopped_chaos_event import StoppedChaosEvent
from .test_error_chaos_event import TestErrorChaosEvent
from .validation_failed_chaos_event import ValidationFailedChaosEvent
from .waiting_chaos_event import WaitingChaosEvent


class KnownChaosEvent(
    RootModel[
        StartedChaosEvent
        | ExecutingFaultsChaosEvent
        | WaitingChaosEvent
        | ValidationFailedChaosEvent
        | TestErrorChaosEvent
        | StoppedChaosEvent
    ]
):
    root: Annotated[
        StartedChaosEvent
        | ExecutingFaultsChaosEvent
        | WaitingChaosEvent
        | ValidationFailedChaosEvent
        | TestErrorChaosEvent
        | StoppedChaosEvent,
        Field(discriminator="kind"),
    ]
    """
    A Chaos event of a Kind the spec lists; Kind selects the member.
    """
