"""The conventions of the hand-written layer, against pytest-httpx: URLs, api-versions,
timeouts and every rejection that must happen before anything is sent. Sync and async."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import sfrest

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
RUNNING = {"State": "Running"}


def _path(request: httpx.Request) -> str:
    return request.url.raw_path.decode().split("?")[0]


@pytest.mark.parametrize(
    ("service_id", "api_version", "segment"),
    [
        ("fabric:/app/svc", None, "app~svc"),
        ("app/svc", None, "app~svc"),
        ("app~svc", None, "app~svc"),
        ("fabric:/myapp/app1/svc1", None, "myapp~app1~svc1"),
        ("myapp~app1/svc1", "6.4", "myapp~app1~svc1"),
        ("fabric:/myapp/app1/svc1", "5.0", "myapp%2Fapp1%2Fsvc1"),
        ("app/svc", "3.0", "app%2Fsvc"),
        ("app/my svc?x=1#f", None, "app~my%20svc%3Fx%3D1%23f"),
        ("app/50%", None, "app~50%25"),
    ],
)
def test_service_id_forms_and_api_versions(
    httpx_mock: HTTPXMock, service_id: str, api_version: str | None, segment: str
) -> None:
    httpx_mock.add_response(json=RUNNING)
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress(service_id, PID, OID, api_version=api_version)
    request = httpx_mock.get_request()
    assert request is not None
    assert (
        _path(request)
        == f"/Faults/Services/{segment}/$/GetPartitions/{PID}/$/GetDataLossProgress"
    )
    assert request.url.params["api-version"] == (api_version or "6.0")
    assert request.url.params["OperationId"] == OID
    assert request.url.params["timeout"] == "60"


def test_ids_accept_uuid_objects_and_guid_spellings(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=RUNNING, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress("app~svc", uuid.UUID(PID), uuid.UUID(OID))
        client.get_data_loss_progress(
            "app~svc", "{" + PID.upper() + "}", OID.replace("-", "")
        )
    first, second = httpx_mock.get_requests()
    assert first.url == second.url


BAD_CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("get_data_loss_progress", {"service_id": ""}, "service_id"),
    ("get_data_loss_progress", {"service_id": "fabric:/"}, "service_id"),
    ("get_data_loss_progress", {"service_id": "app//svc"}, "service_id"),
    ("get_data_loss_progress", {"service_id": "app/../svc"}, "service_id"),
    ("get_data_loss_progress", {"service_id": "app~.~svc"}, "service_id"),
    ("get_data_loss_progress", {"service_id": "app/s\nvc"}, "service_id"),
    ("get_data_loss_progress", {"service_id": 42}, "service_id"),
    ("get_data_loss_progress", {"partition_id": "not-a-guid"}, "partition_id"),
    ("get_data_loss_progress", {"operation_id": "1234"}, "operation_id"),
    ("get_data_loss_progress", {"api_version": "2.0"}, "3.0"),
    ("get_data_loss_progress", {"api_version": "six"}, "api_version"),
    ("get_data_loss_progress", {"api_version": "6.0; drop"}, "api_version"),
    ("get_data_loss_progress", {"timeout": 0}, "timeout"),
    ("get_data_loss_progress", {"timeout": 4294967296}, "timeout"),
    ("get_data_loss_progress", {"timeout": True}, "timeout"),
    ("get_data_loss_progress", {"timeout": "60"}, "timeout"),
    ("get_partition_backup_progress", {"api_version": "6.3"}, "6.4"),
    ("start_data_loss", {"data_loss_mode": "Invalid"}, "PartialDataLoss"),
    ("start_data_loss", {"data_loss_mode": "partialdataloss"}, "data_loss_mode"),
    ("start_quorum_loss", {"quorum_loss_duration": -1}, "quorum_loss_duration"),
    (
        "start_node_transition",
        {"stop_duration_in_seconds": 2**31},
        "stop_duration_in_seconds",
    ),
    ("start_node_transition", {"node_name": ""}, "node_name"),
    ("get_fault_operation_list", {"type_filter": 70000}, "type_filter"),
    ("restore_partition", {"backup_id": "nope"}, "backup_id"),
]

DEFAULT_ARGS: dict[str, dict[str, Any]] = {
    "get_data_loss_progress": {
        "service_id": "app~svc",
        "partition_id": PID,
        "operation_id": OID,
    },
    "get_partition_backup_progress": {"partition_id": PID},
    "start_data_loss": {
        "service_id": "app~svc",
        "partition_id": PID,
        "data_loss_mode": "FullDataLoss",
    },
    "start_quorum_loss": {
        "service_id": "app~svc",
        "partition_id": PID,
        "quorum_loss_mode": "AllReplicas",
        "quorum_loss_duration": 10,
    },
    "start_node_transition": {
        "node_name": "_Node_0",
        "node_transition_type": "Stop",
        "node_instance_id": "1",
        "stop_duration_in_seconds": 600,
    },
    "get_fault_operation_list": {},
    "restore_partition": {
        "partition_id": PID,
        "backup_id": OID,
        "backup_location": "x.zip",
    },
}


@pytest.mark.parametrize(("method", "override", "mentions"), BAD_CALLS)
def test_bad_input_is_rejected_before_sending(
    httpx_mock: HTTPXMock, method: str, override: dict[str, Any], mentions: str
) -> None:
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.InvalidArgumentError) as caught,
    ):
        getattr(client, method)(**{**DEFAULT_ARGS[method], **override})
    assert isinstance(caught.value, ValueError)
    assert mentions in str(caught.value)
    assert httpx_mock.get_requests() == []


@pytest.mark.anyio
@pytest.mark.parametrize(("method", "override", "mentions"), BAD_CALLS[:12])
async def test_bad_input_is_rejected_before_sending_async(
    httpx_mock: HTTPXMock, method: str, override: dict[str, Any], mentions: str
) -> None:
    async with sfrest.AsyncServiceFabricClient(
        transport=httpx.AsyncHTTPTransport()
    ) as client:
        with pytest.raises(sfrest.InvalidArgumentError, match=mentions):
            await getattr(client, method)(**{**DEFAULT_ARGS[method], **override})
    assert httpx_mock.get_requests() == []


def test_api_version_range_error_lists_accepted_range() -> None:
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.InvalidArgumentError) as caught,
    ):
        client.get_partition_restore_progress(PID, api_version="6.2")
    assert "6.4" in str(caught.value) and "GetPartitionRestoreProgress" in str(
        caught.value
    )


def test_runtime_version_caps_api_version(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=RUNNING, is_reusable=True)
    with sfrest.ServiceFabricClient(runtime_version="8.2") as client:
        client.get_data_loss_progress("app~svc", PID, OID, api_version="8.2")
        client.get_data_loss_progress(
            "app~svc", PID, OID, api_version="8.20"
        )  # == 8.2, as a number
        with pytest.raises(sfrest.InvalidArgumentError, match=r"3\.0 to 8\.2"):
            client.get_data_loss_progress("app~svc", PID, OID, api_version="9.0")
        with pytest.raises(sfrest.InvalidArgumentError, match="runtime_version"):
            sfrest.ServiceFabricClient(runtime_version="latest")
    assert [r.url.params["api-version"] for r in httpx_mock.get_requests()] == [
        "8.2",
        "8.20",
    ]


def test_versions_compare_as_numbers(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=RUNNING)
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress(
            "app/svc", PID, OID, api_version="6.10"
        )  # 6.1 >= 6.0
    request = httpx_mock.get_request()
    assert request is not None and "/Services/app~svc/" in _path(request)


@pytest.mark.parametrize(("timeout", "read"), [(None, 70.0), (1, 11.0), (600, 610.0)])
def test_http_read_timeout_outlasts_server_timeout(
    httpx_mock: HTTPXMock, timeout: int | None, read: float
) -> None:
    httpx_mock.add_response(json=RUNNING)
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress("app~svc", PID, OID, timeout=timeout)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.extensions["timeout"]["read"] == read
    assert request.url.params["timeout"] == str(timeout or 60)


def test_endpoint_must_be_http_url() -> None:
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.ServiceFabricClient("localhost:19080")


def test_every_operation_sends_its_wire_request(
    httpx_mock: HTTPXMock, spec: dict[str, Any]
) -> None:
    """Each public method, end to end: method, path, the query the REST reference names."""
    httpx_mock.add_callback(
        lambda request: httpx.Response(
            202
            if "/Start" in request.url.path
            or request.url.path.endswith(("/Backup", "/Restore"))
            else 200,
            json=[] if request.url.path == "/Faults/" else {},
        ),
        is_reusable=True,
    )
    with sfrest.ServiceFabricClient() as client:
        client.start_data_loss(
            "app~svc", PID, sfrest.DataLossMode.PARTIAL_DATA_LOSS, operation_id=OID
        )
        client.get_data_loss_progress("app~svc", PID, OID)
        client.start_quorum_loss("app~svc", PID, "QuorumReplicas", 30, operation_id=OID)
        client.get_quorum_loss_progress("app~svc", PID, OID)
        client.start_partition_restart(
            "app~svc", PID, "OnlyActiveSecondaries", operation_id=OID
        )
        client.get_partition_restart_progress("app~svc", PID, OID)
        client.start_node_transition("_Node_0", "Start", 131, 0, operation_id=OID)
        client.get_node_transition_progress("_Node_0", OID)
        client.get_fault_operation_list(
            type_filter=sfrest.OperationTypeFilter.PARTITION_DATA_LOSS
            | sfrest.OperationTypeFilter.NODE_TRANSITION,
            state_filter=sfrest.OperationStateFilter.RUNNING,
        )
        client.cancel_operation(OID, force=True)
        client.backup_partition(PID, backup_timeout=5)
        client.get_partition_backup_progress(PID)
        client.restore_partition(PID, OID, r"app\svc\backup.zip", restore_timeout=3)
        client.get_partition_restore_progress(PID)
    seen = [(r.method, _path(r), dict(r.url.params)) for r in httpx_mock.get_requests()]
    faults = f"/Faults/Services/app~svc/$/GetPartitions/{PID}/$"
    # each sends its operation's api-version as the spec says (make bump moves them)
    parameters = spec["components"]["parameters"]
    versions = {
        operation["operationId"]: component["schema"]["default"]
        for item in spec["paths"].values()
        for operation in item.values()
        for component in (
            parameters[ref["$ref"].rsplit("/", 1)[-1]]
            for ref in operation["parameters"]
        )
        if component["name"] == "api-version"
    }
    called = [
        "StartDataLoss",
        "GetDataLossProgress",
        "StartQuorumLoss",
        "GetQuorumLossProgress",
        "StartPartitionRestart",
        "GetPartitionRestartProgress",
        "StartNodeTransition",
        "GetNodeTransitionProgress",
        "GetFaultOperationList",
        "CancelOperation",
        "BackupPartition",
        "GetPartitionBackupProgress",
        "RestorePartition",
        "GetPartitionRestoreProgress",
    ]
    assert [query.pop("api-version") for _, _, query in seen] == [
        versions[operation_id] for operation_id in called
    ]
    common = {"timeout": "60"}
    backup = {"timeout": "60"}
    assert seen == [
        (
            "POST",
            f"{faults}/StartDataLoss",
            {**common, "OperationId": OID, "DataLossMode": "PartialDataLoss"},
        ),
        ("GET", f"{faults}/GetDataLossProgress", {**common, "OperationId": OID}),
        (
            "POST",
            f"{faults}/StartQuorumLoss",
            {
                **common,
                "OperationId": OID,
                "QuorumLossMode": "QuorumReplicas",
                "QuorumLossDuration": "30",
            },
        ),
        ("GET", f"{faults}/GetQuorumLossProgress", {**common, "OperationId": OID}),
        (
            "POST",
            f"{faults}/StartRestart",
            {
                **common,
                "OperationId": OID,
                "RestartPartitionMode": "OnlyActiveSecondaries",
            },
        ),
        ("GET", f"{faults}/GetRestartProgress", {**common, "OperationId": OID}),
        (
            "POST",
            "/Faults/Nodes/_Node_0/$/StartTransition/",
            {
                **common,
                "OperationId": OID,
                "NodeTransitionType": "Start",
                "NodeInstanceId": "131",
                "StopDurationInSeconds": "0",
            },
        ),
        (
            "GET",
            "/Faults/Nodes/_Node_0/$/GetTransitionProgress",
            {**common, "OperationId": OID},
        ),
        ("GET", "/Faults/", {**common, "TypeFilter": "9", "StateFilter": "1"}),
        ("POST", "/Faults/$/Cancel", {**common, "OperationId": OID, "Force": "true"}),
        ("POST", f"/Partitions/{PID}/$/Backup", {**backup, "BackupTimeout": "5"}),
        ("GET", f"/Partitions/{PID}/$/GetBackupProgress", backup),
        ("POST", f"/Partitions/{PID}/$/Restore", {**backup, "RestoreTimeout": "3"}),
        ("GET", f"/Partitions/{PID}/$/GetRestoreProgress", backup),
    ]
    restore = httpx_mock.get_requests()[12]
    assert restore.headers["Content-Type"] == "application/json"
    assert restore.read() == (
        b'{"BackupId":"'
        + OID.encode()
        + b'","BackupLocation":"app\\\\svc\\\\backup.zip"}'
    )
    assert httpx_mock.get_requests()[10].content == b""


def test_start_generates_a_fresh_operation_id(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        first = client.start_partition_restart("app~svc", PID, "AllReplicasOrInstances")
        second = client.start_partition_restart(
            "app~svc", PID, "AllReplicasOrInstances"
        )
    assert first.operation_id.version == 4 and first.operation_id != second.operation_id
    sent = [r.url.params["OperationId"] for r in httpx_mock.get_requests()]
    assert sent == [str(first.operation_id), str(second.operation_id)]


def test_endpoint_with_a_query_is_rejected() -> None:
    for endpoint in ("http://h:19080/?x=1", "http://h:19080/#top"):
        with pytest.raises(sfrest.InvalidArgumentError, match="without a query"):
            sfrest.ServiceFabricClient(endpoint)


def test_backup_storage_is_sent_as_the_wire_body(httpx_mock: HTTPXMock) -> None:
    from sfrest_generated.models import FileShareBackupStorageDescription

    httpx_mock.add_response(status_code=202)
    storage = FileShareBackupStorageDescription(
        storage_kind="FileShare", path=r"\\share\backups"
    )
    with sfrest.ServiceFabricClient() as client:
        client.backup_partition(PID, backup_storage=storage)
    request = httpx_mock.get_request()
    assert request is not None
    assert (
        request.read()
        == b'{"BackupStorage":{"StorageKind":"FileShare","Path":"\\\\\\\\share\\\\backups"}}'
    )
