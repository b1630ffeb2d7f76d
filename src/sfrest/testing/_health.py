"""Health: of a node, a partition, a service and the cluster, as the faults left them
(a node Error while down; a partition Error in quorum loss or with a replica on a down
node, Warning while a fault operation runs or a replica restarts)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sfrest_generated.flags import HealthStateFilter
from sfrest_generated.models import (
    ApplicationHealthState,
    ClusterHealth,
    EntityKind,
    EntityKindHealthStateCount,
    HealthEvaluation,
    HealthEvaluationWrapper,
    HealthEvent,
    HealthState,
    HealthStateCount,
    HealthStatistics,
    NodeHealth,
    NodeHealthState,
    PartitionHealth,
    PartitionHealthState,
    ReplicaHealthState,
    ServiceHealth,
    ServiceKind,
)

from ._registry import handles
from ._state import Cluster, HealthEventRow, node_id, worst
from ._wire import Call, EmulatorResponse, reply


def _passes(mask: int, state: HealthState) -> bool:
    """A *HealthStateFilter (x-flags): 0 (Default) and All match everything, None nothing."""
    bit = HealthStateFilter.__members__.get(state.name, HealthStateFilter.NONE)
    return mask == HealthStateFilter.DEFAULT or bool(
        mask & bit & ~HealthStateFilter.NONE
    )


def _events(
    cluster: Cluster,
    call: Call,
    events: Sequence[HealthEventRow],
    now: float,
) -> list[HealthEvent]:
    mask = call.int("events_health_state_filter", 0)
    stamp = cluster.utc(now)
    return [
        HealthEvent(
            source_id=source,
            property=prop,
            health_state=state,
            description=text,
            sequence_number=str(number),
            remove_when_expired=False,
            is_expired=False,
            source_utc_timestamp=stamp,
            last_modified_utc_timestamp=stamp,
        )
        for number, (state, source, prop, text) in enumerate(events, 1)
        if _passes(mask, state)
    ]


def _evaluations(
    state: HealthState, kind: str, text: str, **extra: Any
) -> list[HealthEvaluationWrapper]:
    """Why the entity is unhealthy: one evaluation, kind-specific data kept as extras."""
    if state == HealthState.OK:
        return []
    evaluation = HealthEvaluation.model_validate(
        {"Kind": kind, "AggregatedHealthState": state, "Description": text, **extra}
    )
    return [HealthEvaluationWrapper(health_evaluation=evaluation)]


def _statistics(
    call: Call, counts: Mapping[EntityKind, Iterable[HealthState]]
) -> HealthStatistics | None:
    if call.flag("exclude_health_statistics"):
        return None
    rows = []
    for kind, states in counts.items():
        seen = list(states)
        rows.append(
            EntityKindHealthStateCount(
                entity_kind=kind,
                health_state_count=HealthStateCount(
                    ok_count=seen.count(HealthState.OK),
                    warning_count=seen.count(HealthState.WARNING),
                    error_count=seen.count(HealthState.ERROR),
                ),
            )
        )
    return HealthStatistics(health_state_count_list=rows)


def _replica_states(
    cluster: Cluster, pid: uuid.UUID, now: float
) -> list[ReplicaHealthState]:
    found = cluster.topology.partition(pid)
    assert found is not None
    replicas = cluster.replicas(pid)
    kind = ServiceKind.STATEFUL if found[0].stateful else ServiceKind.STATELESS
    return [
        ReplicaHealthState(
            service_kind=kind,
            aggregated_health_state=HealthState.ERROR
            if cluster.replica_down(pid, i, now)
            else HealthState.OK,
            partition_id=pid,
            replica_id=replica.id,
        )
        for i, replica in enumerate(replicas)
    ]


@handles("GetPartitionHealth")
def partition_health(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid = cluster.known_partition(call)
    state, events = cluster.partition_health(pid, now)
    replicas = _replica_states(cluster, pid, now)
    mask = call.int("replicas_health_state_filter", 0)
    unhealthy = [e for e in events if e[0] != HealthState.OK]
    return reply(
        200,
        PartitionHealth(
            aggregated_health_state=state,
            health_events=_events(cluster, call, events, now),
            unhealthy_evaluations=_evaluations(
                state,
                "Event",
                unhealthy[0][3] if unhealthy else "",
                ConsiderWarningAsError=False,
                UnhealthyEvent={
                    "SourceId": unhealthy[0][1],
                    "Property": unhealthy[0][2],
                }
                if unhealthy
                else None,
            ),
            health_statistics=_statistics(
                call,
                {
                    EntityKind.REPLICA: (
                        r.aggregated_health_state or HealthState.OK for r in replicas
                    )
                },
            ),
            partition_id=pid,
            replica_health_states=[
                r
                for r in replicas
                if _passes(mask, r.aggregated_health_state or HealthState.OK)
            ],
        ),
    )


@handles("GetServiceHealth")
def service_health(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service = cluster.known_service(call)
    states = {p.id: cluster.partition_health(p.id, now)[0] for p in service.partitions}
    state = worst(states.values())
    mask = call.int("partitions_health_state_filter", 0)
    replicas = [
        r for p in service.partitions for r in _replica_states(cluster, p.id, now)
    ]
    bad = [str(pid) for pid, s in states.items() if s != HealthState.OK]
    return reply(
        200,
        ServiceHealth(
            aggregated_health_state=state,
            health_events=_events(
                cluster,
                call,
                [(HealthState.OK, "System.FM", "State", "The service is created.")],
                now,
            ),
            unhealthy_evaluations=_evaluations(
                state,
                "Partitions",
                f"{len(bad)} of {len(states)} partitions are unhealthy: {', '.join(bad)}.",
                TotalCount=len(states),
                MaxPercentUnhealthyPartitionsPerService=0,
            ),
            health_statistics=_statistics(
                call,
                {
                    EntityKind.PARTITION: states.values(),
                    EntityKind.REPLICA: (
                        r.aggregated_health_state or HealthState.OK for r in replicas
                    ),
                },
            ),
            name=service.name,
            partition_health_states=[
                PartitionHealthState(aggregated_health_state=s, partition_id=pid)
                for pid, s in states.items()
                if _passes(mask, s)
            ],
        ),
    )


@handles("GetClusterHealth")
def cluster_health(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    nodes = {
        node.name: HealthState.OK
        if cluster.node_is_up(node.name, now)
        else HealthState.ERROR
        for node in cluster.topology.nodes
    }
    services = {
        s.name: cluster.service_health(s, now) for s in cluster.topology.services()
    }
    apps = {
        app.name: worst(services[s.name] for s in app.services)
        for app in cluster.topology.applications
    }
    partitions = [
        cluster.partition_health(p.id, now)[0]
        for s in cluster.topology.services()
        for p in s.partitions
    ]
    state = worst([*nodes.values(), *apps.values()])
    down = [name for name, s in nodes.items() if s != HealthState.OK]
    sick = [name for name, s in apps.items() if s != HealthState.OK]
    evaluations = []
    if down:
        evaluations += _evaluations(
            HealthState.ERROR,
            "Nodes",
            f"Nodes are down: {', '.join(down)}.",
            TotalCount=len(nodes),
            MaxPercentUnhealthyNodes=0,
        )
    if sick:
        evaluations += _evaluations(
            worst(apps[name] for name in sick),
            "Applications",
            f"Applications are unhealthy: {', '.join(sick)}.",
            TotalCount=len(apps),
            MaxPercentUnhealthyApplications=0,
        )
    node_mask = call.int("nodes_health_state_filter", 0)
    app_mask = call.int("applications_health_state_filter", 0)
    return reply(
        200,
        ClusterHealth(
            aggregated_health_state=state,
            health_events=_events(
                cluster,
                call,
                [(HealthState.OK, "System.Cluster", "State", "The cluster is up.")],
                now,
            ),
            unhealthy_evaluations=evaluations,
            health_statistics=_statistics(
                call,
                {
                    EntityKind.NODE: nodes.values(),
                    EntityKind.APPLICATION: apps.values(),
                    EntityKind.SERVICE: services.values(),
                    EntityKind.PARTITION: partitions,
                },
            ),
            node_health_states=[
                NodeHealthState(
                    aggregated_health_state=s,
                    name=name,
                    id=node_id(name),
                )
                for name, s in nodes.items()
                if _passes(node_mask, s)
            ],
            application_health_states=[
                ApplicationHealthState(aggregated_health_state=s, name=name)
                for name, s in apps.items()
                if _passes(app_mask, s)
            ],
        ),
    )


@handles("GetNodeHealth")
def node_health(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    name = call.text("node_name")
    cluster.known_node(name)
    up = cluster.node_is_up(name, now)
    event: HealthEventRow = (
        (HealthState.OK, "System.FM", "State", "The node is up.")
        if up
        else (HealthState.ERROR, "System.FM", "State", "The node is down.")
    )
    state = event[0]
    return reply(
        200,
        NodeHealth(
            aggregated_health_state=state,
            health_events=_events(cluster, call, [event], now),
            unhealthy_evaluations=_evaluations(
                state,
                "Event",
                event[3],
                ConsiderWarningAsError=False,
                UnhealthyEvent={"SourceId": event[1], "Property": event[2]},
            ),
            name=name,
        ),
    )
