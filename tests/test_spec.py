"""The hand-written spec honours the wire facts of the Service Fabric REST reference."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import load_fixture
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

FAULTS = "/Faults/Services/{serviceId}/$/GetPartitions/{partitionId}/$/"
COMMON = ["api-version", "timeout"]
FAULT_OP = [*COMMON, "serviceId", "partitionId", "OperationId"]

# operationId: (method, path, tag, success status, 200 body schema, wire parameter names)
OPERATIONS: dict[str, tuple[str, str, str, str, str | None, list[str]]] = {
    "StartDataLoss": (
        "post",
        FAULTS + "StartDataLoss",
        "Faults",
        "202",
        None,
        [*FAULT_OP, "DataLossMode"],
    ),
    "GetDataLossProgress": (
        "get",
        FAULTS + "GetDataLossProgress",
        "Faults",
        "200",
        "PartitionDataLossProgress",
        FAULT_OP,
    ),
    "StartQuorumLoss": (
        "post",
        FAULTS + "StartQuorumLoss",
        "Faults",
        "202",
        None,
        [*FAULT_OP, "QuorumLossMode", "QuorumLossDuration"],
    ),
    "GetQuorumLossProgress": (
        "get",
        FAULTS + "GetQuorumLossProgress",
        "Faults",
        "200",
        "PartitionQuorumLossProgress",
        FAULT_OP,
    ),
    "StartPartitionRestart": (
        "post",
        FAULTS + "StartRestart",
        "Faults",
        "202",
        None,
        [*FAULT_OP, "RestartPartitionMode"],
    ),
    "GetPartitionRestartProgress": (
        "get",
        FAULTS + "GetRestartProgress",
        "Faults",
        "200",
        "PartitionRestartProgress",
        FAULT_OP,
    ),
    "StartNodeTransition": (
        "post",
        "/Faults/Nodes/{nodeName}/$/StartTransition/",
        "Faults",
        "202",
        None,
        [
            *COMMON,
            "nodeName",
            "OperationId",
            "NodeTransitionType",
            "NodeInstanceId",
            "StopDurationInSeconds",
        ],
    ),
    "GetNodeTransitionProgress": (
        "get",
        "/Faults/Nodes/{nodeName}/$/GetTransitionProgress",
        "Faults",
        "200",
        "NodeTransitionProgress",
        [*COMMON, "nodeName", "OperationId"],
    ),
    "GetFaultOperationList": (
        "get",
        "/Faults/",
        "Faults",
        "200",
        "OperationStatusList",
        [*COMMON, "TypeFilter", "StateFilter"],
    ),
    "CancelOperation": (
        "post",
        "/Faults/$/Cancel",
        "Faults",
        "200",
        None,
        [*COMMON, "OperationId", "Force"],
    ),
    "BackupPartition": (
        "post",
        "/Partitions/{partitionId}/$/Backup",
        "BackupRestore",
        "202",
        None,
        [*COMMON, "partitionId", "BackupTimeout"],
    ),
    "GetPartitionBackupProgress": (
        "get",
        "/Partitions/{partitionId}/$/GetBackupProgress",
        "BackupRestore",
        "200",
        "BackupProgressInfo",
        [*COMMON, "partitionId"],
    ),
    "RestorePartition": (
        "post",
        "/Partitions/{partitionId}/$/Restore",
        "BackupRestore",
        "202",
        None,
        [*COMMON, "partitionId", "RestoreTimeout", "Latest"],
    ),
    "GetPartitionRestoreProgress": (
        "get",
        "/Partitions/{partitionId}/$/GetRestoreProgress",
        "BackupRestore",
        "200",
        "RestoreProgressInfo",
        [*COMMON, "partitionId"],
    ),
}

FILTER = {
    "type": "integer",
    "format": "int32",
    "minimum": 0,
    "maximum": 65535,
    "default": 65535,
}
# The drill operations: operationId: (method, path, tag, success status, 200 body schema,
# wire parameter names in the reference's order, api-version (default, minimum), 204 too)
DRILL: dict[
    str, tuple[str, str, str, str, str | None, list[str], tuple[str, str], bool]
] = {
    "GetNodeInfoList": (
        "get",
        "/Nodes",
        "Nodes",
        "200",
        "PagedNodeInfoList",
        [
            "api-version",
            "ContinuationToken",
            "NodeStatusFilter",
            "MaxResults",
            "timeout",
        ],
        ("6.3", "6.0"),
        False,
    ),
    "GetNodeInfo": (
        "get",
        "/Nodes/{nodeName}",
        "Nodes",
        "200",
        "NodeInfo",
        ["api-version", "nodeName", "timeout"],
        ("6.0", "6.0"),
        True,
    ),
    "GetApplicationInfoList": (
        "get",
        "/Applications",
        "Applications",
        "200",
        "PagedApplicationInfoList",
        [
            "api-version",
            "ApplicationDefinitionKindFilter",
            "ApplicationTypeName",
            "ExcludeApplicationParameters",
            "ContinuationToken",
            "MaxResults",
            "timeout",
        ],
        ("6.1", "6.1"),
        False,
    ),
    "GetApplicationInfo": (
        "get",
        "/Applications/{applicationId}",
        "Applications",
        "200",
        "ApplicationInfo",
        ["api-version", "applicationId", "ExcludeApplicationParameters", "timeout"],
        ("6.0", "6.0"),
        True,
    ),
    "GetServiceInfoList": (
        "get",
        "/Applications/{applicationId}/$/GetServices",
        "Services",
        "200",
        "PagedServiceInfoList",
        [
            "applicationId",
            "ServiceTypeName",
            "api-version",
            "ContinuationToken",
            "timeout",
        ],
        ("6.0", "6.0"),
        False,
    ),
    "GetServiceInfo": (
        "get",
        "/Applications/{applicationId}/$/GetServices/{serviceId}",
        "Services",
        "200",
        "ServiceInfo",
        ["applicationId", "serviceId", "api-version", "timeout"],
        ("6.0", "6.0"),
        True,
    ),
    "GetPartitionInfoList": (
        "get",
        "/Services/{serviceId}/$/GetPartitions",
        "Partitions",
        "200",
        "PagedServicePartitionInfoList",
        ["api-version", "serviceId", "ContinuationToken", "timeout"],
        ("6.4", "6.4"),
        False,
    ),
    "GetPartitionInfo": (
        "get",
        "/Partitions/{partitionId}",
        "Partitions",
        "200",
        "ServicePartitionInfo",
        ["api-version", "partitionId", "timeout"],
        ("6.0", "6.0"),
        True,
    ),
    "GetReplicaInfoList": (
        "get",
        "/Partitions/{partitionId}/$/GetReplicas",
        "Replicas",
        "200",
        "PagedReplicaInfoList",
        ["api-version", "partitionId", "ContinuationToken", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RecoverPartition": (
        "post",
        "/Partitions/{partitionId}/$/Recover",
        "Partitions",
        "200",
        None,
        ["partitionId", "api-version", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RecoverServicePartitions": (
        "post",
        "/Services/$/{serviceId}/$/GetPartitions/$/Recover",
        "Services",
        "200",
        None,
        ["serviceId", "api-version", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RecoverSystemPartitions": (
        "post",
        "/$/RecoverSystemPartitions",
        "Cluster",
        "200",
        None,
        ["api-version", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RecoverAllPartitions": (
        "post",
        "/$/RecoverAllPartitions",
        "Cluster",
        "200",
        None,
        ["api-version", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "GetPartitionBackupConfigurationInfo": (
        "get",
        "/Partitions/{partitionId}/$/GetBackupConfigurationInfo",
        "BackupRestore",
        "200",
        "PartitionBackupConfigurationInfo",
        ["partitionId", "api-version", "timeout"],
        ("6.4", "6.4"),
        False,
    ),
    "GetPartitionBackupList": (
        "get",
        "/Partitions/{partitionId}/$/GetBackups",
        "BackupRestore",
        "200",
        "PagedBackupInfoList",
        [
            "partitionId",
            "api-version",
            "timeout",
            "Latest",
            "StartDateTimeFilter",
            "EndDateTimeFilter",
        ],
        ("6.4", "6.4"),
        False,
    ),
    "GetPartitionHealth": (
        "get",
        "/Partitions/{partitionId}/$/GetHealth",
        "Health",
        "200",
        "PartitionHealth",
        [
            "api-version",
            "partitionId",
            "EventsHealthStateFilter",
            "ReplicasHealthStateFilter",
            "ExcludeHealthStatistics",
            "timeout",
        ],
        ("6.0", "6.0"),
        False,
    ),
    "GetServiceHealth": (
        "get",
        "/Services/{serviceId}/$/GetHealth",
        "Health",
        "200",
        "ServiceHealth",
        [
            "api-version",
            "serviceId",
            "EventsHealthStateFilter",
            "PartitionsHealthStateFilter",
            "ExcludeHealthStatistics",
            "timeout",
        ],
        ("6.0", "6.0"),
        False,
    ),
    "GetClusterHealth": (
        "get",
        "/$/GetClusterHealth",
        "Health",
        "200",
        "ClusterHealth",
        [
            "api-version",
            "NodesHealthStateFilter",
            "ApplicationsHealthStateFilter",
            "EventsHealthStateFilter",
            "ExcludeHealthStatistics",
            "IncludeSystemApplicationHealthStatistics",
            "timeout",
        ],
        ("6.0", "6.0"),
        False,
    ),
    # the failover operations a drill uses beside the faults (sfctl's node, replica and
    # partition commands)
    "RestartNode": (
        "post",
        "/Nodes/{nodeName}/$/Restart",
        "Nodes",
        "200",
        None,
        ["api-version", "nodeName", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "GetNodeHealth": (
        "get",
        "/Nodes/{nodeName}/$/GetHealth",
        "Health",
        "200",
        "NodeHealth",
        ["api-version", "nodeName", "EventsHealthStateFilter", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RestartReplica": (
        "post",
        "/Nodes/{nodeName}/$/GetPartitions/{partitionId}/$/GetReplicas/{replicaId}/$/Restart",
        "Replicas",
        "200",
        None,
        ["api-version", "nodeName", "partitionId", "replicaId", "timeout"],
        ("6.0", "6.0"),
        False,
    ),
    "RemoveReplica": (
        "post",
        "/Nodes/{nodeName}/$/GetPartitions/{partitionId}/$/GetReplicas/{replicaId}/$/Delete",
        "Replicas",
        "200",
        None,
        [
            "api-version",
            "nodeName",
            "partitionId",
            "replicaId",
            "ForceRemove",
            "timeout",
        ],
        ("6.0", "6.0"),
        False,
    ),
    "MovePrimaryReplica": (
        "post",
        "/Partitions/{partitionId}/$/MovePrimaryReplica",
        "Partitions",
        "200",
        None,
        ["api-version", "partitionId", "NodeName", "IgnoreConstraints", "timeout"],
        ("6.5", "6.5"),
        False,
    ),
    "MoveSecondaryReplica": (
        "post",
        "/Partitions/{partitionId}/$/MoveSecondaryReplica",
        "Partitions",
        "200",
        None,
        [
            "api-version",
            "partitionId",
            "CurrentNodeName",
            "NewNodeName",
            "IgnoreConstraints",
            "timeout",
        ],
        ("6.5", "6.5"),
        False,
    ),
}
CLI = {
    "GetNodeInfoList": "node list",
    "GetNodeInfo": "node info",
    "GetApplicationInfoList": "application list",
    "GetApplicationInfo": "application info",
    "GetServiceInfoList": "service list",
    "GetServiceInfo": "service info",
    "RecoverServicePartitions": "service recover",
    "GetServiceHealth": "service health",
    "GetPartitionInfoList": "partition list",
    "GetPartitionInfo": "partition info",
    "RecoverPartition": "partition recover",
    "RecoverAllPartitions": "partition recover-all",
    "GetPartitionHealth": "partition health",
    "GetPartitionBackupList": "partition backup-list",
    "GetPartitionBackupConfigurationInfo": "partition backup-config",
    "GetReplicaInfoList": "replica list",
    "RecoverSystemPartitions": "cluster recover-system",
    "GetClusterHealth": "cluster health",
    "RestartNode": "node restart",
    "GetNodeHealth": "node health",
    "RestartReplica": "replica restart",
    "RemoveReplica": "replica remove",
    "MovePrimaryReplica": "partition move-primary-replica",
    "MoveSecondaryReplica": "partition move-secondary-replica",
}
PAGEABLE = [
    "GetNodeInfoList",
    "GetApplicationInfoList",
    "GetServiceInfoList",
    "GetPartitionInfoList",
    "GetReplicaInfoList",
]
HEALTH_FLAGS = {
    "Default": 0,
    "None": 1,
    "Ok": 2,
    "Warning": 4,
    "Error": 8,
    "All": 65535,
}
# bit-mask parameter component: (x-flags name, members)
FLAGS = {
    "TypeFilter": (
        "OperationTypeFilter",
        {
            "PartitionDataLoss": 1,
            "PartitionQuorumLoss": 2,
            "PartitionRestart": 4,
            "NodeTransition": 8,
            "All": 65535,
        },
    ),
    "StateFilter": (
        "OperationStateFilter",
        {
            "Running": 1,
            "RollingBack": 2,
            "Completed": 8,
            "Faulted": 16,
            "Cancelled": 32,
            "ForceCancelled": 64,
            "All": 65535,
        },
    ),
    "ApplicationDefinitionKindFilter": (
        "ApplicationDefinitionKindFilter",
        {
            "Default": 0,
            "ServiceFabricApplicationDescription": 1,
            "Compose": 2,
            "All": 65535,
        },
    ),
    **{
        name: ("HealthStateFilter", HEALTH_FLAGS)
        for name in (
            "EventsHealthStateFilter",
            "ReplicasHealthStateFilter",
            "PartitionsHealthStateFilter",
            "NodesHealthStateFilter",
            "ApplicationsHealthStateFilter",
        )
    },
}

# wire name: (in, required, schema without description); api-version is checked per tag
PARAMETERS: dict[str, tuple[str, bool, dict[str, Any]]] = {
    "timeout": (
        "query",
        False,
        {
            "type": "integer",
            "format": "int64",
            "minimum": 1,
            "maximum": 4294967295,
            "default": 60,
        },
    ),
    "serviceId": ("path", True, {"type": "string"}),
    "partitionId": ("path", True, {"type": "string", "format": "uuid"}),
    "nodeName": ("path", True, {"type": "string"}),
    "OperationId": ("query", True, {"type": "string", "format": "uuid"}),
    "DataLossMode": ("query", True, {"$ref": "#/components/schemas/DataLossMode"}),
    "QuorumLossMode": ("query", True, {"$ref": "#/components/schemas/QuorumLossMode"}),
    "QuorumLossDuration": (
        "query",
        True,
        {"type": "integer", "format": "int32", "minimum": 0},
    ),
    "RestartPartitionMode": (
        "query",
        True,
        {"$ref": "#/components/schemas/RestartPartitionMode"},
    ),
    "NodeTransitionType": (
        "query",
        True,
        {"$ref": "#/components/schemas/NodeTransitionType"},
    ),
    "NodeInstanceId": (
        "query",
        True,
        {"type": "string", "pattern": "^[0-9]{1,20}$", "x-also-accept": ["integer"]},
    ),
    "StopDurationInSeconds": (
        "query",
        True,
        {"type": "integer", "format": "int32", "minimum": 0},
    ),
    # required with a default, as in the official 9.1 swagger: always sent
    "TypeFilter": ("query", True, FILTER),
    "StateFilter": ("query", True, FILTER),
    "Force": ("query", True, {"type": "boolean", "default": False}),
    "Latest": ("query", False, {"type": "boolean", "default": False}),
    "BackupTimeout": (
        "query",
        False,
        {"type": "integer", "format": "int32", "minimum": 0, "default": 10},
    ),
    "RestoreTimeout": (
        "query",
        False,
        {"type": "integer", "format": "int32", "minimum": 0, "default": 10},
    ),
}

# tag (or an operationId, before its tag): the 9.1 reference's (api-version default,
# x-min-api-version); a bump may raise the default
API_VERSIONS = {"Faults": ("6.0", "3.0"), "BackupRestore": ("6.4", "6.4")}

ENUMS = {
    "OperationState": [
        "Invalid",
        "Running",
        "RollingBack",
        "Completed",
        "Faulted",
        "Cancelled",
        "ForceCancelled",
    ],
    "OperationType": [
        "Invalid",
        "PartitionDataLoss",
        "PartitionQuorumLoss",
        "PartitionRestart",
        "NodeTransition",
    ],
    "BackupState": [
        "Invalid",
        "Accepted",
        "BackupInProgress",
        "Success",
        "Failure",
        "Timeout",
    ],
    "RestoreState": [
        "Invalid",
        "Accepted",
        "RestoreInProgress",
        "Success",
        "Failure",
        "Timeout",
    ],
    # The mode enums: the reference's values, plus Invalid (known to the server, rejected with 400).
    "DataLossMode": ["Invalid", "PartialDataLoss", "FullDataLoss"],
    "QuorumLossMode": ["Invalid", "QuorumReplicas", "AllReplicas"],
    "RestartPartitionMode": [
        "Invalid",
        "AllReplicasOrInstances",
        "OnlyActiveSecondaries",
    ],
    "NodeTransitionType": ["Invalid", "Start", "Stop"],
}

# (operationId, example name, seed fixture); the seed's "ErrorCode": "0" is a number in the spec.
EXAMPLES = [
    ("GetDataLossProgress", "Completed", "data_loss_progress_completed.json"),
    ("GetDataLossProgress", "Running", "data_loss_progress_running.json"),
    (
        "GetPartitionRestartProgress",
        "Completed",
        "partition_restart_progress_completed.json",
    ),
    ("GetPartitionBackupProgress", "Success", "partition_backup_progress_success.json"),
]


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }


def _version(text: str) -> tuple[int, ...]:
    """An api-version as numbers, as the gateway compares them (6.10 == 6.1)."""
    return tuple(int(part) for part in text.split("."))


def _check_reference_parameters(
    parameters: list[dict[str, Any]], names: list[str], ordered: bool = True
) -> None:
    """The reference's parameters, in its order; the spec may add optional ones only.

    A `make bump` that adds a parameter (README, "Regenerating after an API version bump")
    keeps every reference parameter where it was; a client that sends what the 9.1
    reference says is still served, so an addition must be optional.
    """
    found = [p["name"] for p in parameters]
    if ordered:
        rest = iter(found)
        assert all(name in rest for name in names), (found, names)  # a subsequence
    else:  # OPERATIONS lists them by kind, not in the reference's order
        assert set(names) <= set(found), (found, names)
    for parameter in parameters:
        if parameter["name"] not in names:
            assert parameter["required"] is False, parameter["name"]


def _check_reference_api_version(
    parameter: dict[str, Any], reference: tuple[str, str]
) -> None:
    """The reference's (default, oldest) api-version: `make bump` may raise the default
    (`make breaking` makes the CHANGELOG say so), never lower it, and keeps the oldest."""
    default, minimum = reference
    assert _version(parameter["schema"]["default"]) >= _version(default)
    assert parameter["x-min-api-version"] == minimum


def _no_description(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != "description"}


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)
    assert re.fullmatch(r"3\.1\.\d+", spec["openapi"])


def test_exactly_the_fourteen_operations_and_the_drill(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    assert (len(OPERATIONS), len(DRILL), len(CHAOS)) == (14, 24, 6)
    assert sorted(operations) == sorted([*OPERATIONS, *DRILL, *CHAOS])
    assert len(operations) == sum(len(item) for item in spec["paths"].values())


def test_reference_checks_refuse_what_a_reference_client_would_notice() -> None:
    """The tolerance for a bump's additions is narrow: order, presence, optionality, versions."""
    names = ["api-version", "StateFilter", "timeout"]

    def params(*spec: tuple[str, bool]) -> list[dict[str, Any]]:
        return [{"name": name, "required": required} for name, required in spec]

    _check_reference_parameters(
        params(("api-version", True), ("StateFilter", True), ("MaxResults", False), ("timeout", False)),
        names,
    )  # fmt: skip
    for wrong in (
        params(("StateFilter", True), ("api-version", True), ("timeout", False)),
        params(("api-version", True), ("timeout", False)),
        params(("api-version", True), ("StateFilter", True), ("New", True), ("timeout", False)),
    ):  # fmt: skip
        with pytest.raises(AssertionError):
            _check_reference_parameters(wrong, names)
    raised = {"schema": {"default": "9.1"}, "x-min-api-version": "3.0"}
    _check_reference_api_version(raised, ("6.0", "3.0"))
    for reference in (("10.0", "3.0"), ("6.0", "6.0")):
        with pytest.raises(AssertionError):
            _check_reference_api_version(raised, reference)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_operation_method_path_tag_and_success(
    spec: dict[str, Any], operation_id: str
) -> None:
    method, path, tag, status, model, _ = OPERATIONS[operation_id]
    assert _operations(spec)[operation_id][:2] == (method, path)
    operation = _operations(spec)[operation_id][2]
    assert operation["tags"] == [tag]
    assert sorted(operation["responses"]) == sorted([status, "default"])
    success = _resolve(spec, operation["responses"][status])
    if model is None:
        assert "content" not in success
    else:
        assert success["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{model}"
        }


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_default_response_is_fabric_error(
    spec: dict[str, Any], operation_id: str
) -> None:
    default = _resolve(spec, _operations(spec)[operation_id][2]["responses"]["default"])
    schema = default["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/FabricError"}
    fabric_error = _resolve(spec, schema)
    assert fabric_error["required"] == ["Error"]
    assert _resolve(spec, fabric_error["properties"]["Error"])["required"] == ["Code"]


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_operation_parameters(spec: dict[str, Any], operation_id: str) -> None:
    _, _, tag, _, _, names = OPERATIONS[operation_id]
    refs = _operations(spec)[operation_id][2]["parameters"]
    assert all(
        list(ref) == ["$ref"] and ref["$ref"].startswith("#/components/parameters/")
        for ref in refs
    )
    resolved = [_resolve(spec, ref) for ref in refs]
    parameters = {p["name"]: p for p in resolved}
    assert len(parameters) == len(refs)
    _check_reference_parameters(resolved, names, ordered=False)
    for name, parameter in parameters.items():
        if name == "api-version":
            assert (parameter["in"], parameter["required"]) == ("query", True)
            assert list(_no_description(parameter["schema"])) == ["type", "default"]
            assert parameter["schema"]["type"] == "string"
            reference = API_VERSIONS.get(operation_id, API_VERSIONS[tag])
            _check_reference_api_version(parameter, reference)
            continue
        if name not in names:  # added by a bump: optional, checked above
            continue
        location, required, schema = PARAMETERS[name]
        assert (parameter["in"], parameter["required"]) == (location, required), name
        assert _no_description(parameter["schema"]) == schema, name


def _nested(schema: Any, top: bool = True) -> Iterator[dict[str, Any]]:
    """Every subschema below a component schema (properties, items, oneOf members...)."""
    if not isinstance(schema, dict):
        return
    if not top:
        yield schema
    for key in ("oneOf", "anyOf", "allOf"):
        for member in schema.get(key, []):
            yield from _nested(member, top=False)
    for value in schema.get("properties", {}).values():
        yield from _nested(value, top=False)
    if "items" in schema:
        yield from _nested(schema["items"], top=False)


def test_objects_and_enums_are_hoisted_into_components(spec: dict[str, Any]) -> None:
    inline = [
        (name, sub)
        for name, schema in spec["components"]["schemas"].items()
        for sub in _nested(schema)
        if sub.get("type") == "object" or "properties" in sub or "enum" in sub
    ]
    assert inline == []
    parameter_enums = [
        p["name"]
        for p in spec["components"]["parameters"].values()
        if "enum" in p["schema"]
    ]
    assert parameter_enums == []


@pytest.mark.parametrize("name", ENUMS)
def test_enum_values_and_descriptions(spec: dict[str, Any], name: str) -> None:
    schema = spec["components"]["schemas"][name]
    assert schema["type"] == "string"
    assert schema["enum"] == ENUMS[name]
    for value in ENUMS[name]:
        assert f"- {value} - " in schema["description"], value


def test_backup_storage_kinds(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["BackupStorageDescription"]
    mapping = schema["discriminator"]["mapping"]
    assert schema["discriminator"]["propertyName"] == "StorageKind"
    assert sorted(mapping) == sorted(
        [
            "AzureBlobStore",
            "FileShare",
            "DsmsAzureBlobStore",
            "ManagedIdentityAzureBlobStore",
        ]
    )
    for kind, ref in mapping.items():
        storage = _resolve(spec, {"$ref": ref})
        assert storage["properties"]["StorageKind"]["const"] == kind
        assert "StorageKind" in storage["required"]
        assert "FriendlyName" in storage["properties"]
    assert sorted(ref["$ref"] for ref in schema["oneOf"]) == sorted(mapping.values())


def _example(
    spec: dict[str, Any], operation_id: str, name: str
) -> tuple[Any, dict[str, Any]]:
    content = _operations(spec)[operation_id][2]["responses"]["200"]["content"][
        "application/json"
    ]
    return content["examples"][name]["value"], content["schema"]


@pytest.mark.parametrize(("operation_id", "name", "fixture"), EXAMPLES)
def test_seed_examples_are_attached(
    spec: dict[str, Any], operation_id: str, name: str, fixture: str
) -> None:
    value, _ = _example(spec, operation_id, name)
    seed = load_fixture(fixture)
    result = seed.get("InvokeDataLossResult")
    if result is not None and result["ErrorCode"] == "0":
        result["ErrorCode"] = 0
    assert value == seed


@pytest.mark.parametrize(("operation_id", "name", "fixture"), EXAMPLES)
def test_examples_validate_against_their_schema(
    spec: dict[str, Any], operation_id: str, name: str, fixture: str
) -> None:
    value, schema = _example(spec, operation_id, name)
    validator = Draft202012Validator(
        {**schema, "components": spec["components"]},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert list(validator.iter_errors(value)) == []
    # the validator does look into the schemas: a wrong type fails
    broken = {**value, next(iter(value)): 42}
    assert list(validator.iter_errors(broken)) != []


@pytest.mark.parametrize("operation_id", DRILL)
def test_drill_operation(spec: dict[str, Any], operation_id: str) -> None:
    method, path, tag, status, model, names, version, no_content = DRILL[operation_id]
    found_method, found_path, operation = _operations(spec)[operation_id]
    assert (found_method, found_path) == (method, path)
    assert operation["tags"] == [tag]
    expected = [status, "204", "default"] if no_content else [status, "default"]
    assert list(operation["responses"]) == expected
    if no_content:
        assert "content" not in _resolve(spec, operation["responses"]["204"])
    success = _resolve(spec, operation["responses"][status])
    if model is None:
        assert "content" not in success
    else:
        assert success["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{model}"
        }
    parameters = [_resolve(spec, ref) for ref in operation["parameters"]]
    _check_reference_parameters(parameters, names)  # the reference's order
    api_version = next(p for p in parameters if p["name"] == "api-version")
    _check_reference_api_version(api_version, version)
    timeout = next(p for p in parameters if p["name"] == "timeout")
    assert timeout == spec["components"]["parameters"]["Timeout"]
    assert operation["x-cli-command"] == CLI[operation_id]
    assert operation["x-idempotent"] is (method == "get")
    if operation_id in PAGEABLE:
        assert operation["x-pageable"] == {
            "itemName": "Items",
            "nextTokenName": "ContinuationToken",
        }
        items = _resolve(spec, success["content"]["application/json"]["schema"])
        assert {"Items", "ContinuationToken"} <= set(items["properties"])
        assert "ContinuationToken" in names
    else:
        assert "x-pageable" not in operation


# Chaos, from the 9.1 reference: method, path, success status, its model (None: an empty
# 200), the request body's schema, the parameters in the reference's order, (default,
# minimum) api-version, whether a repeat is safe, the command line
CHAOS: dict[
    str,
    tuple[str, str, str, str | None, str | None, list[str], tuple[str, str], bool, str],
] = {
    "GetChaos": ("get", "/Tools/Chaos", "200", "Chaos", None, ["api-version", "timeout"], ("6.2", "6.2"), True, "chaos get"),
    "StartChaos": ("post", "/Tools/Chaos/$/Start", "200", None, "ChaosParameters", ["api-version", "timeout"], ("6.0", "6.0"), False, "chaos start"),
    "StopChaos": ("post", "/Tools/Chaos/$/Stop", "200", None, None, ["api-version", "timeout"], ("6.0", "6.0"), True, "chaos stop"),
    "GetChaosEvents": ("get", "/Tools/Chaos/Events", "200", "ChaosEventsSegment", None, ["api-version", "ContinuationToken", "StartTimeUtc", "EndTimeUtc", "MaxResults", "timeout"], ("6.2", "6.2"), True, "chaos events"),
    "GetChaosSchedule": ("get", "/Tools/Chaos/Schedule", "200", "ChaosScheduleDescription", None, ["api-version", "timeout"], ("6.2", "6.2"), True, "chaos schedule get"),
    "PostChaosSchedule": ("post", "/Tools/Chaos/Schedule", "200", None, "ChaosScheduleDescription", ["api-version", "timeout"], ("6.2", "6.2"), False, "chaos schedule set"),
}  # fmt: skip


@pytest.mark.parametrize("operation_id", CHAOS)
def test_chaos_operation(spec: dict[str, Any], operation_id: str) -> None:
    method, path, status, model, body, names, version, idempotent, cli = CHAOS[
        operation_id
    ]
    found_method, found_path, operation = _operations(spec)[operation_id]
    assert (found_method, found_path, operation["tags"]) == (method, path, ["Chaos"])
    assert list(operation["responses"]) == [status, "default"]
    success = _resolve(spec, operation["responses"][status])
    content = success.get("content", {}).get("application/json", {})
    assert content.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1] == (model or "")
    request = operation.get("requestBody", {})
    assert request.get("required", False) is (body is not None)
    schema = request.get("content", {}).get("application/json", {}).get("schema", {})
    assert schema.get("$ref", "").rsplit("/", 1)[-1] == (body or "")
    parameters = [_resolve(spec, ref) for ref in operation["parameters"]]
    _check_reference_parameters(parameters, names)
    api_version = parameters[0]
    assert api_version["name"] == "api-version"
    _check_reference_api_version(api_version, version)
    assert parameters[-1] == spec["components"]["parameters"]["Timeout"]
    assert (operation["x-idempotent"], operation["x-cli-command"]) == (idempotent, cli)


def test_failover_bodies_flags_and_warnings(spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    restart = operations["RestartNode"][2]
    body = restart["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/RestartNodeDescription"
    }
    description = spec["components"]["schemas"]["RestartNodeDescription"]
    assert description["required"] == ["NodeInstanceId"]
    instance = description["properties"]["NodeInstanceId"]
    assert (instance["type"], instance["default"]) == ("string", "0")
    dump = _resolve(spec, description["properties"]["CreateFabricDump"])
    assert (dump["type"], dump["enum"]) == ("string", ["False", "True"])
    # sfctl's flags name the body's properties
    assert restart["x-cli-flags"] == {
        "node-instance-id": "NodeInstanceId",
        "create-fabric-dump": "CreateFabricDump",
    }
    # what cannot be undone: a removed replica's state; a restart or a move can be
    assert "x-irreversible" in operations["RemoveReplica"][2]
    for other in ("RestartNode", "RestartReplica", "MovePrimaryReplica"):
        assert "x-irreversible" not in operations[other][2], other
    parameters = spec["components"]["parameters"]
    assert parameters["ReplicaId"]["schema"]["type"] == "string"
    assert parameters["ForceRemove"]["schema"] == {"type": "boolean"}  # no default
    assert parameters["CurrentNodeName"]["required"] is True
    assert parameters["IgnoreConstraints"]["schema"]["default"] is False
    assert "emulator" in restart["description"]
    assert "FABRIC_E_INSTANCE_ID_MISMATCH" in restart["description"]
    health = spec["components"]["schemas"]["NodeHealth"]["properties"]
    assert {"Name", "AggregatedHealthState", "HealthEvents"} <= set(health)


def test_chaos_events_page_by_token_or_time_range(spec: dict[str, Any]) -> None:
    operation = _operations(spec)["GetChaosEvents"][2]
    assert operation["x-pageable"] == {
        "itemName": "History",
        "nextTokenName": "ContinuationToken",
    }
    assert operation["x-mutually-exclusive"] == [
        ["ContinuationToken", "StartTimeUtc"],
        ["ContinuationToken", "EndTimeUtc"],
    ]
    parameters = spec["components"]["parameters"]
    for name in ("StartTimeUtc", "EndTimeUtc"):
        assert parameters[name]["x-file-time"] is True
        assert parameters[name]["schema"]["type"] == "string"
    assert parameters["MaxResults"]["schema"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 0,
        "default": 0,
    }
    chaos = spec["components"]["schemas"]["ChaosParameters"]["properties"]
    assert chaos["TimeToRunInSeconds"]["type"] == "string"
    assert chaos["TimeToRunInSeconds"]["default"] == "4294967295"
    defaults = {name: p.get("default") for name, p in chaos.items()}
    assert defaults == {
        "TimeToRunInSeconds": "4294967295",
        "MaxClusterStabilizationTimeoutInSeconds": 60,
        "MaxConcurrentFaults": 1,
        "EnableMoveReplicaFaults": True,
        "WaitTimeBetweenFaultsInSeconds": 20,
        "WaitTimeBetweenIterationsInSeconds": 30,
        "ClusterHealthPolicy": None,
        "Context": None,
        "ChaosTargetFilter": None,
    }


def test_every_bit_mask_parameter_has_x_flags(spec: dict[str, Any]) -> None:
    parameters = spec["components"]["parameters"]
    flagged = {name for name, p in parameters.items() if "x-flags" in p}
    assert flagged == set(FLAGS)
    for name, (flag_name, members) in FLAGS.items():
        assert parameters[name]["x-flags"] == {"name": flag_name, "members": members}
        assert parameters[name]["schema"]["type"] == "integer"
        for member, bit in members.items():
            assert str(bit) in parameters[name]["description"], (name, member)


def test_extensions_are_documented_in_the_header() -> None:
    from conftest import SPEC_PATH

    header = SPEC_PATH.read_text(encoding="utf-8").split("\nopenapi:", 1)[0]
    for extension in (
        "x-min-api-version",
        "x-also-accept",
        "x-flags",
        "x-pageable",
        "x-cli-command",
        "x-idempotent",
        "x-file-time",
        "x-seconds",
        "x-mutually-exclusive",
    ):
        assert f"#   {extension} (" in header, extension


def test_application_id_follows_the_service_id_convention(spec: dict[str, Any]) -> None:
    parameter = spec["components"]["parameters"]["ApplicationId"]
    assert (parameter["name"], parameter["in"], parameter["required"]) == (
        "applicationId",
        "path",
        True,
    )
    assert "`~`" in parameter["description"] and "fabric:/" in parameter["description"]
    token = spec["components"]["parameters"]["ContinuationToken"]["description"]
    assert "opaque" in token and "not be URL encoded" in token


OPEN_UNIONS = {
    "ServiceInfo": (
        "ServiceKind",
        {"Stateful": "StatefulServiceInfo", "Stateless": "StatelessServiceInfo"},
    ),
    "ServicePartitionInfo": (
        "ServiceKind",
        {
            "Stateful": "StatefulServicePartitionInfo",
            "Stateless": "StatelessServicePartitionInfo",
        },
    ),
    "ReplicaInfo": (
        "ServiceKind",
        {
            "Stateful": "StatefulServiceReplicaInfo",
            "Stateless": "StatelessServiceInstanceInfo",
        },
    ),
    "PartitionInformation": (
        "ServicePartitionKind",
        {
            "Int64Range": "Int64RangePartitionInformation",
            "Named": "NamedPartitionInformation",
            "Singleton": "SingletonPartitionInformation",
        },
    ),
    "BackupConfigurationInfo": (
        "Kind",
        {
            "Application": "ApplicationBackupConfigurationInfo",
            "Service": "ServiceBackupConfigurationInfo",
            "Partition": "PartitionBackupConfigurationInfo",
        },
    ),
}


@pytest.mark.parametrize("name", OPEN_UNIONS)
def test_open_unions(spec: dict[str, Any], name: str) -> None:
    """oneOf [KnownX (discriminated, const per member), UnknownX (every other kind)]."""
    schemas = spec["components"]["schemas"]
    prop, mapping = OPEN_UNIONS[name]
    assert schemas[name]["oneOf"] == [
        {"$ref": f"#/components/schemas/Known{name}"},
        {"$ref": f"#/components/schemas/Unknown{name}"},
    ]
    known = schemas[f"Known{name}"]
    assert known["discriminator"] == {
        "propertyName": prop,
        "mapping": {k: f"#/components/schemas/{v}" for k, v in mapping.items()},
    }
    assert [m["$ref"].rsplit("/", 1)[1] for m in known["oneOf"]] == list(
        mapping.values()
    )
    for kind, member in mapping.items():
        assert schemas[member]["properties"][prop]["const"] == kind
        assert prop in schemas[member]["required"]
    unknown = schemas[f"Unknown{name}"]
    assert unknown["additionalProperties"] is True
    assert unknown["properties"][prop]["not"] == {"enum": list(mapping)}
    validator = Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    )
    for kind in [*mapping, "SomethingNew"]:
        body = {prop: kind}
        if kind == "Int64Range":
            body |= {"LowKey": "-1", "HighKey": "1"}
        assert list(validator.iter_errors(body)) == [], kind


# (operationId, example name, official file in tests/fixtures/reference/)
OFFICIAL_EXAMPLES = [
    ("GetNodeInfoList", "SinglePage", "GetNodeInfoList.json"),
    ("GetServiceInfoList", "VisualObjects", "GetServiceInfoList.json"),
    ("GetPartitionInfoList", "Int64RangePartitions", "GetPartitionInfoList.json"),
]


@pytest.mark.parametrize(("operation_id", "name", "fixture"), OFFICIAL_EXAMPLES)
def test_official_examples_are_attached_and_valid(
    spec: dict[str, Any], operation_id: str, name: str, fixture: str
) -> None:
    value, schema = _example(spec, operation_id, name)
    assert value == load_fixture(f"reference/{fixture}")["responses"]["200"]["body"]
    validator = Draft202012Validator(
        {**schema, "components": spec["components"]},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert list(validator.iter_errors(value)) == []
    broken = {**value, "Items": "not an array"}
    assert list(validator.iter_errors(broken)) != []
