# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .application_type_health_policy_map_item import ApplicationTypeHealthPolicyMapItem
from .node_type_health_policy_map_item import NodeTypeHealthPolicyMapItem


class ClusterHealthPolicy(BaseModel):
    """
    The health policy Chaos validates the cluster with between iterations; while the
    cluster is unhealthy by it, Chaos waits (up to MaxClusterStabilizationTimeoutInSeconds).

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    consider_warning_as_error: Annotated[
        bool | None, Field(alias="ConsiderWarningAsError")
    ] = False
    """
    Whether a Warning counts as an Error.
    """
    max_percent_unhealthy_nodes: Annotated[
        int | None, Field(alias="MaxPercentUnhealthyNodes", ge=0, le=100)
    ] = 0
    """
    The most nodes, in percent, that may be unhealthy for the cluster to count as healthy.
    """
    max_percent_unhealthy_applications: Annotated[
        int | None, Field(alias="MaxPercentUnhealthyApplications", ge=0, le=100)
    ] = 0
    """
    The most applications, in percent, that may be unhealthy for the cluster to count as healthy.
    """
    application_type_health_policy_map: Annotated[
        list[ApplicationTypeHealthPolicyMapItem] | None,
        Field(alias="ApplicationTypeHealthPolicyMap"),
    ] = None
    """
    Per application type, the most of its applications, in percent, that may be unhealthy.
    """
    node_type_health_policy_map: Annotated[
        list[NodeTypeHealthPolicyMapItem] | None, Field(alias="NodeTypeHealthPolicyMap")
    ] = None
    """
    Per node type, the most of its nodes, in percent, that may be unhealthy.
    """
