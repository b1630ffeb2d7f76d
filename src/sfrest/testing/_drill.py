"""The drill operations of the emulator: discovery, recovery, backup listing and health.

A mixin of Emulator (_emulator.py): every answer is computed from the Topology and the
fault state machines' state at the moment asked, so a node stopped by a transition is
Down, a partition in quorum loss is InQuorumLoss, and health follows both.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sfrest_generated.models import (
    ApplicationDefinitionKind,
    ApplicationHealthState,
    ApplicationInfo,
    ApplicationParameter,
    ApplicationStatus,
    BackupInfo,
    BackupPolicyScope,
    BackupSuspensionInfo,
    BackupSuspensionScope,
    BackupType,
    ClusterHealth,
    EntityKind,
    EntityKindHealthStateCount,
    Epoch,
    HealthEvaluation,
    HealthEvaluationWrapper,
    HealthEvent,
    HealthState,
    HealthStateCount,
    HealthStatistics,
    Int64RangePartitionInformation,
    NamedPartitionInformation,
    NodeDeactivationInfo,
    NodeDeactivationIntent,
    NodeDeactivationStatus,
    NodeHealthState,
    NodeId,
    NodeInfo,
    NodeStatus,
    NodeStatusFilter,
    OperationState,
    OperationType,
    PagedApplicationInfoList,
    PagedBackupInfoList,
    PagedNodeInfoList,
    PagedReplicaInfoList,
    PagedServiceInfoList,
    PagedServicePartitionInfoList,
    PartitionBackupConfigurationInfo,
    PartitionHealth,
    PartitionHealthState,
    ReplicaHealthState,
    ReplicaRole,
    ReplicaStatus,
    ServiceHealth,
    ServiceKind,
    ServicePartitionStatus,
    ServiceStatus,
    SingletonPartitionInformation,
    StatefulServiceInfo,
    StatefulServicePartitionInfo,
    StatefulServiceReplicaInfo,
    StatelessServiceInfo,
    StatelessServiceInstanceInfo,
    StatelessServicePartitionInfo,
)

from . import _emulator as core
from ._topology import Application, Replica, Service, Topology

if TYPE_CHECKING:
    from ._emulator import EmulatorResponse, _Call, _State

T = TypeVar("T")
_RANK = {HealthState.OK: 0, HealthState.WARNING: 1, HealthState.ERROR: 2}
_FILTER_BITS = {HealthState.OK: 2, HealthState.WARNING: 4, HealthState.ERROR: 8}
_PARTITION_FAULTS = (
    OperationType.PARTITION_DATA_LOSS,
    OperationType.PARTITION_QUORUM_LOSS,
    OperationType.PARTITION_RESTART,
)
_ACTIVE = (OperationState.RUNNING, OperationState.ROLLING_BACK)
_EPOCH = Epoch(
    configuration_version="8589934592", data_loss_version="131462452931584510"
)
_NO_CONTENT = 204
BACKUP_POLICY = "CalcBackupPolicy"
"""The backup policy the emulator reports for partitions with backup_enabled."""


def _worst(states: Iterable[HealthState]) -> HealthState:
    return max(states, key=lambda state: _RANK.get(state, 0), default=HealthState.OK)


def _passes(mask: int, state: HealthState) -> bool:
    """A health-state filter: 0 (Default) and 65535 (All) match everything, 1 nothing."""
    return mask == 0 or bool(mask & _FILTER_BITS.get(state, 0))


def _path_id(name: str) -> str:
    """fabric:/app/svc -> app~svc, the id a path segment takes."""
    return name.removeprefix("fabric:/").replace("/", "~")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def _seconds(value: float) -> str:
    return str(max(0, int(value))) if math.isfinite(value) else "0"


class DrillHandlers:
    """The 18 drill operations; Emulator supplies the state and the helpers."""

    topology: Topology
    page_size: int | None
    _state: _State
    _started_at: float
    _utc: Callable[[float], datetime]

    def _drill_handlers(self) -> dict[str, Callable[[_Call, float], EmulatorResponse]]:
        return {
            "GetNodeInfoList": self._node_list,
            "GetNodeInfo": self._node_info,
            "GetApplicationInfoList": self._application_list,
            "GetApplicationInfo": self._application_info,
            "GetServiceInfoList": self._service_list,
            "GetServiceInfo": self._service_info,
            "GetPartitionInfoList": self._partition_list,
            "GetPartitionInfo": self._partition_info,
            "GetReplicaInfoList": self._replica_list,
            "RecoverPartition": self._recover_partition,
            "RecoverServicePartitions": self._recover_service,
            "RecoverSystemPartitions": self._recover_system,
            "RecoverAllPartitions": self._recover_all,
            "GetPartitionBackupConfigurationInfo": self._backup_configuration,
            "GetPartitionBackupList": self._backup_list,
            "GetPartitionHealth": self._partition_health,
            "GetServiceHealth": self._service_health,
            "GetClusterHealth": self._cluster_health,
        }

    # --- paging -----------------------------------------------------------------------

    def _page(self, call: _Call, items: Sequence[tuple[str, T]]) -> tuple[list[T], str]:
        """One page of (key, item) pairs after the ContinuationToken, and the next token.

        The token is the last returned item's key (opaque to clients); "" ends the list.
        """
        keys = [key for key, _ in items]
        token = call.values.get("continuation_token") or ""
        start = 0
        if token:
            if token not in keys:
                raise core._invalid(
                    f"ContinuationToken {token!r} is not one of this list"
                )
            start = keys.index(token) + 1
        size = self.page_size or max(1, len(items))
        max_results = call.int("max_results", 0) if "max_results" in call.values else 0
        if max_results:
            size = min(size, max_results)
        chunk = items[start : start + size]
        more = start + size < len(items) and chunk
        return [item for _, item in chunk], chunk[-1][0] if more else ""

    # --- nodes ------------------------------------------------------------------------

    def _node_is_up(self, name: str, now: float) -> bool:
        return self._state.nodes[name].is_up(now)

    def _node(self, name: str, now: float) -> NodeInfo:
        node = self.topology.node(name)
        assert node is not None
        state = self._state.nodes[name]
        up = state.is_up(now)
        came_up = (
            state.down_until if math.isfinite(state.down_until) else self._started_at
        )
        went_down = (
            state.down_since if math.isfinite(state.down_since) else self._started_at
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
            id=NodeId(id=uuid.uuid5(core._ID_NAMESPACE, name).hex),
            instance_id=state.instance_id,
            node_deactivation_info=NodeDeactivationInfo(
                node_deactivation_intent=NodeDeactivationIntent.INVALID,
                node_deactivation_status=NodeDeactivationStatus.NONE,
                node_deactivation_task=[],
                pending_safety_checks=[],
            ),
            is_stopped=not up and state.stopped_by is not None,
            node_down_time_in_seconds="0" if up else _seconds(now - went_down),
            node_up_at=self._utc(came_up if up else min(came_up, went_down)),
            node_down_at=self._utc(went_down)
            if math.isfinite(state.down_since)
            else None,
        )

    def _node_list(self, call: _Call, now: float) -> EmulatorResponse:
        wanted = call.values.get("node_status_filter", NodeStatusFilter.DEFAULT)
        nodes = [self._node(node.name, now) for node in self.topology.nodes]
        if wanted not in (NodeStatusFilter.DEFAULT, NodeStatusFilter.ALL):
            nodes = [n for n in nodes if str(n.node_status).lower() == str(wanted)]
        items, token = self._page(call, [(str(n.name), n) for n in nodes])
        return core._reply(
            200, PagedNodeInfoList(continuation_token=token, items=items)
        )

    def _node_info(self, call: _Call, now: float) -> EmulatorResponse:
        name = call.text("node_name")
        if self.topology.node(name) is None:
            return core._reply(_NO_CONTENT)
        return core._reply(200, self._node(name, now))

    # --- applications and services ----------------------------------------------------

    def _application(
        self, app: Application, call: _Call, now: float
    ) -> ApplicationInfo:
        exclude = call.flag("exclude_application_parameters")
        return ApplicationInfo(
            id=_path_id(app.name),
            name=app.name,
            type_name=app.type_name,
            type_version=app.type_version,
            status=ApplicationStatus.READY,
            parameters=None
            if exclude
            else [
                ApplicationParameter(
                    key=f"{_path_id(s.name)}_PartitionCount",
                    value=str(len(s.partitions)),
                )
                for s in app.services
            ],
            health_state=_worst(self._service_state(s, now) for s in app.services),
            application_definition_kind=ApplicationDefinitionKind.SERVICE_FABRIC_APPLICATION_DESCRIPTION,
        )

    def _application_list(self, call: _Call, now: float) -> EmulatorResponse:
        kinds = call.int("application_definition_kind_filter", 0)
        type_name = call.values.get("application_type_name")
        if kinds and type_name is not None:
            raise core._invalid(
                "ApplicationDefinitionKindFilter and ApplicationTypeName cannot be combined"
            )
        apps = [
            app
            for app in self.topology.applications
            if (type_name is None or app.type_name == type_name)
            and (
                kinds in (0, 65535) or kinds & 1
            )  # every app is an application package
        ]
        items, token = self._page(
            call, [(app.name, self._application(app, call, now)) for app in apps]
        )
        return core._reply(
            200, PagedApplicationInfoList(continuation_token=token, items=items)
        )

    def _find_application(self, call: _Call) -> Application | None:
        return self.topology.applications_by_name().get(call.text("application_id"))

    def _application_info(self, call: _Call, now: float) -> EmulatorResponse:
        app = self._find_application(call)
        if app is None:
            return core._reply(_NO_CONTENT)
        return core._reply(200, self._application(app, call, now))

    def _service(
        self, service: Service, now: float
    ) -> StatefulServiceInfo | StatelessServiceInfo:
        common: dict[str, Any] = {
            "id": _path_id(service.name),
            "name": service.name,
            "type_name": service.type_name,
            "manifest_version": service.manifest_version,
            "health_state": self._service_state(service, now),
            "service_status": ServiceStatus.ACTIVE,
            "is_service_group": False,
        }
        if service.stateful:
            return StatefulServiceInfo(
                service_kind="Stateful", has_persisted_state=True, **common
            )
        return StatelessServiceInfo(service_kind="Stateless", **common)

    def _service_list(self, call: _Call, now: float) -> EmulatorResponse:
        app = self._find_application(call)
        if app is None:
            raise core._Fail(
                404,
                "FABRIC_E_APPLICATION_NOT_FOUND",
                f"application {call.text('application_id')} not found",
            )
        type_name = call.values.get("service_type_name")
        services = [s for s in app.services if type_name in (None, s.type_name)]
        items, token = self._page(
            call, [(s.name, self._service(s, now)) for s in services]
        )
        return core._reply(
            200, PagedServiceInfoList(continuation_token=token, items=items)
        )

    def _service_info(self, call: _Call, now: float) -> EmulatorResponse:
        app = self._find_application(call)
        name = call.text("service_id")
        found = [s for s in (app.services if app else ()) if s.name == name]
        if not found:
            return core._reply(_NO_CONTENT)
        return core._reply(200, self._service(found[0], now))

    def _known_service(self, call: _Call) -> Service:
        name = call.text("service_id")
        service = self.topology.service(name)
        if service is None:
            raise core._Fail(
                404, "FABRIC_E_SERVICE_DOES_NOT_EXIST", f"service {name} does not exist"
            )
        return service

    # --- partitions and replicas ------------------------------------------------------

    def _operations_on(self, pid: uuid.UUID) -> list[core._FaultOp]:
        return [
            op
            for op in self._state.operations.values()
            if op.partition == pid and op.type in _PARTITION_FAULTS
        ]

    def _quorum_loss(self, pid: uuid.UUID, now: float) -> core._FaultOp | None:
        """The quorum loss the partition is in now, if any: its operation is Running."""
        for op in self._operations_on(pid):
            if (
                op.type == OperationType.PARTITION_QUORUM_LOSS
                and op.state(now) == OperationState.RUNNING
            ):
                return op
        return None

    def _last_quorum_loss(self, pid: uuid.UUID, now: float) -> timedelta:
        lasted = 0.0
        for op in self._operations_on(pid):
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

    def _replica_down(
        self, pid: uuid.UUID, replicas: Sequence[Replica], index: int, now: float
    ) -> bool:
        if not self._node_is_up(replicas[index].node, now):
            return True
        quorum_loss = self._quorum_loss(pid, now)
        if quorum_loss is None:
            return False
        found = self.topology.partition(pid)
        assert found is not None
        service = found[0]
        if quorum_loss.mode == "AllReplicas":
            return True
        # QuorumReplicas: enough secondaries go down that fewer than MinReplicaSetSize stay
        down = len(replicas) - service.min_replica_set_size + 1
        return index >= len(replicas) - down

    def _partition_state(
        self, pid: uuid.UUID, now: float
    ) -> tuple[HealthState, list[tuple[HealthState, str, str, str]]]:
        """The partition's aggregated health and its events (state, source, property, text)."""
        events: list[tuple[HealthState, str, str, str]] = []
        replicas = self.topology.replicas(pid)
        problems = []
        if self._quorum_loss(pid, now) is not None:
            problems.append("the partition is in quorum loss")
        down = sorted({r.node for r in replicas if not self._node_is_up(r.node, now)})
        if down:
            problems.append(f"replicas are down on {', '.join(down)}")
        if problems:
            events.append(
                (
                    HealthState.ERROR,
                    "System.FM",
                    "State",
                    _sentence("; ".join(problems)),
                )
            )
        else:
            events.append(
                (HealthState.OK, "System.FM", "State", "The partition is healthy.")
            )
        for op in self._operations_on(pid):
            state = op.state(now)
            if state in _ACTIVE:
                events.append(
                    (
                        HealthState.WARNING,
                        "System.FaultAnalysisService",
                        f"FaultOperation/{op.id}",
                        f"A {op.type.value} operation is {state.value}.",
                    )
                )
        return _worst(e[0] for e in events), events

    def _partition_info_model(
        self, service: Service, index: int, now: float
    ) -> StatefulServicePartitionInfo | StatelessServicePartitionInfo:
        partition = service.partitions[index]
        pid = partition.id
        information: (
            Int64RangePartitionInformation
            | NamedPartitionInformation
            | SingletonPartitionInformation
        )
        if service.scheme == "Int64Range":
            low, high = service.key_range(index)
            information = Int64RangePartitionInformation(
                service_partition_kind="Int64Range",
                id=pid,
                low_key=str(low),
                high_key=str(high),
            )
        elif service.scheme == "Named":
            information = NamedPartitionInformation(
                service_partition_kind="Named",
                id=pid,
                name=service.partition_name(index),
            )
        else:
            information = SingletonPartitionInformation(
                service_partition_kind="Singleton", id=pid
            )
        health, _ = self._partition_state(pid, now)
        status = (
            ServicePartitionStatus.IN_QUORUM_LOSS
            if self._quorum_loss(pid, now) is not None
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
                last_quorum_loss_duration=self._last_quorum_loss(pid, now),
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

    def _partition_list(self, call: _Call, now: float) -> EmulatorResponse:
        service = self._known_service(call)
        pairs = [
            (str(p.id), self._partition_info_model(service, i, now))
            for i, p in enumerate(service.partitions)
        ]
        items, token = self._page(call, pairs)
        return core._reply(
            200, PagedServicePartitionInfoList(continuation_token=token, items=items)
        )

    def _locate(self, pid: uuid.UUID) -> tuple[Service, int] | None:
        found = self.topology.partition(pid)
        if found is None:
            return None
        service = found[0]
        return service, [p.id for p in service.partitions].index(pid)

    def _partition_info(self, call: _Call, now: float) -> EmulatorResponse:
        located = self._locate(call.uuid("partition_id"))
        if located is None:
            return core._reply(_NO_CONTENT)
        return core._reply(200, self._partition_info_model(*located, now))

    def _known_partition(self, call: _Call) -> tuple[Service, uuid.UUID]:
        pid = call.uuid("partition_id")
        located = self._locate(pid)
        if located is None:
            raise core._Fail(
                404, "FABRIC_E_PARTITION_NOT_FOUND", f"partition {pid} not found"
            )
        return located[0], pid

    def _replica_list(self, call: _Call, now: float) -> EmulatorResponse:
        service, pid = self._known_partition(call)
        replicas = self.topology.replicas(pid)
        pairs: list[
            tuple[str, StatefulServiceReplicaInfo | StatelessServiceInstanceInfo]
        ] = []
        for index, replica in enumerate(replicas):
            down = self._replica_down(pid, replicas, index, now)
            common: dict[str, Any] = {
                "replica_status": ReplicaStatus.DOWN if down else ReplicaStatus.READY,
                "health_state": HealthState.ERROR if down else HealthState.OK,
                "node_name": replica.node,
                "address": json.dumps(
                    {
                        "Endpoints": {
                            "": f"tcp://{self._address(replica.node)}:20001+{pid}-{replica.id}"
                        }
                    }
                ),
                "last_in_build_duration_in_seconds": "1",
            }
            if service.stateful:
                pairs.append(
                    (
                        replica.id,
                        StatefulServiceReplicaInfo(
                            service_kind="Stateful",
                            replica_role=ReplicaRole.PRIMARY
                            if replica.primary
                            else ReplicaRole.ACTIVE_SECONDARY,
                            replica_id=replica.id,
                            **common,
                        ),
                    )
                )
            else:
                pairs.append(
                    (
                        replica.id,
                        StatelessServiceInstanceInfo(
                            service_kind="Stateless", instance_id=replica.id, **common
                        ),
                    )
                )
        items, token = self._page(call, pairs)
        return core._reply(
            200, PagedReplicaInfoList(continuation_token=token, items=items)
        )

    def _address(self, node_name: str) -> str:
        node = self.topology.node(node_name)
        assert node is not None and node.address is not None
        return node.address

    # --- recovery ---------------------------------------------------------------------

    def _recover(self, partitions: Iterable[uuid.UUID], now: float) -> None:
        """End the quorum loss of these partitions now: their operations are Completed."""
        for pid in partitions:
            quorum_loss = self._quorum_loss(pid, now)
            if quorum_loss is not None:
                quorum_loss.recovered = now

    def _recover_partition(self, call: _Call, now: float) -> EmulatorResponse:
        _, pid = self._known_partition(call)
        self._recover([pid], now)
        return core._reply(call.route.success_status)

    def _recover_service(self, call: _Call, now: float) -> EmulatorResponse:
        service = self._known_service(call)
        self._recover((p.id for p in service.partitions), now)
        return core._reply(call.route.success_status)

    def _recover_system(self, call: _Call, now: float) -> EmulatorResponse:
        # the emulated cluster has no system services (no fabric:/System): nothing to do
        return core._reply(call.route.success_status)

    def _recover_all(self, call: _Call, now: float) -> EmulatorResponse:
        self._recover(
            (p.id for s in self.topology.services() for p in s.partitions), now
        )
        return core._reply(call.route.success_status)

    # --- backups ----------------------------------------------------------------------

    def _backup_configuration(self, call: _Call, now: float) -> EmulatorResponse:
        service, pid = self._known_partition(call)
        found = self.topology.partition(pid)
        assert found is not None
        if not found[1].backup_enabled:
            raise core._Fail(
                404,
                "FABRIC_E_BACKUP_NOT_ENABLED",
                f"no backup policy covers partition {pid}",
            )
        return core._reply(
            200,
            PartitionBackupConfigurationInfo(
                kind="Partition",
                policy_name=BACKUP_POLICY,
                policy_inherited_from=BackupPolicyScope.SERVICE,
                suspension_info=BackupSuspensionInfo(
                    is_suspended=False,
                    suspension_inherited_from=BackupSuspensionScope.INVALID,
                ),
                service_name=service.name,
                partition_id=pid,
            ),
        )

    def _backup_list(self, call: _Call, now: float) -> EmulatorResponse:
        service, pid = self._known_partition(call)
        located = self._locate(pid)
        assert located is not None
        pstate = self._state.partitions.get(pid)
        records = [] if pstate is None else core._succeeded(pstate, now)
        start: datetime | None = call.values.get("start_date_time_filter")
        end: datetime | None = call.values.get("end_date_time_filter")
        records = [
            r
            for r in records
            if r.created is not None
            and (start is None or r.created >= start)
            and (end is None or r.created <= end)
        ]
        if call.flag("latest"):
            records = records[-1:]
        information = self._partition_info_model(*located, now).partition_information
        app = self.topology.application_of(service)
        items = [
            BackupInfo(
                backup_id=r.backup_id,
                backup_chain_id=uuid.uuid5(core._ID_NAMESPACE, f"chain/{pid}"),
                application_name=app.name,
                service_name=service.name,
                partition_information=information,
                backup_location=r.location,
                backup_type=BackupType.FULL if r.full else BackupType.INCREMENTAL,
                epoch_of_last_backup_record=core._epoch(r.epoch),
                lsn_of_last_backup_record=str(r.lsn),
                creation_time_utc=r.created,
                service_manifest_version=service.manifest_version,
            )
            for r in records
        ]
        return core._reply(200, PagedBackupInfoList(continuation_token="", items=items))

    # --- health -----------------------------------------------------------------------

    def _service_state(self, service: Service, now: float) -> HealthState:
        return _worst(self._partition_state(p.id, now)[0] for p in service.partitions)

    def _events(
        self,
        call: _Call,
        events: Sequence[tuple[HealthState, str, str, str]],
        now: float,
    ) -> list[HealthEvent]:
        mask = call.int("events_health_state_filter", 0)
        stamp = self._utc(now)
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

    @staticmethod
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

    @staticmethod
    def _statistics(
        call: _Call, counts: Mapping[EntityKind, Iterable[HealthState]]
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

    def _replica_states(self, pid: uuid.UUID, now: float) -> list[ReplicaHealthState]:
        found = self.topology.partition(pid)
        assert found is not None
        replicas = self.topology.replicas(pid)
        kind = ServiceKind.STATEFUL if found[0].stateful else ServiceKind.STATELESS
        return [
            ReplicaHealthState(
                service_kind=kind,
                aggregated_health_state=HealthState.ERROR
                if self._replica_down(pid, replicas, i, now)
                else HealthState.OK,
                partition_id=pid,
                replica_id=replica.id,
            )
            for i, replica in enumerate(replicas)
        ]

    def _partition_health(self, call: _Call, now: float) -> EmulatorResponse:
        _, pid = self._known_partition(call)
        state, events = self._partition_state(pid, now)
        replicas = self._replica_states(pid, now)
        mask = call.int("replicas_health_state_filter", 0)
        unhealthy = [e for e in events if e[0] != HealthState.OK]
        return core._reply(
            200,
            PartitionHealth(
                aggregated_health_state=state,
                health_events=self._events(call, events, now),
                unhealthy_evaluations=self._evaluations(
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
                health_statistics=self._statistics(
                    call,
                    {
                        EntityKind.REPLICA: (
                            r.aggregated_health_state or HealthState.OK
                            for r in replicas
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

    def _service_health(self, call: _Call, now: float) -> EmulatorResponse:
        service = self._known_service(call)
        states = {p.id: self._partition_state(p.id, now)[0] for p in service.partitions}
        state = _worst(states.values())
        mask = call.int("partitions_health_state_filter", 0)
        replicas = [
            r for p in service.partitions for r in self._replica_states(p.id, now)
        ]
        bad = [str(pid) for pid, s in states.items() if s != HealthState.OK]
        return core._reply(
            200,
            ServiceHealth(
                aggregated_health_state=state,
                health_events=self._events(
                    call,
                    [(HealthState.OK, "System.FM", "State", "The service is created.")],
                    now,
                ),
                unhealthy_evaluations=self._evaluations(
                    state,
                    "Partitions",
                    f"{len(bad)} of {len(states)} partitions are unhealthy: {', '.join(bad)}.",
                    TotalCount=len(states),
                    MaxPercentUnhealthyPartitionsPerService=0,
                ),
                health_statistics=self._statistics(
                    call,
                    {
                        EntityKind.PARTITION: states.values(),
                        EntityKind.REPLICA: (
                            r.aggregated_health_state or HealthState.OK
                            for r in replicas
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

    def _cluster_health(self, call: _Call, now: float) -> EmulatorResponse:
        nodes = {
            node.name: HealthState.OK
            if self._node_is_up(node.name, now)
            else HealthState.ERROR
            for node in self.topology.nodes
        }
        services = {
            s.name: self._service_state(s, now) for s in self.topology.services()
        }
        apps = {
            app.name: _worst(services[s.name] for s in app.services)
            for app in self.topology.applications
        }
        partitions = [
            self._partition_state(p.id, now)[0]
            for s in self.topology.services()
            for p in s.partitions
        ]
        state = _worst([*nodes.values(), *apps.values()])
        down = [name for name, s in nodes.items() if s != HealthState.OK]
        sick = [name for name, s in apps.items() if s != HealthState.OK]
        evaluations = []
        if down:
            evaluations += self._evaluations(
                HealthState.ERROR,
                "Nodes",
                f"Nodes are down: {', '.join(down)}.",
                TotalCount=len(nodes),
                MaxPercentUnhealthyNodes=0,
            )
        if sick:
            evaluations += self._evaluations(
                _worst(apps[name] for name in sick),
                "Applications",
                f"Applications are unhealthy: {', '.join(sick)}.",
                TotalCount=len(apps),
                MaxPercentUnhealthyApplications=0,
            )
        node_mask = call.int("nodes_health_state_filter", 0)
        app_mask = call.int("applications_health_state_filter", 0)
        return core._reply(
            200,
            ClusterHealth(
                aggregated_health_state=state,
                health_events=self._events(
                    call,
                    [(HealthState.OK, "System.Cluster", "State", "The cluster is up.")],
                    now,
                ),
                unhealthy_evaluations=evaluations,
                health_statistics=self._statistics(
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
                        id=NodeId(id=uuid.uuid5(core._ID_NAMESPACE, name).hex),
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


__all__ = ["BACKUP_POLICY", "DrillHandlers"]
