"""Discovery: nodes, applications, services, partitions and replicas, paged as the
gateway pages them, each as the faults left it (a stopped node is Down, a partition in
quorum loss InQuorumLoss, its replicas on a down node Down)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, TypeVar

from sfrest_generated.flags import ApplicationDefinitionKindFilter
from sfrest_generated.models import (
    ApplicationDefinitionKind,
    ApplicationInfo,
    ApplicationParameter,
    ApplicationStatus,
    Epoch,
    HealthState,
    NodeDeactivationInfo,
    NodeDeactivationIntent,
    NodeDeactivationStatus,
    NodeInfo,
    NodeStatus,
    NodeStatusFilter,
    PagedApplicationInfoList,
    PagedNodeInfoList,
    PagedReplicaInfoList,
    PagedServiceInfoList,
    PagedServicePartitionInfoList,
    ReplicaRole,
    ReplicaStatus,
    ServicePartitionStatus,
    ServiceStatus,
    StatefulServiceInfo,
    StatefulServicePartitionInfo,
    StatefulServiceReplicaInfo,
    StatelessServiceInfo,
    StatelessServiceInstanceInfo,
    StatelessServicePartitionInfo,
)

from ._registry import handles
from ._state import (
    INITIAL_EPOCH,
    Cluster,
    epoch,
    node_id,
    partition_information,
    worst,
)
from ._topology import Application, Service
from ._wire import NO_CONTENT, Call, EmulatorResponse, invalid, not_found, reply

T = TypeVar("T")
_EPOCH: Epoch = epoch(INITIAL_EPOCH)
_EVERY_KIND = (
    ApplicationDefinitionKindFilter.DEFAULT,
    ApplicationDefinitionKindFilter.ALL,
)


def path_id(name: str) -> str:
    """fabric:/app/svc -> app~svc, the id a path segment takes."""
    return name.removeprefix("fabric:/").replace("/", "~")


def _seconds(value: float) -> str:
    return str(max(0, int(value))) if math.isfinite(value) else "0"


def page(
    cluster: Cluster, call: Call, items: Sequence[tuple[str, T]]
) -> tuple[list[T], str]:
    """One page of (key, item) pairs after the ContinuationToken, and the next token.

    The token is the last returned item's key (opaque to clients); "" ends the list.
    """
    keys = [key for key, _ in items]
    token = call.values.get("continuation_token") or ""
    start = 0
    if token:
        if token not in keys:
            raise invalid(f"ContinuationToken {token!r} is not one of this list")
        start = keys.index(token) + 1
    size = cluster.page_size or max(1, len(items))
    max_results = call.int("max_results", 0)
    if max_results:
        size = min(size, max_results)
    chunk = items[start : start + size]
    more = start + size < len(items) and chunk
    return [item for _, item in chunk], chunk[-1][0] if more else ""


# --- nodes ------------------------------------------------------------------------------


def _node(cluster: Cluster, name: str, now: float) -> NodeInfo:
    node = cluster.topology.node(name)
    assert node is not None
    state = cluster.nodes[name]
    up = state.is_up(now)
    came_up = (
        state.down_until if math.isfinite(state.down_until) else cluster.started_at
    )
    went_down = (
        state.down_since if math.isfinite(state.down_since) else cluster.started_at
    )
    return NodeInfo(
        name=name,
        ip_address_or_fqdn=node.address,
        type=node.type,
        code_version="9.1.1436.9590",
        config_version="1",
        node_status=NodeStatus.UP if up else NodeStatus.DOWN,
        node_up_time_in_seconds=_seconds(now - came_up) if up else "0",
        health_state=HealthState.OK if up else HealthState.ERROR,
        is_seed_node=node.upgrade_domain in ("0", "1", "2"),
        upgrade_domain=node.upgrade_domain,
        fault_domain=node.fault_domain,
        id=node_id(name),
        instance_id=state.instance_id,
        node_deactivation_info=NodeDeactivationInfo(
            node_deactivation_intent=NodeDeactivationIntent.INVALID,
            node_deactivation_status=NodeDeactivationStatus.NONE,
            node_deactivation_task=[],
            pending_safety_checks=[],
        ),
        is_stopped=not up and state.stopped_by is not None,
        node_down_time_in_seconds="0" if up else _seconds(now - went_down),
        node_up_at=cluster.utc(came_up if up else min(came_up, went_down)),
        node_down_at=cluster.utc(went_down)
        if math.isfinite(state.down_since)
        else None,
    )


@handles("GetNodeInfoList")
def node_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    wanted = call.values.get("node_status_filter", NodeStatusFilter.DEFAULT)
    nodes = [_node(cluster, node.name, now) for node in cluster.topology.nodes]
    if wanted not in (NodeStatusFilter.DEFAULT, NodeStatusFilter.ALL):
        nodes = [n for n in nodes if str(n.node_status).lower() == str(wanted)]
    items, token = page(cluster, call, [(str(n.name), n) for n in nodes])
    return reply(200, PagedNodeInfoList(continuation_token=token, items=items))


@handles("GetNodeInfo")
def node_info(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    name = call.text("node_name")
    if cluster.topology.node(name) is None:
        return reply(NO_CONTENT)
    return reply(200, _node(cluster, name, now))


# --- applications and services ----------------------------------------------------------


def _application(
    cluster: Cluster, app: Application, call: Call, now: float
) -> ApplicationInfo:
    exclude = call.flag("exclude_application_parameters")
    return ApplicationInfo(
        id=path_id(app.name),
        name=app.name,
        type_name=app.type_name,
        type_version=app.type_version,
        status=ApplicationStatus.READY,
        parameters=None
        if exclude
        else [
            ApplicationParameter(
                key=f"{path_id(s.name)}_PartitionCount",
                value=str(len(s.partitions)),
            )
            for s in app.services
        ],
        health_state=worst(cluster.service_health(s, now) for s in app.services),
        application_definition_kind=ApplicationDefinitionKind.SERVICE_FABRIC_APPLICATION_DESCRIPTION,
    )


@handles("GetApplicationInfoList")
def application_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    kinds = ApplicationDefinitionKindFilter(
        call.int("application_definition_kind_filter", 0)
    )
    type_name = call.values.get("application_type_name")
    if kinds and type_name is not None:
        raise invalid(
            "ApplicationDefinitionKindFilter and ApplicationTypeName cannot be combined"
        )
    # every emulated application is an application package (ServiceFabricApplicationDescription)
    package = ApplicationDefinitionKindFilter.SERVICE_FABRIC_APPLICATION_DESCRIPTION
    apps = [
        app
        for app in cluster.topology.applications
        if (type_name is None or app.type_name == type_name)
        and (kinds in _EVERY_KIND or kinds & package)
    ]
    items, token = page(
        cluster,
        call,
        [(app.name, _application(cluster, app, call, now)) for app in apps],
    )
    return reply(200, PagedApplicationInfoList(continuation_token=token, items=items))


def _find_application(cluster: Cluster, call: Call) -> Application | None:
    return cluster.topology.applications_by_name().get(call.text("application_id"))


@handles("GetApplicationInfo")
def application_info(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    app = _find_application(cluster, call)
    if app is None:
        return reply(NO_CONTENT)
    return reply(200, _application(cluster, app, call, now))


def _service(
    cluster: Cluster, service: Service, now: float
) -> StatefulServiceInfo | StatelessServiceInfo:
    common: dict[str, Any] = {
        "id": path_id(service.name),
        "name": service.name,
        "type_name": service.type_name,
        "manifest_version": service.manifest_version,
        "health_state": cluster.service_health(service, now),
        "service_status": ServiceStatus.ACTIVE,
        "is_service_group": False,
    }
    if service.stateful:
        return StatefulServiceInfo(
            service_kind="Stateful", has_persisted_state=True, **common
        )
    return StatelessServiceInfo(service_kind="Stateless", **common)


@handles("GetServiceInfoList")
def service_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    app = _find_application(cluster, call)
    if app is None:
        raise not_found(
            "FABRIC_E_APPLICATION_NOT_FOUND",
            f"application {call.text('application_id')} not found",
        )
    type_name = call.values.get("service_type_name")
    services = [s for s in app.services if type_name in (None, s.type_name)]
    items, token = page(
        cluster, call, [(s.name, _service(cluster, s, now)) for s in services]
    )
    return reply(200, PagedServiceInfoList(continuation_token=token, items=items))


@handles("GetServiceInfo")
def service_info(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    app = _find_application(cluster, call)
    name = call.text("service_id")
    found = [s for s in (app.services if app else ()) if s.name == name]
    if not found:
        return reply(NO_CONTENT)
    return reply(200, _service(cluster, found[0], now))


# --- partitions and replicas ------------------------------------------------------------


def _partition(
    cluster: Cluster, service: Service, index: int, now: float
) -> StatefulServicePartitionInfo | StatelessServicePartitionInfo:
    pid = service.partitions[index].id
    information = partition_information(service, index)
    health, _ = cluster.partition_health(pid, now)
    status = (
        ServicePartitionStatus.IN_QUORUM_LOSS
        if cluster.quorum_loss(pid, now) is not None
        else ServicePartitionStatus.READY
    )
    if service.stateful:
        return StatefulServicePartitionInfo(
            service_kind="Stateful",
            health_state=health,
            partition_status=status,
            partition_information=information,
            target_replica_set_size=service.target_replica_set_size,
            min_replica_set_size=service.min_replica_set_size,
            auxiliary_replica_count=0,
            last_quorum_loss_duration=cluster.last_quorum_loss(pid, now),
            primary_epoch=_EPOCH,
        )
    return StatelessServicePartitionInfo(
        service_kind="Stateless",
        health_state=health,
        partition_status=status,
        partition_information=information,
        instance_count=service.instance_count,
        min_instance_count=1,
        min_instance_percentage=0,
    )


@handles("GetPartitionInfoList")
def partition_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service = cluster.known_service(call)
    pairs = [
        (str(p.id), _partition(cluster, service, i, now))
        for i, p in enumerate(service.partitions)
    ]
    items, token = page(cluster, call, pairs)
    return reply(
        200, PagedServicePartitionInfoList(continuation_token=token, items=items)
    )


@handles("GetPartitionInfo")
def partition_info(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    located = cluster.locate(call.uuid("partition_id"))
    if located is None:
        return reply(NO_CONTENT)
    return reply(200, _partition(cluster, *located, now))


@handles("GetReplicaInfoList")
def replica_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid = cluster.known_partition(call)
    pairs: list[
        tuple[str, StatefulServiceReplicaInfo | StatelessServiceInstanceInfo]
    ] = []
    for index, replica in enumerate(cluster.replicas(pid)):
        down = cluster.replica_down(pid, index, now)
        node = cluster.topology.node(replica.node)
        assert node is not None and node.address is not None
        common: dict[str, Any] = {
            "replica_status": ReplicaStatus.DOWN if down else ReplicaStatus.READY,
            "health_state": HealthState.ERROR if down else HealthState.OK,
            "node_name": replica.node,
            "address": json.dumps(
                {"Endpoints": {"": f"tcp://{node.address}:20001+{pid}-{replica.id}"}}
            ),
            "last_in_build_duration_in_seconds": "1",
        }
        if service.stateful:
            role = (
                ReplicaRole.PRIMARY if replica.primary else ReplicaRole.ACTIVE_SECONDARY
            )
            info: StatefulServiceReplicaInfo | StatelessServiceInstanceInfo = (
                StatefulServiceReplicaInfo(
                    service_kind="Stateful",
                    replica_role=role,
                    replica_id=replica.id,
                    **common,
                )
            )
        else:
            info = StatelessServiceInstanceInfo(
                service_kind="Stateless", instance_id=replica.id, **common
            )
        pairs.append((replica.id, info))
    items, token = page(cluster, call, pairs)
    return reply(200, PagedReplicaInfoList(continuation_token=token, items=items))
