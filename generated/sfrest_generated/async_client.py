# generated from spec/ by make generate — do not edit
"""AsyncServiceFabricClient: every operation of the spec as a coroutine."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sfrest._async_client import AsyncCore as _Core
from sfrest._operation import AsyncFaultOperation, AsyncOperation

from .flags import OperationStateFilter, OperationTypeFilter

if TYPE_CHECKING:
    from uuid import UUID

    from .models import (
        AzureBlobBackupStorageDescription,
        BackupProgressInfo,
        DataLossMode,
        DsmsAzureBlobBackupStorageDescription,
        FileShareBackupStorageDescription,
        ManagedIdentityAzureBlobBackupStorageDescription,
        NodeTransitionProgress,
        NodeTransitionType,
        OperationStatus,
        PartitionDataLossProgress,
        PartitionQuorumLossProgress,
        PartitionRestartProgress,
        QuorumLossMode,
        RestartPartitionMode,
        RestoreProgressInfo,
    )


class AsyncServiceFabricClient(_Core):
    """Service Fabric fault analysis and backup progress: one coroutine per operation.

    async with sfrest.AsyncServiceFabricClient("http://localhost:19080") as client:
        await client.start_data_loss('CalcApp~CalcService', partition_id, 'PartialDataLoss')

    The constructor's arguments (endpoint, auth, TLS, policies, transport) are
    documented on the base class.
    """

    async def start_data_loss(
        self,
        service_id: str,
        partition_id: UUID | str,
        data_loss_mode: DataLossMode | str,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionDataLossProgress]:
        """Induces data loss in a partition (StartDataLoss).

        Starts a data loss operation on the partition. Returns once the operation is
        accepted; follow it with GetDataLossProgress and the same OperationId. Completed
        means data loss was invoked, not that the service has recovered.

        For example::

            op = await client.start_data_loss('CalcApp~CalcService', partition_id, 'PartialDataLoss')
            progress = await op.wait()
        """
        from .api.faults import start_data_loss as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        await self._send(
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
        return AsyncFaultOperation(
            self,
            lambda: self.get_data_loss_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    async def get_data_loss_progress(
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

        For example::

            await client.get_data_loss_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_data_loss_progress as _op

        return await self._send(
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

    async def start_quorum_loss(
        self,
        service_id: str,
        partition_id: UUID | str,
        quorum_loss_mode: QuorumLossMode | str,
        quorum_loss_duration: int,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionQuorumLossProgress]:
        """Induces quorum loss for a given stateful service partition (StartQuorumLoss).

        Puts the partition in quorum loss for QuorumLossDuration seconds. Follow it with
        GetQuorumLossProgress and the same OperationId.

        For example::

            op = await client.start_quorum_loss('CalcApp~CalcService', partition_id, 'QuorumReplicas', quorum_loss_duration)
            progress = await op.wait()
        """
        from .api.faults import start_quorum_loss as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        await self._send(
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
        return AsyncFaultOperation(
            self,
            lambda: self.get_quorum_loss_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    async def get_quorum_loss_progress(
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

        For example::

            await client.get_quorum_loss_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_quorum_loss_progress as _op

        return await self._send(
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

    async def start_partition_restart(
        self,
        service_id: str,
        partition_id: UUID | str,
        restart_partition_mode: RestartPartitionMode | str,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionRestartProgress]:
        """Restarts some or all replicas or instances of the specified partition (StartPartitionRestart).

        Follow it with GetPartitionRestartProgress and the same OperationId.

        For example::

            op = await client.start_partition_restart('CalcApp~CalcService', partition_id, 'AllReplicasOrInstances')
            progress = await op.wait()
        """
        from .api.faults import start_partition_restart as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        await self._send(
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
        return AsyncFaultOperation(
            self,
            lambda: self.get_partition_restart_progress(
                service_id=service_id,
                partition_id=partition_id,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    async def get_partition_restart_progress(
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

        For example::

            await client.get_partition_restart_progress('CalcApp~CalcService', partition_id, operation_id)
        """
        from .api.faults import get_partition_restart_progress as _op

        return await self._send(
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

    async def start_node_transition(
        self,
        node_name: str,
        node_transition_type: NodeTransitionType | str,
        node_instance_id: str | int,
        stop_duration_in_seconds: int,
        *,
        operation_id: UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[NodeTransitionProgress]:
        """Starts or stops a cluster node (StartNodeTransition).

        Starts or stops a node (Start or Stop). The path ends with a slash, as on the
        wire. Follow it with GetNodeTransitionProgress and the same OperationId.

        For example::

            op = await client.start_node_transition('_Node_0', 'Start', node_instance_id, stop_duration_in_seconds)
            progress = await op.wait()
        """
        from .api.faults import start_node_transition as _op

        _key = self._idempotency_key(operation_id, "operation_id")
        await self._send(
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
        return AsyncFaultOperation(
            self,
            lambda: self.get_node_transition_progress(
                node_name=node_name,
                operation_id=_key,
            ),
            _key,
            lambda **kw: self.cancel_operation(operation_id=_key, **kw),
        )

    async def get_node_transition_progress(
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

        For example::

            await client.get_node_transition_progress('_Node_0', operation_id)
        """
        from .api.faults import get_node_transition_progress as _op

        return await self._send(
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

    async def get_fault_operation_list(
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

        For example::

            await client.get_fault_operation_list()
        """
        from .api.faults import get_fault_operation_list as _op

        return await self._send(
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

    async def cancel_operation(
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

        For example::

            await client.cancel_operation(operation_id)
        """
        from .api.faults import cancel_operation as _op

        return await self._send(
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

    async def backup_partition(
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
    ) -> AsyncOperation[BackupProgressInfo]:
        """Triggers backup of the partition's state (BackupPartition).

        Creates a backup of the stateful partition's state. Follow it with
        GetPartitionBackupProgress. Without a body the partition's backup policy names
        the storage. A second backup while one runs answers 409
        FABRIC_E_BACKUP_IN_PROGRESS.

        For example::

            op = await client.backup_partition(partition_id)
            progress = await op.wait()
        """
        from .api.backup_restore import backup_partition as _op

        await self._send(
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
        return AsyncOperation(
            self,
            lambda: self.get_partition_backup_progress(
                partition_id=partition_id,
            ),
        )

    async def get_partition_backup_progress(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> BackupProgressInfo:
        """Gets details for the latest backup triggered for this partition (GetPartitionBackupProgress).

        Returns information about the state of the latest backup along with details or
        failure reason in case of completion.

        For example::

            await client.get_partition_backup_progress(partition_id)
        """
        from .api.backup_restore import get_partition_backup_progress as _op

        return await self._send(
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

    async def restore_partition(
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
    ) -> AsyncOperation[RestoreProgressInfo]:
        """Triggers restore of the partition's state using the specified backup (RestorePartition).

        Restores the partition from a backup: the one the body names, or with
        Latest=true and no body the latest backup of the partition's backup policy.
        Follow it with GetPartitionRestoreProgress.

        For example::

            op = await client.restore_partition(partition_id, backup_id, backup_location)
            progress = await op.wait()
        """
        from .api.backup_restore import restore_partition as _op

        await self._send(
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
        return AsyncOperation(
            self,
            lambda: self.get_partition_restore_progress(
                partition_id=partition_id,
            ),
        )

    async def get_partition_restore_progress(
        self,
        partition_id: UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> RestoreProgressInfo:
        """Gets details for the latest restore operation triggered for this partition (GetPartitionRestoreProgress).

        Returns the state of the latest restore of the partition, with the restored
        epoch and LSN, or the failure reason once it has finished.

        For example::

            await client.get_partition_restore_progress(partition_id)
        """
        from .api.backup_restore import get_partition_restore_progress as _op

        return await self._send(
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
