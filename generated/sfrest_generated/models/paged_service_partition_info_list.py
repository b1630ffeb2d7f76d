# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .stateful_service_partition_info import StatefulServicePartitionInfo
from .stateless_service_partition_info import StatelessServicePartitionInfo
from .unknown_service_partition_info import UnknownServicePartitionInfo


class PagedServicePartitionInfoList(BaseModel):
    """
    One page of partitions and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[
        list[
            StatefulServicePartitionInfo
            | StatelessServicePartitionInfo
            | UnknownServicePartitionInfo
        ]
        | None,
        Field(alias="Items"),
    ] = None
    """
    The partitions of this page.
    """
