"""AsyncServiceFabricClient: ServiceFabricClient's methods as coroutines, for fan-out over many partitions."""

from __future__ import annotations

import asyncio
import ssl
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Self, TypeVar

import httpx

if TYPE_CHECKING:
    from sfrest_generated.models import (
        BackupProgressInfo,
        NodeTransitionProgress,
        OperationStatus,
        PartitionDataLossProgress,
        PartitionQuorumLossProgress,
        PartitionRestartProgress,
        RestoreProgressInfo,
    )

    from ._client import BackupStorage

from . import _deadline
from ._auth import Token
from ._base import DEFAULT_LIMITS, RETRY, Call, ClientBase
from ._filters import OperationStateFilter, OperationTypeFilter
from ._ids import guid
from ._operation import AsyncFaultOperation, AsyncOperation
from ._policies import PollPolicy, RetryPolicy

T = TypeVar("T")


class _ConnectionPool(httpx.AsyncBaseTransport):
    """httpx's default transport, but as one single-connection transport per connection.

    httpcore 1.0's pool re-examines every connection, and every queued request, each time
    a request starts or ends (and asks the socket of each idle connection whether it is
    readable): with 1000 polls queued on 100 connections that is most of the CPU time,
    and throughput falls as connections are added. Here a request waits for a free slot
    (an asyncio.Semaphore of max_connections, honouring the pool timeout), takes an idle
    one-connection transport or makes one, and gives it back when the response is
    closed: the cost per request no longer grows with the connection count. Each
    transport is httpx.AsyncHTTPTransport, so TLS, keep-alive expiry and the mapping of
    errors to httpx exceptions are httpx's own; at most max_keepalive_connections of
    them stay open while idle.
    """

    def __init__(self, limits: httpx.Limits, verify: ssl.SSLContext | bool) -> None:
        size = limits.max_connections
        self._slots = None if size is None else asyncio.Semaphore(size)
        keep = limits.max_keepalive_connections
        self._keep = size if keep is None else keep
        self._one = httpx.Limits(
            max_connections=1,
            max_keepalive_connections=1,
            keepalive_expiry=limits.keepalive_expiry,
        )
        self._verify = verify
        self._context: ssl.SSLContext | None = None
        self._idle: list[httpx.AsyncHTTPTransport] = []
        self._open: set[httpx.AsyncHTTPTransport] = set()

    def _transport(self) -> httpx.AsyncHTTPTransport:
        if self._idle:
            return self._idle.pop()
        if self._context is None:  # one TLS context for all, made as httpx makes it
            self._context = (
                self._verify
                if isinstance(self._verify, ssl.SSLContext)
                else httpx.create_ssl_context(verify=self._verify, trust_env=True)
            )
        transport = httpx.AsyncHTTPTransport(verify=self._context, limits=self._one)
        self._open.add(transport)
        return transport

    async def _acquire(self, request: httpx.Request) -> None:
        slots = self._slots
        if slots is None:
            return
        if not slots.locked():
            await slots.acquire()  # returns at once
            return
        timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            async with asyncio.timeout(timeout):
                await slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(
                "no free connection within the pool timeout", request=request
            ) from None

    async def _release(self, transport: httpx.AsyncHTTPTransport) -> None:
        try:
            if self._keep is not None and len(self._idle) >= self._keep:
                self._open.discard(transport)
                await transport.aclose()
            else:
                self._idle.append(transport)
        finally:
            if self._slots is not None:
                self._slots.release()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._acquire(request)
        try:
            transport = self._transport()
        except BaseException:
            if self._slots is not None:
                self._slots.release()
            raise
        try:
            response = await transport.handle_async_request(request)
        except BaseException:
            await self._release(transport)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Released(response.stream, self._release, transport)
        return response

    async def aclose(self) -> None:
        transports, self._open = self._open, set()
        self._idle.clear()
        for transport in transports:
            await transport.aclose()


class _Released(httpx.AsyncByteStream):
    """A response body that gives its transport back to the pool once closed."""

    def __init__(
        self,
        stream: httpx.AsyncByteStream,
        release: Callable[[httpx.AsyncHTTPTransport], Awaitable[None]],
        transport: httpx.AsyncHTTPTransport,
    ) -> None:
        self._stream = stream
        self._release: Callable[[httpx.AsyncHTTPTransport], Awaitable[None]] | None = (
            release
        )
        self._transport = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        release, self._release = self._release, None
        try:
            await self._stream.aclose()
        finally:
            if release is not None:
                await release(self._transport)


class AsyncServiceFabricClient(ClientBase):
    """The async twin of ServiceFabricClient: the same methods, as coroutines.

        async with AsyncServiceFabricClient() as client:
            ops = [await client.start_partition_restart(service_id, pid, "AllReplicasOrInstances") for pid in pids]
            results = await asyncio.gather(*(op.wait() for op in ops))

    Args:
        endpoint: the gateway URL.
        runtime_version: the cluster's runtime version; api_version above it is refused.
        token: a bearer token: a string, a callable returning one, or an object with
            get_token(*token_scopes) such as an azure-identity credential.
        cert, key: an X.509 client certificate and its key (PEM files).
        verify: True, False, or a CA bundle path for the gateway's certificate.
        retry, polling: a RetryPolicy and a PollPolicy.
        limits: an httpx.Limits for the connections (default: at most 32, all kept
            alive; see _base.DEFAULT_LIMITS). Each connection is its own
            one-connection httpx transport (see _ConnectionPool).
        transport: an httpx transport (sfrest.testing's emulator, or a mock).
        sleep, clock: injectable asyncio.sleep and time.monotonic, for tests.
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
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
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
        self._http = httpx.AsyncClient(
            base_url=self.endpoint,
            auth=self._auth,
            verify=self._verify,
            limits=limits or DEFAULT_LIMITS,
            transport=_ConnectionPool(limits or DEFAULT_LIMITS, self._verify)
            if transport is None
            else transport,
        )

    async def close(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, call: Call[T]) -> T:
        attempt = 0
        while True:
            try:
                response = await _deadline.asend(self._http, call)
            except httpx.RequestError as exc:
                error = self._transport_error(call, exc, attempt)
                if error is not None:
                    raise error from exc
            else:
                result = self._settle(call, response, attempt)
                if result is not RETRY:
                    return result  # type: ignore[return-value]
            await self._sleep(_deadline.pause(self.retry.delay(attempt)))
            attempt += 1

    def _fault(
        self, operation_id: uuid.UUID, progress: Callable[[], Awaitable[T]]
    ) -> AsyncFaultOperation[T]:
        return AsyncFaultOperation(
            operation_id,
            progress,
            lambda force: self.cancel_operation(operation_id, force=force),
            self.polling,
            self._sleep,
            self._clock,
        )

    async def start_data_loss(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        data_loss_mode: str,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionDataLossProgress]:
        """StartDataLoss: induce data loss in a partition; returns a handle to wait on.

        op = await client.start_data_loss("fabric:/app/svc", partition_id, "PartialDataLoss")
        (await op.wait()).invoke_data_loss_result.error_code  # 0
        """
        from sfrest_generated.api.faults import start_data_loss as _start_data_loss

        op_id = self._operation_id(operation_id)
        await self._send(
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

    async def get_data_loss_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionDataLossProgress:
        """GetDataLossProgress: `(await client.get_data_loss_progress("app~svc", pid, op_id)).state`."""
        from sfrest_generated.api.faults import (
            get_data_loss_progress as _get_data_loss_progress,
        )

        return await self._send(
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

    async def start_quorum_loss(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        quorum_loss_mode: str,
        quorum_loss_duration: int,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionQuorumLossProgress]:
        """StartQuorumLoss: `await (await client.start_quorum_loss("app~svc", pid, "QuorumReplicas", 30)).wait()`."""
        from sfrest_generated.api.faults import start_quorum_loss as _start_quorum_loss

        op_id = self._operation_id(operation_id)
        await self._send(
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

    async def get_quorum_loss_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionQuorumLossProgress:
        """GetQuorumLossProgress: `await client.get_quorum_loss_progress("app~svc", partition_id, operation_id)`."""
        from sfrest_generated.api.faults import (
            get_quorum_loss_progress as _get_quorum_loss_progress,
        )

        return await self._send(
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

    async def start_partition_restart(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        restart_partition_mode: str,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[PartitionRestartProgress]:
        """StartPartitionRestart: `await client.start_partition_restart("app~svc", pid, "AllReplicasOrInstances")`."""
        from sfrest_generated.api.faults import (
            start_partition_restart as _start_partition_restart,
        )

        op_id = self._operation_id(operation_id)
        await self._send(
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

    async def get_partition_restart_progress(
        self,
        service_id: str,
        partition_id: uuid.UUID | str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> PartitionRestartProgress:
        """GetPartitionRestartProgress: `await client.get_partition_restart_progress("app~svc", pid, op_id)`."""
        from sfrest_generated.api.faults import (
            get_partition_restart_progress as _get_partition_restart_progress,
        )

        return await self._send(
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

    async def start_node_transition(
        self,
        node_name: str,
        node_transition_type: str,
        node_instance_id: str | int,
        stop_duration_in_seconds: int,
        *,
        operation_id: uuid.UUID | str | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncFaultOperation[NodeTransitionProgress]:
        """StartNodeTransition: `await (await client.start_node_transition("_Node_0", "Stop", "131", 600)).wait()`."""
        from sfrest_generated.api.faults import (
            start_node_transition as _start_node_transition,
        )

        op_id = self._operation_id(operation_id)
        await self._send(
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

    async def get_node_transition_progress(
        self,
        node_name: str,
        operation_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> NodeTransitionProgress:
        """GetNodeTransitionProgress: `await client.get_node_transition_progress("_Node_0", operation_id)`."""
        from sfrest_generated.api.faults import (
            get_node_transition_progress as _get_node_transition_progress,
        )

        return await self._send(
            self._call(
                _get_node_transition_progress,
                _get_node_transition_progress.parse_response,
                node_name=node_name,
                operation_id=operation_id,
                timeout=timeout,
                api_version=api_version,
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
        """GetFaultOperationList: `await client.get_fault_operation_list(state_filter=OperationStateFilter.RUNNING)`."""
        from sfrest_generated.api.faults import (
            get_fault_operation_list as _get_fault_operation_list,
        )

        return await self._send(
            self._call(
                _get_fault_operation_list,
                _get_fault_operation_list.parse_response,
                type_filter=type_filter,
                state_filter=state_filter,
                timeout=timeout,
                api_version=api_version,
            )
        )

    async def cancel_operation(
        self,
        operation_id: uuid.UUID | str,
        *,
        force: bool = False,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> None:
        """CancelOperation: `await client.cancel_operation(operation_id)`; force=True only after a plain cancel."""
        from sfrest_generated.api.faults import cancel_operation as _cancel_operation

        await self._send(
            self._call(
                _cancel_operation,
                _cancel_operation.parse_response,
                operation_id=operation_id,
                force=bool(force),
                timeout=timeout,
                api_version=api_version,
            )
        )

    async def backup_partition(
        self,
        partition_id: uuid.UUID | str,
        *,
        backup_storage: BackupStorage | None = None,
        backup_timeout: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncOperation[BackupProgressInfo]:
        """BackupPartition: `await (await client.backup_partition(partition_id)).wait()`."""
        from sfrest_generated.api.backup_restore import (
            backup_partition as _backup_partition,
        )
        from sfrest_generated.models import BackupPartitionDescription

        body = (
            None
            if backup_storage is None
            else BackupPartitionDescription(backup_storage=backup_storage)
        )
        await self._send(
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
        return AsyncOperation(
            lambda: self.get_partition_backup_progress(partition_id),
            self.polling,
            self._sleep,
            self._clock,
        )

    async def get_partition_backup_progress(
        self,
        partition_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> BackupProgressInfo:
        """GetPartitionBackupProgress: `(await client.get_partition_backup_progress(pid)).backup_state`."""
        from sfrest_generated.api.backup_restore import (
            get_partition_backup_progress as _get_partition_backup_progress,
        )

        return await self._send(
            self._call(
                _get_partition_backup_progress,
                _get_partition_backup_progress.parse_response,
                partition_id=partition_id,
                timeout=timeout,
                api_version=api_version,
            )
        )

    async def restore_partition(
        self,
        partition_id: uuid.UUID | str,
        backup_id: uuid.UUID | str,
        backup_location: str,
        *,
        backup_storage: BackupStorage | None = None,
        restore_timeout: int | None = None,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> AsyncOperation[RestoreProgressInfo]:
        """RestorePartition: `await (await client.restore_partition(pid, backup_id, location)).wait()`."""
        from sfrest_generated.api.backup_restore import (
            restore_partition as _restore_partition,
        )
        from sfrest_generated.models import RestorePartitionDescription

        body = RestorePartitionDescription(
            backup_id=guid(backup_id, "backup_id"),
            backup_location=backup_location,
            backup_storage=backup_storage,
        )
        await self._send(
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
        return AsyncOperation(
            lambda: self.get_partition_restore_progress(partition_id),
            self.polling,
            self._sleep,
            self._clock,
        )

    async def get_partition_restore_progress(
        self,
        partition_id: uuid.UUID | str,
        *,
        timeout: int | None = None,
        api_version: str | None = None,
    ) -> RestoreProgressInfo:
        """GetPartitionRestoreProgress: `(await client.get_partition_restore_progress(pid)).restore_state`."""
        from sfrest_generated.api.backup_restore import (
            get_partition_restore_progress as _get_partition_restore_progress,
        )

        return await self._send(
            self._call(
                _get_partition_restore_progress,
                _get_partition_restore_progress.parse_response,
                partition_id=partition_id,
                timeout=timeout,
                api_version=api_version,
            )
        )
