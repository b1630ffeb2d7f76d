"""The generated pydantic models parse the wire as it is, not only as documented."""

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from uuid import UUID

import pytest
from conftest import FIXTURES, load_fixture
from pydantic import BaseModel
from sfrest_generated.models import (
    BackupProgressInfo,
    BackupState,
    FabricError,
    FileShareBackupStorageDescription,
    NodeTransitionProgress,
    OperationState,
    OperationStatusList,
    OperationType,
    PartitionDataLossProgress,
    PartitionQuorumLossProgress,
    PartitionRestartProgress,
    RestorePartitionDescription,
    RestoreProgressInfo,
    RestoreState,
)

PARTITION = UUID("1daae3f5-7fd6-42e9-b1ba-8c05f873994d")
BACKUP = UUID("3a056ac9-7206-43c3-8424-6f6103003eba")

# progress model: the wire name of its result object
PROGRESS = {
    PartitionDataLossProgress: "InvokeDataLossResult",
    PartitionQuorumLossProgress: "InvokeQuorumLossResult",
    PartitionRestartProgress: "RestartPartitionResult",
    NodeTransitionProgress: "NodeTransitionResult",
}


def _result(progress: BaseModel) -> object:
    return getattr(progress, next(iter(type(progress).model_fields.keys() - {"state"})))


def test_data_loss_completed_seed() -> None:
    progress = PartitionDataLossProgress.model_validate_json(
        (FIXTURES / "data_loss_progress_completed.json").read_bytes()
    )
    assert progress.state == "Completed"
    assert progress.state is OperationState.COMPLETED
    result = progress.invoke_data_loss_result
    assert result is not None
    assert result.error_code == 0
    assert type(result.error_code) is int  # the seed's "0" is a string
    assert result.selected_partition is not None
    assert result.selected_partition.service_name == "fabric:/myapp/myservice"
    assert result.selected_partition.partition_id == PARTITION


def test_data_loss_running_seed() -> None:
    progress = PartitionDataLossProgress.model_validate(
        load_fixture("data_loss_progress_running.json")
    )
    assert progress.state is OperationState.RUNNING
    assert progress.invoke_data_loss_result is None


def test_partition_restart_completed_seed() -> None:
    progress = PartitionRestartProgress.model_validate_json(
        (FIXTURES / "partition_restart_progress_completed.json").read_bytes()
    )
    assert progress.state is OperationState.COMPLETED
    assert progress.restart_partition_result is not None
    assert progress.restart_partition_result.error_code == 0
    assert progress.restart_partition_result.selected_partition is not None
    assert (
        progress.restart_partition_result.selected_partition.partition_id == PARTITION
    )


def test_partition_backup_success_seed() -> None:
    info = BackupProgressInfo.model_validate_json(
        (FIXTURES / "partition_backup_progress_success.json").read_bytes()
    )
    assert info.backup_state is BackupState.SUCCESS
    assert info.time_stamp_utc == datetime(2018, 1, 1, 9, 0, 55, tzinfo=UTC)
    assert info.time_stamp_utc.utcoffset() is not None
    assert info.backup_id == BACKUP
    assert (
        info.backup_location
        == "CalcApp\\CalcService\\1daae3f5-7fd6-42e9-b1ba-8c05f873994d\\2018-01-01 09.00.55.zip"
    )
    assert info.epoch_of_last_backup_record is not None
    assert info.epoch_of_last_backup_record.data_loss_version == "131462452931584510"
    assert info.epoch_of_last_backup_record.configuration_version == "8589934592"
    assert info.lsn_of_last_backup_record == "261"
    assert info.failure_error is None


def test_operation_status_list_pascal_case() -> None:
    body = [
        {
            "OperationId": "7216486c-1ee9-4b00-99b2-92b26fcb07f5",
            "State": "Running",
            "Type": "PartitionDataLoss",
        },
        {
            "OperationId": "6eb7f0d3-49ca-4cb1-81b7-ac2d56b5c5d1",
            "State": "ForceCancelled",
            "Type": "NodeTransition",
        },
    ]
    statuses = OperationStatusList.model_validate_json(json.dumps(body)).root
    assert [s.operation_id for s in statuses] == [UUID(b["OperationId"]) for b in body]
    assert [s.type for s in statuses] == [
        OperationType.PARTITION_DATA_LOSS,
        OperationType.NODE_TRANSITION,
    ]
    assert statuses[0].type is OperationType.PARTITION_DATA_LOSS
    assert statuses[1].state is OperationState.FORCE_CANCELLED


def test_unknown_restore_state_is_kept() -> None:
    info = RestoreProgressInfo.model_validate_json(
        b'{"RestoreState": "SecondaryInProgress"}'
    )
    state = info.restore_state
    assert isinstance(state, RestoreState)
    assert isinstance(state, str)
    assert state == "SecondaryInProgress"
    assert state not in {RestoreState.SUCCESS, RestoreState.RESTORE_IN_PROGRESS}
    assert info.model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "RestoreState": "SecondaryInProgress"
    }


@pytest.mark.parametrize("model", PROGRESS)
def test_unknown_operation_state_is_kept(model: type[BaseModel]) -> None:
    state = model.model_validate({"State": "Paused"}).state  # type: ignore[attr-defined]
    assert isinstance(state, OperationState)
    assert isinstance(state, str)
    assert state == "Paused"


@pytest.mark.parametrize(
    "enum",
    [OperationState, OperationType, BackupState, RestoreState],
)
def test_known_members_are_the_members(enum: type[StrEnum]) -> None:
    for member in enum:
        assert enum(member.value) is member
    assert enum("NotAValue") == "NotAValue"
    with pytest.raises(ValueError):
        enum(42)  # type: ignore[arg-type]  # only strings are open


def test_lsn_and_epoch_numbers_become_strings() -> None:
    body = {
        "RestoreState": "Success",
        "RestoredEpoch": {
            "DataLossNumber": 1,
            "ConfigurationVersion": 8589934592,
            "DataLossVersion": 131462452931584510,
        },
        "RestoredLsn": 54719,
    }
    info = RestoreProgressInfo.model_validate_json(json.dumps(body))
    assert info.restored_lsn == "54719"
    assert info.restored_epoch is not None
    assert info.restored_epoch.configuration_version == "8589934592"
    assert info.restored_epoch.data_loss_version == "131462452931584510"
    backup = BackupProgressInfo.model_validate({"LsnOfLastBackupRecord": 261})
    assert backup.lsn_of_last_backup_record == "261"


@pytest.mark.parametrize(
    ("wire", "expected"),
    [("0", 0), (0, 0), (-2147467259, -2147467259), ("-2147467259", -2147467259)],
)
def test_error_code_string_or_number(wire: object, expected: int) -> None:
    body = {"State": "Faulted", "InvokeQuorumLossResult": {"ErrorCode": wire}}
    result = PartitionQuorumLossProgress.model_validate_json(
        json.dumps(body)
    ).invoke_quorum_loss_result
    assert result is not None
    assert result.error_code == expected
    assert type(result.error_code) is int


@pytest.mark.parametrize(
    "body", ['{"State": "Running", "%s": null}', '{"State": "Running"}']
)
@pytest.mark.parametrize("model", PROGRESS)
def test_running_progress_has_no_result(model: type[BaseModel], body: str) -> None:
    progress = model.model_validate_json(
        body % PROGRESS[model] if "%s" in body else body
    )
    assert progress.state is OperationState.RUNNING  # type: ignore[attr-defined]
    assert _result(progress) is None


@pytest.mark.parametrize("model", PROGRESS)
def test_completed_progress_has_a_result(model: type[BaseModel]) -> None:
    progress = model.model_validate(
        {"State": "Completed", PROGRESS[model]: {"ErrorCode": 0}}
    )
    assert _result(progress) is not None
    assert _result(progress).error_code == 0  # type: ignore[attr-defined]


def test_fabric_error_code_is_an_open_string() -> None:
    error = FabricError.model_validate_json(
        b'{"Error": {"Code": "E_INVALIDARG", "Message": "Null"}}'
    )
    assert (error.error.code, error.error.message) == ("E_INVALIDARG", "Null")
    assert (
        FabricError.model_validate(
            {"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND"}}
        ).error.message
        is None
    )


def test_restore_description_serialises_to_wire_keys() -> None:
    description = RestorePartitionDescription(
        backup_id=BACKUP,
        backup_location="CalcApp\\CalcService\\backup.zip",
        backup_storage=FileShareBackupStorageDescription(
            storage_kind="FileShare", path="\\\\server\\share", primary_user_name="user"
        ),
    )
    assert description.model_dump(mode="json", by_alias=True, exclude_none=True) == {
        "BackupId": str(BACKUP),
        "BackupLocation": "CalcApp\\CalcService\\backup.zip",
        "BackupStorage": {
            "StorageKind": "FileShare",
            "Path": "\\\\server\\share",
            "PrimaryUserName": "user",
        },
    }


def test_backup_storage_is_chosen_by_storage_kind() -> None:
    description = RestorePartitionDescription.model_validate(
        {
            "BackupId": str(BACKUP),
            "BackupLocation": "x.zip",
            "BackupStorage": {"StorageKind": "FileShare", "Path": "p"},
        }
    )
    assert isinstance(description.backup_storage, FileShareBackupStorageDescription)
    assert description.backup_storage.path == "p"


_IMPORTS = """
import importlib, json, pkgutil, sys, sysconfig
import httpx, pydantic
before = set(sys.modules)
import sfrest_generated
CLIENTS = {"sync_client", "async_client", "commands"}
for module in pkgutil.walk_packages(sfrest_generated.__path__, "sfrest_generated."):
    if module.name.rsplit(".", 1)[1] not in CLIENTS:
        importlib.import_module(module.name)
stdlib = sysconfig.get_paths()["stdlib"]
added = {name.split(".")[0] for name in set(sys.modules) - before}
print(json.dumps({
    "all": sorted(sys.modules),
    "added": sorted(n for n in added if not getattr(sys.modules[n], "__file__", stdlib).startswith(stdlib)),
}))
"""


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(distributions: set[str]) -> set[str]:
    """The installed distributions and everything they require (extras excluded)."""
    todo, seen = {_normalise(d) for d in distributions}, set[str]()
    while todo:
        name = todo.pop()
        seen.add(name)
        try:
            requirements = requires(name) or []
        except PackageNotFoundError:  # required only on other Pythons
            continue
        for requirement in requirements:
            if "extra ==" not in requirement:
                todo |= {
                    _normalise(re.split(r"[^A-Za-z0-9_.-]", requirement, maxsplit=1)[0])
                } - seen
    return seen


def test_generated_operations_need_only_httpx_and_pydantic() -> None:
    """The operation modules and models; the rendered clients (sync_client.py,
    async_client.py, commands.py) stand on sfrest's hand-written layer."""
    run = subprocess.run(
        [sys.executable, "-c", _IMPORTS], capture_output=True, text=True, check=True
    )
    modules = json.loads(run.stdout)
    assert "sfrest_generated.api.backup_restore.restore_partition" in modules["all"]
    top_level = {name.split(".")[0] for name in modules["all"]}
    assert not top_level & {
        "attrs",
        "attr",
        "dateutil",
        "msrest",
        "openapi_python_client",
        "sfrest",
    }
    # what the package adds to `import httpx, pydantic` comes from httpx's and pydantic's requirements
    assert "sfrest_generated" in modules["added"]
    owners = packages_distributions()
    added = {
        _normalise(d)
        for name in set(modules["added"]) - {"sfrest_generated"}
        for d in owners.get(name, [name])
    }
    assert added <= _requirements({"httpx", "pydantic"})
