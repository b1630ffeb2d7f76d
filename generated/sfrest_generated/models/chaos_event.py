# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import ClassVar

from pydantic import (
    TypeAdapter,
)

from .executing_faults_chaos_event import ExecutingFaultsChaosEvent
from .started_chaos_event import StartedChaosEvent
from .stopped_chaos_event import StoppedChaosEvent
from .test_error_chaos_event import TestErrorChaosEvent
from .unknown_chaos_event import UnknownChaosEvent
from .validation_failed_chaos_event import ValidationFailedChaosEvent
from .waiting_chaos_event import WaitingChaosEvent


class ChaosEvent:
    """One Chaos event, told apart by Kind. Open: a Kind the spec does not list parses as
    UnknownChaosEvent, which keeps the properties it does not know.

    The open union StartedChaosEvent, ExecutingFaultsChaosEvent, WaitingChaosEvent,
    ValidationFailedChaosEvent, TestErrorChaosEvent, StoppedChaosEvent,
    UnknownChaosEvent: the type the operations returning a ChaosEvent parse with.
    ChaosEvent.model_validate_json(body) returns the member the body's kind selects
    (UnknownChaosEvent for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            StartedChaosEvent
            | ExecutingFaultsChaosEvent
            | WaitingChaosEvent
            | ValidationFailedChaosEvent
            | TestErrorChaosEvent
            | StoppedChaosEvent
            | UnknownChaosEvent
        ]
    ] = TypeAdapter(
        StartedChaosEvent
        | ExecutingFaultsChaosEvent
        | WaitingChaosEvent
        | ValidationFailedChaosEvent
        | TestErrorChaosEvent
        | StoppedChaosEvent
        | UnknownChaosEvent
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> (
        StartedChaosEvent
        | ExecutingFaultsChaosEvent
        | WaitingChaosEvent
        | ValidationFailedChaosEvent
        | TestErrorChaosEvent
        | StoppedChaosEvent
        | UnknownChaosEvent
    ):
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
