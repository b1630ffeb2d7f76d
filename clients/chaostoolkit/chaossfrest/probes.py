# generated from spec/ by make generate — do not edit
"""Chaos Toolkit probes of sfrest: every Get* operation of the spec, and the steady-state probes.

Use them as `{"type": "python", "module": "chaossfrest.probes", "func": ..., "secrets":
["servicefabric"]}` with configuration `sf_endpoint`; results are JSON with the wire's names.
"""

from typing import Any

from chaoslib.types import Configuration, Secrets

from chaossfrest import _activity
from chaossfrest._drill import (
    cluster_is_healthy,
    operation_state,
    partition_health_state,
    service_partitions_ready,
)

__all__ = [
    "cluster_is_healthy",
    "get_application_info",
    "get_application_info_list",
    "get_chaos",
    "get_chaos_events",
    "get_chaos_schedule",
    "get_cluster_health",
    "get_data_loss_progress",
    "get_fault_operation_list",
    "get_node_health",
    "get_node_info",
    "get_node_info_list",
    "get_node_transition_progress",
    "get_partition_backup_configuration_info",
    "get_partition_backup_list",
    "get_partition_backup_progress",
    "get_partition_health",
    "get_partition_info",
    "get_partition_info_list",
    "get_partition_restart_progress",
    "get_partition_restore_progress",
    "get_quorum_loss_progress",
    "get_replica_info_list",
    "get_service_health",
    "get_service_info",
    "get_service_info_list",
    "operation_state",
    "partition_health_state",
    "service_partitions_ready",
]


def get_data_loss_progress(
    service_id: str,
    partition_id: str,
    operation_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the progress of a partition data loss operation started using the StartDataLoss API.

    Gets the progress of a data loss operation started with StartDataLoss, using the
    OperationId.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        operation_id: A GUID that identifies a call of this API.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_data_loss_progress",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_quorum_loss_progress(
    service_id: str,
    partition_id: str,
    operation_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API.

    Gets the progress of a quorum loss operation started with StartQuorumLoss, using the
    OperationId.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        operation_id: A GUID that identifies a call of this API.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_quorum_loss_progress",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_restart_progress(
    service_id: str,
    partition_id: str,
    operation_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the progress of a PartitionRestart operation started using StartPartitionRestart.

    Gets the progress of a PartitionRestart started with StartPartitionRestart using the
    provided OperationId.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        operation_id: A GUID that identifies a call of this API.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_restart_progress",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_node_transition_progress(
    node_name: str,
    operation_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the progress of an operation started using StartNodeTransition.

    Gets the progress of a node transition started with StartNodeTransition, using the
    OperationId.

    Arguments:
        node_name: The name of the node.
        operation_id: A GUID that identifies a call of this API.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_node_transition_progress",
        {
            "node_name": node_name,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_fault_operation_list(
    type_filter: int = 65535,
    state_filter: int = 65535,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> list[Any]:
    """Gets a list of user-induced fault operations filtered by provided input.

    The path ends with a slash, as on the wire. The filters are bit masks; an absent or
    0 filter matches everything.

    Arguments:
        type_filter: A bit mask of operation types: 65535 all, 1 PartitionDataLoss, 2
            PartitionQuorumLoss, 4 PartitionRestart, 8 NodeTransition.
        state_filter: A bit mask of operation states: 65535 all, 1 Running, 2
            RollingBack, 8 Completed, 16 Faulted, 32 Cancelled, 64 ForceCancelled.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: list[Any] = _activity.call(
        "get_fault_operation_list",
        {
            "type_filter": type_filter,
            "state_filter": state_filter,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_backup_progress(
    partition_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets details for the latest backup triggered for this partition.

    Returns information about the state of the latest backup along with details or
    failure reason in case of completion.

    Arguments:
        partition_id: The identity of the partition.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_backup_progress",
        {
            "partition_id": partition_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_restore_progress(
    partition_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets details for the latest restore operation triggered for this partition.

    Returns the state of the latest restore of the partition, with the restored epoch
    and LSN, or the failure reason once it has finished.

    Arguments:
        partition_id: The identity of the partition.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_restore_progress",
        {
            "partition_id": partition_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_node_info_list(
    continuation_token: str | None = None,
    node_status_filter: str | None = None,
    max_results: int | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the list of nodes in the Service Fabric cluster.

    Lists the cluster's nodes with their status, instance ids (needed by
    StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
    ContinuationToken of one page to get the next; MaxResults caps a page.

    Arguments:
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        node_status_filter: Which nodes to list by status, one lower-case value (not a
            bit mask): default lists every node except those Unknown or Removed, all every
            node, the others nodes of that status only.
        max_results: The most items a page holds.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_node_info_list",
        {
            "continuation_token": continuation_token,
            "node_status_filter": node_status_filter,
            "max_results": max_results,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_node_info(
    node_name: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Gets the information about a specific node in the Service Fabric cluster.

    One node's status, instance id and domains. An unknown node answers 204 with no
    body, not an error.

    Arguments:
        node_name: The name of the node.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] | None = _activity.call(
        "get_node_info",
        {
            "node_name": node_name,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_node_health(
    node_name: str,
    events_health_state_filter: int | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the health of a Service Fabric node.

    The node's aggregated health and the health events reported on it, the events
    filtered by EventsHealthStateFilter. A node the health store does not know answers
    an error (the sfrest emulator: 404 FABRIC_E_NODE_NOT_FOUND). The emulator reports Ok
    for a node that is up and Error for one that is down.

    Arguments:
        node_name: The name of the node.
        events_health_state_filter: A bit mask of health states selecting which entries
            the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4 Warning, 8
            Error, 65535 All.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_node_health",
        {
            "node_name": node_name,
            "events_health_state_filter": events_health_state_filter,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_application_info_list(
    application_definition_kind_filter: int | None = None,
    application_type_name: str | None = None,
    exclude_application_parameters: bool | None = None,
    continuation_token: str | None = None,
    max_results: int | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the list of applications created in the Service Fabric cluster.

    Lists the applications, optionally only those of one application type or of some
    definition kinds (not both filters at once). Paged through ContinuationToken and
    MaxResults.

    Arguments:
        application_definition_kind_filter: A bit mask of application definition kinds:
            0 Default (same as All), 1 ServiceFabricApplicationDescription, 2 Compose, 65535
            All.
        application_type_name: Only applications of this application type (the type
            name, without a version).
        exclude_application_parameters: Leave the application parameters out of the
            answer.
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        max_results: The most items a page holds.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_application_info_list",
        {
            "application_definition_kind_filter": application_definition_kind_filter,
            "application_type_name": application_type_name,
            "exclude_application_parameters": exclude_application_parameters,
            "continuation_token": continuation_token,
            "max_results": max_results,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_application_info(
    application_id: str,
    exclude_application_parameters: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Gets information about a Service Fabric application.

    One application's type, version, status and health. An unknown application answers
    204 with no body.

    Arguments:
        application_id: The identity of the application, by the same convention as the
            service id: the application name without `fabric:/`, hierarchical names
            delimited with `~` from api-version 6.0 on (`fabric:/myapp` is `myapp`,
            `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
        exclude_application_parameters: Leave the application parameters out of the
            answer.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] | None = _activity.call(
        "get_application_info",
        {
            "application_id": application_id,
            "exclude_application_parameters": exclude_application_parameters,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_service_info_list(
    application_id: str,
    service_type_name: str | None = None,
    continuation_token: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the information about all services belonging to the application specified by the application ID.

    Lists an application's services, stateful and stateless, optionally of one service
    type. Paged through ContinuationToken (no MaxResults).

    Arguments:
        application_id: The identity of the application, by the same convention as the
            service id: the application name without `fabric:/`, hierarchical names
            delimited with `~` from api-version 6.0 on (`fabric:/myapp` is `myapp`,
            `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
        service_type_name: Only services of this service type.
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_service_info_list",
        {
            "application_id": application_id,
            "service_type_name": service_type_name,
            "continuation_token": continuation_token,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_service_info(
    application_id: str,
    service_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Gets the information about the specific service belonging to the Service Fabric application.

    One service of the application. A service not found there answers 204 with no body.

    Arguments:
        application_id: The identity of the application, by the same convention as the
            service id: the application name without `fabric:/`, hierarchical names
            delimited with `~` from api-version 6.0 on (`fabric:/myapp` is `myapp`,
            `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] | None = _activity.call(
        "get_service_info",
        {
            "application_id": application_id,
            "service_id": service_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_info_list(
    service_id: str,
    continuation_token: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the list of partitions of a Service Fabric service.

    Lists the service's partitions with their partitioning scheme, status and health.
    Paged through ContinuationToken (no MaxResults).

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_info_list",
        {
            "service_id": service_id,
            "continuation_token": continuation_token,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_info(
    partition_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Gets the information about a Service Fabric partition.

    One partition, looked up by id alone. An unknown partition answers 204 with no body.

    Arguments:
        partition_id: The identity of the partition.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] | None = _activity.call(
        "get_partition_info",
        {
            "partition_id": partition_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_replica_info_list(
    partition_id: str,
    continuation_token: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the information about replicas of a Service Fabric service partition.

    Lists the partition's replicas (stateful) or instances (stateless) with their node,
    role and status. Paged through ContinuationToken (no MaxResults).

    Arguments:
        partition_id: The identity of the partition.
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_replica_info_list",
        {
            "partition_id": partition_id,
            "continuation_token": continuation_token,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_backup_configuration_info(
    partition_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the partition backup configuration information.

    Which backup policy applies to the partition, where it is inherited from, and
    whether backups are suspended.

    Arguments:
        partition_id: The identity of the partition.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_backup_configuration_info",
        {
            "partition_id": partition_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_backup_list(
    partition_id: str,
    latest: bool | None = None,
    start_date_time_filter: str | None = None,
    end_date_time_filter: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the list of backups available for the specified partition.

    The partition's backups, oldest first, optionally only the newest (Latest=true) or
    those created in a time range. The reference gives this operation no
    ContinuationToken or MaxResults parameter although the answer has a
    ContinuationToken property, so it is not marked x-pageable: expect one page.

    Arguments:
        partition_id: The identity of the partition.
        latest: Only the newest backup (of those the date filters leave).
        start_date_time_filter: Only backups created at or after this time (ISO 8601
            date-time); absent, from the first.
        end_date_time_filter: Only backups created at or before this time (ISO 8601
            date-time); absent, to the last.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_backup_list",
        {
            "partition_id": partition_id,
            "latest": latest,
            "start_date_time_filter": start_date_time_filter,
            "end_date_time_filter": end_date_time_filter,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_partition_health(
    partition_id: str,
    events_health_state_filter: int | None = None,
    replicas_health_state_filter: int | None = None,
    exclude_health_statistics: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the health of the specified Service Fabric partition.

    The partition's aggregated health, its health events and its replicas' health
    states, each list filtered by health state.

    Arguments:
        partition_id: The identity of the partition.
        events_health_state_filter: A bit mask of health states selecting which entries
            the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4 Warning, 8
            Error, 65535 All.
        replicas_health_state_filter: A bit mask of health states selecting which
            entries the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4
            Warning, 8 Error, 65535 All.
        exclude_health_statistics: Leave the HealthStatistics (counts of children per
            health state) out of the answer.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_partition_health",
        {
            "partition_id": partition_id,
            "events_health_state_filter": events_health_state_filter,
            "replicas_health_state_filter": replicas_health_state_filter,
            "exclude_health_statistics": exclude_health_statistics,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_service_health(
    service_id: str,
    events_health_state_filter: int | None = None,
    partitions_health_state_filter: int | None = None,
    exclude_health_statistics: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the health of the specified Service Fabric service.

    The service's aggregated health, its health events and its partitions' health
    states, each list filtered by health state.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        events_health_state_filter: A bit mask of health states selecting which entries
            the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4 Warning, 8
            Error, 65535 All.
        partitions_health_state_filter: A bit mask of health states selecting which
            entries the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4
            Warning, 8 Error, 65535 All.
        exclude_health_statistics: Leave the HealthStatistics (counts of children per
            health state) out of the answer.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_service_health",
        {
            "service_id": service_id,
            "events_health_state_filter": events_health_state_filter,
            "partitions_health_state_filter": partitions_health_state_filter,
            "exclude_health_statistics": exclude_health_statistics,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_cluster_health(
    nodes_health_state_filter: int | None = None,
    applications_health_state_filter: int | None = None,
    events_health_state_filter: int | None = None,
    exclude_health_statistics: bool | None = None,
    include_system_application_health_statistics: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the health of a Service Fabric cluster.

    The cluster's aggregated health, its health events, and its nodes' and applications'
    health states, each list filtered by health state.

    Arguments:
        nodes_health_state_filter: A bit mask of health states selecting which entries
            the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4 Warning, 8
            Error, 65535 All.
        applications_health_state_filter: A bit mask of health states selecting which
            entries the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4
            Warning, 8 Error, 65535 All.
        events_health_state_filter: A bit mask of health states selecting which entries
            the list holds: 0 Default (every entry), 1 None (no entry), 2 Ok, 4 Warning, 8
            Error, 65535 All.
        exclude_health_statistics: Leave the HealthStatistics (counts of children per
            health state) out of the answer.
        include_system_application_health_statistics: Count the fabric:/System
            application's entities in the HealthStatistics too.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_cluster_health",
        {
            "nodes_health_state_filter": nodes_health_state_filter,
            "applications_health_state_filter": applications_health_state_filter,
            "events_health_state_filter": events_health_state_filter,
            "exclude_health_statistics": exclude_health_statistics,
            "include_system_application_health_statistics": include_system_application_health_statistics,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_chaos(
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the status of Chaos.

    Whether Chaos runs (Status), the parameters it runs with, and the state of the Chaos
    schedule (ScheduleStatus).

    Arguments:
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_chaos",
        {
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_chaos_events(
    continuation_token: str | None = None,
    start_time_utc: str | None = None,
    end_time_utc: str | None = None,
    max_results: int | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the next segment of the Chaos events.

    The events Chaos recorded, oldest first, at most 100 a segment: from a time range on
    the first call, then by the ContinuationToken of the previous segment. A non-empty
    ContinuationToken cannot be combined with StartTimeUtc or EndTimeUtc (400
    E_INVALIDARG); an empty one can. The times are Windows file times (x-file-time).

    Arguments:
        continuation_token: The token of the next page, as the previous page's
            ContinuationToken returned it; absent for the first page.
        start_time_utc: The start of the time range, a Windows file time (x-file-time):
            the number of 100 nanosecond ticks since 1601-01-01T00:00:00Z, in decimal.
        end_time_utc: The end of the time range, a Windows file time (x-file-time) like
            StartTimeUtc; 3155378975999999999 (9999-12-31) means no end.
        max_results: The most items a page holds.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_chaos_events",
        {
            "continuation_token": continuation_token,
            "start_time_utc": start_time_utc,
            "end_time_utc": end_time_utc,
            "max_results": max_results,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def get_chaos_schedule(
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any]:
    """Gets the Chaos schedule.

    The schedule Chaos follows, with its Version, which a new schedule must carry.

    Arguments:
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: dict[str, Any] = _activity.call(
        "get_chaos_schedule",
        {
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result
