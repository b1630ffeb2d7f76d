# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .node_deactivation_info import NodeDeactivationInfo
from .node_id import NodeId
from .node_status import NodeStatus


class NodeInfo(BaseModel):
    """
    A node of the cluster. Int64 values (InstanceId, the up and down times) travel as
    decimal strings.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The node's name.
    """
    ip_address_or_fqdn: Annotated[str | None, Field(alias="IpAddressOrFQDN")] = None
    """
    The node's IP address or fully qualified domain name.
    """
    type: Annotated[str | None, Field(alias="Type")] = None
    """
    The node type.
    """
    code_version: Annotated[str | None, Field(alias="CodeVersion")] = None
    """
    The Service Fabric runtime version the node runs.
    """
    config_version: Annotated[str | None, Field(alias="ConfigVersion")] = None
    """
    The cluster configuration version the node runs.
    """
    node_status: Annotated[NodeStatus | None, Field(alias="NodeStatus")] = None
    node_up_time_in_seconds: Annotated[
        str | None, Field(alias="NodeUpTimeInSeconds")
    ] = None
    """
    How long the node has been up, in seconds (a decimal string); 0 while down.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    is_seed_node: Annotated[bool | None, Field(alias="IsSeedNode")] = None
    """
    Whether the node is a seed node.
    """
    upgrade_domain: Annotated[str | None, Field(alias="UpgradeDomain")] = None
    """
    The node's upgrade domain.
    """
    fault_domain: Annotated[str | None, Field(alias="FaultDomain")] = None
    """
    The node's fault domain (fd:/…).
    """
    id: Annotated[NodeId | None, Field(alias="Id")] = None
    instance_id: Annotated[str | None, Field(alias="InstanceId")] = None
    """
    The node's instance id (a decimal 64-bit number), which StartNodeTransition's NodeInstanceId must match.
    """
    node_deactivation_info: Annotated[
        NodeDeactivationInfo | None, Field(alias="NodeDeactivationInfo")
    ] = None
    is_stopped: Annotated[bool | None, Field(alias="IsStopped")] = None
    """
    Whether the node was stopped (by StartNodeTransition or a node stop) and is not yet started.
    """
    node_down_time_in_seconds: Annotated[
        str | None, Field(alias="NodeDownTimeInSeconds")
    ] = None
    """
    How long the node has been down, in seconds (a decimal string); 0 while up.
    """
    node_up_at: Annotated[datetime | None, Field(alias="NodeUpAt")] = None
    """
    When the node last came up.
    """
    node_down_at: Annotated[datetime | None, Field(alias="NodeDownAt")] = None
    """
    When the node last went down.
    """
    node_tags: Annotated[list[str] | None, Field(alias="NodeTags")] = None
    """
    The node's tags.
    """
    is_node_by_node_upgrade_in_progress: Annotated[
        bool | None, Field(alias="IsNodeByNodeUpgradeInProgress")
    ] = None
    """
    Whether a node-by-node upgrade is in progress on the node.
    """
    infrastructure_placement_id: Annotated[
        str | None, Field(alias="InfrastructurePlacementID")
    ] = None
    """
    Where the infrastructure placed the node.
    """
