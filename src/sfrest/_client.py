"""ServiceFabricClient: one method per operation, named as in the REST reference."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

if TYPE_CHECKING:
    from sfrest_generated.models import (
        AzureBlobBackupStorageDescription,
        BackupProgressInfo,
        DsmsAzureBlobBackupStorageDescription,
        FileShareBackupStorageDescription,
        ManagedIdentityAzureBlobBackupStorageDescription,
        NodeTransitionProgress,
        OperationStatus,
        PartitionDataLossProgress,
        PartitionQuorumLossProgress,
        PartitionRestartProgress,
        RestoreProgressInfo,
    )

    BackupStorage = (
        AzureBlobBackupStorageDescription
        | FileShareBackupStorageDescription
        | DsmsAzureBlobBackupStorageDescription
        | ManagedIdentityAzureBlobBackupStorageDescription
    )
    """A BackupStorageDescription: where a backup is written or read."""

from . import _deadline
from ._auth import Token
from ._base import DEFAULT_LIMITS, RETRY, Call, ClientBase
from ._filters import OperationStateFilter, OperationTypeFilter
from ._ids import guid
from ._operation import FaultOperation, Operation
from ._policies import PollPolicy, RetryPolicy

T = TypeVar("T")


class ServiceFabricClient(ClientBase):
    """A client of the Service Fabric HTTP gateway's fault and backup operations.

        with ServiceFabricClient("https://mycluster:19080", cert="client.pem", verify="ca.pem") as client:
            op = client.start_data_loss("fabric:/app/svc", partition_id, "PartialDataLoss")
            progress = op.wait(timeout=300)
            print(progress.state, progress.invoke_data_loss_result)

    Args:
        endpoint: the gateway URL.
        runtime_version: the cluster's runtime version; api_version above it is refused.
        token: a bearer token: a string, a callable returning one, or an object with
            get_token(*token_scopes) such as an azure-identity credential.
        cert, key: an X.509 client certificate and its key (PEM files).
        verify: True, False, or a CA bundle path for the gateway's certificate.
        retry, polling: a RetryPolicy and a PollPolicy.
        limits: an httpx.Limits for the connections (default: at most 32, all kept
            alive; see _base.DEFAULT_LIMITS).
        transport: an httpx transport (sfrest.testing's emulator, or a mock).
        sleep, clock: injectable time.sleep and time.monotonic, for tests.
    """

    def __init__(
        self,
        endpoint: str = "http://localhost:19080",
        *,
        runtime_version: str | None = None,
        token: Token | None = None,
        token_scopes: Sequence[str] = (),
        cert: str | Path | None = None,
        key: str | Path | None = None,
        verify: bool | str | Path = True,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - frozen
        polling: PollPolicy = PollPolicy(),  # noqa: B008 - frozen
        connect_timeout: float = 10.0,
        limits: httpx.Limits | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            endpoint,
            runtime_version=runtime_version,
            token=token,
            token_scopes=token_scopes,
            cert=cert,
            key=key,
            verify=verify,
            retry=retry,
            polling=polling,
            connect_timeout=connect_timeout,
        )
        self._sleep, self._clock = sleep, clock
        self._http = httpx.Client(
            base_url=self.endpoint,
            auth=self._auth,
            verify=self._verify,
            limits=limits or DEFAULT_LIMITS,
            transport=transport,
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, call: Call[T]) -> T:
        attempt = 0
        while True:
            try:
                response = _deadline.send(self._http, call)
            except httpx.RequestError as exc:
                error = self._transport_error(call, exc, attempt)
                if error is not None:
                    raise error from exc
            else:
                result = self._settle(call, response, attempt)
                if result is not RETRY:
                    return result  # type: ignore[return-value]
            self._sleep(_deadline.pause(self.retry.delay(attempt)))
            attempt += 1

    def _fault(
        self, operation_id: uuid.UUID, progress: Callable[[], T]
    ) -> FaultOperation[T]:
        return FaultOperation(
            operation_id,
            progress,
            lambda force: self.cancel_operation(operation_id, force=force),
            self.polling,
            self._sleep,
            self._clock,
        )

    def start_data_loss(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        data_loss_mode: str,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionDataLossProgress]:
        """StartDataLoss: induce data loss in a partition; returns a handle to wait on.

        op = client.start_data_loss("fabric:/app/svc", partition_id, "PartialDataLoss")
        op.wait().invoke_data_loss_result.error_code  # 0
        """
        from sfrest_generated.api.faults import start_data_loss as _start_data_loss

        op_id = self._operation_id(operation_id)
        self._send(
            self._call(
                _start_data_loss,
                _start_data_loss.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=op_id,
                data_loss_mode=data_loss_mode,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return self._fault(
            op_id, lambda: self.get_data_loss_progress(service_id, partition_id, op_id)
        )

    def get_data_loss_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionDataLossProgress:
        """GetDataLossProgress: `client.get_data_loss_progress("app~svc", partition_id, operation_id).state`."""
        from sfrest_generated.api.faults import (
            get_data_loss_progress as _get_data_loss_progress,
        )

        return self._send(
            self._call(
                _get_data_loss_progress,
                _get_data_loss_progress.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=operation_id,
                timeout=timeout,
                api_version=api_version,
            )
        )

    def start_quorum_loss(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        quorum_loss_mode: str,
        quorum_loss_duration: int,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionQuorumLossProgress]:
        """StartQuorumLoss: `client.start_quorum_loss("app~svc", partition_id, "QuorumReplicas", 30).wait()`."""
        from sfrest_generated.api.faults import start_quorum_loss as _start_quorum_loss

        op_id = self._operation_id(operation_id)
        self._send(
            self._call(
                _start_quorum_loss,
                _start_quorum_loss.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=op_id,
                quorum_loss_mode=quorum_loss_mode,
                quorum_loss_duration=quorum_loss_duration,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return self._fault(
            op_id,
            lambda: self.get_quorum_loss_progress(service_id, partition_id, op_id),
        )

    def get_quorum_loss_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionQuorumLossProgress:
        """GetQuorumLossProgress: `client.get_quorum_loss_progress("app~svc", partition_id, operation_id)`."""
        from sfrest_generated.api.faults import (
            get_quorum_loss_progress as _get_quorum_loss_progress,
        )

        return self._send(
            self._call(
                _get_quorum_loss_progress,
                _get_quorum_loss_progress.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=operation_id,
                timeout=timeout,
                api_version=api_version,
            )
        )

    def start_partition_restart(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        restart_partition_mode: str,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[PartitionRestartProgress]:
        """StartPartitionRestart: `client.start_partition_restart("app~svc", pid, "AllReplicasOrInstances")`."""
        from sfrest_generated.api.faults import (
            start_partition_restart as _start_partition_restart,
        )

        op_id = self._operation_id(operation_id)
        self._send(
            self._call(
                _start_partition_restart,
                _start_partition_restart.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=op_id,
                restart_partition_mode=restart_partition_mode,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return self._fault(
            op_id,
            lambda: self.get_partition_restart_progress(
                service_id, partition_id, op_id
            ),
        )

    def get_partition_restart_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionRestartProgress:
        """GetPartitionRestartProgress: `client.get_partition_restart_progress("app~svc", pid, op_id)`."""
        from sfrest_generated.api.faults import (
            get_partition_restart_progress as _get_partition_restart_progress,
        )

        return self._send(
            self._call(
                _get_partition_restart_progress,
                _get_partition_restart_progress.parse_response,
                service_id=service_id,
                partition_id=partition_id,
                operation_id=operation_id,
                timeout=timeout,
                api_version=api_version,
            )
        )

    def start_node_transition(
        self,
        node_name: str,
        node_transition_type: str,
        node_instance_id: str | int,
        stop_duration_in_seconds: int,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> FaultOperation[NodeTransitionProgress]:
        """StartNodeTransition: `client.start_node_transition("_Node_0", "Stop", "131", 600).wait()`."""
        from sfrest_generated.api.faults import (
            start_node_transition as _start_node_transition,
        )

        op_id = self._operation_id(operation_id)
        self._send(
            self._call(
                _start_node_transition,
                _start_node_transition.parse_response,
                node_name=node_name,
                operation_id=op_id,
                node_transition_type=node_transition_type,
                node_instance_id=str(node_instance_id),
                stop_duration_in_seconds=stop_duration_in_seconds,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return self._fault(
            op_id, lambda: self.get_node_transition_progress(node_name, op_id)
        )

    def get_node_transition_progress(
        self,
        node_name: str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> NodeTransitionProgress:
        """GetNodeTransitionProgress: `client.get_node_transition_progress("_Node_0", operation_id)`."""
        from sfrest_generated.api.faults import (
            get_node_transition_progress as _get_node_transition_progress,
        )

        return self._send(
            self._call(
                _get_node_transition_progress,
                _get_node_transition_progress.parse_response,
                node_name=node_name,
                operation_id=operation_id,
                timeout=timeout,
                api_version=api_version,
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
        """GetFaultOperationList: `client.get_fault_operation_list(state_filter=OperationStateFilter.RUNNING)`."""
        from sfrest_generated.api.faults import (
            get_fault_operation_list as _get_fault_operation_list,
        )

        return self._send(
            self._call(
                _get_fault_operation_list,
                _get_fault_operation_list.parse_response,
                type_filter=type_filter,
                state_filter=state_filter,
                timeout=timeout,
                api_version=api_version,
            )
        )

    def cancel_operation(
        self,
        operation_id: uuid.UUID | str,
        *,
        force: bool = False,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """CancelOperation: `client.cancel_operation(operation_id)`; force=True only after a plain cancel."""
        from sfrest_generated.api.faults import cancel_operation as _cancel_operation

        self._send(
            self._call(
                _cancel_operation,
                _cancel_operation.parse_response,
                operation_id=operation_id,
                force=bool(force),
                timeout=timeout,
                api_version=api_version,
            )
        )

    def backup_partition(
        self,
        partition_id: uuid.UUID | str,
        *,
        backup_storage: BackupStorage | None = None,
        backup_timeout: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Operation[BackupProgressInfo]:
        """BackupPartition: `client.backup_partition(partition_id).wait().backup_state == "Success"`."""
        from sfrest_generated.api.backup_restore import (
            backup_partition as _backup_partition,
        )
        from sfrest_generated.models import BackupPartitionDescription

        body = (
            None
            if backup_storage is None
            else BackupPartitionDescription(backup_storage=backup_storage)
        )
        self._send(
            self._call(
                _backup_partition,
                _backup_partition.parse_response,
                partition_id=partition_id,
                body=body,
                backup_timeout=backup_timeout,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return Operation(
            lambda: self.get_partition_backup_progress(partition_id),
            self.polling,
            self._sleep,
            self._clock,
        )

    def get_partition_backup_progress(
        self,
        partition_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> BackupProgressInfo:
        """GetPartitionBackupProgress: `client.get_partition_backup_progress(partition_id).backup_state`."""
        from sfrest_generated.api.backup_restore import (
            get_partition_backup_progress as _get_partition_backup_progress,
        )

        return self._send(
            self._call(
                _get_partition_backup_progress,
                _get_partition_backup_progress.parse_response,
                partition_id=partition_id,
                timeout=timeout,
                api_version=api_version,
            )
        )

    def restore_partition(
        self,
        partition_id: uuid.UUID | str,
        backup_id: uuid.UUID | str,
        backup_location: str,
        *,
        backup_storage: BackupStorage | None = None,
        restore_timeout: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> Operation[RestoreProgressInfo]:
        """RestorePartition: `client.restore_partition(pid, info.backup_id, info.backup_location).wait()`."""
        from sfrest_generated.api.backup_restore import (
            restore_partition as _restore_partition,
        )
        from sfrest_generated.models import RestorePartitionDescription

        body = RestorePartitionDescription(
            backup_id=guid(backup_id, "backup_id"),
            backup_location=backup_location,
            backup_storage=backup_storage,
        )
        self._send(
            self._call(
                _restore_partition,
                _restore_partition.parse_response,
                partition_id=partition_id,
                body=body,
                restore_timeout=restore_timeout,
                timeout=timeout,
                api_version=api_version,
            )
        )
        return Operation(
            lambda: self.get_partition_restore_progress(partition_id),
            self.polling,
            self._sleep,
            self._clock,
        )

    def get_partition_restore_progress(
        self,
        partition_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> RestoreProgressInfo:
        """GetPartitionRestoreProgress: `client.get_partition_restore_progress(partition_id).restore_state`."""
        from sfrest_generated.api.backup_restore import (
            get_partition_restore_progress as _get_partition_restore_progress,
        )

        return self._send(
            self._call(
                _get_partition_restore_progress,
                _get_partition_restore_progress.parse_response,
                partition_id=partition_id,
                timeout=timeout,
                api_version=api_version,
            )
        )
