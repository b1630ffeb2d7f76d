"""Each generated operation sends exactly the request the gateway expects, and never crashes on a reply."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from uuid import UUID

import httpx
import pytest
import yaml
from conftest import SPEC_PATH, load_fixture
from pytest_httpx import HTTPXMock
from sfrest_generated.api.backup_restore import (
    backup_partition,
    get_partition_backup_progress,
    get_partition_restore_progress,
    restore_partition,
)
from sfrest_generated.api.faults import (
    cancel_operation,
    get_data_loss_progress,
    get_fault_operation_list,
    get_node_transition_progress,
    get_partition_restart_progress,
    get_quorum_loss_progress,
    start_data_loss,
    start_node_transition,
    start_partition_restart,
    start_quorum_loss,
)
from sfrest_generated.models import (
    BackupPartitionDescription,
    BackupProgressInfo,
    DataLossMode,
    FileShareBackupStorageDescription,
    NodeTransitionProgress,
    NodeTransitionType,
    OperationState,
    OperationStatus,
    PartitionDataLossProgress,
    PartitionQuorumLossProgress,
    PartitionRestartProgress,
    QuorumLossMode,
    RestartPartitionMode,
    RestorePartitionDescription,
    RestoreProgressInfo,
    RestoreState,
)

BASE_URL = "http://localhost:19080"
PARTITION = UUID("1daae3f5-7fd6-42e9-b1ba-8c05f873994d")
OPERATION = UUID("7216486c-1ee9-4b00-99b2-92b26fcb07f5")
BACKUP = UUID("3a056ac9-7206-43c3-8424-6f6103003eba")
SERVICE = "myapp~svc"
FAULTS = f"/Faults/Services/{SERVICE}/$/GetPartitions/{PARTITION}/$/"
FAULT_ARGS: dict[str, Any] = {
    "service_id": SERVICE,
    "partition_id": PARTITION,
    "operation_id": OPERATION,
}
FAULT_PARAMS = {"OperationId": str(OPERATION)}
BACKUP_PARAMS: dict[str, str] = {}


def _api_versions() -> dict[str, tuple[str, str]]:
    """operationId: the spec's (api-version default, x-min-api-version); `make bump` moves them."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    parameters = spec["components"]["parameters"]
    out = {}
    for item in spec["paths"].values():
        for operation in item.values():
            for ref in operation["parameters"]:
                parameter = parameters[ref["$ref"].rsplit("/", 1)[-1]]
                if parameter["name"] == "api-version":
                    out[operation["operationId"]] = (
                        parameter["schema"]["default"],
                        parameter["x-min-api-version"],
                    )
    return out


# the api-version every request sends is the spec's, added by _assert_request
API_VERSIONS = _api_versions()
FILE_SHARE = FileShareBackupStorageDescription(
    storage_kind="FileShare", path="\\\\server\\share"
)
FILE_SHARE_JSON = {"StorageKind": "FileShare", "Path": "\\\\server\\share"}
RESTORE = RestorePartitionDescription(
    backup_id=BACKUP, backup_location="a\\b.zip", backup_storage=FILE_SHARE
)


@dataclass
class Case:
    module: ModuleType
    kwargs: dict[str, Any]
    path: str
    params: dict[str, str]
    body: Any = None  # the JSON body the gateway answers, for Get*
    parsed: type | None = None  # the type that body parses into
    sent: Any = None  # the JSON body the request must carry


CASES = {
    "StartDataLoss": Case(
        start_data_loss,
        {**FAULT_ARGS, "data_loss_mode": DataLossMode.PARTIAL_DATA_LOSS},
        FAULTS + "StartDataLoss",
        {**FAULT_PARAMS, "DataLossMode": "PartialDataLoss"},
    ),
    "GetDataLossProgress": Case(
        get_data_loss_progress,
        FAULT_ARGS,
        FAULTS + "GetDataLossProgress",
        FAULT_PARAMS,
        load_fixture("data_loss_progress_completed.json"),
        PartitionDataLossProgress,
    ),
    "StartQuorumLoss": Case(
        start_quorum_loss,
        {
            **FAULT_ARGS,
            "quorum_loss_mode": QuorumLossMode.QUORUM_REPLICAS,
            "quorum_loss_duration": 30,
        },
        FAULTS + "StartQuorumLoss",
        {
            **FAULT_PARAMS,
            "QuorumLossMode": "QuorumReplicas",
            "QuorumLossDuration": "30",
        },
    ),
    "GetQuorumLossProgress": Case(
        get_quorum_loss_progress,
        FAULT_ARGS,
        FAULTS + "GetQuorumLossProgress",
        FAULT_PARAMS,
        {"State": "Completed", "InvokeQuorumLossResult": {"ErrorCode": 0}},
        PartitionQuorumLossProgress,
    ),
    "StartPartitionRestart": Case(
        start_partition_restart,
        {
            **FAULT_ARGS,
            "restart_partition_mode": RestartPartitionMode.ONLY_ACTIVE_SECONDARIES,
        },
        FAULTS + "StartRestart",
        {**FAULT_PARAMS, "RestartPartitionMode": "OnlyActiveSecondaries"},
    ),
    "GetPartitionRestartProgress": Case(
        get_partition_restart_progress,
        FAULT_ARGS,
        FAULTS + "GetRestartProgress",
        FAULT_PARAMS,
        load_fixture("partition_restart_progress_completed.json"),
        PartitionRestartProgress,
    ),
    "StartNodeTransition": Case(
        start_node_transition,
        {
            "node_name": "_Node_0",
            "operation_id": OPERATION,
            "node_transition_type": NodeTransitionType.STOP,
            "node_instance_id": "131738340930130003",
            "stop_duration_in_seconds": 600,
        },
        "/Faults/Nodes/_Node_0/$/StartTransition/",
        {
            **FAULT_PARAMS,
            "NodeTransitionType": "Stop",
            "NodeInstanceId": "131738340930130003",
            "StopDurationInSeconds": "600",
        },
    ),
    "GetNodeTransitionProgress": Case(
        get_node_transition_progress,
        {"node_name": "_Node_0", "operation_id": OPERATION},
        "/Faults/Nodes/_Node_0/$/GetTransitionProgress",
        FAULT_PARAMS,
        {"State": "Running", "NodeTransitionResult": None},
        NodeTransitionProgress,
    ),
    "GetFaultOperationList": Case(
        get_fault_operation_list,
        {},
        "/Faults/",
        {"TypeFilter": "65535", "StateFilter": "65535"},
        [
            {
                "OperationId": str(OPERATION),
                "State": "Running",
                "Type": "PartitionDataLoss",
            }
        ],
        list,
    ),
    "CancelOperation": Case(
        cancel_operation,
        {"operation_id": OPERATION},
        "/Faults/$/Cancel",
        {**FAULT_PARAMS, "Force": "false"},
    ),
    "BackupPartition": Case(
        backup_partition,
        {
            "partition_id": PARTITION,
            "body": BackupPartitionDescription(backup_storage=FILE_SHARE),
        },
        f"/Partitions/{PARTITION}/$/Backup",
        BACKUP_PARAMS,
        sent={"BackupStorage": FILE_SHARE_JSON},
    ),
    "GetPartitionBackupProgress": Case(
        get_partition_backup_progress,
        {"partition_id": PARTITION},
        f"/Partitions/{PARTITION}/$/GetBackupProgress",
        BACKUP_PARAMS,
        load_fixture("partition_backup_progress_success.json"),
        BackupProgressInfo,
    ),
    "RestorePartition": Case(
        restore_partition,
        {"partition_id": PARTITION, "body": RESTORE},
        f"/Partitions/{PARTITION}/$/Restore",
        BACKUP_PARAMS,
        sent={
            "BackupId": str(BACKUP),
            "BackupLocation": "a\\b.zip",
            "BackupStorage": FILE_SHARE_JSON,
        },
    ),
    "GetPartitionRestoreProgress": Case(
        get_partition_restore_progress,
        {"partition_id": PARTITION},
        f"/Partitions/{PARTITION}/$/GetRestoreProgress",
        BACKUP_PARAMS,
        {"RestoreState": "SecondaryInProgress", "RestoredLsn": 54719},
        RestoreProgressInfo,
    ),
}


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(base_url=BASE_URL) as client:
        yield client


def send(client: httpx.Client, module: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """One call through the module's request_kwargs() and parse_response()."""
    response = client.request(**module.request_kwargs(*args, **kwargs))
    assert response.status_code in module.SUCCESS_STATUSES
    return module.parse_response(response)


def _only_request(httpx_mock: HTTPXMock) -> httpx.Request:
    requests = httpx_mock.get_requests()
    assert len(requests) == 1
    return requests[0]


def _assert_request(request: httpx.Request, case: Case) -> None:
    path, _, query = request.url.raw_path.partition(b"?")
    assert request.method == case.module.METHOD
    assert f"{request.url.scheme}://{request.url.netloc.decode()}" == BASE_URL
    assert path == case.path.encode()
    params = {"api-version": API_VERSIONS[case.module.OPERATION_ID][0], **case.params}
    assert sorted(request.url.params.multi_items()) == sorted(params.items())
    assert len(query.split(b"&")) == len(params)  # no repeated parameter
    if case.sent is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.sent


def _success(case: Case) -> dict[str, Any]:
    if case.body is None:
        return {"status_code": case.module.SUCCESS_STATUS}
    return {"status_code": case.module.SUCCESS_STATUS, "json": case.body}


@pytest.mark.parametrize("operation_id", CASES)
def test_module_constants(operation_id: str) -> None:
    module = CASES[operation_id].module
    status = 202 if operation_id.startswith(("Start", "Backup", "Restore")) else 200
    versions = API_VERSIONS[operation_id]
    constants = (
        module.OPERATION_ID,
        module.SUCCESS_STATUS,
        module.SUCCESS_STATUSES,
        module.API_VERSION,
        module.MIN_API_VERSION,
    )
    assert constants == (operation_id, status, {status}, *versions)
    idempotent = module.METHOD == "GET" or operation_id.startswith("Start")
    assert module.IDEMPOTENT is idempotent  # x-idempotent
    key = "OperationId" if operation_id.startswith("Start") else None
    assert key == module.IDEMPOTENCY_KEY  # x-idempotency-key


@pytest.mark.parametrize("operation_id", CASES)
def test_request_kwargs_make_the_wire_request(
    httpx_mock: HTTPXMock, client: httpx.Client, operation_id: str
) -> None:
    case = CASES[operation_id]
    httpx_mock.add_response(**_success(case))
    parsed = send(client, case.module, **case.kwargs)
    _assert_request(_only_request(httpx_mock), case)
    if case.parsed is None:
        assert parsed is None
    else:
        assert isinstance(parsed, case.parsed)


def test_get_responses_are_parsed(httpx_mock: HTTPXMock, client: httpx.Client) -> None:
    httpx_mock.add_response(json=CASES["GetFaultOperationList"].body)
    httpx_mock.add_response(json=CASES["GetPartitionRestoreProgress"].body)
    statuses = send(client, get_fault_operation_list)
    restore = send(client, get_partition_restore_progress, PARTITION)
    assert [(s.operation_id, s.state) for s in statuses] == [
        (OPERATION, OperationState.RUNNING)
    ]
    assert all(isinstance(s, OperationStatus) for s in statuses)
    assert (restore.restore_state, restore.restored_lsn) == (
        "SecondaryInProgress",
        "54719",
    )
    assert isinstance(restore.restore_state, RestoreState)


def test_explicit_arguments_are_sent(
    httpx_mock: HTTPXMock, client: httpx.Client
) -> None:
    httpx_mock.add_response(status_code=200)
    httpx_mock.add_response(json=[])
    send(
        client,
        cancel_operation,
        operation_id=OPERATION,
        force=True,
        api_version="6.2",
        timeout=120,
    )
    send(
        client,
        get_fault_operation_list,
        type_filter=1 | 8,
        state_filter=8,
        timeout=4294967295,
    )
    cancel, listing = httpx_mock.get_requests()
    assert dict(cancel.url.params) == {
        "api-version": "6.2",
        "OperationId": str(OPERATION),
        "Force": "true",
        "timeout": "120",
    }
    assert dict(listing.url.params) == {
        "api-version": API_VERSIONS["GetFaultOperationList"][0],
        "TypeFilter": "9",
        "StateFilter": "8",
        "timeout": "4294967295",
    }


@pytest.mark.parametrize(
    ("service_id", "segment"),
    [
        ("myapp~app1~svc1", b"myapp~app1~svc1"),
        ("myapp/app1/svc1", b"myapp%2Fapp1%2Fsvc1"),  # a raw / would split the path
        ("fabric:/my app", b"fabric%3A%2Fmy%20app"),
    ],
)
def test_service_id_is_one_path_segment(
    httpx_mock: HTTPXMock, client: httpx.Client, service_id: str, segment: bytes
) -> None:
    httpx_mock.add_response(status_code=202)
    send(
        client,
        start_data_loss,
        service_id,
        PARTITION,
        operation_id=OPERATION,
        data_loss_mode=DataLossMode.FULL_DATA_LOSS,
    )
    path = _only_request(httpx_mock).url.raw_path.partition(b"?")[0]
    assert (
        path
        == b"/Faults/Services/"
        + segment
        + f"/$/GetPartitions/{PARTITION}/$/StartDataLoss".encode()
    )


def test_backup_without_body_sends_none(
    httpx_mock: HTTPXMock, client: httpx.Client
) -> None:
    httpx_mock.add_response(status_code=202)
    send(client, backup_partition, PARTITION, backup_timeout=30)
    request = _only_request(httpx_mock)
    assert request.content == b""
    assert dict(request.url.params) == {
        "api-version": API_VERSIONS["BackupPartition"][0],
        "BackupTimeout": "30",
    }


def test_restore_latest_without_body(
    httpx_mock: HTTPXMock, client: httpx.Client
) -> None:
    httpx_mock.add_response(status_code=202)
    send(client, restore_partition, PARTITION, latest=True)
    request = _only_request(httpx_mock)
    assert request.content == b""
    assert dict(request.url.params) == {
        "api-version": API_VERSIONS["RestorePartition"][0],
        "Latest": "true",
    }


def test_optional_parameters_are_sent_only_when_given(
    httpx_mock: HTTPXMock, client: httpx.Client
) -> None:
    """An optional parameter's spec default is the gateway's: not sent unless given
    (sfrest's clients always send the server timeout, see test_conventions)."""
    httpx_mock.add_response(status_code=202)
    send(client, restore_partition, PARTITION, body=RESTORE)
    assert set(_only_request(httpx_mock).url.params) == {"api-version"}


@pytest.mark.anyio
async def test_request_kwargs_work_with_an_async_client(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=load_fixture("data_loss_progress_completed.json"))
    async with httpx.AsyncClient(base_url=BASE_URL) as client:
        response = await client.request(
            **get_data_loss_progress.request_kwargs(
                SERVICE, PARTITION, operation_id=OPERATION
            )
        )
    progress = get_data_loss_progress.parse_response(response)
    assert progress.state is OperationState.COMPLETED
