"""Replicas and nodes as a failover drill moves them: RestartNode, RestartReplica,
RemoveReplica, MovePrimaryReplica and MoveSecondaryReplica, with their effects in the
cluster state (a node Down then Up with a new instance id, a replica Down then Ready, a
removed replica rebuilt under a new id, roles and nodes changed at once)."""

from __future__ import annotations

import uuid

from sfrest_generated.models import RestartNodeDescription

from ._registry import handles
from ._state import Cluster, instance_id
from ._topology import Replica, Service
from ._wire import Call, EmulatorResponse, Fail, not_found

_ANY_INSTANCE = 0


def _up(cluster: Cluster, name: str, now: float) -> None:
    if not cluster.known_node(name).is_up(now):
        raise Fail(400, "FABRIC_E_NODE_IS_DOWN", f"node {name} is down")


def _stateful(cluster: Cluster, call: Call) -> tuple[Service, uuid.UUID]:
    service, pid = cluster.known_partition(call)
    if not service.stateful:
        raise Fail(
            400,
            "FABRIC_E_INVALID_FOR_STATELESS_SERVICES",
            f"{call.route.operation_id} needs a stateful service; {service.name} is stateless",
        )
    return service, pid


def _replica(cluster: Cluster, call: Call) -> tuple[Service, uuid.UUID, Replica]:
    """The replica the path names: on its node, of its partition."""
    name = call.text("node_name")
    cluster.known_node(name)
    service, pid = cluster.known_partition(call)
    replica_id = call.text("replica_id")
    for replica in cluster.replicas(pid):
        if replica.id == replica_id and replica.node == name:
            return service, pid, replica
    raise not_found(
        "FABRIC_E_REPLICA_DOES_NOT_EXIST",
        f"partition {pid} has no replica {replica_id} on node {name}",
    )


@handles("RestartNode")
def restart_node(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    name = call.text("node_name")
    state = cluster.known_node(name)
    body = call.body
    assert isinstance(body, RestartNodeDescription)
    given = body.node_instance_id
    if instance_id(given) not in (_ANY_INSTANCE, int(state.instance_id)):
        raise Fail(
            409,
            "FABRIC_E_INSTANCE_ID_MISMATCH",
            f"node {name} has instance id {state.instance_id}, not {given}",
        )
    _up(cluster, name, now)
    cluster.restart_node(name, now)
    return call.done()


@handles("RestartReplica")
def restart_replica(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid, replica = _replica(cluster, call)
    if not service.stateful:
        raise Fail(
            400,
            "FABRIC_E_INVALID_FOR_STATELESS_SERVICES",
            f"{service.name} is stateless: remove its instance instead",
        )
    _up(cluster, replica.node, now)
    cluster.restart_replica(pid, replica.id, now)
    return call.done()


@handles("RemoveReplica")
def remove_replica(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid, replica = _replica(cluster, call)
    _up(cluster, replica.node, now)
    cluster.remove_replica(pid, replica.id, now)
    return call.done()


@handles("MovePrimaryReplica")
def move_primary(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid = _stateful(cluster, call)
    replicas = cluster.replicas(pid)
    primary = next(r for r in replicas if r.primary)
    target = call.values.get("node_name")
    if target is None:
        candidates = [
            r.node
            for r in replicas
            if not r.primary and cluster.node_is_up(r.node, now)
        ]
        if not candidates:
            raise Fail(
                400,
                "FABRIC_E_NODE_IS_DOWN",
                f"partition {pid} has no secondary on a node that is up",
            )
        target = candidates[0]
    assert isinstance(target, str)
    _up(cluster, target, now)
    if primary.node == target:
        raise Fail(
            400,
            "FABRIC_E_ALREADY_PRIMARY_REPLICA",
            f"the primary of partition {pid} is on {target} already",
        )
    cluster.move_primary(pid, target, now)
    return call.done()


@handles("MoveSecondaryReplica")
def move_secondary(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid = _stateful(cluster, call)
    current = call.text("current_node_name")
    cluster.known_node(current)
    replicas = cluster.replicas(pid)
    if not any(r.node == current and not r.primary for r in replicas):
        raise not_found(
            "FABRIC_E_REPLICA_DOES_NOT_EXIST",
            f"partition {pid} has no secondary replica on node {current}",
        )
    held = {r.node: r for r in replicas}
    target = call.values.get("new_node_name")
    if target is None:
        free = [
            n.name
            for n in cluster.topology.nodes
            if n.name not in held and cluster.node_is_up(n.name, now)
        ]
        if not free:
            raise Fail(
                400,
                "FABRIC_E_NODE_IS_DOWN",
                f"no node that is up is free of partition {pid}'s replicas",
            )
        target = free[0]
    assert isinstance(target, str)
    cluster.known_node(target)
    if target in held:
        code = (
            "FABRIC_E_ALREADY_PRIMARY_REPLICA"
            if held[target].primary
            else "FABRIC_E_ALREADY_SECONDARY_REPLICA"
        )
        raise Fail(
            400, code, f"node {target} holds a replica of partition {pid} already"
        )
    _up(cluster, target, now)
    cluster.move_secondary(pid, current, target, now)
    return call.done()
