"""Handles for started operations: progress(), wait() and, for fault operations, cancel()."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _tracing
from ._deadline import WAIT
from ._errors import TransportError, WaitTimeoutError
from ._policies import seconds

if TYPE_CHECKING:
    from ._async_client import AsyncCore
    from ._client import SyncCore

P = TypeVar("P")

TERMINAL_STATES = frozenset(
    {"Completed", "Faulted", "Cancelled", "ForceCancelled"}  # fault operations
    | {"Success", "Failure", "Timeout"}  # backups and restores
)
"""States after which an operation no longer changes."""


def state_of(progress: object) -> str | None:
    """The state of any progress model, as its wire string: State for fault operations,
    BackupState or RestoreState for backups and restores (None when it has none).

        op.wait(on_progress=lambda p: print(sfrest.state_of(p)))   # any handle
    """
    for name in ("state", "backup_state", "restore_state"):
        state = getattr(progress, name, None)
        if state is not None:
            return str(state)
    return None


class _Waiter(Generic[P]):
    """The decisions of one wait(), shared by the sync and async handles; each poll runs
    inside polling(), under the wait's deadline (see _deadline)."""

    def __init__(
        self,
        client: SyncCore | AsyncCore,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: Callable[[P], object] | None,
    ) -> None:
        if timeout is not None:
            timeout = seconds("wait timeout", timeout)
        if poll_interval is not None:
            poll_interval = seconds("poll_interval", poll_interval, above=True)
        self._policy, self._clock = client.polling, client._clock
        self._deadline = None if timeout is None else self._clock() + timeout
        self._poll_interval, self._on_progress = poll_interval, on_progress
        self._polls = 0
        self._last: P | None = None
        self.span: Any = None
        """The wait's span, when traced: an event per poll."""

    def remaining(self) -> float:
        """Seconds until the deadline (negative past it); only called with a deadline."""
        assert self._deadline is not None
        return self._deadline - self._clock()

    def expired(self) -> WaitTimeoutError:
        return WaitTimeoutError(
            f"no terminal state before the deadline (last state {state_of(self._last)})",
            self._last,
        )

    @contextlib.contextmanager
    def polling(self) -> Iterator[None]:
        """Around one poll: the deadline bounds its HTTP attempts and retry sleeps."""
        if self._deadline is None:
            yield
            return
        token = WAIT.set(self)
        try:
            yield
        except TransportError as exc:
            if self.remaining() <= 0:
                raise self.expired() from exc
            raise
        finally:
            WAIT.reset(token)

    def after(self, progress: P) -> float | None:
        """None when progress is terminal, else how long to sleep; WaitTimeoutError past the deadline."""
        self._last, state = progress, state_of(progress)
        if self.span is not None:
            self.span.add_event(
                "poll",
                {
                    "servicefabric.state": state or "Unknown",
                    "sfrest.poll": self._polls + 1,
                },
            )
        if self._on_progress is not None:
            self._on_progress(progress)
        if state in TERMINAL_STATES:
            return None
        delay = self._poll_interval or self._policy.interval(self._polls)
        self._polls += 1
        if self._deadline is None:
            return delay
        remaining = self.remaining()
        if remaining <= 0:
            raise self.expired()
        return min(delay, remaining)


WAIT_SPAN = "sfrest.wait"
"""The name of a wait()'s span, the parent of its polls' spans."""


def _wait_span(handle: object) -> Any:
    """The context of a wait()'s span (nothing without OpenTelemetry)."""
    if _tracing.tracer() is None or not _tracing.recording():
        return contextlib.nullcontext()
    operation_id = getattr(handle, "operation_id", None)
    attributes = (
        {}
        if operation_id is None
        else {"servicefabric.operation_id": str(operation_id)}
    )
    return _tracing.span(WAIT_SPAN, attributes, kind="INTERNAL")


class Operation(Generic[P]):
    """A started backup or restore (or the base of a fault operation).

    For example::

        backup = client.backup_partition(partition_id)
        info = backup.wait(timeout=600)
        print(info.backup_state, info.backup_id)
    """

    def __init__(self, client: SyncCore, progress: Callable[[], P]) -> None:
        self._client, self._progress = client, progress

    def progress(self) -> P:
        """The current progress, from one Get*Progress call."""
        return self._progress()

    def wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[P], object] | None = None,
    ) -> P:
        """Poll until a terminal state and return that progress.

        timeout: seconds before WaitTimeoutError (None: no deadline); poll_interval: a fixed
        interval instead of the client's PollPolicy; on_progress: called with every progress seen.
        """
        waiter = _Waiter(self._client, timeout, poll_interval, on_progress)
        with _wait_span(self) as waiter.span:
            while True:
                with waiter.polling():
                    progress = self._progress()
                delay = waiter.after(progress)
                if delay is None:
                    return progress
                self._client._sleep(delay)


class AsyncOperation(Generic[P]):
    """The async twin of Operation: `await backup.wait()`."""

    def __init__(self, client: AsyncCore, progress: Callable[[], Awaitable[P]]) -> None:
        self._client, self._progress = client, progress

    async def progress(self) -> P:
        """The current progress, from one Get*Progress call."""
        return await self._progress()

    async def wait(
        self,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[P], object] | None = None,
    ) -> P:
        """Poll until a terminal state and return that progress (see Operation.wait)."""
        waiter = _Waiter(self._client, timeout, poll_interval, on_progress)
        with _wait_span(self) as waiter.span:
            while True:
                with waiter.polling():
                    progress = await self._progress()
                delay = waiter.after(progress)
                if delay is None:
                    return progress
                await self._client._sleep(delay)


class _Fault:
    """What FaultOperation and AsyncFaultOperation add: the operation id."""

    operation_id: uuid.UUID

    def __repr__(self) -> str:
        return f"{type(self).__name__}(operation_id={self.operation_id})"


class FaultOperation(_Fault, Operation[P]):
    """A started fault operation (data loss, quorum loss, restart, node transition).

    For example::

        op = client.start_data_loss(service_id, partition_id, "PartialDataLoss")
        print(op.operation_id)
        progress = op.wait(timeout=300)   # or op.cancel()
    """

    def __init__(
        self,
        client: SyncCore,
        progress: Callable[[], P],
        operation_id: uuid.UUID,
        cancel: Callable[..., None],
    ) -> None:
        super().__init__(client, progress)
        self.operation_id, self._cancel = operation_id, cancel

    def cancel(self, *, force: bool = False) -> None:
        """Cancel the operation (force=True only after a plain cancel)."""
        self._cancel(force=force)


class AsyncFaultOperation(_Fault, AsyncOperation[P]):
    """The async twin of FaultOperation: `await op.wait()`, `await op.cancel()`."""

    def __init__(
        self,
        client: AsyncCore,
        progress: Callable[[], Awaitable[P]],
        operation_id: uuid.UUID,
        cancel: Callable[..., Awaitable[None]],
    ) -> None:
        super().__init__(client, progress)
        self.operation_id, self._cancel = operation_id, cancel

    async def cancel(self, *, force: bool = False) -> None:
        """Cancel the operation (force=True only after a plain cancel)."""
        await self._cancel(force=force)
