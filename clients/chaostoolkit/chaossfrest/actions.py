# generated from spec/ by make generate — do not edit
"""Chaos Toolkit actions of sfrest: every operation that changes the cluster, and the rollback helpers.

Use them as `{"type": "python", "module": "chaossfrest.actions", "func": ..., "secrets":
["servicefabric"]}` with configuration `sf_endpoint`; results are JSON with the wire's names.
"""

from typing import Any

from chaoslib.types import Configuration, Secrets

from chaossfrest import _activity
from chaossfrest._drill import cancel_running_operations, recover_all

__all__ = [
    "backup_partition",
    "cancel_operation",
    "cancel_running_operations",
    "move_primary_replica",
    "move_secondary_replica",
    "post_chaos_schedule",
    "recover_all",
    "recover_all_partitions",
    "recover_partition",
    "recover_service_partitions",
    "recover_system_partitions",
    "remove_replica",
    "restart_node",
    "restart_replica",
    "restore_partition",
    "start_chaos",
    "start_data_loss",
    "start_node_transition",
    "start_partition_restart",
    "start_quorum_loss",
    "stop_chaos",
]


def start_data_loss(
    service_id: str,
    partition_id: str,
    data_loss_mode: str,
    operation_id: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str | dict[str, Any]:
    """Induces data loss in a partition.

    Starts a data loss operation on the partition. Returns once the operation is
    accepted; follow it with GetDataLossProgress and the same OperationId. Completed
    means data loss was invoked, not that the service has recovered.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        data_loss_mode: The kind of data loss to induce.
        operation_id: The operation's GUID; a new one when not given.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns the OperationId, or with wait the terminal progress as a dict.
    """
    result: str | dict[str, Any] = _activity.call(
        "start_data_loss",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "data_loss_mode": data_loss_mode,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def start_quorum_loss(
    service_id: str,
    partition_id: str,
    quorum_loss_mode: str,
    quorum_loss_duration: int,
    operation_id: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str | dict[str, Any]:
    """Induces quorum loss for a given stateful service partition.

    Puts the partition in quorum loss for QuorumLossDuration seconds. Follow it with
    GetQuorumLossProgress and the same OperationId.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        quorum_loss_mode: Which replicas to take down to cause quorum loss.
        quorum_loss_duration: How long, in seconds, the partition stays in quorum loss.
        operation_id: The operation's GUID; a new one when not given.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns the OperationId, or with wait the terminal progress as a dict.
    """
    result: str | dict[str, Any] = _activity.call(
        "start_quorum_loss",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "quorum_loss_mode": quorum_loss_mode,
            "quorum_loss_duration": quorum_loss_duration,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def start_partition_restart(
    service_id: str,
    partition_id: str,
    restart_partition_mode: str,
    operation_id: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str | dict[str, Any]:
    """Restarts some or all replicas or instances of the specified partition.

    Follow it with GetPartitionRestartProgress and the same OperationId.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        partition_id: The identity of the partition.
        restart_partition_mode: Which replicas or instances to restart.
        operation_id: The operation's GUID; a new one when not given.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns the OperationId, or with wait the terminal progress as a dict.
    """
    result: str | dict[str, Any] = _activity.call(
        "start_partition_restart",
        {
            "service_id": service_id,
            "partition_id": partition_id,
            "restart_partition_mode": restart_partition_mode,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def start_node_transition(
    node_name: str,
    node_transition_type: str,
    node_instance_id: str,
    stop_duration_in_seconds: int,
    operation_id: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str | dict[str, Any]:
    """Starts or stops a cluster node.

    Starts or stops a node (Start or Stop). The path ends with a slash, as on the wire.
    Follow it with GetNodeTransitionProgress and the same OperationId.

    Arguments:
        node_name: The name of the node.
        node_transition_type: Whether to start or stop the node.
        node_instance_id: The node instance ID of the target node, as reported by the
            node's information: a 64-bit number carried as a decimal string of at most 20
            digits (clients may also take a number).
        stop_duration_in_seconds: How long, in seconds, to keep the node stopped.
        operation_id: The operation's GUID; a new one when not given.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns the OperationId, or with wait the terminal progress as a dict.
    """
    result: str | dict[str, Any] = _activity.call(
        "start_node_transition",
        {
            "node_name": node_name,
            "node_transition_type": node_transition_type,
            "node_instance_id": node_instance_id,
            "stop_duration_in_seconds": stop_duration_in_seconds,
            "operation_id": operation_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def cancel_operation(
    operation_id: str,
    force: bool = False,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Cancels a user-induced fault operation.

    A plain cancel moves the operation to RollingBack and then Cancelled. Force=true
    skips the rollback (ForceCancelled) and is allowed only after a plain cancel;
    otherwise the gateway answers 400 FABRIC_E_INVALID_TEST_COMMAND_STATE.

    Arguments:
        operation_id: A GUID that identifies a call of this API.
        force: Skip the graceful rollback and clean-up of internal system state.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "cancel_operation",
        {
            "operation_id": operation_id,
            "force": force,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def backup_partition(
    partition_id: str,
    backup_storage: dict[str, Any] | None = None,
    backup_timeout: int | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Triggers backup of the partition's state.

    Creates a backup of the stateful partition's state. Follow it with
    GetPartitionBackupProgress. Without a body the partition's backup policy names the
    storage. A second backup while one runs answers 409 FABRIC_E_BACKUP_IN_PROGRESS.

    Arguments:
        partition_id: The identity of the partition.
        backup_storage: Describes the parameters for the backup storage; the StorageKind
            property selects the kind.
        backup_timeout: How long, in minutes, to wait for the backup to complete; after
            it the backup reports Timeout.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns nothing, or with wait the terminal progress as a dict.
    """
    result: dict[str, Any] | None = _activity.call(
        "backup_partition",
        {
            "partition_id": partition_id,
            "backup_storage": backup_storage,
            "backup_timeout": backup_timeout,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def restore_partition(
    partition_id: str,
    backup_id: str | None = None,
    backup_location: str | None = None,
    backup_storage: dict[str, Any] | None = None,
    restore_timeout: int | None = None,
    latest: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    wait: bool = False,
    wait_timeout: float = _activity.WAIT_TIMEOUT,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> dict[str, Any] | None:
    """Triggers restore of the partition's state using the specified backup.

    Restores the partition from a backup: the one the body names, or with Latest=true
    and no body the latest backup of the partition's backup policy. Follow it with
    GetPartitionRestoreProgress.

    Arguments:
        partition_id: The identity of the partition.
        backup_id: The unique ID of the backup to restore from.
        backup_location: The location of the backup relative to the backup storage.
        backup_storage: Describes the parameters for the backup storage; the StorageKind
            property selects the kind.
        restore_timeout: How long, in minutes, to wait for the restore to complete;
            after it the restore reports Timeout.
        latest: Restore the latest backup of the partition's backup policy, from the
            policy's storage.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
        wait: poll until the operation ends; wait_timeout: seconds before failing.

    Returns nothing, or with wait the terminal progress as a dict.
    """
    result: dict[str, Any] | None = _activity.call(
        "restore_partition",
        {
            "partition_id": partition_id,
            "backup_id": backup_id,
            "backup_location": backup_location,
            "backup_storage": backup_storage,
            "restore_timeout": restore_timeout,
            "latest": latest,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
        wait=wait,
        wait_timeout=wait_timeout,
    )
    return result


def restart_node(
    node_name: str,
    node_instance_id: str = "0",
    create_fabric_dump: str | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Restarts a Service Fabric cluster node.

    Restarts a node that is up. With NodeInstanceId "0" (the default) any instance is
    restarted; with another value only the instance that has it, so a restart asked for
    twice restarts the node once. The answer comes once the node has the command: the
    node then goes Down and comes back Up with a new instance id (follow it with
    GetNodeInfo). The reference does not say that repeating it is safe, so clients do
    not retry it. The sfrest emulator answers 404 FABRIC_E_NODE_NOT_FOUND for an unknown
    node, 409 FABRIC_E_INSTANCE_ID_MISMATCH for a NodeInstanceId that is neither "0" nor
    the node's current one, and 400 FABRIC_E_NODE_IS_DOWN for a node that is down.

    Arguments:
        node_name: The name of the node.
        node_instance_id: The instance id of the node to restart ('0', the default,
            matches any instance).
        create_fabric_dump: Whether to take a dump of the node's fabric process before
            restarting it; the values are case-sensitive strings, not booleans.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "restart_node",
        {
            "node_name": node_name,
            "node_instance_id": node_instance_id,
            "create_fabric_dump": create_fabric_dump,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def restart_replica(
    node_name: str,
    partition_id: str,
    replica_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Restarts a service replica of a persisted service running on a node.

    Restarts one replica of a partition on the node it runs on: the replica closes and
    opens again with the same replica id (Down, then Ready). No safety check is made, so
    restarting replicas carelessly can cost a stateful service its availability. The
    answer comes once the replica has the command. Not retried by clients. The sfrest
    emulator answers 404 FABRIC_E_NODE_NOT_FOUND, FABRIC_E_PARTITION_NOT_FOUND or
    FABRIC_E_REPLICA_DOES_NOT_EXIST for an unknown node, partition, or a replica that is
    not on that node, 400 FABRIC_E_INVALID_FOR_STATELESS_SERVICES for an instance of a
    stateless service (remove it instead), and 400 FABRIC_E_NODE_IS_DOWN when the node
    is down.

    Arguments:
        node_name: The name of the node.
        partition_id: The identity of the partition.
        replica_id: The id of the replica, as the partition's replica list reports it
            (ReplicaId, or InstanceId for a stateless instance).
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "restart_replica",
        {
            "node_name": node_name,
            "partition_id": partition_id,
            "replica_id": replica_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def remove_replica(
    node_name: str,
    partition_id: str,
    replica_id: str,
    force_remove: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Removes a service replica running on a node.

    Simulates a replica failure: the replica is closed, loses its role and its state is
    removed from the cluster, as when a replica reports a permanent fault; the cluster
    then builds a replacement with a new replica id. The path ends in Delete, as on the
    wire. No safety check is made: a stateful service may lose data. ForceRemove skips
    the graceful shutdown and affects every replica hosted in the same process. Not
    retried by clients. The sfrest emulator answers as for RestartReplica when the node,
    partition or replica is unknown or the node is down; it removes stateless instances
    too.

    Arguments:
        node_name: The name of the node.
        partition_id: The identity of the partition.
        replica_id: The id of the replica, as the partition's replica list reports it
            (ReplicaId, or InstanceId for a stateless instance).
        force_remove: Remove the replica without its graceful shutdown.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "remove_replica",
        {
            "node_name": node_name,
            "partition_id": partition_id,
            "replica_id": replica_id,
            "force_remove": force_remove,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def move_primary_replica(
    partition_id: str,
    node_name: str | None = None,
    ignore_constraints: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Moves the primary replica of a partition of a stateful service.

    Moves the partition's primary to NodeName, within the placement constraints unless
    IgnoreConstraints is true; without NodeName the cluster picks a node. A secondary
    already on that node becomes the primary (the old primary a secondary); otherwise
    the primary itself moves there. Only stateful services have a primary. Not retried
    by clients. The sfrest emulator answers 404 FABRIC_E_PARTITION_NOT_FOUND or
    FABRIC_E_NODE_NOT_FOUND for an unknown partition or node, 400
    FABRIC_E_INVALID_FOR_STATELESS_SERVICES for a stateless service's partition, 400
    FABRIC_E_ALREADY_PRIMARY_REPLICA when the primary is on NodeName already, and 400
    FABRIC_E_NODE_IS_DOWN when NodeName is down. Without NodeName it picks the first
    secondary on a node that is up. It has no placement constraints, so
    IgnoreConstraints changes nothing there.

    Arguments:
        partition_id: The identity of the partition.
        node_name: The node to move the primary replica to; without it, the cluster
            picks one.
        ignore_constraints: Move the replica even where the placement constraints do not
            allow it.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "move_primary_replica",
        {
            "partition_id": partition_id,
            "node_name": node_name,
            "ignore_constraints": ignore_constraints,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def move_secondary_replica(
    partition_id: str,
    current_node_name: str,
    new_node_name: str | None = None,
    ignore_constraints: bool | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Moves the secondary replica of a partition of a stateful service.

    Moves the secondary replica on CurrentNodeName to NewNodeName, within the placement
    constraints unless IgnoreConstraints is true; without NewNodeName the cluster picks
    a node. The replica keeps its id. Not retried by clients. The sfrest emulator
    answers 404 FABRIC_E_PARTITION_NOT_FOUND or FABRIC_E_NODE_NOT_FOUND for an unknown
    partition or node, 400 FABRIC_E_INVALID_FOR_STATELESS_SERVICES for a stateless
    service's partition, 404 FABRIC_E_REPLICA_DOES_NOT_EXIST when no secondary is on
    CurrentNodeName, 400 FABRIC_E_ALREADY_PRIMARY_REPLICA or
    FABRIC_E_ALREADY_SECONDARY_REPLICA when NewNodeName holds the partition's primary or
    a secondary already, and 400 FABRIC_E_NODE_IS_DOWN when NewNodeName is down. Without
    NewNodeName it picks the first node that is up and holds no replica of the partition
    (400 FABRIC_E_NODE_IS_DOWN when there is none); IgnoreConstraints changes nothing
    there.

    Arguments:
        partition_id: The identity of the partition.
        current_node_name: The node the secondary replica to move is on.
        new_node_name: The node to move the secondary replica to; without it, the
            cluster picks one.
        ignore_constraints: Move the replica even where the placement constraints do not
            allow it.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "move_secondary_replica",
        {
            "partition_id": partition_id,
            "current_node_name": current_node_name,
            "new_node_name": new_node_name,
            "ignore_constraints": ignore_constraints,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def recover_partition(
    partition_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Indicates to the Service Fabric cluster that it should attempt to recover a specific partition that is currently stuck in quorum loss.

    Asks the cluster to bring one partition out of quorum loss. Use it only when the
    replicas that went down will not come back: recovering may lose data. The reference
    does not say that repeating it is safe, so clients do not retry it.

    Arguments:
        partition_id: The identity of the partition.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "recover_partition",
        {
            "partition_id": partition_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def recover_service_partitions(
    service_id: str,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Indicates to the Service Fabric cluster that it should attempt to recover the specified service that is currently stuck in quorum loss.

    Asks the cluster to bring every partition of the service out of quorum loss (data
    may be lost). Note the path: a `$` segment comes before the service id
    (`/Services/$/{serviceId}/...`), unlike every other service-scoped path; that is how
    the reference and the Microsoft clients spell it.

    Arguments:
        service_id: The identity of the service: the service name without `fabric:/`,
            hierarchical names delimited with `~` from api-version 6.0 on
            (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0).
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "recover_service_partitions",
        {
            "service_id": service_id,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def recover_system_partitions(
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Indicates to the Service Fabric cluster that it should attempt to recover the system services that are currently stuck in quorum loss.

    Asks the cluster to bring its system services' partitions out of quorum loss (data
    may be lost).

    Arguments:
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "recover_system_partitions",
        {
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def recover_all_partitions(
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Indicates to the Service Fabric cluster that it should attempt to recover any services (including system services) which are currently stuck in quorum loss.

    Asks the cluster to bring every partition in quorum loss, system services included,
    back (data may be lost). The official example (RecoverAllPartitions.json) shows an
    empty JSON object as the body; clients must not expect one.

    Arguments:
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "recover_all_partitions",
        {
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def start_chaos(
    time_to_run_in_seconds: int | None = None,
    max_cluster_stabilization_timeout_in_seconds: int | None = None,
    max_concurrent_faults: int | None = None,
    enable_move_replica_faults: bool | None = None,
    wait_time_between_faults_in_seconds: int | None = None,
    wait_time_between_iterations_in_seconds: int | None = None,
    cluster_health_policy: dict[str, Any] | None = None,
    context: dict[str, Any] | None = None,
    chaos_target_filter: dict[str, Any] | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Starts Chaos in the cluster.

    Starts Chaos with the given parameters: in iterations it restarts nodes, code
    packages and replicas and moves replicas, waiting between faults and iterations and
    validating the cluster's health. While Chaos runs a second start answers 400
    FABRIC_E_CHAOS_ALREADY_RUNNING. A success is 200 with an empty body; follow Chaos
    with GetChaos and GetChaosEvents.

    Arguments:
        time_to_run_in_seconds: How long Chaos runs before it stops itself, in seconds,
            as a decimal string of a 32-bit unsigned number (x-seconds: clients take a
            number or a duration too).
        max_cluster_stabilization_timeout_in_seconds: How long Chaos waits for the
            cluster to become healthy before it reports a ValidationFailed event, in
            seconds.
        max_concurrent_faults: The most faults Chaos runs at once in an iteration; more
            means more aggressive.
        enable_move_replica_faults: Whether Chaos also moves primary and secondary
            replicas.
        wait_time_between_faults_in_seconds: How long Chaos waits between two faults of
            one iteration, in seconds.
        wait_time_between_iterations_in_seconds: How long Chaos waits between two
            iterations, in seconds.
        cluster_health_policy: The health policy Chaos validates the cluster with
            between iterations; while the cluster is unhealthy by it, Chaos waits (up to
            MaxClusterStabilizationTimeoutInSeconds).
        context: Pairs of strings the caller attaches to a Chaos run; the Started event
            carries them back.
        chaos_target_filter: What Chaos may fault: nodes of the listed node types get
            every kind of fault, replicas of the listed applications get replica faults (and
            code-package restarts where the package hosts listed applications only).
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "start_chaos",
        {
            "time_to_run_in_seconds": time_to_run_in_seconds,
            "max_cluster_stabilization_timeout_in_seconds": max_cluster_stabilization_timeout_in_seconds,
            "max_concurrent_faults": max_concurrent_faults,
            "enable_move_replica_faults": enable_move_replica_faults,
            "wait_time_between_faults_in_seconds": wait_time_between_faults_in_seconds,
            "wait_time_between_iterations_in_seconds": wait_time_between_iterations_in_seconds,
            "cluster_health_policy": cluster_health_policy,
            "context": context,
            "chaos_target_filter": chaos_target_filter,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def stop_chaos(
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Stops Chaos if it is running and stops the Chaos schedule.

    Chaos schedules no new fault; faults already under way finish. The Chaos schedule
    goes to Stopped until a new schedule is posted. A success is 200 with an empty body,
    also when Chaos was not running.

    Arguments:
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "stop_chaos",
        {
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result


def post_chaos_schedule(
    version: int | None = None,
    schedule: dict[str, Any] | None = None,
    timeout: int | None = None,
    api_version: str | None = None,
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> None:
    """Sets the schedule Chaos follows.

    Replaces the schedule. Version must be the server's current one (GetChaosSchedule);
    the server then increments it (after 2147483647 it wraps to 0). Another Version, or
    a schedule posted while Chaos runs, is refused with a FabricError (400). A success
    is 200 with an empty body.

    Arguments:
        version: The schedule's version.
        schedule: When Chaos runs, and with which parameters, between StartDate and
            ExpiryDate.
        timeout: The server timeout in seconds.
        api_version: The api-version to send instead of the operation's default.
    """
    result: None = _activity.call(
        "post_chaos_schedule",
        {
            "version": version,
            "schedule": schedule,
            "timeout": timeout,
            "api_version": api_version,
        },
        configuration,
        secrets,
    )
    return result
