"""The emulated cluster's state: the Topology plus what operations did to it.

Cluster holds the records (fault operations, backups and restores, node transitions,
injected faults) and answers what they mean at a moment: whether a node is up, whether
a partition is in quorum loss, which replicas are down, how healthy a partition is.
Every state is computed from the clock reading given, so nothing runs in the
background; the area modules (_faults, _backup, _discovery, _health, _recovery, _chaos,
_replicas) read and change it. An area with records of its own (a chaos engine, its runs and schedule) keeps them here,
beside the others, so that discovery and health see what it did.
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any

from sfrest_generated.models import (
    ChaosParameters,
    ChaosScheduleDescription,
    Epoch,
    FabricErrorError,
    HealthState,
    Int64RangePartitionInformation,
    NamedPartitionInformation,
    NodeId,
    OperationState,
    OperationType,
    SingletonPartitionInformation,
)

from ._topology import Replica, Service, Topology
from ._wire import Call, Fail, guid, invalid, not_found

E_FAIL = -2147467259
"""0x80004005, the HRESULT an injected fault reports by default."""
FAULT_KINDS = (
    OperationType.PARTITION_DATA_LOSS,
    OperationType.PARTITION_QUORUM_LOSS,
    OperationType.PARTITION_RESTART,
    OperationType.NODE_TRANSITION,
)
PARTITION_FAULTS = FAULT_KINDS[:3]
BACKUP, RESTORE, ROLLING_BACK = "Backup", "Restore", "RollingBack"
KINDS: tuple[str, ...] = (*(k.value for k in FAULT_KINDS), BACKUP, RESTORE)
"""The operation kinds that durations and inject_fault(kind=) name."""
DEFAULT_DURATIONS: Mapping[str, float] = MappingProxyType(
    {**dict.fromkeys(KINDS, 2.0), ROLLING_BACK: 1.0}
)
"""Seconds each kind of operation takes (RollingBack: from a plain cancel to Cancelled)."""
ID_NAMESPACE = uuid.UUID("6f1c2a7e-5b3d-4e8f-9a0b-1c2d3e4f5a6b")
"""The namespace of the ids the emulator derives (uuid5): backups, nodes, chains."""
INITIAL_EPOCH = ("8589934592", "131462452931584510")
INITIAL_LSN = 261
_RANK = {HealthState.OK: 0, HealthState.WARNING: 1, HealthState.ERROR: 2}
_DECIMAL = re.compile(r"\d{1,20}")


def instance_id(given: str) -> int:
    """A NodeInstanceId as the request gave it: a decimal number (E_INVALIDARG else)."""
    if not _DECIMAL.fullmatch(given):
        raise invalid(f"NodeInstanceId must be a decimal number, got {given!r}")
    return int(given)


ACTIVE = (OperationState.RUNNING, OperationState.ROLLING_BACK)
"""The states of a fault operation that has not ended."""
RUNNING_PHASES = ("Accepted", "InProgress")

HealthEventRow = tuple[HealthState, str, str, str]
"""A health event as the emulator derives it: (state, source, property, description)."""


def worst(states: Iterable[HealthState]) -> HealthState:
    return max(states, key=lambda state: _RANK.get(state, 0), default=HealthState.OK)


def epoch(pair: tuple[str, str]) -> Epoch:
    return Epoch(configuration_version=pair[0], data_loss_version=pair[1])


def node_id(name: str) -> NodeId:
    """The NodeId the emulator derives from a node's name."""
    return NodeId(id=uuid.uuid5(ID_NAMESPACE, name).hex)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


# --- records ----------------------------------------------------------------------------


@dataclass(slots=True)
class Injection:
    target: str | None
    kind: str | None
    error_code: int
    state: str
    failure_code: str
    message: str
    remaining: int | None


@dataclass(slots=True)
class FaultOp:
    id: uuid.UUID
    type: OperationType
    started: float
    duration: float
    rollback: float
    error_code: int | None
    service: str | None = None
    partition: uuid.UUID | None = None
    node: str | None = None
    instance_id: str | None = None
    cancelled: float | None = None
    force_cancelled: float | None = None
    mode: str | None = None
    """QuorumLossMode of a quorum loss."""
    recovered: float | None = None
    """When a Recover* call ended this quorum loss."""

    def state(self, now: float) -> OperationState:
        if self.force_cancelled is not None:
            return OperationState.FORCE_CANCELLED
        if self.cancelled is not None:
            if now < self.cancelled + self.rollback:
                return OperationState.ROLLING_BACK
            return OperationState.CANCELLED
        end = self.started + self.duration
        if self.recovered is not None:
            end = min(end, self.recovered)
        if now < end:
            return OperationState.RUNNING
        return (
            OperationState.COMPLETED
            if self.error_code is None
            else OperationState.FAULTED
        )


@dataclass(slots=True)
class Record:
    """What a successful backup produced, for a later restore."""

    backup_id: uuid.UUID
    location: str
    epoch: tuple[str, str]
    lsn: int
    created: datetime | None = None
    full: bool = True


@dataclass(slots=True)
class TransferOp:
    """A backup or a restore of one partition: Accepted -> *InProgress -> terminal."""

    started: float
    duration: float
    deadline: float
    timestamp: datetime
    injection: Injection | None
    record: Record | None
    """Backups: what it produces. Restores: what it restores from (None: unknown backup)."""

    def phase(self, now: float) -> str:
        """Accepted, InProgress, Success, Failure or Timeout."""
        end = self.started + self.duration
        if self.injection is not None and self.injection.state == "Timeout":
            outcome = "Timeout"
        elif self.deadline < end:
            end, outcome = self.deadline, "Timeout"
        elif self.injection is not None or self.record is None:
            outcome = "Failure"
        else:
            outcome = "Success"
        if now >= end:
            return outcome
        return (
            "Accepted"
            if now < self.started + (end - self.started) / 4
            else "InProgress"
        )

    def failure(self, now: float, backup: bool) -> FabricErrorError | None:
        phase = self.phase(now)
        if phase == "Timeout":
            return FabricErrorError(
                code="FABRIC_E_TIMEOUT",
                message=f"the {'backup' if backup else 'restore'} did not finish in time",
            )
        if phase != "Failure":
            return None
        if self.injection is not None:
            return FabricErrorError(
                code=self.injection.failure_code, message=self.injection.message
            )
        return FabricErrorError(
            code="E_INVALIDARG", message="the backup to restore from was not found"
        )


@dataclass(slots=True)
class PartitionState:
    backup: TransferOp | None = None
    restore: TransferOp | None = None
    history: list[TransferOp] = field(default_factory=list)
    """Every backup triggered on the partition, in order."""

    def succeeded(self, now: float) -> list[Record]:
        """The partition's backups that have succeeded by now, oldest first."""
        return [
            op.record
            for op in self.history
            if op.record is not None and op.phase(now) == "Success"
        ]


@dataclass(slots=True)
class NodeState:
    instance_id: str
    down_until: float
    """The node is down while the clock is below this (inf: until started)."""
    stopped_by: uuid.UUID | None = None
    down_since: float = -math.inf
    """When the node last went down (-inf: down from the start, or never)."""

    def is_up(self, now: float) -> bool:
        return now >= self.down_until


@dataclass(slots=True)
class ChaosRun:
    """One run of Chaos: its parameters, its random draws and when it ends."""

    parameters: ChaosParameters
    ends: float
    """When it started + TimeToRunInSeconds."""
    rng: random.Random
    unhealthy_since: float | None = None


@dataclass(slots=True)
class ChaosState:
    """Chaos's records: its events, the run under way, the schedule and its version."""

    events: list[tuple[float, Any]] = field(default_factory=list)
    """(clock reading, ChaosEvent model), oldest first."""
    run: ChaosRun | None = None
    last: ChaosParameters | None = None
    """The parameters of the latest run."""
    runs: int = 0
    queue: list[tuple[float, int, Any]] = field(default_factory=list)
    """A heap of (when, sequence, step) the engine still has to take."""
    steps: int = 0
    schedule: ChaosScheduleDescription = field(
        default_factory=lambda: ChaosScheduleDescription(version=0)
    )
    schedule_stopped: bool = True
    """No schedule posted since the start or since StopChaos."""
    cursor: float = -math.inf
    """The clock reading up to which the schedule has been followed."""


# --- the cluster ------------------------------------------------------------------------


class Cluster:
    """The topology, the emulator's settings and every record, with what they mean now."""

    def __init__(
        self,
        topology: Topology,
        durations: Mapping[str, float],
        page_size: int | None,
        utc_origin: tuple[datetime, float],
        started_at: float,
        seed: int = 0,
    ) -> None:
        self.topology, self.durations, self.page_size = topology, durations, page_size
        self.utc_origin, self.started_at, self.seed = utc_origin, started_at, seed
        self.operations: dict[uuid.UUID, FaultOp] = {}
        self.partitions: dict[uuid.UUID, PartitionState] = {}
        self.nodes = {
            node.name: NodeState(node.instance_id, -math.inf if node.up else math.inf)
            for node in topology.nodes
        }
        self.placement: dict[uuid.UUID, tuple[Replica, ...]] = {}
        """Partitions whose replicas moved or were rebuilt: where they are now."""
        self.replica_back: dict[tuple[uuid.UUID, str], float] = {}
        """(partition, replica id) -> when a restarted or rebuilt replica is up again."""
        self.chaos = ChaosState()
        self.injections: list[Injection] = []
        self.errors: list[list[Any]] = []
        """inject_error's answers still to give: [operation_id or None, status, code, left]."""

    def utc(self, now: float) -> datetime:
        return self.exact_utc(now).replace(microsecond=0)

    def exact_utc(self, now: float) -> datetime:
        """The UTC time at a clock reading."""
        origin, at = self.utc_origin
        return origin + timedelta(seconds=now - at)

    def reading(self, moment: datetime) -> float:
        """The clock reading at a UTC time (the inverse of exact_utc)."""
        origin, at = self.utc_origin
        return at + (moment - origin).total_seconds()

    def take_injection(self, kind: str, keys: tuple[str, ...]) -> Injection | None:
        """The injected fault the next operation of kind on keys meets, used once."""
        for injection in self.injections:
            if injection.kind not in (None, kind):
                continue
            if injection.target is not None and injection.target not in keys:
                continue
            if injection.remaining is not None:
                injection.remaining -= 1
                if injection.remaining == 0:
                    self.injections.remove(injection)
            return injection
        return None

    # --- the topology, as requests name it ----------------------------------------------

    def known_service(self, call: Call) -> Service:
        name = call.text("service_id")
        service = self.topology.service(name)
        if service is None:
            raise not_found(
                "FABRIC_E_SERVICE_DOES_NOT_EXIST", f"service {name} does not exist"
            )
        return service

    def locate(self, pid: uuid.UUID) -> tuple[Service, int] | None:
        found = self.topology.partition(pid)
        if found is None:
            return None
        service = found[0]
        return service, [p.id for p in service.partitions].index(pid)

    def known_node(self, name: str) -> NodeState:
        state = self.nodes.get(name)
        if state is None:
            raise not_found("FABRIC_E_NODE_NOT_FOUND", f"node {name!r} not found")
        return state

    def known_partition(self, call: Call) -> tuple[Service, uuid.UUID]:
        pid = call.uuid("partition_id")
        located = self.locate(pid)
        if located is None:
            raise not_found(
                "FABRIC_E_PARTITION_NOT_FOUND", f"partition {pid} not found"
            )
        return located[0], pid

    # --- what faults did ----------------------------------------------------------------

    def node_is_up(self, name: str, now: float) -> bool:
        return self.nodes[name].is_up(now)

    def operations_on(self, pid: uuid.UUID) -> list[FaultOp]:
        return [
            op
            for op in self.operations.values()
            if op.partition == pid and op.type in PARTITION_FAULTS
        ]

    def quorum_loss(self, pid: uuid.UUID, now: float) -> FaultOp | None:
        """The quorum loss the partition is in now, if any: its operation is Running."""
        for op in self.operations_on(pid):
            if (
                op.type == OperationType.PARTITION_QUORUM_LOSS
                and op.state(now) == OperationState.RUNNING
            ):
                return op
        return None

    def last_quorum_loss(self, pid: uuid.UUID, now: float) -> timedelta:
        lasted = 0.0
        for op in self.operations_on(pid):
            if op.type != OperationType.PARTITION_QUORUM_LOSS:
                continue
            ends = [op.started + op.duration, now]
            ends += [
                t
                for t in (op.recovered, op.cancelled, op.force_cancelled)
                if t is not None
            ]
            if op.state(now) != OperationState.RUNNING:
                lasted = max(0.0, min(ends) - op.started)
        return timedelta(seconds=int(lasted))

    def replicas(self, pid: uuid.UUID) -> tuple[Replica, ...]:
        """The partition's replicas where they are now (moves and rebuilds included)."""
        return self.placement.get(pid) or self.topology.replicas(pid)

    def replica_down(self, pid: uuid.UUID, index: int, now: float) -> bool:
        replicas = self.replicas(pid)
        if not self.node_is_up(replicas[index].node, now):
            return True
        if now < self.replica_back.get((pid, replicas[index].id), -math.inf):
            return True
        quorum_loss = self.quorum_loss(pid, now)
        if quorum_loss is None:
            return False
        if quorum_loss.mode == "AllReplicas":
            return True
        found = self.topology.partition(pid)
        assert found is not None
        # QuorumReplicas: enough secondaries go down that fewer than MinReplicaSetSize stay
        down = len(replicas) - found[0].min_replica_set_size + 1
        return index >= len(replicas) - down

    def partition_health(
        self, pid: uuid.UUID, now: float
    ) -> tuple[HealthState, list[HealthEventRow]]:
        """The partition's aggregated health and the events that say why."""
        events: list[HealthEventRow] = []
        replicas = self.replicas(pid)
        problems = []
        if self.quorum_loss(pid, now) is not None:
            problems.append("the partition is in quorum loss")
        down = sorted({r.node for r in replicas if not self.node_is_up(r.node, now)})
        if down:
            problems.append(f"replicas are down on {', '.join(down)}")
        restarting = [
            r.id
            for r in replicas
            if now < self.replica_back.get((pid, r.id), -math.inf)
        ]
        if restarting:
            events.append(
                (
                    HealthState.WARNING,
                    "System.RA",
                    "ReplicaOpenStatus",
                    f"Replicas {', '.join(restarting)} are being restarted or rebuilt.",
                )
            )
        if problems:
            text = _sentence("; ".join(problems))
            events.append((HealthState.ERROR, "System.FM", "State", text))
        else:
            events.append(
                (HealthState.OK, "System.FM", "State", "The partition is healthy.")
            )
        for op in self.operations_on(pid):
            state = op.state(now)
            if state in ACTIVE:
                events.append(
                    (
                        HealthState.WARNING,
                        "System.FaultAnalysisService",
                        f"FaultOperation/{op.id}",
                        f"A {op.type.value} operation is {state.value}.",
                    )
                )
        return worst(e[0] for e in events), events

    def service_health(self, service: Service, now: float) -> HealthState:
        return worst(self.partition_health(p.id, now)[0] for p in service.partitions)

    # --- what node and replica faults do (their operations, and Chaos's) ---------------

    def restart_node(self, name: str, now: float) -> None:
        """Down now, up again after NodeTransition's duration with a new instance id."""
        state = self.nodes[name]
        state.down_since, state.down_until = now, now + self.durations["NodeTransition"]
        state.instance_id = str(int(state.instance_id) + 1)

    def restart_replica(self, pid: uuid.UUID, replica_id: str, now: float) -> None:
        """Down now, up again after PartitionRestart's duration, with the same id."""
        self.replica_back[(pid, replica_id)] = now + self.durations["PartitionRestart"]

    def remove_replica(self, pid: uuid.UUID, replica_id: str, now: float) -> str:
        """Gone now; a new replica (a new id) is built in its place, up after
        PartitionRestart's duration. Returns the new id."""
        replicas = self.replicas(pid)
        new_id = str(max(int(r.id) for r in replicas) + 1)
        self.placement[pid] = tuple(
            Replica(new_id, r.node, r.primary) if r.id == replica_id else r
            for r in replicas
        )
        self.replica_back[(pid, new_id)] = now + self.durations["PartitionRestart"]
        return new_id

    def move_primary(self, pid: uuid.UUID, node: str, now: float) -> None:
        """The primary role goes to the replica on node, or the primary itself moves there
        (at once: now is when, as for the other faults)."""
        replicas = self.replicas(pid)
        if any(r.node == node for r in replicas):
            moved = [Replica(r.id, r.node, r.node == node) for r in replicas]
        else:
            moved = [Replica(r.id, node, True) if r.primary else r for r in replicas]
        self.placement[pid] = tuple(moved)

    def move_secondary(
        self, pid: uuid.UUID, current: str, new: str, now: float
    ) -> None:
        """The secondary replica on current moves to new."""
        self.placement[pid] = tuple(
            Replica(r.id, new, False) if r.node == current and not r.primary else r
            for r in self.replicas(pid)
        )

    # --- backups ------------------------------------------------------------------------

    def backup(self, backup_id: uuid.UUID, now: float) -> Record | None:
        """The backup of that id, of any partition, if it has succeeded by now."""
        return next(
            (
                record
                for pstate in self.partitions.values()
                for record in pstate.succeeded(now)
                if record.backup_id == backup_id
            ),
            None,
        )


def partition_information(
    service: Service, index: int
) -> (
    Int64RangePartitionInformation
    | NamedPartitionInformation
    | SingletonPartitionInformation
):
    """How the partition at index of service describes itself (its PartitionInformation)."""
    pid = service.partitions[index].id
    if service.scheme == "Int64Range":
        low, high = service.key_range(index)
        return Int64RangePartitionInformation(
            service_partition_kind="Int64Range",
            id=pid,
            low_key=str(low),
            high_key=str(high),
        )
    if service.scheme == "Named":
        return NamedPartitionInformation(
            service_partition_kind="Named", id=pid, name=service.partition_name(index)
        )
    return SingletonPartitionInformation(service_partition_kind="Singleton", id=pid)


def target_key(target: uuid.UUID | str | None) -> str | None:
    """How inject_fault's target is compared: a partition id's canonical string, else as given."""
    if target is None or isinstance(target, uuid.UUID):
        return None if target is None else str(target)
    try:
        return str(guid(target, "target"))
    except Fail:
        return target
