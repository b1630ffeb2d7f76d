# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .create_fabric_dump import CreateFabricDump


class RestartNodeDescription(BaseModel):
    """
    Which instance of a node to restart, and how.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_instance_id: Annotated[
        str, Field(alias="NodeInstanceId", pattern="^[0-9]{1,20}$")
    ]
    """
    The instance id of the node to restart ("0", the default, matches any
    instance). Another value, as the node's information reports it, restarts the
    node only while it has that instance id.

    """
    create_fabric_dump: Annotated[
        CreateFabricDump | None, Field(alias="CreateFabricDump")
    ] = None
