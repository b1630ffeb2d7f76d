"""The drill operations through the rendered clients and command line: the request each
sends, both clients against the emulator over HTTP, paging, and 204 as None."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from sfrest_generated.flags import HealthStateFilter

import sfrest
from sfrest import cli
from sfrest.testing import (
    CALC_APP,
    CALC_PARTITIONS,
    CALC_SERVICE,
    NODES,
    Emulator,
    EmulatorServer,
    ManualClock,
)

PID = CALC_PARTITIONS[0]
PARTITION = f"/Partitions/{PID}"
Client = sfrest.ServiceFabricClient

# (call, method, path, query without timeout)
REQUESTS: list[tuple[Callable[[Client], object], str, str, dict[str, str]]] = [
    (lambda c: c.get_node_info_list(max_results=5), "GET", "/Nodes",
     {"api-version": "6.3", "MaxResults": "5"}),
    (lambda c: c.get_node_info("_Node_1"), "GET", "/Nodes/_Node_1", {"api-version": "6.0"}),
    (lambda c: c.get_application_info_list(application_type_name="CalcType"), "GET",
     "/Applications", {"api-version": "6.1", "ApplicationTypeName": "CalcType"}),
    (lambda c: c.get_application_info("fabric:/CalcApp"), "GET", "/Applications/CalcApp",
     {"api-version": "6.0"}),
    (lambda c: c.get_service_info_list("fabric:/my/app", continuation_token="a/b:c"),
     "GET", "/Applications/my~app/$/GetServices",
     {"api-version": "6.0", "ContinuationToken": "a/b:c"}),
    (lambda c: c.get_service_info("CalcApp", CALC_SERVICE), "GET",
     "/Applications/CalcApp/$/GetServices/CalcApp~CalcService", {"api-version": "6.0"}),
    (lambda c: c.get_partition_info_list(CALC_SERVICE), "GET",
     "/Services/CalcApp~CalcService/$/GetPartitions", {"api-version": "6.4"}),
    (lambda c: c.get_partition_info(PID), "GET", PARTITION, {"api-version": "6.0"}),
    (lambda c: c.get_replica_info_list(PID), "GET", f"{PARTITION}/$/GetReplicas",
     {"api-version": "6.0"}),
    (lambda c: c.recover_partition(PID), "POST", f"{PARTITION}/$/Recover",
     {"api-version": "6.0"}),
    (lambda c: c.recover_service_partitions(CALC_SERVICE), "POST",
     "/Services/$/CalcApp~CalcService/$/GetPartitions/$/Recover", {"api-version": "6.0"}),
    (lambda c: c.recover_system_partitions(), "POST", "/$/RecoverSystemPartitions",
     {"api-version": "6.0"}),
    (lambda c: c.recover_all_partitions(), "POST", "/$/RecoverAllPartitions",
     {"api-version": "6.0"}),
    (lambda c: c.get_partition_backup_configuration_info(PID), "GET",
     f"{PARTITION}/$/GetBackupConfigurationInfo", {"api-version": "6.4"}),
    (lambda c: c.get_partition_backup_list(PID, latest=True,
                                           start_date_time_filter="2026-01-01T00:00:00Z"),
     "GET", f"{PARTITION}/$/GetBackups",
     {"api-version": "6.4", "Latest": "true", "StartDateTimeFilter": "2026-01-01T00:00:00+00:00"}),
    (lambda c: c.get_partition_backup_list(PID, start_date_time_filter=datetime(2018, 1, 1, 9),
                                           end_date_time_filter="2018-01-01T10:00:00"),
     "GET", f"{PARTITION}/$/GetBackups",
     {"api-version": "6.4", "StartDateTimeFilter": "2018-01-01T09:00:00+00:00",
      "EndDateTimeFilter": "2018-01-01T10:00:00+00:00"}),
    (lambda c: c.get_partition_health(
        PID, events_health_state_filter=HealthStateFilter.ERROR
        | HealthStateFilter.WARNING), "GET", f"{PARTITION}/$/GetHealth",
     {"api-version": "6.0", "EventsHealthStateFilter": "12"}),
    (lambda c: c.get_service_health(CALC_SERVICE, exclude_health_statistics=True), "GET",
     "/Services/CalcApp~CalcService/$/GetHealth",
     {"api-version": "6.0", "ExcludeHealthStatistics": "true"}),
    (lambda c: c.get_cluster_health(nodes_health_state_filter=8), "GET",
     "/$/GetClusterHealth", {"api-version": "6.0", "NodesHealthStateFilter": "8"}),
]  # fmt: skip


@pytest.mark.parametrize(("call", "method", "path", "query"), REQUESTS)
def test_every_drill_operation_sends_its_wire_request(
    httpx_mock: HTTPXMock,
    call: Callable[[Client], object],
    method: str,
    path: str,
    query: dict[str, str],
) -> None:
    # ServiceKind: what the polymorphic info models need; the others ignore it
    httpx_mock.add_response(
        status_code=200, json={"ServiceKind": "Stateful", "Kind": "Partition"}
    )
    with Client() as client:
        call(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert (request.method, request.url.raw_path.split(b"?")[0].decode()) == (
        method,
        path,
    )
    assert dict(request.url.params) == {**query, "timeout": "60"}
    assert request.content == b""


def test_the_continuation_token_is_sent_as_given(httpx_mock: HTTPXMock) -> None:
    """allowReserved (quirk 5): reserved characters go unencoded; & and # would reshape
    the query, and a space or é no URL may hold, so those are percent-encoded."""
    httpx_mock.add_response(json={"Items": []})
    with Client() as client:
        client.get_partition_info_list(
            CALC_SERVICE, continuation_token="1+2/3:4=%41&x=y#z é"
        )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path.endswith(
        b"&ContinuationToken=1+2/3:4=%41%26x=y%23z%20%C3%A9"
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.get_application_info("fabric:/"),
        lambda c: c.get_partition_health("not-a-guid"),
        lambda c: c.get_node_info_list(node_status_filter="sleeping"),
        lambda c: c.get_node_info_list(max_results=-1),
        lambda c: c.get_cluster_health(nodes_health_state_filter=70000),
        lambda c: c.get_node_info(".."),
        lambda c: c.get_partition_backup_list(PID, end_date_time_filter="yesterday"),
    ],
)
def test_bad_drill_arguments_send_nothing(
    httpx_mock: HTTPXMock, call: Callable[[Client], object]
) -> None:
    with Client() as client, pytest.raises(sfrest.InvalidArgumentError):
        call(client)
    assert httpx_mock.get_requests() == []


def test_get_info_answered_204_is_none(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204, is_reusable=True)
    with Client() as client:
        assert client.get_node_info("_Node_9") is None
        assert client.get_partition_info(uuid.uuid4()) is None
        assert client.get_application_info("Nope") is None
        assert client.get_service_info("Nope", "Nope~Svc") is None


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def server(clock: ManualClock) -> Iterator[EmulatorServer]:
    with Emulator(clock=clock, page_size=2).serve(port=0) as server:
        yield server


def test_the_sync_client_drives_a_drill_over_http(
    server: EmulatorServer, clock: ManualClock
) -> None:
    with Client(server.url, sleep=clock.sleep, clock=clock) as client:
        first = client.get_node_info_list()
        assert len(first.items or []) == 2 and first.continuation_token
        nodes = list(client.iter_nodes())  # three pages of at most 2
        assert [n.name for n in nodes] == sorted(NODES)
        node = client.get_node_info("_Node_2")
        assert node is not None and node.instance_id == NODES["_Node_2"]
        assert [a.name for a in client.iter_applications()] == [CALC_APP]
        services = {str(s.name): s for s in client.iter_services(CALC_APP)}
        assert str(services[CALC_SERVICE].service_kind) == "Stateful"
        partitions = [
            p.partition_information for p in client.iter_partitions(CALC_SERVICE)
        ]
        assert [p.id for p in partitions if p is not None] == list(CALC_PARTITIONS)
        roles = sorted(str(r.replica_role) for r in client.iter_replicas(PID))  # type: ignore[union-attr]
        assert roles.count("Primary") == 1 and set(roles) <= {
            "Primary",
            "ActiveSecondary",
        }
        assert str(client.get_cluster_health().aggregated_health_state) == "Ok"

        # a node stopped by a transition is Down, and health says so
        client.start_node_transition(
            "_Node_2", "Stop", node.instance_id or "", 600
        ).wait()
        down = client.get_node_info("_Node_2")
        assert down is not None and str(down.node_status) == "Down"
        assert str(client.get_cluster_health().aggregated_health_state) == "Error"

        # quorum loss until RecoverPartition
        quorum = client.start_quorum_loss(CALC_SERVICE, PID, "QuorumReplicas", 600)
        info = client.get_partition_info(PID)
        assert str(getattr(info, "partition_status", None)) == "InQuorumLoss"
        assert str(client.get_partition_health(PID).aggregated_health_state) == "Error"
        client.recover_partition(PID)
        assert quorum.wait().state == "Completed"
        info = client.get_partition_info(PID)
        assert str(getattr(info, "partition_status", None)) == "Ready"

        # every backup taken is listed; Latest gives the newest; a restore from it
        for _ in range(2):
            client.backup_partition(PID).wait()
        backups = client.get_partition_backup_list(PID).items or []
        latest = (client.get_partition_backup_list(PID, latest=True).items or [])[0]
        assert len(backups) == 2 and latest.backup_id == backups[-1].backup_id
        assert latest.backup_id is not None and latest.backup_location is not None
        restored = client.restore_partition(
            PID, latest.backup_id, latest.backup_location
        )
        assert restored.wait().restore_state == "Success"
        assert client.get_node_info("_Node_9") is None


@pytest.mark.anyio
async def test_the_async_client_pages_and_recovers_over_http(
    server: EmulatorServer, clock: ManualClock
) -> None:
    async with sfrest.AsyncServiceFabricClient(
        server.url, sleep=clock.async_sleep, clock=clock
    ) as client:
        names = [n.name async for n in client.iter_nodes()]
        assert names == sorted(NODES)
        partitions = [p async for p in client.iter_partitions(CALC_SERVICE)]
        assert len(partitions) == len(CALC_PARTITIONS)
        quorum = await client.start_quorum_loss(CALC_SERVICE, PID, "AllReplicas", 600)
        await client.recover_service_partitions(CALC_SERVICE)
        assert (await quorum.wait()).state == "Completed"
        health = await client.get_service_health(CALC_SERVICE)
        assert str(health.aggregated_health_state) == "Ok"
        assert await client.get_partition_info(uuid.uuid4()) is None


def _run(argv: list[str]) -> tuple[int, Any, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdout=out, stderr=err)
    return code, json.loads(out.getvalue() or "null"), err.getvalue()


def test_the_command_line_follows_tokens_unless_given_one(
    server: EmulatorServer,
) -> None:
    endpoint = ["--endpoint", server.url]
    code, nodes, _ = _run(["node", "list", *endpoint])
    assert code == 0 and [n["Name"] for n in nodes] == sorted(NODES)
    code, page, _ = _run(["node", "list", *endpoint, "--continuation-token", "_Node_1"])
    assert code == 0 and len(page["Items"]) == 2 and "ContinuationToken" in page
    code, info, _ = _run(["node", "info", *endpoint, "--node-name", "_Node_3"])
    assert code == 0 and info["InstanceId"] == NODES["_Node_3"]
    code, partitions, _ = _run(
        ["partition", "list", *endpoint, "--service-id", CALC_SERVICE]
    )
    assert [p["PartitionInformation"]["Id"] for p in partitions] == [
        str(p) for p in CALC_PARTITIONS
    ]
    code, health, _ = _run(
        ["cluster", "health", *endpoint, "--nodes-health-state-filter", "Error,Warning"]
    )
    assert code == 0 and health["AggregatedHealthState"] == "Ok"


def test_the_readme_node_transition_works_with_the_instance_id_from_node_info() -> None:
    real_time = Emulator(durations={"NodeTransition": 0.05})
    with real_time.serve(port=0) as server:
        _node_transition(["--endpoint", server.url])


def _node_transition(endpoint: list[str]) -> None:
    _, info, _ = _run(["node", "info", *endpoint, "--node-name", "_Node_1"])
    code, progress, _ = _run(
        ["node", "transition", *endpoint, "--node-name", "_Node_1",
         "--node-transition-type", "Stop", "--node-instance-id", info["InstanceId"],
         "--stop-duration-in-seconds", "600", "--wait", "--poll-interval", "0.01"]
    )  # fmt: skip
    assert code == 0 and progress["State"] == "Completed"


def test_the_http_request_carries_no_body(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=200)
    with Client() as client:
        client.recover_all_partitions(timeout=30)
    request = httpx_mock.get_request()
    assert isinstance(request, httpx.Request) and request.content == b""
    assert request.url.params["timeout"] == "30"
