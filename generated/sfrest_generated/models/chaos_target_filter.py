# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ChaosTargetFilter(BaseModel):
    """
    What Chaos may fault: nodes of the listed node types get every kind of fault,
    replicas of the listed applications get replica faults (and code-package restarts
    where the package hosts listed applications only). Chaos faults the union of both
    lists; giving both lists empty is an error. The gateway limits them to 100 node types
    and 1000 applications unless the cluster's settings raise the limits.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_type_inclusion_list: Annotated[
        list[str] | None, Field(alias="NodeTypeInclusionList")
    ] = None
    """
    The node types whose nodes Chaos may fault.
    """
    application_inclusion_list: Annotated[
        list[str] | None, Field(alias="ApplicationInclusionList")
    ] = None
    """
    The applications (fabric:/ names) whose replicas Chaos may fault.
    """
