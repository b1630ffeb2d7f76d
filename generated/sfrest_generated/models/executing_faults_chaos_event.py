# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ExecutingFaultsChaosEvent(BaseModel):
    """
    Chaos runs the faults of one iteration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["ExecutingFaults"], Field(alias="Kind")]
    """
    The kind of event.
    """
    time_stamp_utc: Annotated[datetime, Field(alias="TimeStampUtc")]
    """
    When the event happened.
    """
    faults: Annotated[list[str] | None, Field(alias="Faults")] = None
    """
    One line per fault, such as `ActionType: RestartReplica, ServiceUri: fabric:/app/svc, PartitionId: ..., ReplicaId: ...`.
    """
