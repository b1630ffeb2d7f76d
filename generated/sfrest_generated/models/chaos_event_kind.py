# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class ChaosEventKind(StrEnum):
    """
    The kind of a Chaos event. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid event kind. All Service Fabric enumerations have the invalid type.
    - Started - Chaos started.
    - ExecutingFaults - Chaos runs the faults of an iteration.
    - Waiting - Chaos waits for the cluster (an upgrade, for instance).
    - ValidationFailed - The cluster stayed unhealthy past the stabilization timeout.
    - TestError - Chaos met something it did not expect (an entity already faulted).
    - Stopped - Chaos stopped: StopChaos, or its time to run was over.

    """

    INVALID = "Invalid"
    STARTED = "Started"
    EXECUTING_FAULTS = "ExecutingFaults"
    WAITING = "Waiting"
    VALIDATION_FAILED = "ValidationFailed"
    TEST_ERROR = "TestError"
    STOPPED = "Stopped"

    @classmethod
    def _missing_(cls, value: object) -> ChaosEventKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
