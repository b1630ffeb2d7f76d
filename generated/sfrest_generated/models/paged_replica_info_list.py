# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .stateful_service_replica_info import StatefulServiceReplicaInfo
from .stateless_service_instance_info import StatelessServiceInstanceInfo
from .unknown_replica_info import UnknownReplicaInfo


class PagedReplicaInfoList(BaseModel):
    """
    One page of replicas or instances and the token of the next.
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
            StatefulServiceReplicaInfo
            | StatelessServiceInstanceInfo
            | UnknownReplicaInfo
        ]
        | None,
        Field(alias="Items"),
    ] = None
    """
    The replicas or instances of this page.
    """
