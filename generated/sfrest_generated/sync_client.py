# generated from spec/ by make generate — do not edit
"""ServiceFabricClient: every operation of the spec as a method."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sfrest._client import SyncCore as _Core
from sfrest._operation import FaultOperation, Operation
from sfrest._paging import DEFAULT_MAX_PAGES, Pages

from .flags import (
    ApplicationDefinitionKindFilter,
    HealthStateFilter,
    OperationStateFilter,
    OperationTypeFilter,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime, timedelta
    from uuid import UUID

    from .models import (
        ApplicationInfo,
        AzureBlobBackupStorageDescription,
        BackupProgressInfo,
        Chaos,
        ChaosContext,
        ChaosEventsSegment,
        ChaosEventWrapper,
        ChaosSchedule,
        ChaosScheduleDescription,
        ChaosTargetFilter,
        ClusterHealth,
        ClusterHealthPolicy,
        CreateFabricDump,
        DataLossMode,
        DsmsAzureBlobBackupStorageDescription,
        FileShareBackupStorageDescription,
        ManagedIdentityAzureBlobBackupStorageDescription,
        NodeHealth,
        NodeInfo,
        NodeStatusFilter,
        NodeTransitionProgress,
        NodeTransitionType,
        OperationStatus,
        PagedApplicationInfoList,
        PagedBackupInfoList,
        PagedNodeInfoList,
        PagedReplicaInfoList,
        PagedServiceInfoList,
        PagedServicePartitionInfoList,
        PartitionBackupConfigurationInfo,
        PartitionDataLossProgress,
        PartitionHealth,
        PartitionQuorumLossProgress,
        PartitionRestartProgress,
        QuorumLossMode,
        RestartPartitionMode,
        RestoreProgressInfo,
        ServiceHealth,
        StatefulServiceInfo,
        StatefulServicePartitionInfo,
        StatefulServiceReplicaInfo,
        StatelessServiceInfo,
        StatelessServiceInstanceInfo,
        StatelessServicePartitionInfo,
        UnknownReplicaInfo,
        UnknownServiceInfo,
        UnknownServicePartitionInfo,
    )


class ServiceFabricClient(_Core):
    """Service Fabric fault analysis and backup progress: one method per operation.

    For example::

        with sfrest.ServiceFabricClient("http://localhost:19080") as client:
            client.start_data_loss('CalcApp~CalcService', partition_id, 'PartialDataLoss')

    The constructor's arguments (endpoint, auth, TLS, policies, transport) are
    documented on the base class.
    """

    def start_data_loss(
        self,
        service_id: str,
        partition_id: UUID | str,
        data_loss_mode: DataLossMode | str,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionDataLossProgress]:
        """Induces data loss in a partition (StartDataLoss).

        Starts a data loss operation on the partition. Returns once the operation is
        accepted; follow it with GetDataLossProgress and the same OperationId. Completed
        means data loss was invoked, not that the service has recovered.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            data_loss_mode: The kind of data loss to induce.
            operation_id: The operation's GUID (x-idempotency-key); a new one when not given.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.start_data_loss('CalcApp~CalcService', partition_id, 'PartialDataLoss')
            progress = op.wait()
        """
        from .api.faults import start_data_loss as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "data_loss_mode": data_loss_mode,
                    "operation_id": _key,
                },
            )
        )
        return FaultOperation(
            self,
            lambda: self.get_data_loss_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    def get_data_loss_progress(
        self,
        service_id: str,
        partition_id: UUID | str,
        operation_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionDataLossProgress:
        """Gets the progress of a partition data loss operation started using the StartDataLoss API (GetDataLossProgress).

        Gets the progress of a data loss operation started with StartDataLoss, using the
        OperationId.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            operation_id: A GUID that identifies a call of this API.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_data_loss_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_data_loss_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "operation_id": operation_id,
                },
            )
        )

    def start_quorum_loss(
        self,
        service_id: str,
        partition_id: UUID | str,
        quorum_loss_mode: QuorumLossMode | str,
        quorum_loss_duration: int,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionQuorumLossProgress]:
        """Induces quorum loss for a given stateful service partition (StartQuorumLoss).

        Puts the partition in quorum loss for QuorumLossDuration seconds. Follow it with
        GetQuorumLossProgress and the same OperationId.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            quorum_loss_mode: Which replicas to take down to cause quorum loss.
            quorum_loss_duration: How long, in seconds, the partition stays in
                quorum loss.
            operation_id: The operation's GUID (x-idempotency-key); a new one when not given.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.start_quorum_loss('CalcApp~CalcService', partition_id, 'QuorumReplicas', quorum_loss_duration)
            progress = op.wait()
        """
        from .api.faults import start_quorum_loss as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "quorum_loss_mode": quorum_loss_mode,
                    "quorum_loss_duration": quorum_loss_duration,
                    "operation_id": _key,
                },
            )
        )
        return FaultOperation(
            self,
            lambda: self.get_quorum_loss_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    def get_quorum_loss_progress(
        self,
        service_id: str,
        partition_id: UUID | str,
        operation_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionQuorumLossProgress:
        """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API (GetQuorumLossProgress).

        Gets the progress of a quorum loss operation started with StartQuorumLoss, using
        the OperationId.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            operation_id: A GUID that identifies a call of this API.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_quorum_loss_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_quorum_loss_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "operation_id": operation_id,
                },
            )
        )

    def start_partition_restart(
        self,
        service_id: str,
        partition_id: UUID | str,
        restart_partition_mode: RestartPartitionMode | str,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionRestartProgress]:
        """Restarts some or all replicas or instances of the specified partition (StartPartitionRestart).

        Follow it with GetPartitionRestartProgress and the same OperationId.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            restart_partition_mode: Which replicas or instances to restart.
            operation_id: The operation's GUID (x-idempotency-key); a new one when not given.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.start_partition_restart('CalcApp~CalcService', partition_id, 'AllReplicasOrInstances')
            progress = op.wait()
        """
        from .api.faults import start_partition_restart as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "restart_partition_mode": restart_partition_mode,
                    "operation_id": _key,
                },
            )
        )
        return FaultOperation(
            self,
            lambda: self.get_partition_restart_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    def get_partition_restart_progress(
        self,
        service_id: str,
        partition_id: UUID | str,
        operation_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionRestartProgress:
        """Gets the progress of a PartitionRestart operation started using StartPartitionRestart (GetPartitionRestartProgress).

        Gets the progress of a PartitionRestart started with StartPartitionRestart using
        the provided OperationId.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            partition_id: The identity of the partition.
            operation_id: A GUID that identifies a call of this API.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_restart_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_partition_restart_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": partition_id,
                    "operation_id": operation_id,
                },
            )
        )

    def start_node_transition(
        self,
        node_name: str,
        node_transition_type: NodeTransitionType | str,
        node_instance_id: str | int,
        stop_duration_in_seconds: int,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[NodeTransitionProgress]:
        """Starts or stops a cluster node (StartNodeTransition).

        Starts or stops a node (Start or Stop). The path ends with a slash, as on the
        wire. Follow it with GetNodeTransitionProgress and the same OperationId.

        Args:
            node_name: The name of the node.
            node_transition_type: Whether to start or stop the node.
            node_instance_id: The node instance ID of the target node, as reported
                by the node's information: a 64-bit number carried as a decimal string
                of at most 20 digits (clients may also take a number).
            stop_duration_in_seconds: How long, in seconds, to keep the node
                stopped.
            operation_id: The operation's GUID (x-idempotency-key); a new one when not given.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.start_node_transition('_Node_0', 'Start', node_instance_id, stop_duration_in_seconds)
            progress = op.wait()
        """
        from .api.faults import start_node_transition as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                    "node_transition_type": node_transition_type,
                    "node_instance_id": node_instance_id,
                    "stop_duration_in_seconds": stop_duration_in_seconds,
                    "operation_id": _key,
                },
            )
        )
        return FaultOperation(
            self,
            lambda: self.get_node_transition_progress(
                node_name=node_name,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    def get_node_transition_progress(
        self,
        node_name: str,
        operation_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> NodeTransitionProgress:
        """Gets the progress of an operation started using StartNodeTransition (GetNodeTransitionProgress).

        Gets the progress of a node transition started with StartNodeTransition, using
        the OperationId.

        Args:
            node_name: The name of the node.
            operation_id: A GUID that identifies a call of this API.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_node_transition_progress('_Node_0', operation_id)
        """
        from .api.faults import get_node_transition_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                    "operation_id": operation_id,
                },
            )
        )

    def get_fault_operation_list(
        self,
        *,
        type_filter: OperationTypeFilter | int = OperationTypeFilter.ALL,
        state_filter: OperationStateFilter | int = OperationStateFilter.ALL,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> list[OperationStatus]:
        """Gets a list of user-induced fault operations filtered by provided input (GetFaultOperationList).

        The path ends with a slash, as on the wire. The filters are bit masks; an absent
        or 0 filter matches everything.

        Args:
            type_filter: A bit mask of operation types: 65535 all, 1
                PartitionDataLoss, 2 PartitionQuorumLoss, 4 PartitionRestart, 8
                NodeTransition.
            state_filter: A bit mask of operation states: 65535 all, 1 Running, 2
                RollingBack, 8 Completed, 16 Faulted, 32 Cancelled, 64 ForceCancelled.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_fault_operation_list()
        """
        from .api.faults import get_fault_operation_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "type_filter": type_filter,
                    "state_filter": state_filter,
                },
            )
        )

    def cancel_operation(
        self,
        operation_id: UUID | str,
        *,
        force: bool = False,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Cancels a user-induced fault operation (CancelOperation).

        A plain cancel moves the operation to RollingBack and then Cancelled. Force=true
        skips the rollback (ForceCancelled) and is allowed only after a plain cancel;
        otherwise the gateway answers 400 FABRIC_E_INVALID_TEST_COMMAND_STATE.

        Args:
            operation_id: A GUID that identifies a call of this API.
            force: Skip the graceful rollback and clean-up of internal system state.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.cancel_operation(operation_id)
        """
        from .api.faults import cancel_operation as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "operation_id": operation_id,
                    "force": force,
                },
            )
        )

    def backup_partition(
        self,
        partition_id: UUID | str,
        *,
        backup_storage: AzureBlobBackupStorageDescription
        | FileShareBackupStorageDescription
        | DsmsAzureBlobBackupStorageDescription
        | ManagedIdentityAzureBlobBackupStorageDescription
        | None = None,
        backup_timeout: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Operation[BackupProgressInfo]:
        """Triggers backup of the partition's state (BackupPartition).

        Creates a backup of the stateful partition's state. Follow it with
        GetPartitionBackupProgress. Without a body the partition's backup policy names
        the storage. A second backup while one runs answers 409
        FABRIC_E_BACKUP_IN_PROGRESS.

        Args:
            partition_id: The identity of the partition.
            backup_storage: Describes the parameters for the backup storage; the
                StorageKind property selects the kind.
            backup_timeout: How long, in minutes, to wait for the backup to
                complete; after it the backup reports Timeout.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.backup_partition(partition_id)
            progress = op.wait()
        """
        from .api.backup_restore import backup_partition as _op

        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "backup_timeout": backup_timeout,
                },
                body={
                    "backup_storage": backup_storage,
                },
            )
        )
        return Operation(
            self,
            lambda: self.get_partition_backup_progress(
                partition_id=partition_id,
            ),
        )

    def get_partition_backup_progress(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> BackupProgressInfo:
        """Gets details for the latest backup triggered for this partition (GetPartitionBackupProgress).

        Returns information about the state of the latest backup along with details or
        failure reason in case of completion.

        Args:
            partition_id: The identity of the partition.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_backup_progress(partition_id)
        """
        from .api.backup_restore import get_partition_backup_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                },
            )
        )

    def restore_partition(
        self,
        partition_id: UUID | str,
        backup_id: UUID | str | None = None,
        backup_location: str | None = None,
        *,
        backup_storage: AzureBlobBackupStorageDescription
        | FileShareBackupStorageDescription
        | DsmsAzureBlobBackupStorageDescription
        | ManagedIdentityAzureBlobBackupStorageDescription
        | None = None,
        restore_timeout: int | None = None,
        latest: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Operation[RestoreProgressInfo]:
        """Triggers restore of the partition's state using the specified backup (RestorePartition).

        Restores the partition from a backup: the one the body names, or with
        Latest=true and no body the latest backup of the partition's backup policy.
        Follow it with GetPartitionRestoreProgress.

        Args:
            partition_id: The identity of the partition.
            backup_id: The unique ID of the backup to restore from.
            backup_location: The location of the backup relative to the backup
                storage.
            backup_storage: Describes the parameters for the backup storage; the
                StorageKind property selects the kind.
            restore_timeout: How long, in minutes, to wait for the restore to
                complete; after it the restore reports Timeout.
            latest: Restore the latest backup of the partition's backup policy, from
                the policy's storage.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            op = client.restore_partition(partition_id, backup_id, backup_location)
            progress = op.wait()
        """
        from .api.backup_restore import restore_partition as _op

        self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "restore_timeout": restore_timeout,
                    "latest": latest,
                },
                body={
                    "backup_id": backup_id,
                    "backup_location": backup_location,
                    "backup_storage": backup_storage,
                },
            )
        )
        return Operation(
            self,
            lambda: self.get_partition_restore_progress(
                partition_id=partition_id,
            ),
        )

    def get_partition_restore_progress(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> RestoreProgressInfo:
        """Gets details for the latest restore operation triggered for this partition (GetPartitionRestoreProgress).

        Returns the state of the latest restore of the partition, with the restored
        epoch and LSN, or the failure reason once it has finished.

        Args:
            partition_id: The identity of the partition.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_restore_progress(partition_id)
        """
        from .api.backup_restore import get_partition_restore_progress as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                },
            )
        )

    def get_node_info_list(
        self,
        *,
        continuation_token: str | None = None,
        node_status_filter: NodeStatusFilter | str | None = None,
        max_results: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedNodeInfoList:
        """Gets the list of nodes in the Service Fabric cluster (GetNodeInfoList).

        Lists the cluster's nodes with their status, instance ids (needed by
        StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
        ContinuationToken of one page to get the next; MaxResults caps a page.

        Args:
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            node_status_filter: Which nodes to list by status, one lower-case value
                (not a bit mask): default lists every node except those Unknown or
                Removed, all every node, the others nodes of that status only.
            max_results: The most items a page holds.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_node_info_list()
        """
        from .api.nodes import get_node_info_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "continuation_token": continuation_token,
                    "node_status_filter": node_status_filter,
                    "max_results": max_results,
                },
            )
        )

    def iter_nodes(
        self,
        *,
        node_status_filter: NodeStatusFilter | str | None = None,
        max_results: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[NodeInfo]:
        """Every items entry of get_node_info_list, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).

        For example::

            for item in client.iter_nodes():
                print(item)
        """
        pages = Pages("GetNodeInfoList", max_pages)
        token: str | None = None
        while True:
            page = self.get_node_info_list(
                node_status_filter=node_status_filter,
                max_results=max_results,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.items or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def get_node_info(
        self,
        node_name: str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> NodeInfo | None:
        """Gets the information about a specific node in the Service Fabric cluster (GetNodeInfo).

        One node's status, instance id and domains. An unknown node answers 204 with no
        body, not an error.

        Args:
            node_name: The name of the node.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_node_info('_Node_0')
        """
        from .api.nodes import get_node_info as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                },
            )
        )

    def restart_node(
        self,
        node_name: str,
        *,
        node_instance_id: str | int = "0",
        create_fabric_dump: CreateFabricDump | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Restarts a Service Fabric cluster node (RestartNode).

        Restarts a node that is up. With NodeInstanceId "0" (the default) any instance
        is restarted; with another value only the instance that has it, so a restart
        asked for twice restarts the node once. The answer comes once the node has the
        command: the node then goes Down and comes back Up with a new instance id
        (follow it with GetNodeInfo). The reference does not say that repeating it is
        safe, so clients do not retry it. The sfrest emulator answers 404
        FABRIC_E_NODE_NOT_FOUND for an unknown node, 409 FABRIC_E_INSTANCE_ID_MISMATCH
        for a NodeInstanceId that is neither "0" nor the node's current one, and 400
        FABRIC_E_NODE_IS_DOWN for a node that is down.

        Args:
            node_name: The name of the node.
            node_instance_id: The instance id of the node to restart ("0", the
                default, matches any instance).
            create_fabric_dump: Whether to take a dump of the node's fabric process
                before restarting it; the values are case-sensitive strings, not
                booleans.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.restart_node('_Node_0')
        """
        from .api.nodes import restart_node as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                },
                body={
                    "node_instance_id": node_instance_id,
                    "create_fabric_dump": create_fabric_dump,
                },
            )
        )

    def get_node_health(
        self,
        node_name: str,
        *,
        events_health_state_filter: HealthStateFilter | int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> NodeHealth:
        """Gets the health of a Service Fabric node (GetNodeHealth).

        The node's aggregated health and the health events reported on it, the events
        filtered by EventsHealthStateFilter. A node the health store does not know
        answers an error (the sfrest emulator: 404 FABRIC_E_NODE_NOT_FOUND). The
        emulator reports Ok for a node that is up and Error for one that is down.

        Args:
            node_name: The name of the node.
            events_health_state_filter: A bit mask of health states selecting which
                entries the list holds: 0 Default (every entry), 1 None (no entry), 2
                Ok, 4 Warning, 8 Error, 65535 All.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_node_health('_Node_0')
        """
        from .api.health import get_node_health as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                    "events_health_state_filter": events_health_state_filter,
                },
            )
        )

    def get_application_info_list(
        self,
        *,
        application_definition_kind_filter: ApplicationDefinitionKindFilter
        | int
        | None = None,
        application_type_name: str | None = None,
        exclude_application_parameters: bool | None = None,
        continuation_token: str | None = None,
        max_results: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedApplicationInfoList:
        """Gets the list of applications created in the Service Fabric cluster (GetApplicationInfoList).

        Lists the applications, optionally only those of one application type or of some
        definition kinds (not both filters at once). Paged through ContinuationToken and
        MaxResults.

        Args:
            application_definition_kind_filter: A bit mask of application definition
                kinds: 0 Default (same as All), 1 ServiceFabricApplicationDescription, 2
                Compose, 65535 All.
            application_type_name: Only applications of this application type (the
                type name, without a version).
            exclude_application_parameters: Leave the application parameters out of
                the answer.
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            max_results: The most items a page holds.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_application_info_list()
        """
        from .api.applications import get_application_info_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "application_definition_kind_filter": application_definition_kind_filter,
                    "application_type_name": application_type_name,
                    "exclude_application_parameters": exclude_application_parameters,
                    "continuation_token": continuation_token,
                    "max_results": max_results,
                },
            )
        )

    def iter_applications(
        self,
        *,
        application_definition_kind_filter: ApplicationDefinitionKindFilter
        | int
        | None = None,
        application_type_name: str | None = None,
        exclude_application_parameters: bool | None = None,
        max_results: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[ApplicationInfo]:
        """Every items entry of get_application_info_list, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).

        For example::

            for item in client.iter_applications():
                print(item)
        """
        pages = Pages("GetApplicationInfoList", max_pages)
        token: str | None = None
        while True:
            page = self.get_application_info_list(
                application_definition_kind_filter=application_definition_kind_filter,
                application_type_name=application_type_name,
                exclude_application_parameters=exclude_application_parameters,
                max_results=max_results,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.items or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def get_application_info(
        self,
        application_id: str,
        *,
        exclude_application_parameters: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> ApplicationInfo | None:
        """Gets information about a Service Fabric application (GetApplicationInfo).

        One application's type, version, status and health. An unknown application
        answers 204 with no body.

        Args:
            application_id: The identity of the application, by the same convention
                as the service id: the application name without `fabric:/`, hierarchical
                names delimited with `~` from api-version 6.0 on (`fabric:/myapp` is
                `myapp`, `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
            exclude_application_parameters: Leave the application parameters out of
                the answer.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_application_info('CalcApp')
        """
        from .api.applications import get_application_info as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "application_id": application_id,
                    "exclude_application_parameters": exclude_application_parameters,
                },
            )
        )

    def get_service_info_list(
        self,
        application_id: str,
        *,
        service_type_name: str | None = None,
        continuation_token: str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedServiceInfoList:
        """Gets the information about all services belonging to the application specified by the application ID (GetServiceInfoList).

        Lists an application's services, stateful and stateless, optionally of one
        service type. Paged through ContinuationToken (no MaxResults).

        Args:
            application_id: The identity of the application, by the same convention
                as the service id: the application name without `fabric:/`, hierarchical
                names delimited with `~` from api-version 6.0 on (`fabric:/myapp` is
                `myapp`, `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
            service_type_name: Only services of this service type.
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_service_info_list('CalcApp')
        """
        from .api.services import get_service_info_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "application_id": application_id,
                    "service_type_name": service_type_name,
                    "continuation_token": continuation_token,
                },
            )
        )

    def iter_services(
        self,
        application_id: str,
        *,
        service_type_name: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]:
        """Every items entry of get_service_info_list, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).

        For example::

            for item in client.iter_services('CalcApp'):
                print(item)
        """
        pages = Pages("GetServiceInfoList", max_pages)
        token: str | None = None
        while True:
            page = self.get_service_info_list(
                application_id=application_id,
                service_type_name=service_type_name,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.items or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def get_service_info(
        self,
        application_id: str,
        service_id: str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo | None:
        """Gets the information about the specific service belonging to the Service Fabric application (GetServiceInfo).

        One service of the application. A service not found there answers 204 with no
        body.

        Args:
            application_id: The identity of the application, by the same convention
                as the service id: the application name without `fabric:/`, hierarchical
                names delimited with `~` from api-version 6.0 on (`fabric:/myapp` is
                `myapp`, `fabric:/myapp/app1` is `myapp~app1`; `myapp/app1` before 6.0).
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_service_info('CalcApp', 'CalcApp~CalcService')
        """
        from .api.services import get_service_info as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "application_id": application_id,
                    "service_id": service_id,
                },
            )
        )

    def get_partition_info_list(
        self,
        service_id: str,
        *,
        continuation_token: str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedServicePartitionInfoList:
        """Gets the list of partitions of a Service Fabric service (GetPartitionInfoList).

        Lists the service's partitions with their partitioning scheme, status and
        health. Paged through ContinuationToken (no MaxResults).

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_info_list('CalcApp~CalcService')
        """
        from .api.partitions import get_partition_info_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "continuation_token": continuation_token,
                },
            )
        )

    def iter_partitions(
        self,
        service_id: str,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
    ]:
        """Every items entry of get_partition_info_list, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).

        For example::

            for item in client.iter_partitions('CalcApp~CalcService'):
                print(item)
        """
        pages = Pages("GetPartitionInfoList", max_pages)
        token: str | None = None
        while True:
            page = self.get_partition_info_list(
                service_id=service_id,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.items or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def get_partition_info(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> (
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
        | None
    ):
        """Gets the information about a Service Fabric partition (GetPartitionInfo).

        One partition, looked up by id alone. An unknown partition answers 204 with no
        body.

        Args:
            partition_id: The identity of the partition.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_info(partition_id)
        """
        from .api.partitions import get_partition_info as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                },
            )
        )

    def get_replica_info_list(
        self,
        partition_id: UUID | str,
        *,
        continuation_token: str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedReplicaInfoList:
        """Gets the information about replicas of a Service Fabric service partition (GetReplicaInfoList).

        Lists the partition's replicas (stateful) or instances (stateless) with their
        node, role and status. Paged through ContinuationToken (no MaxResults).

        Args:
            partition_id: The identity of the partition.
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_replica_info_list(partition_id)
        """
        from .api.replicas import get_replica_info_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "continuation_token": continuation_token,
                },
            )
        )

    def iter_replicas(
        self,
        partition_id: UUID | str,
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[
        StatefulServiceReplicaInfo | StatelessServiceInstanceInfo | UnknownReplicaInfo
    ]:
        """Every items entry of get_replica_info_list, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).

        For example::

            for item in client.iter_replicas(partition_id):
                print(item)
        """
        pages = Pages("GetReplicaInfoList", max_pages)
        token: str | None = None
        while True:
            page = self.get_replica_info_list(
                partition_id=partition_id,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.items or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def restart_replica(
        self,
        node_name: str,
        partition_id: UUID | str,
        replica_id: str | int,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Restarts a service replica of a persisted service running on a node (RestartReplica).

        Restarts one replica of a partition on the node it runs on: the replica closes
        and opens again with the same replica id (Down, then Ready). No safety check is
        made, so restarting replicas carelessly can cost a stateful service its
        availability. The answer comes once the replica has the command. Not retried by
        clients. The sfrest emulator answers 404 FABRIC_E_NODE_NOT_FOUND,
        FABRIC_E_PARTITION_NOT_FOUND or FABRIC_E_REPLICA_DOES_NOT_EXIST for an unknown
        node, partition, or a replica that is not on that node, 400
        FABRIC_E_INVALID_FOR_STATELESS_SERVICES for an instance of a stateless service
        (remove it instead), and 400 FABRIC_E_NODE_IS_DOWN when the node is down.

        Args:
            node_name: The name of the node.
            partition_id: The identity of the partition.
            replica_id: The id of the replica, as the partition's replica list
                reports it (ReplicaId, or InstanceId for a stateless instance).
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.restart_replica('_Node_0', partition_id, '132537498800000000')
        """
        from .api.replicas import restart_replica as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                    "partition_id": partition_id,
                    "replica_id": replica_id,
                },
            )
        )

    def remove_replica(
        self,
        node_name: str,
        partition_id: UUID | str,
        replica_id: str | int,
        *,
        force_remove: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Removes a service replica running on a node (RemoveReplica).

        Simulates a replica failure: the replica is closed, loses its role and its state
        is removed from the cluster, as when a replica reports a permanent fault; the
        cluster then builds a replacement with a new replica id. The path ends in
        Delete, as on the wire. No safety check is made: a stateful service may lose
        data. ForceRemove skips the graceful shutdown and affects every replica hosted
        in the same process. Not retried by clients. The sfrest emulator answers as for
        RestartReplica when the node, partition or replica is unknown or the node is
        down; it removes stateless instances too.

        Args:
            node_name: The name of the node.
            partition_id: The identity of the partition.
            replica_id: The id of the replica, as the partition's replica list
                reports it (ReplicaId, or InstanceId for a stateless instance).
            force_remove: Remove the replica without its graceful shutdown.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.remove_replica('_Node_0', partition_id, '132537498800000000')
        """
        from .api.replicas import remove_replica as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "node_name": node_name,
                    "partition_id": partition_id,
                    "replica_id": replica_id,
                    "force_remove": force_remove,
                },
            )
        )

    def move_primary_replica(
        self,
        partition_id: UUID | str,
        *,
        node_name: str | None = None,
        ignore_constraints: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Moves the primary replica of a partition of a stateful service (MovePrimaryReplica).

        Moves the partition's primary to NodeName, within the placement constraints
        unless IgnoreConstraints is true; without NodeName the cluster picks a node. A
        secondary already on that node becomes the primary (the old primary a
        secondary); otherwise the primary itself moves there. Only stateful services
        have a primary. Not retried by clients. The sfrest emulator answers 404
        FABRIC_E_PARTITION_NOT_FOUND or FABRIC_E_NODE_NOT_FOUND for an unknown partition
        or node, 400 FABRIC_E_INVALID_FOR_STATELESS_SERVICES for a stateless service's
        partition, 400 FABRIC_E_ALREADY_PRIMARY_REPLICA when the primary is on NodeName
        already, and 400 FABRIC_E_NODE_IS_DOWN when NodeName is down. Without NodeName
        it picks the first secondary on a node that is up. It has no placement
        constraints, so IgnoreConstraints changes nothing there.

        Args:
            partition_id: The identity of the partition.
            node_name: The node to move the primary replica to; without it, the
                cluster picks one.
            ignore_constraints: Move the replica even where the placement
                constraints do not allow it.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.move_primary_replica(partition_id)
        """
        from .api.partitions import move_primary_replica as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "node_name": node_name,
                    "ignore_constraints": ignore_constraints,
                },
            )
        )

    def move_secondary_replica(
        self,
        partition_id: UUID | str,
        current_node_name: str,
        *,
        new_node_name: str | None = None,
        ignore_constraints: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Moves the secondary replica of a partition of a stateful service (MoveSecondaryReplica).

        Moves the secondary replica on CurrentNodeName to NewNodeName, within the
        placement constraints unless IgnoreConstraints is true; without NewNodeName the
        cluster picks a node. The replica keeps its id. Not retried by clients. The
        sfrest emulator answers 404 FABRIC_E_PARTITION_NOT_FOUND or
        FABRIC_E_NODE_NOT_FOUND for an unknown partition or node, 400
        FABRIC_E_INVALID_FOR_STATELESS_SERVICES for a stateless service's partition, 404
        FABRIC_E_REPLICA_DOES_NOT_EXIST when no secondary is on CurrentNodeName, 400
        FABRIC_E_ALREADY_PRIMARY_REPLICA or FABRIC_E_ALREADY_SECONDARY_REPLICA when
        NewNodeName holds the partition's primary or a secondary already, and 400
        FABRIC_E_NODE_IS_DOWN when NewNodeName is down. Without NewNodeName it picks the
        first node that is up and holds no replica of the partition (400
        FABRIC_E_NODE_IS_DOWN when there is none); IgnoreConstraints changes nothing
        there.

        Args:
            partition_id: The identity of the partition.
            current_node_name: The node the secondary replica to move is on.
            new_node_name: The node to move the secondary replica to; without it,
                the cluster picks one.
            ignore_constraints: Move the replica even where the placement
                constraints do not allow it.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.move_secondary_replica(partition_id, '_Node_1')
        """
        from .api.partitions import move_secondary_replica as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "current_node_name": current_node_name,
                    "new_node_name": new_node_name,
                    "ignore_constraints": ignore_constraints,
                },
            )
        )

    def recover_partition(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Indicates to the Service Fabric cluster that it should attempt to recover a specific partition that is currently stuck in quorum loss (RecoverPartition).

        Asks the cluster to bring one partition out of quorum loss. Use it only when the
        replicas that went down will not come back: recovering may lose data. The
        reference does not say that repeating it is safe, so clients do not retry it.

        Args:
            partition_id: The identity of the partition.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.recover_partition(partition_id)
        """
        from .api.partitions import recover_partition as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                },
            )
        )

    def recover_service_partitions(
        self,
        service_id: str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Indicates to the Service Fabric cluster that it should attempt to recover the specified service that is currently stuck in quorum loss (RecoverServicePartitions).

        Asks the cluster to bring every partition of the service out of quorum loss
        (data may be lost). Note the path: a `$` segment comes before the service id
        (`/Services/$/{serviceId}/...`), unlike every other service-scoped path; that is
        how the reference and the Microsoft clients spell it.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.recover_service_partitions('CalcApp~CalcService')
        """
        from .api.services import recover_service_partitions as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                },
            )
        )

    def recover_system_partitions(
        self,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Indicates to the Service Fabric cluster that it should attempt to recover the system services that are currently stuck in quorum loss (RecoverSystemPartitions).

        Asks the cluster to bring its system services' partitions out of quorum loss
        (data may be lost).

        Args:
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.recover_system_partitions()
        """
        from .api.cluster import recover_system_partitions as _op

        return self._send(self._call(_op, _op.parse_response, timeout, api_version, {}))

    def recover_all_partitions(
        self,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Indicates to the Service Fabric cluster that it should attempt to recover any services (including system services) which are currently stuck in quorum loss (RecoverAllPartitions).

        Asks the cluster to bring every partition in quorum loss, system services
        included, back (data may be lost). The official example
        (RecoverAllPartitions.json) shows an empty JSON object as the body; clients must
        not expect one.

        Args:
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.recover_all_partitions()
        """
        from .api.cluster import recover_all_partitions as _op

        return self._send(self._call(_op, _op.parse_response, timeout, api_version, {}))

    def get_partition_backup_configuration_info(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionBackupConfigurationInfo:
        """Gets the partition backup configuration information (GetPartitionBackupConfigurationInfo).

        Which backup policy applies to the partition, where it is inherited from, and
        whether backups are suspended.

        Args:
            partition_id: The identity of the partition.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_backup_configuration_info(partition_id)
        """
        from .api.backup_restore import get_partition_backup_configuration_info as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                },
            )
        )

    def get_partition_backup_list(
        self,
        partition_id: UUID | str,
        *,
        latest: bool | None = None,
        start_date_time_filter: datetime | str | None = None,
        end_date_time_filter: datetime | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PagedBackupInfoList:
        """Gets the list of backups available for the specified partition (GetPartitionBackupList).

        The partition's backups, oldest first, optionally only the newest (Latest=true)
        or those created in a time range. The reference gives this operation no
        ContinuationToken or MaxResults parameter although the answer has a
        ContinuationToken property, so it is not marked x-pageable: expect one page.

        Args:
            partition_id: The identity of the partition.
            latest: Only the newest backup (of those the date filters leave).
            start_date_time_filter: Only backups created at or after this time (ISO
                8601 date-time); absent, from the first.
            end_date_time_filter: Only backups created at or before this time (ISO
                8601 date-time); absent, to the last.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_backup_list(partition_id)
        """
        from .api.backup_restore import get_partition_backup_list as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "latest": latest,
                    "start_date_time_filter": start_date_time_filter,
                    "end_date_time_filter": end_date_time_filter,
                },
            )
        )

    def get_partition_health(
        self,
        partition_id: UUID | str,
        *,
        events_health_state_filter: HealthStateFilter | int | None = None,
        replicas_health_state_filter: HealthStateFilter | int | None = None,
        exclude_health_statistics: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionHealth:
        """Gets the health of the specified Service Fabric partition (GetPartitionHealth).

        The partition's aggregated health, its health events and its replicas' health
        states, each list filtered by health state.

        Args:
            partition_id: The identity of the partition.
            events_health_state_filter: A bit mask of health states selecting which
                entries the list holds: 0 Default (every entry), 1 None (no entry), 2
                Ok, 4 Warning, 8 Error, 65535 All.
            replicas_health_state_filter: A bit mask of health states selecting
                which entries the list holds: 0 Default (every entry), 1 None (no
                entry), 2 Ok, 4 Warning, 8 Error, 65535 All.
            exclude_health_statistics: Leave the HealthStatistics (counts of
                children per health state) out of the answer.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_partition_health(partition_id)
        """
        from .api.health import get_partition_health as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "partition_id": partition_id,
                    "events_health_state_filter": events_health_state_filter,
                    "replicas_health_state_filter": replicas_health_state_filter,
                    "exclude_health_statistics": exclude_health_statistics,
                },
            )
        )

    def get_service_health(
        self,
        service_id: str,
        *,
        events_health_state_filter: HealthStateFilter | int | None = None,
        partitions_health_state_filter: HealthStateFilter | int | None = None,
        exclude_health_statistics: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> ServiceHealth:
        """Gets the health of the specified Service Fabric service (GetServiceHealth).

        The service's aggregated health, its health events and its partitions' health
        states, each list filtered by health state.

        Args:
            service_id: The identity of the service: the service name without
                `fabric:/`, hierarchical names delimited with `~` from api-version 6.0
                on (`fabric:/myapp/app1/svc1` is `myapp~app1~svc1`; `myapp/app1/svc1`
                before 6.0).
            events_health_state_filter: A bit mask of health states selecting which
                entries the list holds: 0 Default (every entry), 1 None (no entry), 2
                Ok, 4 Warning, 8 Error, 65535 All.
            partitions_health_state_filter: A bit mask of health states selecting
                which entries the list holds: 0 Default (every entry), 1 None (no
                entry), 2 Ok, 4 Warning, 8 Error, 65535 All.
            exclude_health_statistics: Leave the HealthStatistics (counts of
                children per health state) out of the answer.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_service_health('CalcApp~CalcService')
        """
        from .api.health import get_service_health as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "service_id": service_id,
                    "events_health_state_filter": events_health_state_filter,
                    "partitions_health_state_filter": partitions_health_state_filter,
                    "exclude_health_statistics": exclude_health_statistics,
                },
            )
        )

    def get_cluster_health(
        self,
        *,
        nodes_health_state_filter: HealthStateFilter | int | None = None,
        applications_health_state_filter: HealthStateFilter | int | None = None,
        events_health_state_filter: HealthStateFilter | int | None = None,
        exclude_health_statistics: bool | None = None,
        include_system_application_health_statistics: bool | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> ClusterHealth:
        """Gets the health of a Service Fabric cluster (GetClusterHealth).

        The cluster's aggregated health, its health events, and its nodes' and
        applications' health states, each list filtered by health state.

        Args:
            nodes_health_state_filter: A bit mask of health states selecting which
                entries the list holds: 0 Default (every entry), 1 None (no entry), 2
                Ok, 4 Warning, 8 Error, 65535 All.
            applications_health_state_filter: A bit mask of health states selecting
                which entries the list holds: 0 Default (every entry), 1 None (no
                entry), 2 Ok, 4 Warning, 8 Error, 65535 All.
            events_health_state_filter: A bit mask of health states selecting which
                entries the list holds: 0 Default (every entry), 1 None (no entry), 2
                Ok, 4 Warning, 8 Error, 65535 All.
            exclude_health_statistics: Leave the HealthStatistics (counts of
                children per health state) out of the answer.
            include_system_application_health_statistics: Count the fabric:/System
                application's entities in the HealthStatistics too.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_cluster_health()
        """
        from .api.health import get_cluster_health as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "nodes_health_state_filter": nodes_health_state_filter,
                    "applications_health_state_filter": applications_health_state_filter,
                    "events_health_state_filter": events_health_state_filter,
                    "exclude_health_statistics": exclude_health_statistics,
                    "include_system_application_health_statistics": include_system_application_health_statistics,
                },
            )
        )

    def get_chaos(
        self,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Chaos:
        """Gets the status of Chaos (GetChaos).

        Whether Chaos runs (Status), the parameters it runs with, and the state of the
        Chaos schedule (ScheduleStatus).

        Args:
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_chaos()
        """
        from .api.chaos import get_chaos as _op

        return self._send(self._call(_op, _op.parse_response, timeout, api_version, {}))

    def start_chaos(
        self,
        *,
        time_to_run_in_seconds: timedelta | str | int | None = None,
        max_cluster_stabilization_timeout_in_seconds: timedelta | int | None = None,
        max_concurrent_faults: int | None = None,
        enable_move_replica_faults: bool | None = None,
        wait_time_between_faults_in_seconds: timedelta | int | None = None,
        wait_time_between_iterations_in_seconds: timedelta | int | None = None,
        cluster_health_policy: ClusterHealthPolicy | None = None,
        context: ChaosContext | None = None,
        chaos_target_filter: ChaosTargetFilter | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Starts Chaos in the cluster (StartChaos).

        Starts Chaos with the given parameters: in iterations it restarts nodes, code
        packages and replicas and moves replicas, waiting between faults and iterations
        and validating the cluster's health. While Chaos runs a second start answers 400
        FABRIC_E_CHAOS_ALREADY_RUNNING. A success is 200 with an empty body; follow
        Chaos with GetChaos and GetChaosEvents.

        Args:
            time_to_run_in_seconds: How long Chaos runs before it stops itself, in
                seconds, as a decimal string of a 32-bit unsigned number (x-seconds:
                clients take a number or a duration too).
            max_cluster_stabilization_timeout_in_seconds: How long Chaos waits for
                the cluster to become healthy before it reports a ValidationFailed
                event, in seconds.
            max_concurrent_faults: The most faults Chaos runs at once in an
                iteration; more means more aggressive.
            enable_move_replica_faults: Whether Chaos also moves primary and
                secondary replicas.
            wait_time_between_faults_in_seconds: How long Chaos waits between two
                faults of one iteration, in seconds.
            wait_time_between_iterations_in_seconds: How long Chaos waits between
                two iterations, in seconds.
            cluster_health_policy: The health policy Chaos validates the cluster
                with between iterations; while the cluster is unhealthy by it, Chaos
                waits (up to MaxClusterStabilizationTimeoutInSeconds).
            context: Pairs of strings the caller attaches to a Chaos run; the
                Started event carries them back.
            chaos_target_filter: What Chaos may fault: nodes of the listed node
                types get every kind of fault, replicas of the listed applications get
                replica faults (and code-package restarts where the package hosts listed
                applications only).
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.start_chaos()
        """
        from .api.chaos import start_chaos as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {},
                body={
                    "time_to_run_in_seconds": time_to_run_in_seconds,
                    "max_cluster_stabilization_timeout_in_seconds": max_cluster_stabilization_timeout_in_seconds,
                    "max_concurrent_faults": max_concurrent_faults,
                    "enable_move_replica_faults": enable_move_replica_faults,
                    "wait_time_between_faults_in_seconds": wait_time_between_faults_in_seconds,
                    "wait_time_between_iterations_in_seconds": wait_time_between_iterations_in_seconds,
                    "cluster_health_policy": cluster_health_policy,
                    "context": context,
                    "chaos_target_filter": chaos_target_filter,
                },
            )
        )

    def stop_chaos(
        self,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Stops Chaos if it is running and stops the Chaos schedule (StopChaos).

        Chaos schedules no new fault; faults already under way finish. The Chaos
        schedule goes to Stopped until a new schedule is posted. A success is 200 with
        an empty body, also when Chaos was not running.

        Args:
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.stop_chaos()
        """
        from .api.chaos import stop_chaos as _op

        return self._send(self._call(_op, _op.parse_response, timeout, api_version, {}))

    def get_chaos_events(
        self,
        *,
        continuation_token: str | None = None,
        start_time_utc: datetime | str | int | None = None,
        end_time_utc: datetime | str | int | None = None,
        max_results: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> ChaosEventsSegment:
        """Gets the next segment of the Chaos events (GetChaosEvents).

        The events Chaos recorded, oldest first, at most 100 a segment: from a time
        range on the first call, then by the ContinuationToken of the previous segment.
        A non-empty ContinuationToken cannot be combined with StartTimeUtc or EndTimeUtc
        (400 E_INVALIDARG); an empty one can. The times are Windows file times (x-file-
        time).

        Args:
            continuation_token: The token of the next page, as the previous page's
                ContinuationToken returned it; absent for the first page.
            start_time_utc: The start of the time range, a Windows file time
                (x-file-time): the number of 100 nanosecond ticks since
                1601-01-01T00:00:00Z, in decimal.
            end_time_utc: The end of the time range, a Windows file time (x-file-
                time) like StartTimeUtc; 3155378975999999999 (9999-12-31) means no end.
            max_results: The most items a page holds.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_chaos_events()
        """
        from .api.chaos import get_chaos_events as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {
                    "continuation_token": continuation_token,
                    "start_time_utc": start_time_utc,
                    "end_time_utc": end_time_utc,
                    "max_results": max_results,
                },
            )
        )

    def iter_chaos_events(
        self,
        *,
        start_time_utc: datetime | str | int | None = None,
        end_time_utc: datetime | str | int | None = None,
        max_results: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Iterator[ChaosEventWrapper]:
        """Every history entry of get_chaos_events, page after page (x-pageable).

        Each page's continuation_token is sent back unchanged until a page has none.
        After max_pages pages that still have one, PageLimitError; a token of an earlier
        page again, RepeatedTokenError (both PagingError, with the pages read).
        start_time_utc and end_time_utc go with the first page only: the
        token carries them on (x-mutually-exclusive).

        For example::

            for item in client.iter_chaos_events():
                print(item)
        """
        pages = Pages("GetChaosEvents", max_pages)
        token: str | None = None
        while True:
            page = self.get_chaos_events(
                start_time_utc=start_time_utc if token is None else None,
                end_time_utc=end_time_utc if token is None else None,
                max_results=max_results,
                continuation_token=token,
                timeout=timeout,
                api_version=api_version,
            )
            yield from page.history or []
            token = pages.after(page.continuation_token)
            if token is None:
                return

    def get_chaos_schedule(
        self,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> ChaosScheduleDescription:
        """Gets the Chaos schedule (GetChaosSchedule).

        The schedule Chaos follows, with its Version, which a new schedule must carry.

        Args:
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.get_chaos_schedule()
        """
        from .api.chaos import get_chaos_schedule as _op

        return self._send(self._call(_op, _op.parse_response, timeout, api_version, {}))

    def post_chaos_schedule(
        self,
        *,
        version: int | None = None,
        schedule: ChaosSchedule | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """Sets the schedule Chaos follows (PostChaosSchedule).

        Replaces the schedule. Version must be the server's current one
        (GetChaosSchedule); the server then increments it (after 2147483647 it wraps to
        0). Another Version, or a schedule posted while Chaos runs, is refused with a
        FabricError (400). A success is 200 with an empty body.

        Args:
            version: The schedule's version.
            schedule: When Chaos runs, and with which parameters, between StartDate
                and ExpiryDate.
            timeout: The server timeout in seconds (1 to 4294967295; 60 when not given).
            api_version: The api-version to send instead of the operation's default.

        For example::

            client.post_chaos_schedule()
        """
        from .api.chaos import post_chaos_schedule as _op

        return self._send(
            self._call(
                _op,
                _op.parse_response,
                timeout,
                api_version,
                {},
                body={
                    "version": version,
                    "schedule": schedule,
                },
            )
        )
