# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class SafetyCheck(BaseModel):
    """
    A safety check a node deactivation waits for. Kind names it (EnsureSeedNodeQuorum,
    EnsurePartitionQuorum, EnsureAvailability, WaitForPrimaryPlacement, …); the
    partition checks carry PartitionId. Other properties are kept as they come.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[str, Field(alias="Kind")]
    """
    The kind of safety check.
    """
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition the check is about, for partition safety checks.
    """
