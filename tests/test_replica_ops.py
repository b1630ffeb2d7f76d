"""The six failover operations (RestartNode, GetNodeHealth, RestartReplica, RemoveReplica,
MovePrimaryReplica, MoveSecondaryReplica) through both clients and the command line
against the emulator: their effects in the node and replica lists, their typed errors,
sfctl's flags, and the request bytes."""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any

import pytest
from pytest_httpx import HTTPXMock
from sfrest_generated.flags import HealthStateFilter

import sfrest
from sfrest import cli
from sfrest.testing import (
    CALC_PARTITIONS,
    GATEWAY_PARTITION,
    Emulator,
    ManualClock,
)

PID = str(CALC_PARTITIONS[0])


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emulator(clock: ManualClock) -> Emulator:
    return Emulator(clock=clock)


@pytest.fixture
def client(emulator: Emulator, clock: ManualClock) -> Any:
    with sfrest.ServiceFabricClient(
        transport=emulator.transport(), sleep=clock.sleep, clock=clock
    ) as client:
        yield client


def _placement(client: sfrest.ServiceFabricClient, pid: str) -> list[tuple[Any, ...]]:
    replicas: list[Any] = list(client.iter_replicas(pid))  # stateful: ReplicaInfo
    return [
        (r.replica_id, r.node_name, str(r.replica_role), str(r.replica_status))
        for r in replicas
    ]


# --- RestartNode and GetNodeHealth ------------------------------------------------------


def test_restart_node_is_down_then_up_with_a_new_instance_id(
    client: sfrest.ServiceFabricClient, clock: ManualClock, emulator: Emulator
) -> None:
    before = client.get_node_info("_Node_1")
    assert before is not None and str(before.node_status) == "Up"
    assert client.get_node_health("_Node_1").aggregated_health_state == "Ok"

    client.restart_node("_Node_1")  # NodeInstanceId "0": any instance
    status = {str(n.name): str(n.node_status) for n in client.iter_nodes()}
    assert status["_Node_1"] == "Down"
    assert [name for name, s in status.items() if s == "Down"] == ["_Node_1"]
    health = client.get_node_health("_Node_1")
    assert (health.name, health.aggregated_health_state) == ("_Node_1", "Error")
    assert [e.health_state for e in health.health_events or []] == ["Error"]
    assert health.unhealthy_evaluations
    # the replicas on it are Down too
    assert any(s == "Down" for _, n, _, s in _placement(client, PID) if n == "_Node_1")

    clock.advance(emulator.durations["NodeTransition"])
    after = client.get_node_info("_Node_1")
    assert after is not None and str(after.node_status) == "Up"
    assert after.instance_id != before.instance_id
    assert int(str(after.instance_id)) == int(str(before.instance_id)) + 1
    assert client.get_node_health("_Node_1").aggregated_health_state == "Ok"
    assert emulator.is_node_up("_Node_1")


def test_restart_node_with_the_current_instance_id_only(
    client: sfrest.ServiceFabricClient, clock: ManualClock
) -> None:
    node = client.get_node_info("_Node_2")
    assert node is not None
    with pytest.raises(sfrest.ConflictError) as wrong:
        client.restart_node("_Node_2", node_instance_id="12345")
    assert wrong.value.code == "FABRIC_E_INSTANCE_ID_MISMATCH"
    still = client.get_node_info("_Node_2")
    assert still is not None and str(still.node_status) == "Up"

    client.restart_node("_Node_2", node_instance_id=str(node.instance_id))
    with pytest.raises(sfrest.BadRequestError) as down:  # it is down now
        client.restart_node("_Node_2")
    assert down.value.code == "FABRIC_E_NODE_IS_DOWN"
    clock.advance(10)
    # the old instance id no longer matches: a repeated restart restarts nothing
    with pytest.raises(sfrest.ConflictError):
        client.restart_node("_Node_2", node_instance_id=str(node.instance_id))


def test_node_errors_are_typed(client: sfrest.ServiceFabricClient) -> None:
    with pytest.raises(sfrest.NotFoundError) as restart:
        client.restart_node("_Node_9")
    with pytest.raises(sfrest.NotFoundError) as health:
        client.get_node_health("_Node_9")
    assert restart.value.code == health.value.code == "FABRIC_E_NODE_NOT_FOUND"
    with pytest.raises(sfrest.InvalidArgumentError):
        client.restart_node("_Node_1", node_instance_id="not-a-number")


def test_node_health_filters_its_events(
    client: sfrest.ServiceFabricClient,
) -> None:
    ok = client.get_node_health(
        "_Node_0", events_health_state_filter=HealthStateFilter.OK
    )
    assert [e.health_state for e in ok.health_events or []] == ["Ok"]
    errors = client.get_node_health("_Node_0", events_health_state_filter=8)
    assert errors.health_events == []
    assert errors.aggregated_health_state == "Ok"  # computed from every event
    client.restart_node("_Node_0")
    assert (
        client.get_node_health("_Node_0", events_health_state_filter=2).health_events
        == []
    )
    down = client.get_node_health("_Node_0", events_health_state_filter=8)
    assert [e.property for e in down.health_events or []] == ["State"]


def test_the_body_restart_node_sends(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=200)
    httpx_mock.add_response(status_code=200)
    with sfrest.ServiceFabricClient() as client:
        client.restart_node("_Node_1")
        client.restart_node("_Node_1", node_instance_id=42, create_fabric_dump="True")
    first, second = httpx_mock.get_requests()
    assert first.method == "POST"
    assert first.url.path == "/Nodes/_Node_1/$/Restart"
    assert first.url.params["api-version"] == "6.0"
    assert json.loads(first.content) == {"NodeInstanceId": "0"}  # always sent
    assert json.loads(second.content) == {
        "NodeInstanceId": "42",
        "CreateFabricDump": "True",
    }


def test_restart_node_is_not_retried(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=503, json={"Error": {"Code": "FABRIC_E_NOT_READY"}}
    )
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.ServiceUnavailableError),
    ):
        client.restart_node("_Node_1")
    assert len(httpx_mock.get_requests()) == 1


# --- RestartReplica and RemoveReplica ---------------------------------------------------


def test_restart_replica_is_down_then_ready_with_the_same_id(
    client: sfrest.ServiceFabricClient, clock: ManualClock, emulator: Emulator
) -> None:
    before = _placement(client, PID)
    replica_id, node, role, status = before[1]
    assert status == "Ready"
    client.restart_replica(node, PID, replica_id)
    during = _placement(client, PID)
    assert during[1] == (replica_id, node, role, "Down")
    assert [r[3] for i, r in enumerate(during) if i != 1] == ["Ready", "Ready"]
    assert client.get_partition_health(PID).aggregated_health_state == "Warning"
    clock.advance(emulator.durations["PartitionRestart"])
    assert _placement(client, PID) == before


def test_remove_replica_rebuilds_it_with_a_new_id(
    client: sfrest.ServiceFabricClient, clock: ManualClock
) -> None:
    before = _placement(client, PID)
    replica_id, node, role, _ = before[2]
    client.remove_replica(node, PID, replica_id, force_remove=True)
    after = _placement(client, PID)
    new_id, new_node, new_role, status = after[2]
    assert new_id != replica_id and new_id not in [r[0] for r in before]
    assert (new_node, new_role, status) == (node, role, "Down")
    assert after[:2] == before[:2]
    clock.advance(10)
    assert _placement(client, PID)[2] == (new_id, node, role, "Ready")
    # the old id is gone
    with pytest.raises(sfrest.NotFoundError) as gone:
        client.restart_replica(node, PID, replica_id)
    assert gone.value.code == "FABRIC_E_REPLICA_DOES_NOT_EXIST"


def test_remove_a_stateless_instance(client: sfrest.ServiceFabricClient) -> None:
    first: Any = next(client.iter_replicas(GATEWAY_PARTITION))
    client.remove_replica(
        str(first.node_name), GATEWAY_PARTITION, str(first.instance_id)
    )
    again: Any = next(client.iter_replicas(GATEWAY_PARTITION))
    assert again.node_name == first.node_name
    assert again.instance_id != first.instance_id


def test_replica_errors_are_typed(client: sfrest.ServiceFabricClient) -> None:
    replica_id, node, _, _ = _placement(client, PID)[0]
    other = "_Node_4" if node != "_Node_4" else "_Node_3"
    cases: list[tuple[Any, type[sfrest.FabricError], str]] = [
        (lambda: client.restart_replica("_Node_9", PID, replica_id), sfrest.NotFoundError, "FABRIC_E_NODE_NOT_FOUND"),
        (lambda: client.restart_replica(node, "00000000-0000-0000-0000-000000000001", replica_id), sfrest.NotFoundError, "FABRIC_E_PARTITION_NOT_FOUND"),
        (lambda: client.restart_replica(node, PID, "1"), sfrest.NotFoundError, "FABRIC_E_REPLICA_DOES_NOT_EXIST"),
        (lambda: client.remove_replica(other, PID, replica_id), sfrest.NotFoundError, "FABRIC_E_REPLICA_DOES_NOT_EXIST"),
    ]  # fmt: skip
    instance: Any = next(client.iter_replicas(GATEWAY_PARTITION))
    cases.append(
        (
            lambda: client.restart_replica(
                str(instance.node_name), GATEWAY_PARTITION, str(instance.instance_id)
            ),
            sfrest.BadRequestError,
            "FABRIC_E_INVALID_FOR_STATELESS_SERVICES",
        )
    )
    for call, kind, code in cases:
        with pytest.raises(kind) as caught:
            call()
        assert caught.value.code == code
    client.restart_node(node)
    with pytest.raises(sfrest.BadRequestError) as down:
        client.restart_replica(node, PID, replica_id)
    assert down.value.code == "FABRIC_E_NODE_IS_DOWN"
    with pytest.raises(sfrest.InvalidArgumentError):
        client.restart_replica(node, PID, "12a")  # refused before sending


# --- MovePrimaryReplica and MoveSecondaryReplica ----------------------------------------


def test_move_primary_to_a_secondary_swaps_the_roles(
    client: sfrest.ServiceFabricClient,
) -> None:
    before = _placement(client, PID)
    assert [r[2] for r in before] == ["Primary", "ActiveSecondary", "ActiveSecondary"]
    target = before[1][1]
    client.move_primary_replica(PID, node_name=target, ignore_constraints=True)
    after = _placement(client, PID)
    roles = {r[1]: r[2] for r in after}
    assert roles[target] == "Primary"
    assert roles[before[0][1]] == "ActiveSecondary"
    assert [r[0] for r in after] == [r[0] for r in before]  # same replicas, same nodes
    with pytest.raises(sfrest.BadRequestError) as again:
        client.move_primary_replica(PID, node_name=target)
    assert again.value.code == "FABRIC_E_ALREADY_PRIMARY_REPLICA"


def test_move_primary_to_a_free_node_or_anywhere(
    client: sfrest.ServiceFabricClient,
) -> None:
    before = _placement(client, PID)
    free = next(
        f"_Node_{i}" for i in range(5) if f"_Node_{i}" not in {r[1] for r in before}
    )
    client.move_primary_replica(PID, node_name=free)
    after = _placement(client, PID)
    assert after[0] == (before[0][0], free, "Primary", "Ready")
    client.move_primary_replica(PID)  # no NodeName: the cluster picks a secondary
    primaries = [r for r in _placement(client, PID) if r[2] == "Primary"]
    assert len(primaries) == 1 and primaries[0][1] != free


def test_move_secondary_changes_its_node(client: sfrest.ServiceFabricClient) -> None:
    before = _placement(client, PID)
    replica_id, source, _, _ = before[2]
    free = [
        f"_Node_{i}" for i in range(5) if f"_Node_{i}" not in {r[1] for r in before}
    ]
    client.move_secondary_replica(PID, source, new_node_name=free[0])
    after = _placement(client, PID)
    assert after[2] == (replica_id, free[0], "ActiveSecondary", "Ready")
    assert after[:2] == before[:2]
    # without NewNodeName: the first free node that is up
    client.move_secondary_replica(PID, free[0])
    assert _placement(client, PID)[2][1] not in {free[0], before[0][1], before[1][1]}


def test_move_errors_are_typed(client: sfrest.ServiceFabricClient) -> None:
    placed = _placement(client, PID)
    primary, secondary, other = placed[0][1], placed[1][1], placed[2][1]
    free = next(
        f"_Node_{i}"
        for i in range(5)
        if f"_Node_{i}" not in {primary, secondary, other}
    )
    cases: list[tuple[Any, type[sfrest.FabricError], str]] = [
        (lambda: client.move_primary_replica(GATEWAY_PARTITION), sfrest.BadRequestError, "FABRIC_E_INVALID_FOR_STATELESS_SERVICES"),
        (lambda: client.move_secondary_replica(GATEWAY_PARTITION, primary), sfrest.BadRequestError, "FABRIC_E_INVALID_FOR_STATELESS_SERVICES"),
        (lambda: client.move_primary_replica("00000000-0000-0000-0000-000000000001"), sfrest.NotFoundError, "FABRIC_E_PARTITION_NOT_FOUND"),
        (lambda: client.move_primary_replica(PID, node_name="_Node_9"), sfrest.NotFoundError, "FABRIC_E_NODE_NOT_FOUND"),
        (lambda: client.move_secondary_replica(PID, "_Node_9"), sfrest.NotFoundError, "FABRIC_E_NODE_NOT_FOUND"),
        (lambda: client.move_secondary_replica(PID, primary), sfrest.NotFoundError, "FABRIC_E_REPLICA_DOES_NOT_EXIST"),
        (lambda: client.move_secondary_replica(PID, secondary, new_node_name="_Node_9"), sfrest.NotFoundError, "FABRIC_E_NODE_NOT_FOUND"),
        (lambda: client.move_secondary_replica(PID, secondary, new_node_name=other), sfrest.BadRequestError, "FABRIC_E_ALREADY_SECONDARY_REPLICA"),
        (lambda: client.move_secondary_replica(PID, secondary, new_node_name=primary), sfrest.BadRequestError, "FABRIC_E_ALREADY_PRIMARY_REPLICA"),
    ]  # fmt: skip
    for call, kind, code in cases:
        with pytest.raises(kind) as caught:
            call()
        assert caught.value.code == code, code
    client.restart_node(free)
    for call in (
        lambda: client.move_primary_replica(PID, node_name=free),
        lambda: client.move_secondary_replica(PID, secondary, new_node_name=free),
    ):
        with pytest.raises(sfrest.BadRequestError) as down:
            call()
        assert down.value.code == "FABRIC_E_NODE_IS_DOWN"
    assert _placement(client, PID) == placed  # nothing moved


def test_move_requests_on_the_wire(httpx_mock: HTTPXMock) -> None:
    for _ in range(3):
        httpx_mock.add_response(status_code=200)
    with sfrest.ServiceFabricClient() as client:
        client.move_primary_replica(PID)
        client.move_primary_replica(PID, node_name="_Node_2", ignore_constraints=True)
        client.move_secondary_replica(PID, "_Node_1", new_node_name="_Node_3")
    bare, primary, secondary = httpx_mock.get_requests()
    assert bare.url.path == f"/Partitions/{PID}/$/MovePrimaryReplica"
    assert dict(bare.url.params) == {"api-version": "6.5", "timeout": "60"}
    assert dict(primary.url.params) == {
        "api-version": "6.5",
        "NodeName": "_Node_2",
        "IgnoreConstraints": "true",
        "timeout": "60",
    }
    assert secondary.url.path == f"/Partitions/{PID}/$/MoveSecondaryReplica"
    assert dict(secondary.url.params) == {
        "api-version": "6.5",
        "CurrentNodeName": "_Node_1",
        "NewNodeName": "_Node_3",
        "timeout": "60",
    }
    with pytest.raises(sfrest.InvalidArgumentError):
        client.move_primary_replica(PID, api_version="6.4")  # below x-min-api-version


# --- the async client, over HTTP ---------------------------------------------------------


def test_async_client_over_http(emulator: Emulator, clock: ManualClock) -> None:
    async def drill(url: str) -> list[Any]:
        async with sfrest.AsyncServiceFabricClient(
            url, sleep=clock.async_sleep, clock=clock
        ) as client:
            node = await client.get_node_info("_Node_3")
            assert node is not None
            await client.restart_node("_Node_3", node_instance_id=str(node.instance_id))
            down = await client.get_node_info("_Node_3")
            health = await client.get_node_health("_Node_3")
            clock.advance(5)
            up = await client.get_node_info("_Node_3")
            replicas: list[Any] = [r async for r in client.iter_replicas(PID)]
            await client.move_primary_replica(PID, node_name=str(replicas[2].node_name))
            await client.restart_replica(
                str(replicas[1].node_name), PID, str(replicas[1].replica_id)
            )
            await client.remove_replica(
                str(replicas[0].node_name), PID, str(replicas[0].replica_id)
            )
            moved: list[Any] = [r async for r in client.iter_replicas(PID)]
            with pytest.raises(sfrest.NotFoundError):
                await client.get_node_health("nope")
            assert down is not None and up is not None
            return [
                str(node.instance_id),
                str(down.node_status),
                str(health.aggregated_health_state),
                str(up.node_status),
                str(up.instance_id),
                [(str(r.replica_role), str(r.replica_status)) for r in moved],
                moved[0].replica_id != replicas[0].replica_id,
            ]

    with emulator.serve(port=0) as server:
        got = asyncio.run(drill(server.url))
    assert got[1:4] == ["Down", "Error", "Up"]
    assert int(got[4]) == int(got[0]) + 1
    assert got[5] == [
        ("ActiveSecondary", "Down"),  # removed: rebuilt under a new id
        ("ActiveSecondary", "Down"),  # restarting
        ("Primary", "Ready"),
    ]
    assert got[6] is True


# --- the command line, with sfctl's names and flags -------------------------------------


def _arguments(argv: list[str]) -> tuple[str, dict[str, Any]]:
    args = cli.build_parser().parse_args(argv)
    return args.run.method, cli._method_arguments(args.run, args)


def test_the_commands_take_sfctls_flags() -> None:
    rid = "132537498800000001"
    assert _arguments(
        ["node", "restart", "--node-name", "_Node_1", "--node-instance-id", "0"]
    ) == (
        "restart_node",
        {"node_name": "_Node_1", "node_instance_id": "0"},
    )
    assert _arguments(
        ["node", "restart", "--node-name", "_Node_1", "--create-fabric-dump", "True"]
    ) == (
        "restart_node",
        {"node_name": "_Node_1", "create_fabric_dump": "True"},
    )
    assert _arguments(
        [
            "node",
            "health",
            "--node-name",
            "_Node_1",
            "--events-health-state-filter",
            "2",
        ]
    ) == (
        "get_node_health",
        {"node_name": "_Node_1", "events_health_state_filter": 2},
    )
    assert _arguments(
        [
            "replica",
            "restart",
            "--node-name",
            "_Node_1",
            "--partition-id",
            PID,
            "--replica-id",
            rid,
        ]
    ) == (
        "restart_replica",
        {"node_name": "_Node_1", "partition_id": PID, "replica_id": rid},
    )
    assert _arguments(
        [
            "replica",
            "remove",
            "--node-name",
            "_Node_1",
            "--partition-id",
            PID,
            "--replica-id",
            rid,
            "--force-remove",
        ]
    ) == (
        "remove_replica",
        {
            "node_name": "_Node_1",
            "partition_id": PID,
            "replica_id": rid,
            "force_remove": True,
        },
    )
    assert _arguments(
        [
            "partition",
            "move-primary-replica",
            "--partition-id",
            PID,
            "--node-name",
            "_Node_2",
            "--ignore-constraints",
        ]
    ) == (
        "move_primary_replica",
        {"partition_id": PID, "node_name": "_Node_2", "ignore_constraints": True},
    )
    assert _arguments(["partition", "move-secondary-replica", "--partition-id", PID, "--current-node-name", "_Node_1", "--new-node-name", "_Node_4", "--ignore-constraints"]) == (
        "move_secondary_replica", {"partition_id": PID, "current_node_name": "_Node_1", "new_node_name": "_Node_4", "ignore_constraints": True},
    )  # fmt: skip


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_commands_against_the_emulator(emulator: Emulator) -> None:
    with emulator.serve(port=0) as server:
        at = ["--endpoint", server.url]
        code, out, err = _run(
            [
                "node",
                "restart",
                "--node-name",
                "_Node_4",
                "--node-instance-id",
                "0",
                *at,
            ]
        )
        assert (code, err) == (0, "")
        code, out, _ = _run(
            ["node", "info", "--node-name", "_Node_4", "--query", "NodeStatus", *at]
        )
        assert (code, json.loads(out)) == (0, "Down")
        code, out, _ = _run(
            [
                "node",
                "health",
                "--node-name",
                "_Node_4",
                "--query",
                "AggregatedHealthState",
                *at,
            ]
        )
        assert (code, json.loads(out)) == (0, "Error")
        code, out, _ = _run(["replica", "list", "--partition-id", PID, *at])
        replicas = json.loads(out)
        secondary = replicas[1]
        code, out, err = _run(
            [
                "replica",
                "remove",
                "--node-name",
                secondary["NodeName"],
                "--partition-id",
                PID,
                "--replica-id",
                secondary["ReplicaId"],
                "--force-remove",
                *at,
            ]
        )
        assert (code, err) == (0, "")
        code, out, err = _run(
            [
                "partition",
                "move-primary-replica",
                "--partition-id",
                PID,
                "--node-name",
                replicas[2]["NodeName"],
                "--ignore-constraints",
                *at,
            ]
        )
        assert (code, err) == (0, "")
        code, out, _ = _run(
            [
                "replica",
                "list",
                "--partition-id",
                PID,
                "--query",
                "[].[ReplicaRole, ReplicaId]",
                *at,
            ]
        )
        after = json.loads(out)
        assert [role for role, _ in after] == [
            "ActiveSecondary",
            "ActiveSecondary",
            "Primary",
        ]
        assert after[1][1] != secondary["ReplicaId"]
        code, out, err = _run(["node", "restart", "--node-name", "_Node_9", *at])
        assert code != 0 and "FABRIC_E_NODE_NOT_FOUND" in err
        code, out, err = _run(
            [
                "partition",
                "move-secondary-replica",
                "--partition-id",
                PID,
                "--current-node-name",
                replicas[0]["NodeName"],
                "--new-node-name",
                replicas[2]["NodeName"],
                *at,
            ]
        )
        assert code != 0 and "FABRIC_E_ALREADY_PRIMARY_REPLICA" in err


def test_remove_replica_help_says_what_cannot_be_undone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["replica", "remove", "--help"])
    assert done.value.code in (0, None)
    text = " ".join(capsys.readouterr().out.split())
    assert "Cannot be undone" in text and "new replica id" in text
    assert "--force-remove" in text
    with pytest.raises(SystemExit):
        cli.main(["replica", "restart", "--help"])
    assert "Cannot be undone" not in capsys.readouterr().out
