# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class UnknownPartitionInformation(BaseModel):
    """
    A partitioning scheme the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[str, Field(alias="ServicePartitionKind")]
    """
    The partitioning scheme, one the spec does not list.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
