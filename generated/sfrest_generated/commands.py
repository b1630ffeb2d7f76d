# generated from spec/ by make generate — do not edit
"""The sfrest command line's commands, one per operation of the spec."""

from sfrest.cli import Command, Option

from .flags import OperationStateFilter, OperationTypeFilter
from .sync_client import ServiceFabricClient as CLIENT

COMMANDS = (
    Command(
        "partition",
        "data-loss",
        "start_data_loss",
        "Induces data loss in a partition (StartDataLoss).",
        waits=True,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "data_loss_mode",
                True,
                "The kind of data loss to induce",
                "choice",
                (
                    "PartialDataLoss",
                    "FullDataLoss",
                ),
                None,
            ),
            Option(
                "operation_id",
                False,
                "the operation's GUID (default: a new one)",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "data-loss-status",
        "get_data_loss_progress",
        "Gets the progress of a partition data loss operation started using the StartDataLoss API (GetDataLossProgress).",
        waits=False,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "operation_id",
                True,
                "A GUID that identifies a call of this API",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "quorum-loss",
        "start_quorum_loss",
        "Induces quorum loss for a given stateful service partition (StartQuorumLoss).",
        waits=True,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "quorum_loss_mode",
                True,
                "Which replicas to take down to cause quorum loss",
                "choice",
                (
                    "QuorumReplicas",
                    "AllReplicas",
                ),
                None,
            ),
            Option(
                "quorum_loss_duration",
                True,
                "How long, in seconds, the partition stays in quorum loss",
                "int",
                (),
                None,
            ),
            Option(
                "operation_id",
                False,
                "the operation's GUID (default: a new one)",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "quorum-loss-status",
        "get_quorum_loss_progress",
        "Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API (GetQuorumLossProgress).",
        waits=False,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "operation_id",
                True,
                "A GUID that identifies a call of this API",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "restart",
        "start_partition_restart",
        "Restarts some or all replicas or instances of the specified partition (StartPartitionRestart).",
        waits=True,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "restart_partition_mode",
                True,
                "Which replicas or instances to restart",
                "choice",
                (
                    "AllReplicasOrInstances",
                    "OnlyActiveSecondaries",
                ),
                None,
            ),
            Option(
                "operation_id",
                False,
                "the operation's GUID (default: a new one)",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "restart-status",
        "get_partition_restart_progress",
        "Gets the progress of a PartitionRestart operation started using StartPartitionRestart (GetPartitionRestartProgress).",
        waits=False,
        pages=None,
        options=(
            Option(
                "service_id",
                True,
                "The identity of the service: the service name without `fabric:/`, hierarchical names delimited with `~` from api-version 6.0 on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1` before 6.0)",
                "str",
                (),
                None,
            ),
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "operation_id",
                True,
                "A GUID that identifies a call of this API",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "node",
        "transition",
        "start_node_transition",
        "Starts or stops a cluster node (StartNodeTransition).",
        waits=True,
        pages=None,
        options=(
            Option("node_name", True, "The name of the node", "str", (), None),
            Option(
                "node_transition_type",
                True,
                "Whether to start or stop the node",
                "choice",
                (
                    "Start",
                    "Stop",
                ),
                None,
            ),
            Option(
                "node_instance_id",
                True,
                "The node instance ID of the target node, as reported by the node's information: an int64 carried as a decimal string (clients may also take a number)",
                "str",
                (),
                None,
            ),
            Option(
                "stop_duration_in_seconds",
                True,
                "How long, in seconds, to keep the node stopped",
                "int",
                (),
                None,
            ),
            Option(
                "operation_id",
                False,
                "the operation's GUID (default: a new one)",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "node",
        "transition-status",
        "get_node_transition_progress",
        "Gets the progress of an operation started using StartNodeTransition (GetNodeTransitionProgress).",
        waits=False,
        pages=None,
        options=(
            Option("node_name", True, "The name of the node", "str", (), None),
            Option(
                "operation_id",
                True,
                "A GUID that identifies a call of this API",
                "str",
                (),
                None,
            ),
        ),
    ),
    Command(
        "cluster",
        "operation-list",
        "get_fault_operation_list",
        "Gets a list of user-induced fault operations filtered by provided input (GetFaultOperationList).",
        waits=False,
        pages=None,
        options=(
            Option(
                "type_filter",
                False,
                "A bit mask of operation types: 65535 all, 1 PartitionDataLoss, 2 PartitionQuorumLoss, 4 PartitionRestart, 8 NodeTransition",
                "flags",
                (),
                OperationTypeFilter,
            ),
            Option(
                "state_filter",
                False,
                "A bit mask of operation states: 65535 all, 1 Running, 2 RollingBack, 8 Completed, 16 Faulted, 32 Cancelled, 64 ForceCancelled",
                "flags",
                (),
                OperationStateFilter,
            ),
        ),
    ),
    Command(
        "cluster",
        "operation-cancel",
        "cancel_operation",
        "Cancels a user-induced fault operation (CancelOperation).",
        waits=False,
        pages=None,
        options=(
            Option(
                "operation_id",
                True,
                "A GUID that identifies a call of this API",
                "str",
                (),
                None,
            ),
            Option(
                "force",
                False,
                "Skip the graceful rollback and clean-up of internal system state",
                "bool",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "backup",
        "backup_partition",
        "Triggers backup of the partition's state (BackupPartition).",
        waits=True,
        pages=None,
        options=(
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "backup_storage",
                False,
                "Describes the parameters for the backup storage; the StorageKind property selects the kind",
                "json",
                (),
                None,
            ),
            Option(
                "backup_timeout",
                False,
                "How long, in minutes, to wait for the backup to complete; after it the backup reports Timeout",
                "int",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "backup-status",
        "get_partition_backup_progress",
        "Gets details for the latest backup triggered for this partition (GetPartitionBackupProgress).",
        waits=False,
        pages=None,
        options=(
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
        ),
    ),
    Command(
        "partition",
        "restore",
        "restore_partition",
        "Triggers restore of the partition's state using the specified backup (RestorePartition).",
        waits=True,
        pages=None,
        options=(
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
            Option(
                "backup_id",
                False,
                "The unique ID of the backup to restore from",
                "str",
                (),
                None,
            ),
            Option(
                "backup_location",
                False,
                "The location of the backup relative to the backup storage",
                "str",
                (),
                None,
            ),
            Option(
                "backup_storage",
                False,
                "Describes the parameters for the backup storage; the StorageKind property selects the kind",
                "json",
                (),
                None,
            ),
            Option(
                "restore_timeout",
                False,
                "How long, in minutes, to wait for the restore to complete; after it the restore reports Timeout",
                "int",
                (),
                None,
            ),
            Option(
                "latest",
                False,
                "Restore the latest backup of the partition's backup policy, from the policy's storage",
                "bool",
                (),
                None,
            ),
        ),
    ),
    Command(
        "partition",
        "restore-status",
        "get_partition_restore_progress",
        "Gets details for the latest restore operation triggered for this partition (GetPartitionRestoreProgress).",
        waits=False,
        pages=None,
        options=(
            Option(
                "partition_id", True, "The identity of the partition", "str", (), None
            ),
        ),
    ),
)
"""Every command: (group, command, client method, help, waits, options)."""

__all__ = ["CLIENT", "COMMANDS"]
