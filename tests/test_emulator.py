"""The emulator (sfrest.testing), driven by the sync and async clients.

Most tests go over real HTTP on loopback (emu.serve(port=0)), a few through the in-process
transports. Time is a ManualClock: nothing sleeps on the wall clock. Requests the client
would refuse to send (a malformed GUID, a missing parameter, a wrong method) go through
the client all the same: a small transport wrapper edits them on their way to the socket,
so the client's own error mapping gives the exception class and .code.
"""

from __future__ import annotations

import inspect
import json
import queue
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import sfrest
from sfrest import AsyncServiceFabricClient, RetryPolicy, ServiceFabricClient
from sfrest.testing import (
    CALC_APP,
    CALC_PARTITIONS,
    CALC_SERVICE,
    DEFAULT_DURATIONS,
    E_FAIL,
    GATEWAY_PARTITION,
    GATEWAY_SERVICE,
    KINDS,
    NODES,
    Application,
    Emulator,
    EmulatorServer,
    ManualClock,
    Node,
    Partition,
    Service,
    Topology,
    _routes,
    _run,
    run,
)

SVC = CALC_SERVICE
P0, P1, P2 = CALC_PARTITIONS
NODE = "_Node_0"
OP = uuid.UUID("0f0f0f0f-0000-4000-8000-000000000001")
MISSING = uuid.UUID("0f0f0f0f-0000-4000-8000-0000000000ff")
DURATIONS = {
    "PartitionDataLoss": 2.0,
    "PartitionQuorumLoss": 3.0,
    "PartitionRestart": 4.0,
    "NodeTransition": 5.0,
    "Backup": 8.0,
    "Restore": 6.0,
    "RollingBack": 1.0,
}
NO_RETRY = RetryPolicy(max_retries=0)
START = datetime(2018, 1, 1, 9, 0, 55, tzinfo=UTC)


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def emu(clock: ManualClock) -> Emulator:
    return Emulator(clock=clock, durations=DURATIONS, start_time=START)


@pytest.fixture
def server(emu: Emulator) -> Iterator[EmulatorServer]:
    before = threading.active_count()
    with emu.serve(host="127.0.0.1", port=0) as server:
        assert threading.active_count() == before + 1
        yield server
    assert (
        threading.active_count() == before
    )  # the server and connection threads are gone


@pytest.fixture
def client(server: EmulatorServer, clock: ManualClock) -> Iterator[ServiceFabricClient]:
    with ServiceFabricClient(
        server.url, retry=NO_RETRY, clock=clock, sleep=clock.sleep
    ) as client:
        yield client


def _async_client(
    server: EmulatorServer,
    clock: ManualClock,
    transport: httpx.AsyncBaseTransport | None = None,
) -> AsyncServiceFabricClient:
    return AsyncServiceFabricClient(
        server.url,
        retry=NO_RETRY,
        clock=clock,
        sleep=clock.async_sleep,
        transport=transport,
    )


def _raw(
    server: EmulatorServer, method: str, target: str, **kwargs: Any
) -> httpx.Response:
    """A request as written, over HTTP: target is the raw path and query."""
    with httpx.Client(base_url=server.url) as http:
        request = http.build_request(method, server.url, **kwargs)
        request.url = request.url.copy_with(raw_path=target.encode("ascii"))
        return http.send(request)


# --- requests edited on their way out -----------------------------------------------------

Edit = Callable[[httpx.Request], httpx.Request]


def _rebuild(
    request: httpx.Request,
    *,
    method: str | None = None,
    url: httpx.URL | None = None,
    content: bytes | None = None,
) -> httpx.Request:
    headers = [
        (k, v)
        for k, v in request.headers.multi_items()
        if content is None or k.lower() != "content-length"
    ]
    return httpx.Request(
        method or request.method,
        url or request.url,
        headers=headers,
        content=request.content if content is None else content,
        extensions=request.extensions,
    )


def query(changes: dict[str, str | None]) -> Edit:
    """Set query parameters (None removes one)."""

    def edit(request: httpx.Request) -> httpx.Request:
        url = request.url
        for name, value in changes.items():
            url = (
                url.copy_remove_param(name)
                if value is None
                else url.copy_set_param(name, value)
            )
        return _rebuild(request, url=url)

    return edit


def path(old: str, new: str) -> Edit:
    """Replace text in the raw path (not the query)."""

    def edit(request: httpx.Request) -> httpx.Request:
        raw_path, sep, raw_query = request.url.raw_path.decode().partition("?")
        target = raw_path.replace(old, new, 1) + sep + raw_query
        return _rebuild(request, url=request.url.copy_with(raw_path=target.encode()))

    return edit


def method(name: str) -> Edit:
    return lambda request: _rebuild(request, method=name)


def body(content: bytes) -> Edit:
    return lambda request: _rebuild(request, content=content)


class Tamper(httpx.BaseTransport):
    """A real HTTP transport that edits each request first."""

    def __init__(self, edit: Edit) -> None:
        self.edit, self.inner = edit, httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self.inner.handle_request(self.edit(request))

    def close(self) -> None:
        self.inner.close()


class AsyncTamper(httpx.AsyncBaseTransport):
    def __init__(self, edit: Edit) -> None:
        self.edit, self.inner = edit, httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self.inner.handle_async_request(self.edit(request))

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- every error case, with both clients ----------------------------------------------------

Step = Callable[[Any, ManualClock], Any]


@dataclass(frozen=True)
class ErrorCase:
    """Steps to run with a client; all but the last succeed, the last raises exc with code."""

    id: str
    steps: tuple[Step, ...]
    exc: type[sfrest.FabricError]
    code: str
    edit: Edit | None = None

    @property
    def status(self) -> int:
        return {
            sfrest.BadRequestError: 400,
            sfrest.NotFoundError: 404,
            sfrest.ConflictError: 409,
            sfrest.FabricError: 405,
        }[self.exc]


def data_loss(op: uuid.UUID | None = OP) -> Step:
    return lambda c, _: c.start_data_loss(SVC, P0, "PartialDataLoss", operation_id=op)


def advance(seconds: float) -> Step:
    return lambda _, clock: clock.advance(seconds)


def listing() -> Step:
    return lambda c, _: c.get_fault_operation_list()


def backup_progress() -> Step:
    return lambda c, _: c.get_partition_backup_progress(P0)


def stop(node: str = NODE, instance: str = NODES[NODE]) -> Step:
    return lambda c, _: c.start_node_transition(node, "Stop", instance, 600)


BAD, NOT_FOUND, CONFLICT = (
    sfrest.BadRequestError,
    sfrest.NotFoundError,
    sfrest.ConflictError,
)
INVALIDARG = "E_INVALIDARG"
CASES = [
    # unknown OperationId
    ErrorCase(
        "progress-of-unknown-operation",
        (lambda c, _: c.get_data_loss_progress(SVC, P0, MISSING),),
        NOT_FOUND,
        "FABRIC_E_KEY_NOT_FOUND",
    ),
    ErrorCase(
        "node-progress-of-unknown-operation",
        (lambda c, _: c.get_node_transition_progress(NODE, MISSING),),
        NOT_FOUND,
        "FABRIC_E_KEY_NOT_FOUND",
    ),
    ErrorCase(
        "cancel-of-unknown-operation",
        (lambda c, _: c.cancel_operation(MISSING),),
        NOT_FOUND,
        "FABRIC_E_KEY_NOT_FOUND",
    ),
    ErrorCase(
        "progress-of-another-kind",
        (data_loss(), lambda c, _: c.get_quorum_loss_progress(SVC, P0, OP)),
        NOT_FOUND,
        "FABRIC_E_KEY_NOT_FOUND",
    ),
    # the same OperationId twice
    ErrorCase(
        "operation-id-started-twice",
        (data_loss(), data_loss()),
        CONFLICT,
        "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
    ),
    ErrorCase(
        "operation-id-reused-by-another-kind",
        (
            data_loss(),
            lambda c, _: c.start_node_transition(
                "_Node_3", "Stop", NODES["_Node_3"], 600, operation_id=OP
            ),
        ),
        CONFLICT,
        "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
    ),
    # a required query parameter missing: 404
    ErrorCase(
        "missing-OperationId",
        (lambda c, _: c.get_data_loss_progress(SVC, P0, OP),),
        NOT_FOUND,
        "FABRIC_E_NAME_DOES_NOT_EXIST",
        query({"OperationId": None}),
    ),
    ErrorCase(
        "missing-DataLossMode",
        (data_loss(),),
        NOT_FOUND,
        "FABRIC_E_NAME_DOES_NOT_EXIST",
        query({"DataLossMode": None}),
    ),
    ErrorCase(
        "missing-StopDurationInSeconds",
        (stop(),),
        NOT_FOUND,
        "FABRIC_E_NAME_DOES_NOT_EXIST",
        query({"StopDurationInSeconds": None}),
    ),
    # malformed GUIDs
    ErrorCase(
        "malformed-OperationId",
        (lambda c, _: c.cancel_operation(OP),),
        BAD,
        INVALIDARG,
        query({"OperationId": "not-a-guid"}),
    ),
    ErrorCase(
        "malformed-partitionId-in-faults-path",
        (data_loss(),),
        BAD,
        INVALIDARG,
        path(str(P0), str(P0)[:-1]),
    ),
    ErrorCase(
        "malformed-partitionId-in-partitions-path",
        (backup_progress(),),
        BAD,
        INVALIDARG,
        path(str(P0), "1daae3f5-7fd6-42e9-b1ba-8c05f873994z"),
    ),
    # api-version
    ErrorCase(
        "api-version-missing",
        (listing(),),
        BAD,
        INVALIDARG,
        query({"api-version": None}),
    ),
    ErrorCase(
        "api-version-unparsable",
        (listing(),),
        BAD,
        INVALIDARG,
        query({"api-version": "six"}),
    ),
    ErrorCase(
        "api-version-below-the-faults-minimum",
        (listing(),),
        BAD,
        INVALIDARG,
        query({"api-version": "2.9"}),
    ),
    ErrorCase(
        "api-version-below-the-backup-minimum",
        (backup_progress(),),
        BAD,
        INVALIDARG,
        query({"api-version": "6.3"}),
    ),
    ErrorCase(
        "api-version-6.10-is-6.1-below-the-backup-minimum",
        (backup_progress(),),
        BAD,
        INVALIDARG,
        query({"api-version": "6.10"}),
    ),
    ErrorCase(
        "api-version-above-the-runtime",
        (lambda c, _: c.get_fault_operation_list(api_version="9.2"),),
        BAD,
        INVALIDARG,
    ),
    # unknown service, partition, node
    ErrorCase(
        "unknown-service",
        (
            lambda c, _: c.start_data_loss(
                "fabric:/CalcApp/Missing", P0, "FullDataLoss"
            ),
        ),
        NOT_FOUND,
        "FABRIC_E_SERVICE_DOES_NOT_EXIST",
    ),
    ErrorCase(
        "unknown-partition",
        (
            lambda c, _: c.start_partition_restart(
                SVC, MISSING, "OnlyActiveSecondaries"
            ),
        ),
        NOT_FOUND,
        "FABRIC_E_PARTITION_NOT_FOUND",
    ),
    ErrorCase(
        "partition-of-another-service",
        (lambda c, _: c.start_quorum_loss(SVC, GATEWAY_PARTITION, "AllReplicas", 5),),
        NOT_FOUND,
        "FABRIC_E_PARTITION_NOT_FOUND",
    ),
    ErrorCase(
        "backup-of-unknown-partition",
        (lambda c, _: c.backup_partition(MISSING),),
        NOT_FOUND,
        "FABRIC_E_PARTITION_NOT_FOUND",
    ),
    ErrorCase(
        "unknown-node", (stop("_Node_9", "1"),), NOT_FOUND, "FABRIC_E_NODE_NOT_FOUND"
    ),
    # enum values: exact, and never Invalid
    ErrorCase(
        "DataLossMode-Invalid",
        (data_loss(),),
        BAD,
        INVALIDARG,
        query({"DataLossMode": "Invalid"}),
    ),
    ErrorCase(
        "DataLossMode-wrong-case",
        (data_loss(),),
        BAD,
        INVALIDARG,
        query({"DataLossMode": "partialDataLoss"}),
    ),
    ErrorCase(
        "NodeTransitionType-wrong-case",
        (stop(),),
        BAD,
        INVALIDARG,
        query({"NodeTransitionType": "stop"}),
    ),
    ErrorCase(
        "QuorumLossMode-unknown",
        (lambda c, _: c.start_quorum_loss(SVC, P0, "QuorumReplicas", 5),),
        BAD,
        INVALIDARG,
        query({"QuorumLossMode": "QuorumLossReplicas"}),
    ),
    # timeout outside 1..4294967295
    ErrorCase("timeout-0", (listing(),), BAD, INVALIDARG, query({"timeout": "0"})),
    ErrorCase(
        "timeout-above-uint32",
        (listing(),),
        BAD,
        INVALIDARG,
        query({"timeout": str(2**32)}),
    ),
    ErrorCase(
        "timeout-not-a-number", (listing(),), BAD, INVALIDARG, query({"timeout": "1e3"})
    ),
    # cancel
    ErrorCase(
        "force-cancel-before-a-plain-cancel",
        (data_loss(), lambda c, _: c.cancel_operation(OP, force=True)),
        BAD,
        "FABRIC_E_INVALID_TEST_COMMAND_STATE",
    ),
    ErrorCase(
        "cancel-of-a-completed-operation",
        (data_loss(), advance(2.0), lambda c, _: c.cancel_operation(OP)),
        BAD,
        "FABRIC_E_INVALID_TEST_COMMAND_STATE",
    ),
    # nodes
    ErrorCase(
        "instance-id-mismatch", (stop(NODE, "1"),), BAD, "FABRIC_E_INSTANCE_ID_MISMATCH"
    ),
    ErrorCase(
        "instance-id-not-a-number",  # the client refuses it: sent by tampering
        (stop(NODE, "1"),),
        BAD,
        INVALIDARG,
        query({"NodeInstanceId": "abc"}),
    ),
    ErrorCase("stop-of-a-down-node", (stop(), stop()), BAD, "FABRIC_E_NODE_IS_DOWN"),
    ErrorCase(
        "start-of-an-up-node",
        (lambda c, _: c.start_node_transition(NODE, "Start", NODES[NODE], 0),),
        BAD,
        "FABRIC_E_NODE_IS_UP",
    ),
    # partitions of the wrong kind
    ErrorCase(
        "data-loss-on-a-stateless-service",
        (
            lambda c, _: c.start_data_loss(
                GATEWAY_SERVICE, GATEWAY_PARTITION, "PartialDataLoss"
            ),
        ),
        BAD,
        "FABRIC_E_ONLY_VALID_FOR_STATEFUL_PERSISTENT_SERVICES",
    ),
    # backup and restore
    ErrorCase(
        "backup-in-progress",
        (lambda c, _: c.backup_partition(P0), lambda c, _: c.backup_partition(P0)),
        CONFLICT,
        "FABRIC_E_BACKUP_IN_PROGRESS",
    ),
    ErrorCase(
        "restore-while-a-backup-runs",
        (
            lambda c, _: c.backup_partition(P0),
            advance(3.0),
            lambda c, _: c.restore_partition(P0, MISSING, "somewhere.zip"),
        ),
        CONFLICT,
        "FABRIC_E_BACKUP_IN_PROGRESS",
    ),
    ErrorCase(
        "backup-while-a-restore-runs",
        (
            lambda c, _: c.restore_partition(P0, MISSING, "somewhere.zip"),
            lambda c, _: c.backup_partition(P0),
        ),
        CONFLICT,
        "FABRIC_E_RESTORE_IN_PROGRESS",
    ),
    ErrorCase(
        "backup-not-enabled",
        (lambda c, _: c.backup_partition(GATEWAY_PARTITION),),
        NOT_FOUND,
        "FABRIC_E_BACKUP_NOT_ENABLED",
    ),
    ErrorCase(
        "backup-progress-before-any-backup",
        (backup_progress(),),
        NOT_FOUND,
        "FABRIC_E_KEY_NOT_FOUND",
    ),
    ErrorCase(
        "restore-without-a-body",
        (lambda c, _: c.restore_partition(P0, MISSING, "somewhere.zip"),),
        BAD,
        INVALIDARG,
        body(b""),
    ),
    ErrorCase(
        "restore-body-without-BackupLocation",
        (lambda c, _: c.restore_partition(P0, MISSING, "somewhere.zip"),),
        BAD,
        INVALIDARG,
        body(json.dumps({"BackupId": str(MISSING)}).encode()),
    ),
    ErrorCase(
        "restore-of-a-stateless-partition",
        (lambda c, _: c.restore_partition(GATEWAY_PARTITION, MISSING, "x.zip"),),
        BAD,
        INVALIDARG,
    ),
    # paths and methods
    ErrorCase(
        "unknown-path",
        (listing(),),
        NOT_FOUND,
        "NotFound",
        path("/Faults/", "/Faults/Nowhere/"),
    ),
    ErrorCase(
        "path-without-its-trailing-slash",
        (listing(),),
        NOT_FOUND,
        "NotFound",
        path("/Faults/", "/Faults"),
    ),
    ErrorCase(
        "wrong-method",
        (listing(),),
        sfrest.FabricError,
        "FABRIC_E_INVALID_OPERATION",
        method("DELETE"),
    ),
]


def _check(error: sfrest.FabricError, case: ErrorCase) -> None:
    assert type(error) is case.exc
    assert error.status_code == case.status
    assert error.code == case.code
    assert error.message  # every error says why
    assert error.response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_error_case_sync_client(
    case: ErrorCase, server: EmulatorServer, clock: ManualClock
) -> None:
    transport = None if case.edit is None else Tamper(case.edit)
    with ServiceFabricClient(
        server.url, retry=NO_RETRY, clock=clock, sleep=clock.sleep, transport=transport
    ) as client:
        for step in case.steps[:-1]:
            step(client, clock)
        with pytest.raises(sfrest.FabricError) as raised:
            case.steps[-1](client, clock)
    _check(raised.value, case)


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_error_case_async_client(
    case: ErrorCase, server: EmulatorServer, clock: ManualClock
) -> None:
    transport = None if case.edit is None else AsyncTamper(case.edit)
    async with _async_client(server, clock, transport) as client:
        for step in case.steps[:-1]:
            await _maybe(step(client, clock))
        with pytest.raises(sfrest.FabricError) as raised:
            await _maybe(case.steps[-1](client, clock))
    _check(raised.value, case)


def test_error_bodies_on_the_wire(server: EmulatorServer) -> None:
    response = _raw(server, "GET", f"/Faults/$/Cancel?api-version=6.0&OperationId={OP}")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json() == {
        "Error": {
            "Code": "FABRIC_E_INVALID_OPERATION",
            "Message": "GET is not allowed on /Faults/$/Cancel; use POST",
        }
    }
    response = _raw(server, "GET", "/Nowhere?api-version=6.0")
    assert response.status_code == 404
    assert response.json()["Error"]["Code"] == "NotFound"


# --- all 14 operations, both clients, over HTTP -------------------------------------------


def test_all_14_operations_sync_client(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    data_loss = client.start_data_loss(SVC, P0, "PartialDataLoss")
    quorum_loss = client.start_quorum_loss(SVC, P1, "QuorumReplicas", 7)
    restart = client.start_partition_restart(SVC, P2, "AllReplicasOrInstances")
    transition = client.start_node_transition(NODE, "Stop", NODES[NODE], 600)
    assert (
        client.get_data_loss_progress(SVC, P0, data_loss.operation_id).state
        == "Running"
    )
    assert (
        client.get_quorum_loss_progress(SVC, P1, quorum_loss.operation_id).state
        == "Running"
    )
    progress = client.get_partition_restart_progress(SVC, P2, restart.operation_id)
    assert progress.state == "Running"
    assert progress.restart_partition_result is None
    assert (
        client.get_node_transition_progress(NODE, transition.operation_id).state
        == "Running"
    )
    assert not emu.is_node_up(NODE)
    listed = client.get_fault_operation_list()
    assert [(s.operation_id, s.type, s.state) for s in listed] == [
        (data_loss.operation_id, "PartitionDataLoss", "Running"),
        (quorum_loss.operation_id, "PartitionQuorumLoss", "Running"),
        (restart.operation_id, "PartitionRestart", "Running"),
        (transition.operation_id, "NodeTransition", "Running"),
    ]
    client.cancel_operation(restart.operation_id)
    backup = client.backup_partition(P1)
    clock.advance(10.0)
    result = client.get_data_loss_progress(SVC, P0, data_loss.operation_id)
    assert result.state == "Completed"
    assert result.invoke_data_loss_result is not None
    assert result.invoke_data_loss_result.error_code == 0
    quorum = client.get_quorum_loss_progress(SVC, P1, quorum_loss.operation_id)
    assert quorum.state == "Completed"  # 3 s plus the 7 s QuorumLossDuration
    assert client.get_partition_restart_progress(
        SVC, P2, restart.operation_id
    ).state == ("Cancelled")
    node = client.get_node_transition_progress(NODE, transition.operation_id)
    assert node.state == "Completed"
    assert node.node_transition_result is not None
    assert node.node_transition_result.node_result is not None
    assert node.node_transition_result.node_result.node_name == NODE
    info = client.get_partition_backup_progress(P1)
    assert info == backup.progress()
    assert info.backup_state == "Success"
    assert info.backup_id is not None and info.backup_location
    restore = client.restore_partition(P2, info.backup_id, info.backup_location)
    assert client.get_partition_restore_progress(P2).restore_state == "Accepted"
    clock.advance(6.0)
    restored = restore.progress()
    assert restored.restore_state == "Success"
    assert restored.restored_lsn == info.lsn_of_last_backup_record
    assert restored.restored_epoch == info.epoch_of_last_backup_record


@pytest.mark.anyio
async def test_all_14_operations_async_client(
    server: EmulatorServer, clock: ManualClock, emu: Emulator
) -> None:
    async with _async_client(server, clock) as client:
        data_loss = await client.start_data_loss(SVC, P0, "FullDataLoss")
        quorum_loss = await client.start_quorum_loss(SVC, P1, "AllReplicas", 0)
        restart = await client.start_partition_restart(SVC, P2, "OnlyActiveSecondaries")
        transition = await client.start_node_transition(NODE, "Stop", NODES[NODE], 600)
        progress = await client.get_data_loss_progress(SVC, P0, data_loss.operation_id)
        assert progress.state == "Running"
        progress_q = await client.get_quorum_loss_progress(
            SVC, P1, quorum_loss.operation_id
        )
        assert progress_q.state == "Running"
        progress_r = await client.get_partition_restart_progress(
            SVC, P2, restart.operation_id
        )
        assert progress_r.state == "Running"
        progress_n = await client.get_node_transition_progress(
            NODE, transition.operation_id
        )
        assert progress_n.state == "Running"
        await client.cancel_operation(transition.operation_id)
        assert emu.is_node_up(NODE)  # a cancelled Stop brings the node back
        listed = await client.get_fault_operation_list(
            state_filter=sfrest.OperationStateFilter.ROLLING_BACK
        )
        assert [s.operation_id for s in listed] == [transition.operation_id]
        backup = await client.backup_partition(P0)
        done = await backup.wait()  # the clock moves as wait() sleeps
        assert done.backup_state == "Success"
        assert (await client.get_partition_backup_progress(P0)) == done
        assert done.backup_id is not None and done.backup_location
        restore = await client.restore_partition(
            P1, done.backup_id, done.backup_location
        )
        restored = await restore.wait()
        assert restored == await client.get_partition_restore_progress(P1)
        assert restored.restore_state == "Success"
        final = await data_loss.wait()
        assert final.state == "Completed"
        assert (await quorum_loss.wait()).state == "Completed"
        assert (await restart.wait()).state == "Completed"
        assert (await transition.wait()).state == "Cancelled"


# --- state machines -----------------------------------------------------------------------

START_AND_RESULT: dict[str, tuple[Callable[[ServiceFabricClient], Any], str, str]] = {
    "PartitionDataLoss": (
        lambda c: c.start_data_loss(SVC, P0, "PartialDataLoss"),
        "invoke_data_loss_result",
        "InvokeDataLossResult",
    ),
    "PartitionQuorumLoss": (
        lambda c: c.start_quorum_loss(SVC, P0, "QuorumReplicas", 0),
        "invoke_quorum_loss_result",
        "InvokeQuorumLossResult",
    ),
    "PartitionRestart": (
        lambda c: c.start_partition_restart(SVC, P0, "AllReplicasOrInstances"),
        "restart_partition_result",
        "RestartPartitionResult",
    ),
}


@pytest.mark.parametrize("kind", list(START_AND_RESULT))
def test_partition_fault_runs_then_completes(
    kind: str, client: ServiceFabricClient, clock: ManualClock, server: EmulatorServer
) -> None:
    start, attribute, wire_name = START_AND_RESULT[kind]
    op = start(client)
    running = op.progress()
    assert running.state == "Running"
    assert getattr(running, attribute) is None
    target = _progress_target(kind, op.operation_id)
    assert _raw(server, "GET", target).json() == {
        "State": "Running"
    }  # the result is absent
    clock.advance(DURATIONS[kind] - 0.001)
    assert op.progress().state == "Running"
    clock.advance(0.001)
    done = op.progress()
    assert done.state == "Completed"
    assert getattr(done, attribute).error_code == 0
    assert _raw(server, "GET", target).json() == {
        "State": "Completed",
        wire_name: {
            "ErrorCode": 0,
            "SelectedPartition": {"ServiceName": SVC, "PartitionId": str(P0)},
        },
    }


def _progress_target(kind: str, op_id: uuid.UUID) -> str:
    name = {
        "PartitionDataLoss": "GetDataLossProgress",
        "PartitionQuorumLoss": "GetQuorumLossProgress",
        "PartitionRestart": "GetRestartProgress",
    }[kind]
    return (
        f"/Faults/Services/CalcApp~CalcService/$/GetPartitions/{P0}/$/{name}"
        f"?api-version=6.0&OperationId={op_id}"
    )


def test_quorum_loss_runs_for_its_quorum_loss_duration(
    client: ServiceFabricClient, clock: ManualClock
) -> None:
    op = client.start_quorum_loss(SVC, P0, "AllReplicas", 30)
    clock.advance(DURATIONS["PartitionQuorumLoss"] + 29.9)
    assert op.progress().state == "Running"
    clock.advance(0.1)
    assert op.progress().state == "Completed"


def test_wait_follows_the_manual_clock(
    client: ServiceFabricClient, clock: ManualClock
) -> None:
    seen: list[str | None] = []
    done = client.start_partition_restart(SVC, P1, "OnlyActiveSecondaries").wait(
        on_progress=lambda p: seen.append(p.state)
    )
    assert done.state == "Completed"
    assert seen[0] == "Running" and seen[-1] == "Completed"
    assert clock() >= DURATIONS["PartitionRestart"]


def test_cancel_rolls_back_then_is_cancelled(
    client: ServiceFabricClient, clock: ManualClock
) -> None:
    op = client.start_data_loss(SVC, P0, "FullDataLoss")
    clock.advance(1.0)
    op.cancel()
    assert op.progress().state == "RollingBack"
    op.cancel()  # a second plain cancel while rolling back changes nothing
    clock.advance(0.999)
    assert op.progress().state == "RollingBack"
    clock.advance(0.001)
    cancelled = op.progress()
    assert cancelled.state == "Cancelled"
    assert cancelled.invoke_data_loss_result is None
    clock.advance(100.0)
    assert op.progress().state == "Cancelled"  # it never completes
    with pytest.raises(sfrest.BadRequestError) as raised:
        op.cancel(force=True)
    assert raised.value.code == "FABRIC_E_INVALID_TEST_COMMAND_STATE"


def test_force_cancel_after_a_plain_cancel(
    client: ServiceFabricClient, clock: ManualClock
) -> None:
    op = client.start_node_transition("_Node_2", "Stop", NODES["_Node_2"], 600)
    with pytest.raises(sfrest.BadRequestError) as raised:
        op.cancel(force=True)
    assert raised.value.code == "FABRIC_E_INVALID_TEST_COMMAND_STATE"
    assert op.progress().state == "Running"
    op.cancel()
    assert op.progress().state == "RollingBack"
    op.cancel(force=True)
    forced = op.progress()
    assert forced.state == "ForceCancelled"
    assert forced.node_transition_result is None
    clock.advance(60.0)
    assert op.progress().state == "ForceCancelled"


def test_injected_fault_ends_faulted_with_the_hresult(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    emu.inject_fault(P0, error_code=-2147467259)
    faulted = client.start_data_loss(SVC, P0, "PartialDataLoss")
    again = client.start_data_loss(SVC, P0, "PartialDataLoss")  # times=1: used up
    other = client.start_data_loss(SVC, P1, "PartialDataLoss")
    assert faulted.progress().invoke_data_loss_result is None
    clock.advance(2.0)
    progress = faulted.progress()
    assert progress.state == "Faulted"
    result = progress.invoke_data_loss_result
    assert result is not None and result.error_code == -2147467259 == E_FAIL
    assert result.selected_partition is not None
    assert result.selected_partition.partition_id == P0
    assert result.selected_partition.service_name == SVC
    assert again.progress().state == "Completed"
    assert other.progress().state == "Completed"


def test_injected_fault_by_kind_service_and_node(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    emu.inject_fault(kind="PartitionRestart", error_code=-2147024809, times=None)
    emu.inject_fault(SVC, kind="PartitionQuorumLoss")
    emu.inject_fault("_Node_4", error_code=-2147017895)
    restarts = [
        client.start_partition_restart(SVC, p, "AllReplicasOrInstances")
        for p in CALC_PARTITIONS
    ]
    quorum = client.start_quorum_loss(SVC, P2, "QuorumReplicas", 0)
    data_loss = client.start_data_loss(SVC, P2, "PartialDataLoss")
    node = client.start_node_transition("_Node_4", "Stop", NODES["_Node_4"], 600)
    assert emu.is_node_up("_Node_4")  # a faulted transition leaves the node alone
    clock.advance(10.0)
    for op in restarts:
        result = op.progress().restart_partition_result
        assert result is not None and result.error_code == -2147024809
    assert quorum.progress().state == "Faulted"
    assert data_loss.progress().state == "Completed"
    transition = node.progress()
    assert transition.state == "Faulted"
    assert transition.node_transition_result is not None
    assert transition.node_transition_result.error_code == -2147017895
    assert transition.node_transition_result.node_result is not None
    assert (
        transition.node_transition_result.node_result.node_instance_id
        == NODES["_Node_4"]
    )
    emu.clear_faults()
    last = client.start_partition_restart(SVC, P0, "AllReplicasOrInstances")
    clock.advance(10.0)
    assert last.progress().state == "Completed"


def test_node_stop_then_start(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    assert emu.is_node_up(NODE)
    stopping = client.start_node_transition(NODE, "Stop", NODES[NODE], 600)
    assert not emu.is_node_up(NODE)
    clock.advance(DURATIONS["NodeTransition"])
    done = stopping.progress()
    assert done.state == "Completed"
    assert done.node_transition_result is not None
    assert done.node_transition_result.error_code == 0
    assert done.node_transition_result.node_result is not None
    assert done.node_transition_result.node_result.node_name == NODE
    assert done.node_transition_result.node_result.node_instance_id == NODES[NODE]
    starting = client.start_node_transition(NODE, "Start", NODES[NODE], 0)
    assert emu.is_node_up(NODE)
    assert starting.wait().state == "Completed"
    # a stopped node comes back by itself after StopDurationInSeconds
    client.start_node_transition(NODE, "Stop", NODES[NODE], 600)
    clock.advance(599.0)
    assert not emu.is_node_up(NODE)
    clock.advance(1.0)
    assert emu.is_node_up(NODE)
    with pytest.raises(KeyError):
        emu.is_node_up("_Node_9")


def test_fault_operation_list_filters(
    client: ServiceFabricClient,
    clock: ManualClock,
    server: EmulatorServer,
    emu: Emulator,
) -> None:
    F, S = sfrest.OperationTypeFilter, sfrest.OperationStateFilter
    completed = client.start_data_loss(SVC, P0, "PartialDataLoss")
    clock.advance(2.0)
    emu.inject_fault(P1)
    faulted = client.start_partition_restart(SVC, P1, "AllReplicasOrInstances")
    cancelled = client.start_quorum_loss(SVC, P2, "QuorumReplicas", 60)
    cancelled.cancel()
    forced = client.start_data_loss(SVC, P2, "FullDataLoss")
    forced.cancel()
    forced.cancel(force=True)
    clock.advance(4.0)
    rolling_back = client.start_partition_restart(SVC, P0, "OnlyActiveSecondaries")
    rolling_back.cancel()
    running = client.start_node_transition(NODE, "Stop", NODES[NODE], 600)

    def ids(**filters: Any) -> list[uuid.UUID | None]:
        return [s.operation_id for s in client.get_fault_operation_list(**filters)]

    everything = [
        completed.operation_id,
        faulted.operation_id,
        cancelled.operation_id,
        forced.operation_id,
        rolling_back.operation_id,
        running.operation_id,
    ]
    assert ids() == everything
    assert ids(type_filter=0, state_filter=0) == everything  # 0 matches everything
    assert ids(type_filter=F.PARTITION_DATA_LOSS) == [
        completed.operation_id,
        forced.operation_id,
    ]
    assert ids(type_filter=F.PARTITION_QUORUM_LOSS | F.NODE_TRANSITION) == [
        cancelled.operation_id,
        running.operation_id,
    ]
    assert ids(state_filter=S.RUNNING) == [running.operation_id]
    assert ids(state_filter=S.ROLLING_BACK) == [rolling_back.operation_id]
    assert ids(state_filter=S.COMPLETED) == [completed.operation_id]
    assert ids(state_filter=S.FAULTED) == [faulted.operation_id]
    assert ids(state_filter=S.CANCELLED) == [cancelled.operation_id]
    assert ids(state_filter=S.FORCE_CANCELLED) == [forced.operation_id]
    assert ids(type_filter=F.PARTITION_RESTART, state_filter=S.FAULTED | S.RUNNING) == [
        faulted.operation_id
    ]
    assert ids(type_filter=F.PARTITION_RESTART, state_filter=S.COMPLETED) == []
    # on the wire: a bare array, PascalCase types; absent filters match everything
    listed = _raw(server, "GET", "/Faults/?api-version=6.0").json()
    assert isinstance(listed, list)
    assert [item["Type"] for item in listed] == [
        "PartitionDataLoss",
        "PartitionRestart",
        "PartitionQuorumLoss",
        "PartitionDataLoss",
        "PartitionRestart",
        "NodeTransition",
    ]
    assert listed[0] == {
        "OperationId": str(completed.operation_id),
        "State": "Completed",
        "Type": "PartitionDataLoss",
    }
    only_nodes = _raw(server, "GET", "/Faults/?api-version=6.0&TypeFilter=8&timeout=5")
    assert [item["OperationId"] for item in only_nodes.json()] == [
        str(running.operation_id)
    ]


def test_backup_accepted_in_progress_then_success(
    client: ServiceFabricClient,
    clock: ManualClock,
    server: EmulatorServer,
    emu: Emulator,
) -> None:
    clock.advance(3.0)
    triggered = START + timedelta(seconds=3)
    op = client.backup_partition(P0)
    accepted = op.progress()
    assert accepted.backup_state == "Accepted"
    assert accepted.backup_id is None and accepted.failure_error is None
    clock.advance(2.0)  # a quarter of the 8 s
    assert op.progress().backup_state == "BackupInProgress"
    clock.advance(6.0)
    info = op.progress()
    assert info.backup_state == "Success"
    assert isinstance(info.backup_id, uuid.UUID)
    assert info.backup_location == (
        f"CalcApp\\CalcService\\{P0}\\{triggered:%Y-%m-%d %H.%M.%S}.zip"
    )
    assert info.time_stamp_utc == triggered
    body = _raw(
        server, "GET", f"/Partitions/{P0}/$/GetBackupProgress?api-version=6.4"
    ).json()
    assert body == {
        "BackupState": "Success",
        "TimeStampUtc": f"{triggered:%Y-%m-%dT%H:%M:%S}Z",
        "BackupId": str(info.backup_id),
        "BackupLocation": info.backup_location,
        "EpochOfLastBackupRecord": {
            "ConfigurationVersion": "8589934592",
            "DataLossVersion": "131462452931584510",
        },
        "LsnOfLastBackupRecord": "261",
    }
    second = client.backup_partition(P0)  # the first one is done: no conflict
    clock.advance(8.0)
    later = second.progress()
    assert later.backup_id != info.backup_id
    assert later.lsn_of_last_backup_record == "361"


def test_backup_failure_and_timeout_when_injected(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    emu.inject_fault(
        P0, kind="Backup", failure_code="FABRIC_E_BACKUP_FAILED", message="disk"
    )
    emu.inject_fault(P1, kind="Backup", state="Timeout")
    failing = client.backup_partition(P0)
    timing_out = client.backup_partition(P1)
    assert failing.progress().backup_state == "Accepted"
    failure = failing.wait()
    assert failure.backup_state == "Failure"
    assert failure.backup_id is None
    assert failure.failure_error is not None
    assert failure.failure_error.code == "FABRIC_E_BACKUP_FAILED"
    assert failure.failure_error.message == "disk"
    timeout = timing_out.wait()
    assert timeout.backup_state == "Timeout"
    assert timeout.failure_error is not None
    assert timeout.failure_error.code == "FABRIC_E_TIMEOUT"


def test_backup_times_out_after_backup_timeout_minutes(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, durations={"Backup": 300.0})
    with ServiceFabricClient(transport=emu.transport(), retry=NO_RETRY) as client:
        op = client.backup_partition(P0, backup_timeout=2)
        clock.advance(119.0)
        assert op.progress().backup_state == "BackupInProgress"
        clock.advance(1.0)
        assert op.progress().backup_state == "Timeout"


def test_restore_success_failure_and_timeout(
    client: ServiceFabricClient, clock: ManualClock, emu: Emulator
) -> None:
    backup = client.backup_partition(P0).wait()
    assert backup.backup_id is not None and backup.backup_location is not None
    restore = client.restore_partition(P1, backup.backup_id, backup.backup_location)
    assert restore.progress().restore_state == "Accepted"
    assert restore.progress().restored_lsn is None
    clock.advance(1.5)
    assert restore.progress().restore_state == "RestoreInProgress"
    restored = restore.wait()
    assert restored.restore_state == "Success"
    assert restored.restored_epoch == backup.epoch_of_last_backup_record
    assert restored.restored_lsn == backup.lsn_of_last_backup_record
    assert restored.failure_error is None

    unknown = client.restore_partition(
        P2, MISSING, "CalcApp\\CalcService\\nothing.zip"
    ).wait()
    assert unknown.restore_state == "Failure"
    assert unknown.failure_error is not None and unknown.failure_error.code
    assert unknown.restored_epoch is None

    emu.inject_fault(P1, kind="Restore", state="Timeout")
    timed_out = client.restore_partition(
        P1, backup.backup_id, backup.backup_location
    ).wait()
    assert timed_out.restore_state == "Timeout"
    emu.inject_fault(kind="Restore")
    failed = client.restore_partition(
        P1, backup.backup_id, backup.backup_location
    ).wait()
    assert failed.restore_state == "Failure"
    assert failed.failure_error is not None and failed.failure_error.code == "E_FAIL"


def test_reset_forgets_everything(client: ServiceFabricClient, emu: Emulator) -> None:
    op = client.start_node_transition(NODE, "Stop", NODES[NODE], 600)
    client.backup_partition(P0)
    emu.inject_fault(P1)
    emu.reset()
    assert emu.is_node_up(NODE)
    assert client.get_fault_operation_list() == []
    with pytest.raises(sfrest.NotFoundError):
        op.progress()
    with pytest.raises(sfrest.NotFoundError):
        client.get_partition_backup_progress(P0)
    assert (
        client.start_data_loss(SVC, P1, "PartialDataLoss").wait().state == "Completed"
    )


# --- service ids and api-versions ---------------------------------------------------------


@pytest.mark.parametrize(
    "segment",
    [
        "CalcApp~CalcService",
        "CalcApp%7ECalcService",
        "CalcApp%7eCalcService",
        "CalcApp%2FCalcService",
    ],
)
def test_service_id_is_decoded_as_the_gateway_does(
    segment: str, server: EmulatorServer, client: ServiceFabricClient
) -> None:
    target = (
        f"/Faults/Services/{segment}/$/GetPartitions/{P0}/$/StartDataLoss"
        f"?api-version=6.0&OperationId={OP}&DataLossMode=PartialDataLoss"
    )
    assert _raw(server, "POST", target).status_code == 202
    progress = client.get_data_loss_progress(SVC, P0, OP)
    assert progress.state == "Running"


def test_a_raw_slash_in_the_service_id_splits_the_path(server: EmulatorServer) -> None:
    target = (
        f"/Faults/Services/CalcApp/CalcService/$/GetPartitions/{P0}/$/StartDataLoss"
        f"?api-version=6.0&OperationId={OP}&DataLossMode=PartialDataLoss"
    )
    response = _raw(server, "POST", target)
    assert response.status_code == 404
    assert response.json()["Error"]["Code"] == "NotFound"


@pytest.mark.parametrize(
    ("service_id", "api_version"),
    [
        ("fabric:/CalcApp/CalcService", None),
        ("CalcApp~CalcService", "6.10"),
        ("CalcApp/CalcService", "9.1"),
        (
            "fabric:/CalcApp/CalcService",
            "5.0",
        ),  # the client sends CalcApp%2FCalcService
        ("CalcApp~CalcService", "3.0"),
    ],
)
def test_client_spellings_and_versions_reach_the_service(
    service_id: str,
    api_version: str | None,
    client: ServiceFabricClient,
    clock: ManualClock,
) -> None:
    op = client.start_partition_restart(
        service_id, P2, "AllReplicasOrInstances", api_version=api_version
    )
    clock.advance(DURATIONS["PartitionRestart"])
    done = client.get_partition_restart_progress(
        service_id, P2, op.operation_id, api_version=api_version
    )
    assert done.restart_partition_result is not None
    assert done.restart_partition_result.selected_partition is not None
    assert done.restart_partition_result.selected_partition.service_name == SVC


def test_api_versions_compare_as_numbers() -> None:
    emu = Emulator(runtime_version="6.1")

    def status(version: str, operation: str = "/Faults/") -> int:
        return emu.handle("GET", f"{operation}?api-version={version}").status

    assert status("6.10") == 200  # 6.10 == 6.1, the runtime version
    assert status("6.1") == 200
    assert status("3") == 200
    assert status("6.2") == 400
    assert status("6.09") == 200
    assert status("") == 400
    assert status("6.1.0") == 400
    assert status("6.4", f"/Partitions/{P0}/$/GetBackupProgress") == 400  # above 6.1


def test_a_custom_topology_with_a_deep_service_name(clock: ManualClock) -> None:
    pid = uuid.UUID("aaaaaaaa-1111-4222-8333-444444444444")
    topology = Topology(
        applications=(
            Application(
                "fabric:/myapp",
                (
                    Service(
                        "fabric:/myapp/app1/svc1",
                        (Partition(pid, backup_enabled=True),),
                    ),
                ),
            ),
        ),
        nodes=(Node("n0", "7"), Node("n1", "8", up=False)),
    )
    emu = Emulator(topology, clock=clock, durations={"PartitionDataLoss": 0.0})
    with ServiceFabricClient(transport=emu.transport(), retry=NO_RETRY) as client:
        op = client.start_data_loss("myapp~app1~svc1", pid, "FullDataLoss")
        done = op.progress()
        assert done.state == "Completed"  # a zero duration completes at once
        result = done.invoke_data_loss_result
        assert result is not None and result.selected_partition is not None
        assert result.selected_partition.service_name == "fabric:/myapp/app1/svc1"
        assert not emu.is_node_up("n1")
        client.start_node_transition("n1", "Start", "8", 0)
        assert emu.is_node_up("n1")
        with pytest.raises(sfrest.NotFoundError) as raised:
            client.start_data_loss(SVC, P0, "FullDataLoss")
        assert raised.value.code == "FABRIC_E_SERVICE_DOES_NOT_EXIST"


# --- the in-process transports ------------------------------------------------------------


def test_in_process_transport_runs_no_thread(clock: ManualClock) -> None:
    before = threading.active_count()
    emu = Emulator(clock=clock)
    with ServiceFabricClient(
        transport=emu.transport(), clock=clock, sleep=clock.sleep
    ) as client:
        op = client.start_data_loss(SVC, P0, "PartialDataLoss")
        assert op.wait(timeout=60).state == "Completed"
        assert threading.active_count() == before
    assert clock() == pytest.approx(DEFAULT_DURATIONS["PartitionDataLoss"], abs=1.0)


@pytest.mark.anyio
async def test_in_process_async_transport(clock: ManualClock) -> None:
    emu = Emulator(clock=clock)
    async with AsyncServiceFabricClient(
        transport=emu.async_transport(), clock=clock, sleep=clock.async_sleep
    ) as client:
        op = await client.start_node_transition(
            "_Node_3", "Stop", NODES["_Node_3"], 600
        )
        done = await op.wait()
        assert done.state == "Completed"
        assert not emu.is_node_up("_Node_3")
        with pytest.raises(sfrest.BadRequestError) as raised:
            await client.start_node_transition("_Node_3", "Stop", NODES["_Node_3"], 600)
        assert raised.value.code == "FABRIC_E_NODE_IS_DOWN"


def test_handle_answers_raw_requests() -> None:
    emu = Emulator()
    reply = emu.handle("GET", "/Faults/?api-version=6.0")
    assert reply.status == 200
    assert reply.json() == []
    assert ("Content-Type", "application/json; charset=utf-8") in reply.headers
    started = emu.handle(
        "POST",
        f"/Faults/Services/CalcApp~CalcService/$/GetPartitions/{{{P0}}}/$/StartRestart"
        f"?api-version=6.0&OperationId={OP.hex}&RestartPartitionMode=OnlyActiveSecondaries",
    )
    assert (started.status, started.body) == (
        202,
        b"",
    )  # {braced} and N-format GUIDs parse
    repeated = emu.handle(
        "POST",
        f"/Faults/$/Cancel?api-version=6.0&OperationId={OP}&OperationId=nonsense&Force=False",
    )
    assert repeated.status == 200  # the first of repeated names wins; bools ignore case


def test_a_bug_in_the_emulator_is_a_500_not_a_dropped_connection(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: Any) -> Any:
        raise KeyError("oops")

    monkeypatch.setitem(emu._handlers, "GetFaultOperationList", broken)
    reply = emu.handle("GET", "/Faults/?api-version=6.0")
    assert reply.status == 500
    assert reply.json()["Error"]["Code"] == "E_UNEXPECTED"
    assert "GetFaultOperationList" not in caplog.text  # logged with the path instead
    assert "/Faults/" in caplog.text
    nested = b"[" * 100_000 + b"]" * 100_000
    deep = emu.handle("POST", f"/Partitions/{P0}/$/Restore?api-version=6.4", nested)
    assert deep.status == 400


# --- the HTTP server ----------------------------------------------------------------------


def test_server_stops_with_open_keep_alive_connections(emu: Emulator) -> None:
    before = threading.active_count()
    server = emu.serve(host="127.0.0.1", port=0)
    assert server.url == f"http://127.0.0.1:{server.port}" and server.port > 0
    http = httpx.Client(base_url=server.url)
    try:
        first = http.get("/Faults/", params={"api-version": "6.0"})
        second = http.get("/Faults/", params={"api-version": "6.0"})
        assert first.http_version == second.http_version == "HTTP/1.1"
        assert "close" not in first.headers.get("connection", "")
        assert (
            threading.active_count() == before + 1
        )  # the server's; connections cost none
        server.stop()  # while the client still holds its connection open
        assert threading.active_count() == before
        server.stop()  # twice is fine
        with pytest.raises(httpx.TransportError):
            http.get("/Faults/", params={"api-version": "6.0"})
    finally:
        http.close()
    with pytest.raises(RuntimeError):
        server.start()


def test_run_serves_until_stopped(emu: Emulator) -> None:
    before = threading.active_count()
    ready: queue.Queue[EmulatorServer] = queue.Queue()
    runner = threading.Thread(
        target=run,
        kwargs={"host": "127.0.0.1", "port": 0, "emulator": emu, "on_ready": ready.put},
    )
    runner.start()
    server = ready.get(timeout=10)
    with ServiceFabricClient(server.url, retry=NO_RETRY) as client:
        assert client.get_fault_operation_list() == []
    server.stop()
    runner.join(10)
    assert not runner.is_alive()
    assert threading.active_count() == before


def test_run_prints_what_a_demo_needs(emu: Emulator) -> None:
    with EmulatorServer(emu, "127.0.0.1", 0) as server:
        text = _run.banner(server)
    assert server.url in text
    for name in (
        CALC_SERVICE,
        GATEWAY_SERVICE,
        "CalcApp~CalcService",
        *NODES,
        *NODES.values(),
    ):
        assert name in text
    for pid in (*CALC_PARTITIONS, GATEWAY_PARTITION):
        assert str(pid) in text
    with pytest.raises(ValueError):
        run(emulator=emu, runtime_version="8.0")


def test_run_signature_is_what_the_cli_calls() -> None:
    parameters = inspect.signature(run).parameters
    assert list(parameters)[:2] == ["host", "port"]
    assert parameters["host"].default == "127.0.0.1"
    assert parameters["port"].default == 19080


def test_server_answers_odd_requests_with_fabric_errors(server: EmulatorServer) -> None:
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(b"GET /Faults/ NOTHTTP/1.1\r\n\r\n")
        received = b""
        while chunk := sock.recv(65536):  # the server closes the connection after it
            received += chunk
        reply = received.decode()
    assert reply.startswith("HTTP/1.1 400")
    assert '"Code":"E_INVALIDARG"' in reply
    odd = _raw(server, "PURGE", "/Faults/?api-version=6.0")
    assert odd.status_code == 405
    head = _raw(server, "HEAD", "/Faults/?api-version=6.0")
    assert head.status_code == 405 and head.content == b""
    # a chunked request body
    chunked = httpx.Client(base_url=server.url)
    with chunked:
        response = chunked.post(
            f"/Partitions/{P0}/$/Restore",
            params={"api-version": "6.4"},
            content=iter(
                [b'{"BackupId": "', str(MISSING).encode(), b'", "BackupLocation": "x"}']
            ),
        )
    assert response.status_code == 202


# --- configuration and drift --------------------------------------------------------------


def test_manual_clock() -> None:
    clock = ManualClock(5.0)
    assert clock() == clock.now == 5.0
    assert clock.advance(1.5) == 6.5
    clock.sleep(0.5)
    assert clock() == 7.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    assert repr(clock) == "ManualClock(now=7)"


def test_emulator_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown duration kind"):
        Emulator(durations={"DataLoss": 1.0})
    with pytest.raises(ValueError):
        Emulator(durations={"Backup": -1.0})
    with pytest.raises(ValueError):
        Emulator(runtime_version="latest")
    with pytest.raises(ValueError):
        Emulator(start_time=datetime(2024, 1, 1))  # naive
    emu = Emulator(start_time=datetime(2024, 1, 1, tzinfo=UTC))
    for bad in (
        {"error_code": 0},
        {"error_code": 1},
        {"kind": "DataLoss"},
        {"state": "Faulted"},
        {"times": 0},
    ):
        with pytest.raises(ValueError):
            emu.inject_fault(P0, **bad)
    assert set(KINDS) | {"RollingBack"} == set(DEFAULT_DURATIONS)


def test_topology_is_checked() -> None:
    pid = uuid.uuid4()
    with pytest.raises(ValueError):
        Service("CalcApp/CalcService", (Partition(pid),))
    with pytest.raises(ValueError):
        Service("fabric:/a/b", ())
    with pytest.raises(ValueError):
        Service("fabric:/a/b", (Partition(pid, backup_enabled=True),), stateful=False)
    with pytest.raises(ValueError):
        Application("fabric:/a", (Service("fabric:/b/c", (Partition(pid),)),))
    with pytest.raises(ValueError):
        Node("n", "0x1F")
    twice = Service("fabric:/a/b", (Partition(pid),))
    with pytest.raises(ValueError):
        Topology((Application("fabric:/a", (twice, twice)),), ())
    with pytest.raises(ValueError):
        Topology((), (Node("n", "1"), Node("n", "2")))
    seeded = Topology.default()
    assert seeded.applications[0].name == CALC_APP
    assert seeded.service(GATEWAY_SERVICE) is not None
    found = seeded.partition(GATEWAY_PARTITION)
    assert found is not None and not found[0].stateful


def test_routes_follow_the_spec(spec: dict[str, Any]) -> None:
    """Every operation of spec/ is a route with the spec's method and path, and back."""
    in_spec = {
        (operation["operationId"], verb.upper(), route)
        for route, verbs in spec["paths"].items()
        for verb, operation in verbs.items()
    }
    emulated = {
        (
            r.operation_id,
            r.method,
            r.path.replace("{service_id}", "{serviceId}")
            .replace("{partition_id}", "{partitionId}")
            .replace("{node_name}", "{nodeName}")
            .replace("{application_id}", "{applicationId}")
            .replace("{replica_id}", "{replicaId}"),
        )
        for r in _routes.ROUTES
    }
    assert emulated == in_spec
    assert (
        len(_routes.ROUTES) == 44
    )  # 14 fault and backup operations, 18 drill ones, 6 Chaos, 6 failover


def test_numeric_bounds_match_the_spec(spec: dict[str, Any]) -> None:
    parameters = spec["components"]["parameters"]
    timeout = parameters["Timeout"]["schema"]
    stop = parameters["StopDurationInSeconds"]["schema"]
    bounds = {
        (p.name, p.low, p.high)
        for r in _routes.ROUTES
        for p in r.query
        if p.kind is int
    }
    assert ("timeout", timeout["minimum"], timeout["maximum"]) in bounds
    assert ("stop_duration_in_seconds", stop["minimum"], 2**31 - 1) in bounds
    assert ("max_results", 0, 2**63 - 1) in bounds  # int64, minimum 0
    assert {name for name, *_ in bounds if name == "timeout"} == {"timeout"}
    assert all(low <= high for _, low, high in bounds)


def test_importing_sfrest_does_not_import_the_emulator() -> None:
    code = "import sys, sfrest; sys.exit('sfrest.testing' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_injected_http_errors_answer_before_the_operation(clock: ManualClock) -> None:
    emu = Emulator(clock=clock)
    emu.inject_error(503, operation="GetDataLossProgress", times=None)
    emu.inject_error(409, "FABRIC_E_BACKUP_IN_PROGRESS", operation="BackupPartition")
    with ServiceFabricClient(
        transport=emu.transport(), clock=clock, sleep=clock.sleep, retry=NO_RETRY
    ) as client:
        op = client.start_data_loss(SVC, P0, "PartialDataLoss")  # not matched
        for _ in range(2):  # times=None: every poll, until cleared
            with pytest.raises(sfrest.ServiceUnavailableError) as caught:
                op.progress()
            assert caught.value.code == "FABRIC_E_NOT_READY"
        with pytest.raises(sfrest.ConflictError):
            client.backup_partition(P0)
        client.backup_partition(P0)  # times=1: used up
        emu.clear_faults()
        assert op.progress().state == "Running"
    with pytest.raises(ValueError, match="400-599"):
        emu.inject_error(302)
    with pytest.raises(ValueError, match="operationId"):
        emu.inject_error(operation="Nope")
