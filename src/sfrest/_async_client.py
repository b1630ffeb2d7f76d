"""The async client's core: configuration, connections and sending (the methods are generated)."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Self, TypeVar

import httpx

from . import _deadline
from ._auth import Token
from ._base import DEFAULT_LIMITS, RETRY, Call, ClientBase
from ._policies import PollPolicy, RetryPolicy

T = TypeVar("T")


class _ConnectionPool(httpx.AsyncBaseTransport):
    """httpx's default transport, but as one single-connection transport per connection.

    A request waits for a free slot (an asyncio.Semaphore of max_connections, honouring
    the pool timeout), takes an idle httpx.AsyncHTTPTransport of one connection or makes
    one, and gives it back when the response is closed; at most max_keepalive_connections
    stay open while idle. Unlike httpcore's pool, the cost per request does not grow with
    the connection count (docs/benchmarks.md, _ConnectionPool).
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

    async def _release(self, transport: httpx.AsyncHTTPTransport | None) -> None:
        """Free the slot; keep transport idle, or close it when enough are."""
        try:
            if transport is None:
                return
            if self._keep is None or len(self._idle) < self._keep:
                self._idle.append(transport)
            else:
                self._open.discard(transport)
                await transport.aclose()
        finally:
            if self._slots is not None:
                self._slots.release()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._acquire(request)
        transport = None
        try:
            transport = self._transport()
            response = await transport.handle_async_request(request)
        except BaseException:
            await self._release(transport)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Released(response.stream, self, transport)
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
        pool: _ConnectionPool,
        transport: httpx.AsyncHTTPTransport,
    ) -> None:
        self._stream, self._pool = stream, pool
        self._transport: httpx.AsyncHTTPTransport | None = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        transport, self._transport = self._transport, None
        try:
            await self._stream.aclose()
        finally:
            if transport is not None:
                await self._pool._release(transport)


class AsyncCore(ClientBase):
    """What sfrest.AsyncServiceFabricClient adds to its generated coroutines: connections and sending.

        async with AsyncServiceFabricClient() as client:
            ops = [await client.start_partition_restart(service_id, pid, "AllReplicasOrInstances") for pid in pids]
            results = await asyncio.gather(*(op.wait() for op in ops))

    The arguments are described on ClientBase; without transport=, each connection is its
    own one-connection httpx transport (see _ConnectionPool).
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
            runtime_version,
            token,
            token_scopes,
            cert,
            key,
            verify,
            retry,
            polling,
            connect_timeout,
        )
        self._sleep, self._clock = sleep, clock
        limits = limits or DEFAULT_LIMITS
        if transport is None:
            transport = _ConnectionPool(limits, self._verify)
        self._http = httpx.AsyncClient(
            base_url=self.endpoint,
            auth=self._auth,
            verify=self._verify,
            limits=limits,
            transport=transport,
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
                self._unless_retried(call, exc, attempt)
            else:
                result = self._settle(call, response, attempt)
                if result is not RETRY:
                    return result  # type: ignore[return-value]
            await self._sleep(_deadline.pause(self.retry.delay(attempt)))
            attempt += 1
