# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class SelectedPartition(BaseModel):
    """
    The partition that a fault operation selected.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_name: Annotated[
        str | None, Field(alias="ServiceName", examples=["fabric:/myapp/myservice"])
    ] = None
    """
    The full name of the service, with the fabric:/ scheme.
    """
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The identity of the partition.
    """
