# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class NamedPartitionInformation(BaseModel):
    """
    A partition with a name.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Named"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The partition's name.
    """
