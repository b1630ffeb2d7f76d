"""The public surface users and tools depend on."""

from __future__ import annotations

import inspect

import sfrest

METHODS = [
    "start_data_loss",
    "get_data_loss_progress",
    "start_quorum_loss",
    "get_quorum_loss_progress",
    "start_partition_restart",
    "get_partition_restart_progress",
    "start_node_transition",
    "get_node_transition_progress",
    "get_fault_operation_list",
    "cancel_operation",
    "backup_partition",
    "get_partition_backup_progress",
    "restore_partition",
    "get_partition_restore_progress",
]


def test_all_is_pinned() -> None:
    assert sfrest.__all__ == [
        "TERMINAL_STATES",
        "AsyncFaultOperation",
        "AsyncOperation",
        "AsyncServiceFabricClient",
        "BackupProgressInfo",
        "BackupState",
        "BadRequestError",
        "ConflictError",
        "DataLossMode",
        "FabricError",
        "FaultOperation",
        "ForbiddenError",
        "GatewayTimeoutError",
        "InvalidArgumentError",
        "NodeTransitionProgress",
        "NodeTransitionType",
        "NotFoundError",
        "Operation",
        "OperationState",
        "OperationStateFilter",
        "OperationStatus",
        "OperationType",
        "OperationTypeFilter",
        "PageLimitError",
        "PagingError",
        "PartitionDataLossProgress",
        "PartitionQuorumLossProgress",
        "PartitionRestartProgress",
        "PollPolicy",
        "QuorumLossMode",
        "RepeatedTokenError",
        "RequestTimeoutError",
        "ResponseDecodeError",
        "RestartPartitionMode",
        "RestoreProgressInfo",
        "RestoreState",
        "RetryPolicy",
        "SFRestError",
        "ServerError",
        "ServiceFabricClient",
        "ServiceUnavailableError",
        "TokenCredential",
        "TransportError",
        "UnauthorizedError",
        "WaitTimeoutError",
        "hresult_name",
        "state_of",
    ]
    assert all(hasattr(sfrest, name) for name in sfrest.__all__)


def test_sync_and_async_clients_have_the_same_methods_and_signatures() -> None:
    for name in METHODS:
        sync, async_ = (
            getattr(sfrest.ServiceFabricClient, name),
            getattr(sfrest.AsyncServiceFabricClient, name),
        )
        assert not inspect.iscoroutinefunction(sync) and inspect.iscoroutinefunction(
            async_
        ), name
        sync_params = list(inspect.signature(sync).parameters.values())
        async_params = list(inspect.signature(async_).parameters.values())
        assert [(p.name, p.kind, p.default) for p in sync_params] == [
            (p.name, p.kind, p.default) for p in async_params
        ], name
        keyword_only = {p.name for p in sync_params if p.kind is p.KEYWORD_ONLY}
        assert {"timeout", "api_version"} <= keyword_only, name
        assert sync.__doc__, name


def test_positional_parameters_follow_the_reference() -> None:
    positional = {
        name: [
            p.name
            for p in inspect.signature(
                getattr(sfrest.ServiceFabricClient, name)
            ).parameters.values()
            if p.kind is p.POSITIONAL_OR_KEYWORD and p.name != "self"
        ]
        for name in METHODS
    }
    assert positional == {
        "start_data_loss": ["service_id", "partition_id", "data_loss_mode"],
        "get_data_loss_progress": ["service_id", "partition_id", "operation_id"],
        "start_quorum_loss": [
            "service_id",
            "partition_id",
            "quorum_loss_mode",
            "quorum_loss_duration",
        ],
        "get_quorum_loss_progress": ["service_id", "partition_id", "operation_id"],
        "start_partition_restart": [
            "service_id",
            "partition_id",
            "restart_partition_mode",
        ],
        "get_partition_restart_progress": [
            "service_id",
            "partition_id",
            "operation_id",
        ],
        "start_node_transition": [
            "node_name",
            "node_transition_type",
            "node_instance_id",
            "stop_duration_in_seconds",
        ],
        "get_node_transition_progress": ["node_name", "operation_id"],
        "get_fault_operation_list": [],
        "cancel_operation": ["operation_id"],
        "backup_partition": ["partition_id"],
        "get_partition_backup_progress": ["partition_id"],
        "restore_partition": ["partition_id", "backup_id", "backup_location"],
        "get_partition_restore_progress": ["partition_id"],
    }


def test_exception_hierarchy() -> None:
    assert issubclass(sfrest.InvalidArgumentError, ValueError)
    assert issubclass(sfrest.RequestTimeoutError, TimeoutError)
    assert issubclass(sfrest.WaitTimeoutError, TimeoutError)
    for cls in (
        sfrest.NotFoundError,
        sfrest.ServiceUnavailableError,
        sfrest.TransportError,
    ):
        assert issubclass(cls, sfrest.SFRestError)
    assert issubclass(sfrest.GatewayTimeoutError, sfrest.ServerError)
    assert issubclass(sfrest.ServerError, sfrest.FabricError)


def test_filters_are_int_flags() -> None:
    both = (
        sfrest.OperationTypeFilter.PARTITION_DATA_LOSS
        | sfrest.OperationTypeFilter.PARTITION_RESTART
    )
    assert int(both) == 5
    assert int(sfrest.OperationStateFilter.FORCE_CANCELLED) == 64
    assert int(sfrest.OperationStateFilter.ALL) == 65535


def test_enums_compare_equal_to_wire_strings() -> None:
    assert sfrest.OperationState.COMPLETED == "Completed"  # type: ignore[comparison-overlap]  # the point
    assert (
        sfrest.OperationType("PartitionDataLoss")
        is sfrest.OperationType.PARTITION_DATA_LOSS
    )
    assert (
        "Completed" in sfrest.TERMINAL_STATES
        and "Running" not in sfrest.TERMINAL_STATES
    )
