# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class SingletonPartitionInformation(BaseModel):
    """
    The one partition of a singleton-partitioned service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Singleton"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
