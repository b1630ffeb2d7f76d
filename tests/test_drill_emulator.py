"""The emulator's drill operations: discovery, Recover*, the backup list, health, paging.

Requests go through Emulator.handle() with raw targets (as the wire spells them) and, for
every operation, over real HTTP on loopback with raw httpx. Bodies are parsed with the
generated operation modules' parse_response(), as a client would. Time is a ManualClock.
"""

from __future__ import annotations

import itertools
import types
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sfrest_generated.api.applications import (
    get_application_info,
    get_application_info_list,
)
from sfrest_generated.api.backup_restore import (
    get_partition_backup_configuration_info,
    get_partition_backup_list,
    get_partition_restore_progress,
)
from sfrest_generated.api.cluster import (
    recover_all_partitions,
    recover_system_partitions,
)
from sfrest_generated.api.faults import get_quorum_loss_progress
from sfrest_generated.api.health import (
    get_cluster_health,
    get_partition_health,
    get_service_health,
)
from sfrest_generated.api.nodes import get_node_info, get_node_info_list
from sfrest_generated.api.partitions import (
    get_partition_info,
    get_partition_info_list,
    recover_partition,
)
from sfrest_generated.api.replicas import get_replica_info_list
from sfrest_generated.api.services import (
    get_service_info,
    get_service_info_list,
    recover_service_partitions,
)
from sfrest_generated.models import (
    HealthState,
    Int64RangePartitionInformation,
    NamedPartitionInformation,
    NodeStatus,
    ReplicaRole,
    ReplicaStatus,
    SingletonPartitionInformation,
    StatefulServiceInfo,
    StatefulServicePartitionInfo,
    StatefulServiceReplicaInfo,
    StatelessServiceInfo,
    StatelessServiceInstanceInfo,
    StatelessServicePartitionInfo,
)

from sfrest.testing import (
    CALC_PARTITIONS,
    GATEWAY_PARTITION,
    NODES,
    Application,
    Emulator,
    EmulatorResponse,
    ManualClock,
    Node,
    Partition,
    Service,
    Topology,
)

P0, P1, P2 = CALC_PARTITIONS
MISSING = uuid.UUID("0f0f0f0f-0000-4000-8000-0000000000ff")
OP = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000001")
START = datetime(2018, 1, 1, 9, 0, 0, tzinfo=UTC)
FAULTS = "/Faults/Services/CalcApp~CalcService/$/GetPartitions"

# (module, raw target) of every drill operation on the seeded cluster, and the
# target that names nothing (Get*Info: 204; the others: an error)
OPERATIONS: list[tuple[types.ModuleType, str]] = [
    (get_node_info_list, "/Nodes?api-version=6.3"),
    (get_node_info, "/Nodes/_Node_2?api-version=6.0"),
    (get_application_info_list, "/Applications?api-version=6.1"),
    (get_application_info, "/Applications/CalcApp?api-version=6.0"),
    (get_service_info_list, "/Applications/CalcApp/$/GetServices?api-version=6.0"),
    (
        get_service_info,
        "/Applications/CalcApp/$/GetServices/CalcApp~CalcService?api-version=6.0",
    ),
    (
        get_partition_info_list,
        "/Services/CalcApp~CalcService/$/GetPartitions?api-version=6.4",
    ),
    (get_partition_info, f"/Partitions/{P0}?api-version=6.0"),
    (get_replica_info_list, f"/Partitions/{P0}/$/GetReplicas?api-version=6.0"),
    (recover_partition, f"/Partitions/{P0}/$/Recover?api-version=6.0"),
    (
        recover_service_partitions,
        "/Services/$/CalcApp~CalcService/$/GetPartitions/$/Recover?api-version=6.0",
    ),
    (recover_system_partitions, "/$/RecoverSystemPartitions?api-version=6.0"),
    (recover_all_partitions, "/$/RecoverAllPartitions?api-version=6.0"),
    (
        get_partition_backup_configuration_info,
        f"/Partitions/{P0}/$/GetBackupConfigurationInfo?api-version=6.4",
    ),
    (get_partition_backup_list, f"/Partitions/{P0}/$/GetBackups?api-version=6.4"),
    (get_partition_health, f"/Partitions/{P0}/$/GetHealth?api-version=6.0"),
    (get_service_health, "/Services/CalcApp~CalcService/$/GetHealth?api-version=6.0"),
    (get_cluster_health, "/$/GetClusterHealth?api-version=6.0"),
]
NOT_FOUND = {
    "GetNodeInfo": "/Nodes/_Node_9?api-version=6.0",
    "GetApplicationInfo": "/Applications/NoApp?api-version=6.0",
    "GetServiceInfo": "/Applications/CalcApp/$/GetServices/CalcApp~NoService?api-version=6.0",
    "GetPartitionInfo": f"/Partitions/{MISSING}?api-version=6.0",
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emu(clock: ManualClock) -> Emulator:
    return Emulator(clock=clock, start_time=START)


def _ok(reply: EmulatorResponse, status: int = 200) -> httpx.Response:
    assert reply.status == status, reply.body
    return httpx.Response(reply.status, content=reply.body)


def _get(emu: Emulator, module: types.ModuleType, target: str) -> Any:
    return module.parse_response(_ok(emu.handle(module.METHOD, target)))


def test_every_drill_operation_is_served(emu: Emulator) -> None:
    assert len(OPERATIONS) == 18
    assert len({m.OPERATION_ID for m, _ in OPERATIONS}) == 18
    for module, target in OPERATIONS:
        reply = emu.handle(module.METHOD, target)
        assert reply.status == module.SUCCESS_STATUS == 200, (
            module.OPERATION_ID,
            reply.body,
        )
        parsed = module.parse_response(httpx.Response(200, content=reply.body))
        if module.OPERATION_ID.startswith("Recover"):
            assert reply.body == b"" and parsed is None
        else:
            assert parsed is not None
            assert dict(reply.headers)["Content-Type"].startswith("application/json")


def test_every_drill_operation_over_http_with_raw_httpx(emu: Emulator) -> None:
    with (
        emu.serve(port=0) as server,
        httpx.Client(base_url=server.url, trust_env=False) as http,
    ):
        for module, target in OPERATIONS:
            response = http.request(module.METHOD, target)
            assert response.status_code == 200, (module.OPERATION_ID, response.text)
            module.parse_response(response)
        for operation_id, target in NOT_FOUND.items():
            response = http.get(target)
            assert response.status_code == 204, operation_id
            assert response.content == b""
        # the generated modules build the same requests
        response = http.request(
            **get_partition_info_list.request_kwargs("CalcApp~CalcService")
        )
        assert response.status_code == 200
        page = get_partition_info_list.parse_response(response)
        assert page.items is not None and len(page.items) == 3


@pytest.mark.parametrize("operation_id", NOT_FOUND)
def test_get_info_of_an_unknown_entity_is_204_without_a_body(
    emu: Emulator, operation_id: str
) -> None:
    reply = emu.handle("GET", NOT_FOUND[operation_id])
    assert reply.status == 204
    assert reply.body == b""
    assert ("Content-Length", "0") in reply.headers


def test_a_service_of_another_application_is_204(emu: Emulator) -> None:
    topology = Topology(
        applications=(
            Application("fabric:/A", (Service("fabric:/A/S", (Partition(MISSING),)),)),
            Application("fabric:/B", ()),
        ),
        nodes=(Node("n0", "1"),),
    )
    other = Emulator(topology)
    assert (
        other.handle("GET", "/Applications/B/$/GetServices/A~S?api-version=6.0").status
        == 204
    )
    assert (
        other.handle("GET", "/Applications/A/$/GetServices/A~S?api-version=6.0").status
        == 200
    )


@pytest.mark.parametrize(
    ("target", "status", "code"),
    [
        (
            "/Applications/NoApp/$/GetServices?api-version=6.0",
            404,
            "FABRIC_E_APPLICATION_NOT_FOUND",
        ),
        (
            "/Services/CalcApp~NoService/$/GetPartitions?api-version=6.4",
            404,
            "FABRIC_E_SERVICE_DOES_NOT_EXIST",
        ),
        (
            f"/Partitions/{MISSING}/$/GetReplicas?api-version=6.0",
            404,
            "FABRIC_E_PARTITION_NOT_FOUND",
        ),
        (
            f"/Partitions/{MISSING}/$/GetHealth?api-version=6.0",
            404,
            "FABRIC_E_PARTITION_NOT_FOUND",
        ),
        (
            f"/Partitions/{GATEWAY_PARTITION}/$/GetBackupConfigurationInfo?api-version=6.4",
            404,
            "FABRIC_E_BACKUP_NOT_ENABLED",
        ),
        (
            "/Services/CalcApp~CalcService/$/GetPartitions?api-version=6.0",
            400,
            "E_INVALIDARG",
        ),
        (
            "/Applications?api-version=6.1&ApplicationDefinitionKindFilter=1&ApplicationTypeName=CalcAppType",
            400,
            "E_INVALIDARG",
        ),
        ("/Nodes?api-version=6.3&ContinuationToken=_Node_9", 400, "E_INVALIDARG"),
        ("/Nodes?api-version=6.3&NodeStatusFilter=Up", 400, "E_INVALIDARG"),
        ("/Nodes?api-version=6.3&MaxResults=-1", 400, "E_INVALIDARG"),
        (
            f"/Partitions/{P0}/$/GetBackups?api-version=6.4&StartDateTimeFilter=yesterday",
            400,
            "E_INVALIDARG",
        ),
    ],
)
def test_drill_errors(emu: Emulator, target: str, status: int, code: str) -> None:
    reply = emu.handle("POST" if "Recover" in target else "GET", target)
    assert reply.status == status, reply.body
    assert reply.json()["Error"]["Code"] == code


def test_the_seeded_topology_in_the_lists(emu: Emulator) -> None:
    nodes = _get(emu, get_node_info_list, "/Nodes?api-version=6.3").items
    assert [n.name for n in nodes] == list(NODES)
    assert [n.instance_id for n in nodes] == list(NODES.values())
    assert [(n.upgrade_domain, n.fault_domain) for n in nodes] == [
        (str(i), f"fd:/{i}") for i in range(5)
    ]
    assert {n.type for n in nodes} == {"NodeType0"}
    assert all(n.node_status == NodeStatus.UP and n.is_stopped is False for n in nodes)
    app = _get(emu, get_application_info, "/Applications/CalcApp?api-version=6.0")
    assert (app.name, app.type_name, app.type_version, app.status) == (
        "fabric:/CalcApp",
        "CalcAppType",
        "1.0.0",
        "Ready",
    )
    assert app.parameters
    bare = _get(
        emu,
        get_application_info,
        "/Applications/CalcApp?api-version=6.0&ExcludeApplicationParameters=true",
    )
    assert bare.parameters is None
    services = _get(
        emu,
        get_service_info_list,
        "/Applications/CalcApp/$/GetServices?api-version=6.0",
    ).items
    assert [type(s) for s in services] == [StatefulServiceInfo, StatelessServiceInfo]
    assert [s.id for s in services] == ["CalcApp~CalcService", "CalcApp~GatewayService"]
    assert (
        services[0].type_name == "CalcServiceType"
        and services[0].service_status == "Active"
    )
    only = _get(
        emu,
        get_service_info_list,
        "/Applications/CalcApp/$/GetServices?api-version=6.0&ServiceTypeName=GatewayServiceType",
    ).items
    assert [s.name for s in only] == ["fabric:/CalcApp/GatewayService"]
    partitions = _get(
        emu,
        get_partition_info_list,
        "/Services/CalcApp~CalcService/$/GetPartitions?api-version=6.4",
    ).items
    assert all(isinstance(p, StatefulServicePartitionInfo) for p in partitions)
    ranges = [p.partition_information for p in partitions]
    assert all(isinstance(r, Int64RangePartitionInformation) for r in ranges)
    assert [r.id for r in ranges] == list(CALC_PARTITIONS)
    assert ranges[0].low_key == str(-(2**63)) and ranges[-1].high_key == str(2**63 - 1)
    for low, high in itertools.pairwise(ranges):
        assert int(low.high_key) + 1 == int(high.low_key)  # contiguous, no overlap
    assert (
        partitions[0].target_replica_set_size,
        partitions[0].min_replica_set_size,
    ) == (3, 2)
    assert partitions[0].last_quorum_loss_duration == timedelta(0)
    gateway = _get(
        emu, get_partition_info, f"/Partitions/{GATEWAY_PARTITION}?api-version=6.0"
    )
    assert isinstance(gateway, StatelessServicePartitionInfo)
    assert isinstance(gateway.partition_information, SingletonPartitionInformation)
    assert gateway.instance_count == -1
    replicas = _get(
        emu, get_replica_info_list, f"/Partitions/{P1}/$/GetReplicas?api-version=6.0"
    ).items
    assert all(isinstance(r, StatefulServiceReplicaInfo) for r in replicas)
    assert [r.replica_role for r in replicas] == [
        ReplicaRole.PRIMARY,
        ReplicaRole.ACTIVE_SECONDARY,
        ReplicaRole.ACTIVE_SECONDARY,
    ]
    assert [r.node_name for r in replicas] == ["_Node_1", "_Node_2", "_Node_3"]
    assert all(r.replica_status == ReplicaStatus.READY for r in replicas)
    instances = _get(
        emu,
        get_replica_info_list,
        f"/Partitions/{GATEWAY_PARTITION}/$/GetReplicas?api-version=6.0",
    ).items
    assert all(isinstance(i, StatelessServiceInstanceInfo) for i in instances)
    assert sorted(i.node_name for i in instances) == sorted(NODES)


def test_a_topology_of_its_own_named_partitions_and_a_down_node() -> None:
    named = (uuid.UUID(int=1), uuid.UUID(int=2))
    topology = Topology(
        applications=(
            Application(
                "fabric:/Shop",
                (
                    Service(
                        "fabric:/Shop/Cart",
                        (Partition(named[0], name="eu"), Partition(named[1])),
                        scheme="Named",
                        target_replica_set_size=2,
                        min_replica_set_size=1,
                    ),
                ),
                type_name="ShopType",
                type_version="2.1",
            ),
        ),
        nodes=(
            Node(
                "a", "10", type="Front", upgrade_domain="ud1", fault_domain="fd:/rack1"
            ),
            Node("b", "11", up=False),
        ),
    )
    emu = Emulator(topology)
    nodes = _get(emu, get_node_info_list, "/Nodes?api-version=6.3").items
    assert [(n.name, n.type, n.upgrade_domain, n.fault_domain) for n in nodes] == [
        ("a", "Front", "ud1", "fd:/rack1"),
        ("b", "NodeType0", "1", "fd:/1"),
    ]
    assert nodes[1].node_status == NodeStatus.DOWN and nodes[1].is_stopped is False
    down = _get(
        emu, get_node_info_list, "/Nodes?api-version=6.3&NodeStatusFilter=down"
    ).items
    assert [n.name for n in down] == ["b"]
    app = _get(emu, get_application_info, "/Applications/Shop?api-version=6.0")
    assert (app.type_name, app.type_version) == ("ShopType", "2.1")
    partitions = _get(
        emu,
        get_partition_info_list,
        "/Services/Shop~Cart/$/GetPartitions?api-version=6.4",
    ).items
    info = [p.partition_information for p in partitions]
    assert all(isinstance(i, NamedPartitionInformation) for i in info)
    assert [i.name for i in info] == ["eu", "1"]
    replicas = _get(
        emu,
        get_replica_info_list,
        f"/Partitions/{named[0]}/$/GetReplicas?api-version=6.0",
    ).items
    assert [(r.node_name, r.replica_status) for r in replicas] == [
        ("a", "Ready"),
        ("b", "Down"),
    ]
    assert (
        _get(
            emu,
            get_partition_health,
            f"/Partitions/{named[0]}/$/GetHealth?api-version=6.0",
        ).aggregated_health_state
        == HealthState.ERROR
    )


def _stop(emu: Emulator, node: str, seconds: int) -> None:
    reply = emu.handle(
        "POST",
        f"/Faults/Nodes/{node}/$/StartTransition/?api-version=6.0&OperationId={OP}"
        f"&NodeTransitionType=Stop&NodeInstanceId={NODES[node]}&StopDurationInSeconds={seconds}",
    )
    assert reply.status == 202, reply.body


def test_a_node_stopped_by_a_transition_is_down_until_it_comes_back(
    emu: Emulator, clock: ManualClock
) -> None:
    clock.advance(100)
    _stop(emu, "_Node_1", 60)
    clock.advance(10)
    node = _get(emu, get_node_info, "/Nodes/_Node_1?api-version=6.0")
    assert (node.node_status, node.is_stopped, node.health_state) == (
        NodeStatus.DOWN,
        True,
        HealthState.ERROR,
    )
    assert (node.node_up_time_in_seconds, node.node_down_time_in_seconds) == ("0", "10")
    assert node.node_down_at == START + timedelta(seconds=100)
    assert node.instance_id == NODES["_Node_1"]
    down = _get(
        emu, get_node_info_list, "/Nodes?api-version=6.3&NodeStatusFilter=down"
    ).items
    assert [n.name for n in down] == ["_Node_1"]
    up = _get(
        emu, get_node_info_list, "/Nodes?api-version=6.3&NodeStatusFilter=up"
    ).items
    assert "_Node_1" not in [n.name for n in up] and len(up) == 4
    # its replicas show it: P0's replicas are on _Node_0, _Node_1 and _Node_2
    replicas = _get(
        emu, get_replica_info_list, f"/Partitions/{P0}/$/GetReplicas?api-version=6.0"
    ).items
    assert [(r.node_name, r.replica_status, r.health_state) for r in replicas] == [
        ("_Node_0", "Ready", "Ok"),
        ("_Node_1", "Down", "Error"),
        ("_Node_2", "Ready", "Ok"),
    ]
    health = _get(
        emu, get_partition_health, f"/Partitions/{P0}/$/GetHealth?api-version=6.0"
    )
    assert health.aggregated_health_state == HealthState.ERROR
    assert "_Node_1" in health.health_events[0].description
    cluster = _get(emu, get_cluster_health, "/$/GetClusterHealth?api-version=6.0")
    assert cluster.aggregated_health_state == HealthState.ERROR
    assert {n.name: n.aggregated_health_state for n in cluster.node_health_states}[
        "_Node_1"
    ] == "Error"
    assert cluster.unhealthy_evaluations[0].health_evaluation.kind == "Nodes"
    clock.advance(50)  # StopDurationInSeconds has passed: the node is up again
    node = _get(emu, get_node_info, "/Nodes/_Node_1?api-version=6.0")
    assert (node.node_status, node.is_stopped, node.health_state) == (
        NodeStatus.UP,
        False,
        HealthState.OK,
    )
    assert node.node_up_time_in_seconds == "0" and node.node_down_time_in_seconds == "0"
    clock.advance(5)
    assert (
        _get(
            emu, get_node_info, "/Nodes/_Node_1?api-version=6.0"
        ).node_up_time_in_seconds
        == "5"
    )
    assert (
        _get(
            emu, get_cluster_health, "/$/GetClusterHealth?api-version=6.0"
        ).aggregated_health_state
        == HealthState.OK
    )


def _quorum_loss(
    emu: Emulator, pid: uuid.UUID, seconds: int, mode: str = "QuorumReplicas"
) -> None:
    reply = emu.handle(
        "POST",
        f"{FAULTS}/{pid}/$/StartQuorumLoss?api-version=6.0&OperationId={OP}"
        f"&QuorumLossMode={mode}&QuorumLossDuration={seconds}",
    )
    assert reply.status == 202, reply.body


def _status(emu: Emulator, pid: uuid.UUID) -> tuple[str, str]:
    info = _get(emu, get_partition_info, f"/Partitions/{pid}?api-version=6.0")
    return str(info.partition_status), str(info.health_state)


def _progress(emu: Emulator, pid: uuid.UUID) -> str:
    target = f"{FAULTS}/{pid}/$/GetQuorumLossProgress?api-version=6.0&OperationId={OP}"
    return str(_get(emu, get_quorum_loss_progress, target).state)


RECOVER = {
    "RecoverPartition": f"/Partitions/{P1}/$/Recover?api-version=6.0",
    "RecoverServicePartitions": "/Services/$/CalcApp~CalcService/$/GetPartitions/$/Recover?api-version=6.0",
    "RecoverAllPartitions": "/$/RecoverAllPartitions?api-version=6.0",
}


@pytest.mark.parametrize("operation_id", RECOVER)
def test_quorum_loss_until_recovered(
    emu: Emulator, clock: ManualClock, operation_id: str
) -> None:
    assert _status(emu, P1) == ("Ready", "Ok")
    _quorum_loss(emu, P1, 600)
    clock.advance(30)
    assert _status(emu, P1) == ("InQuorumLoss", "Error")
    assert _progress(emu, P1) == "Running"
    health = _get(
        emu, get_partition_health, f"/Partitions/{P1}/$/GetHealth?api-version=6.0"
    )
    assert health.aggregated_health_state == HealthState.ERROR
    assert [e.health_state for e in health.health_events] == ["Error", "Warning"]
    evaluation = health.unhealthy_evaluations[0].health_evaluation
    assert (evaluation.kind, evaluation.aggregated_health_state) == ("Event", "Error")
    # QuorumReplicas: 3 replicas, MinReplicaSetSize 2: two secondaries go down
    replicas = _get(
        emu, get_replica_info_list, f"/Partitions/{P1}/$/GetReplicas?api-version=6.0"
    ).items
    assert [r.replica_status for r in replicas] == ["Ready", "Down", "Down"]
    service = _get(
        emu,
        get_service_health,
        "/Services/CalcApp~CalcService/$/GetHealth?api-version=6.0",
    )
    assert service.aggregated_health_state == HealthState.ERROR
    assert {
        p.partition_id: p.aggregated_health_state
        for p in service.partition_health_states
    } == {P0: "Ok", P1: "Error", P2: "Ok"}
    assert _status(emu, P0) == ("Ready", "Ok")  # the others are not touched
    reply = emu.handle("POST", RECOVER[operation_id])
    assert (reply.status, reply.body) == (200, b"")
    assert _status(emu, P1) == ("Ready", "Ok")
    assert _progress(emu, P1) == "Completed"  # the quorum loss ended with the recovery
    info = _get(emu, get_partition_info, f"/Partitions/{P1}?api-version=6.0")
    assert info.last_quorum_loss_duration == timedelta(seconds=30)
    replicas = _get(
        emu, get_replica_info_list, f"/Partitions/{P1}/$/GetReplicas?api-version=6.0"
    ).items
    assert all(r.replica_status == "Ready" for r in replicas)
    clock.advance(1000)
    assert _progress(emu, P1) == "Completed"
    assert (
        _get(
            emu,
            get_service_health,
            "/Services/CalcApp~CalcService/$/GetHealth?api-version=6.0",
        ).aggregated_health_state
        == HealthState.OK
    )


def test_quorum_loss_ends_with_its_duration_and_all_replicas_mode(
    emu: Emulator, clock: ManualClock
) -> None:
    _quorum_loss(emu, P2, 10, mode="AllReplicas")
    clock.advance(1)
    replicas = _get(
        emu, get_replica_info_list, f"/Partitions/{P2}/$/GetReplicas?api-version=6.0"
    ).items
    assert [r.replica_status for r in replicas] == ["Down", "Down", "Down"]
    assert (
        emu.handle("POST", "/$/RecoverSystemPartitions?api-version=6.0").status == 200
    )
    assert _status(emu, P2) == ("InQuorumLoss", "Error")  # no system partition is P2
    clock.advance(20)  # the default 2 s plus QuorumLossDuration 10 s have passed
    assert _status(emu, P2) == ("Ready", "Ok")
    assert _progress(emu, P2) == "Completed"
    info = _get(emu, get_partition_info, f"/Partitions/{P2}?api-version=6.0")
    assert info.last_quorum_loss_duration == timedelta(seconds=12)


def test_health_is_warning_while_a_fault_operation_runs(
    emu: Emulator, clock: ManualClock
) -> None:
    reply = emu.handle(
        "POST",
        f"{FAULTS}/{P0}/$/StartRestart?api-version=6.0&OperationId={OP}&RestartPartitionMode=AllReplicasOrInstances",
    )
    assert reply.status == 202
    assert _status(emu, P0) == ("Ready", "Warning")
    health = _get(
        emu, get_partition_health, f"/Partitions/{P0}/$/GetHealth?api-version=6.0"
    )
    assert [e.health_state for e in health.health_events] == ["Ok", "Warning"]
    assert health.health_events[1].source_id == "System.FaultAnalysisService"
    errors_only = _get(
        emu,
        get_partition_health,
        f"/Partitions/{P0}/$/GetHealth?api-version=6.0&EventsHealthStateFilter=8",
    )
    assert errors_only.health_events == []
    warnings = _get(
        emu,
        get_partition_health,
        f"/Partitions/{P0}/$/GetHealth?api-version=6.0&EventsHealthStateFilter=4",
    )
    assert [e.health_state for e in warnings.health_events] == ["Warning"]
    service = _get(
        emu,
        get_service_health,
        "/Services/CalcApp~CalcService/$/GetHealth?api-version=6.0&PartitionsHealthStateFilter=4",
    )
    assert service.aggregated_health_state == HealthState.WARNING
    assert [p.partition_id for p in service.partition_health_states] == [P0]
    cluster = _get(
        emu,
        get_cluster_health,
        "/$/GetClusterHealth?api-version=6.0&ApplicationsHealthStateFilter=4&NodesHealthStateFilter=1",
    )
    assert cluster.aggregated_health_state == HealthState.WARNING
    assert [a.name for a in cluster.application_health_states] == ["fabric:/CalcApp"]
    assert cluster.node_health_states == []
    clock.advance(2)
    assert _status(emu, P0) == ("Ready", "Ok")


def test_health_filters_and_statistics(emu: Emulator) -> None:
    health = _get(
        emu, get_partition_health, f"/Partitions/{P0}/$/GetHealth?api-version=6.0"
    )
    assert health.aggregated_health_state == HealthState.OK
    assert health.unhealthy_evaluations == []
    assert len(health.replica_health_states) == 3
    counts = health.health_statistics.health_state_count_list
    assert [(c.entity_kind, c.health_state_count.ok_count) for c in counts] == [
        ("Replica", 3)
    ]
    none = _get(
        emu,
        get_partition_health,
        f"/Partitions/{P0}/$/GetHealth?api-version=6.0&ReplicasHealthStateFilter=1&ExcludeHealthStatistics=true",
    )
    assert none.replica_health_states == [] and none.health_statistics is None
    cluster = _get(
        emu,
        get_cluster_health,
        "/$/GetClusterHealth?api-version=6.0&IncludeSystemApplicationHealthStatistics=true",
    )
    kinds = {
        c.entity_kind: c.health_state_count.ok_count
        for c in cluster.health_statistics.health_state_count_list
    }
    assert kinds == {"Node": 5, "Application": 1, "Service": 2, "Partition": 4}


def _backup(emu: Emulator, clock: ManualClock, pid: uuid.UUID) -> None:
    assert (
        emu.handle("POST", f"/Partitions/{pid}/$/Backup?api-version=6.4").status == 202
    )
    clock.advance(60)


def test_every_backup_taken_is_listed(emu: Emulator, clock: ManualClock) -> None:
    target = f"/Partitions/{P0}/$/GetBackups?api-version=6.4"
    assert _get(emu, get_partition_backup_list, target).items == []
    for _ in range(3):
        _backup(emu, clock, P0)
    emu.inject_fault(P0, kind="Backup")
    _backup(emu, clock, P0)  # a failed backup is not listed
    page = _get(emu, get_partition_backup_list, target)
    assert page.continuation_token == ""
    backups = page.items
    assert [b.creation_time_utc for b in backups] == [
        START + timedelta(seconds=s) for s in (0, 60, 120)
    ]
    assert [b.backup_type for b in backups] == ["Full", "Incremental", "Incremental"]
    assert [b.lsn_of_last_backup_record for b in backups] == ["261", "361", "461"]
    assert len({b.backup_id for b in backups}) == 3
    assert (
        backups[0].backup_location
        == f"CalcApp\\CalcService\\{P0}\\2018-01-01 09.00.00.zip"
    )
    assert backups[0].service_name == "fabric:/CalcApp/CalcService"
    assert backups[0].application_name == "fabric:/CalcApp"
    assert backups[0].epoch_of_last_backup_record.configuration_version == "8589934592"
    assert isinstance(backups[0].partition_information, Int64RangePartitionInformation)
    assert backups[0].partition_information.id == P0
    latest = _get(emu, get_partition_backup_list, target + "&Latest=true").items
    assert [b.backup_id for b in latest] == [backups[2].backup_id]
    since = _get(
        emu,
        get_partition_backup_list,
        target + "&StartDateTimeFilter=2018-01-01T09:01:00Z",
    ).items
    assert [b.backup_id for b in since] == [b.backup_id for b in backups[1:]]
    until = _get(
        emu,
        get_partition_backup_list,
        target + "&EndDateTimeFilter=2018-01-01T09:01:00%2B00:00",
    ).items
    assert [b.backup_id for b in until] == [b.backup_id for b in backups[:2]]
    window = _get(
        emu,
        get_partition_backup_list,
        target
        + "&StartDateTimeFilter=2018-01-01T09:00:30&EndDateTimeFilter=2018-01-01T09:01:30&Latest=true",
    ).items
    assert [b.backup_id for b in window] == [backups[1].backup_id]
    empty = _get(
        emu,
        get_partition_backup_list,
        target + "&StartDateTimeFilter=2019-01-01T00:00:00Z&Latest=true",
    ).items
    assert empty == []
    # the generated module's request (datetime filters as ISO 8601) gives the same
    kwargs = get_partition_backup_list.request_kwargs(
        P0, start_date_time_filter=START + timedelta(seconds=60), latest=True
    )
    query = str(httpx.URL(kwargs["url"], params=kwargs["params"]))
    assert [b.backup_id for b in _get(emu, get_partition_backup_list, query).items] == [
        backups[2].backup_id
    ]
    other = _get(
        emu, get_partition_backup_list, f"/Partitions/{P1}/$/GetBackups?api-version=6.4"
    ).items
    assert other == []
    config = _get(
        emu,
        get_partition_backup_configuration_info,
        f"/Partitions/{P0}/$/GetBackupConfigurationInfo?api-version=6.4",
    )
    assert (config.kind, config.policy_name, config.partition_id) == (
        "Partition",
        "CalcBackupPolicy",
        P0,
    )
    assert config.suspension_info.is_suspended is False


def test_restore_latest_without_a_body(emu: Emulator, clock: ManualClock) -> None:
    target = f"/Partitions/{P2}/$/Restore?api-version=6.4&Latest=true"
    reply = emu.handle("POST", target)
    assert (reply.status, reply.json()["Error"]["Code"]) == (
        404,
        "FABRIC_E_BACKUP_NOT_FOUND",
    )
    _backup(emu, clock, P2)
    _backup(emu, clock, P2)
    newest = _get(
        emu,
        get_partition_backup_list,
        f"/Partitions/{P2}/$/GetBackups?api-version=6.4&Latest=true",
    ).items[0]
    assert emu.handle("POST", target).status == 202
    clock.advance(60)
    restored = _get(
        emu,
        get_partition_restore_progress,
        f"/Partitions/{P2}/$/GetRestoreProgress?api-version=6.4",
    )
    assert restored.restore_state == "Success"
    assert restored.restored_lsn == newest.lsn_of_last_backup_record == "361"
    # without Latest the body stays required
    reply = emu.handle("POST", f"/Partitions/{P2}/$/Restore?api-version=6.4")
    assert (reply.status, reply.json()["Error"]["Code"]) == (400, "E_INVALIDARG")
    reply = emu.handle(
        "POST", f"/Partitions/{P2}/$/Restore?api-version=6.4&Latest=false"
    )
    assert reply.status == 400


def _pages(emu: Emulator, module: types.ModuleType, target: str) -> Iterator[list[Any]]:
    token = ""
    while True:
        page = _get(
            emu, module, target + (f"&ContinuationToken={token}" if token else "")
        )
        yield page.items
        token = page.continuation_token
        if not token:
            return


def test_paging_over_several_pages() -> None:
    emu = Emulator(page_size=2)
    nodes = list(_pages(emu, get_node_info_list, "/Nodes?api-version=6.3"))
    assert [[n.name for n in page] for page in nodes] == [
        ["_Node_0", "_Node_1"],
        ["_Node_2", "_Node_3"],
        ["_Node_4"],
    ]
    ones = list(_pages(emu, get_node_info_list, "/Nodes?api-version=6.3&MaxResults=1"))
    assert [len(page) for page in ones] == [1, 1, 1, 1, 1]
    wide = list(_pages(emu, get_node_info_list, "/Nodes?api-version=6.3&MaxResults=10"))
    assert [len(page) for page in wide] == [2, 2, 1]  # MaxResults lowers, never raises
    partitions = list(
        _pages(
            emu,
            get_partition_info_list,
            "/Services/CalcApp~CalcService/$/GetPartitions?api-version=6.4",
        )
    )
    assert [[p.partition_information.id for p in page] for page in partitions] == [
        [P0, P1],
        [P2],
    ]
    instances = list(
        _pages(
            emu,
            get_replica_info_list,
            f"/Partitions/{GATEWAY_PARTITION}/$/GetReplicas?api-version=6.0",
        )
    )
    assert [len(page) for page in instances] == [2, 2, 1]
    assert len({i.instance_id for page in instances for i in page}) == 5
    services = list(
        _pages(
            emu,
            get_service_info_list,
            "/Applications/CalcApp/$/GetServices?api-version=6.0",
        )
    )
    assert [len(page) for page in services] == [2]
    apps = list(_pages(emu, get_application_info_list, "/Applications?api-version=6.1"))
    assert [[a.name for a in page] for page in apps] == [["fabric:/CalcApp"]]
    # the token is opaque and comes back unencoded or percent-encoded alike
    first = _get(emu, get_node_info_list, "/Nodes?api-version=6.3")
    encoded = _get(
        emu, get_node_info_list, "/Nodes?api-version=6.3&ContinuationToken=%5FNode%5F1"
    )
    assert first.continuation_token == "_Node_1"
    assert [n.name for n in encoded.items] == ["_Node_2", "_Node_3"]


def test_paging_over_http_with_raw_httpx() -> None:
    emu = Emulator(page_size=2)
    names: list[str] = []
    with (
        emu.serve(port=0) as server,
        httpx.Client(base_url=server.url, trust_env=False) as http,
    ):
        params: dict[str, str] = {"api-version": "6.3"}
        while True:
            response = http.get("/Nodes", params=params)
            page = get_node_info_list.parse_response(response)
            assert page.items is not None
            names += [str(n.name) for n in page.items]
            if not page.continuation_token:
                break
            params["ContinuationToken"] = page.continuation_token
    assert names == list(NODES)


def test_page_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="page_size"):
        Emulator(page_size=0)


def test_an_older_backup_restores_too() -> None:
    from sfrest import ServiceFabricClient
    from sfrest.testing import CALC_PARTITIONS, Emulator, ManualClock

    clock = ManualClock()
    emu = Emulator(clock=clock)
    pid = CALC_PARTITIONS[0]
    with ServiceFabricClient(transport=emu.transport()) as client:
        client.backup_partition(pid)
        clock.advance(600)
        older = client.get_partition_backup_progress(pid)
        client.backup_partition(pid)
        clock.advance(600)
        assert client.get_partition_backup_progress(pid).backup_id != older.backup_id
        assert older.backup_state == "Success" and older.backup_id is not None
        client.restore_partition(pid, older.backup_id, older.backup_location)
        clock.advance(600)
        assert client.get_partition_restore_progress(pid).restore_state == "Success"
