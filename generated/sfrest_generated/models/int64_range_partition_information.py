# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class Int64RangePartitionInformation(BaseModel):
    """
    A partition owning a range of int64 keys. The keys travel as decimal strings (they exceed what a JSON number keeps exactly).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Int64Range"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
    low_key: Annotated[str | None, Field(alias="LowKey")] = None
    """
    The lowest key of the range (inclusive), an int64 as a decimal string.
    """
    high_key: Annotated[str | None, Field(alias="HighKey")] = None
    """
    The highest key of the range (inclusive), an int64 as a decimal string.
    """
