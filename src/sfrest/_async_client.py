"""The async client's core: configuration, connections and sending (the methods are generated)."""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any, Self, TypeVar

import aiohttp
import httpx
import yarl

from . import _arguments, _deadline, _tracing
from ._auth import Token
from ._base import (
    DEFAULT_LIMITS,
    Call,
    ClientBase,
    Received,
    Retry,
    as_httpx,
    headers,
)
from ._errors import TransportError
from ._policies import PollPolicy, RetryPolicy

T = TypeVar("T")
_ENCODE = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
"""Request bodies as httpx encodes them."""
_NO_BODY = ("Content-Type",)
"""What aiohttp would add to a POST without a body (application/octet-stream)."""


def _timeout(total: float, connect: float | None) -> aiohttp.ClientTimeout:
    """All of an attempt within total seconds (the body too), its connection within connect."""
    return aiohttp.ClientTimeout(total=total, sock_connect=connect)


_STEADY = functools.lru_cache(maxsize=64)(_timeout)
"""_timeout for a call's own timeout (immutable: made once, shared); a wait()'s shorter
ones are new each attempt."""


class AsyncCore(ClientBase):
    """What sfrest.AsyncServiceFabricClient adds to its generated coroutines: connections and sending.

        async with AsyncServiceFabricClient() as client:
            ops = [await client.start_partition_restart(service_id, pid, "AllReplicasOrInstances") for pid in pids]
            results = await asyncio.gather(*(op.wait() for op in ops))

    The arguments are described on ClientBase. Without transport=, requests go through an
    aiohttp session (made on the first request, in the running loop) with at most
    limits.max_connections connections, kept alive for limits.keepalive_expiry seconds;
    with one (sfrest.testing's emulator, httpx.AsyncHTTPTransport() for pytest-httpx,
    a mock), through an httpx.AsyncClient on it.
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
        user_agent: str | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            endpoint,
            runtime_version,
            token,
            token_scopes,
            (cert, key, verify),
            retry,
            polling,
            connect_timeout,
            (sleep, asyncio.sleep, clock),
        )
        self._limits = (
            DEFAULT_LIMITS
            if limits is None
            else _arguments.instance("limits", limits, httpx.Limits)
        )
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._http = (
            None
            if transport is None
            else httpx.AsyncClient(
                auth=self._auth,
                transport=transport,
                headers=headers("httpx", httpx.__version__, user_agent),
            )
        )
        self._session_headers = headers("aiohttp", aiohttp.__version__, user_agent)
        url = httpx.URL(self.endpoint)  # user info is sent as httpx sends it: Basic
        basic = base64.b64encode(f"{url.username}:{url.password}".encode()).decode()
        self._headers = (
            None if not url.userinfo else {"Authorization": f"Basic {basic}"}
        )
        # a call's URL is text httpx would keep when the endpoint is as httpx writes it
        self._as_text = transport is None and str(url) == self.endpoint
        # the endpoint as aiohttp is given it, in the parts each call's URL is built from
        wire = yarl.URL(str(url.copy_with(userinfo=b"")), encoded=True)
        self._parts = (wire.scheme, wire.raw_authority, wire.raw_path.rstrip("/"))

    async def close(self) -> None:
        """Close the connections."""
        self._closed = True
        if self._http is not None:
            await self._http.aclose()
        if self._session is not None:
            await self._session.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _open(self) -> aiohttp.ClientSession:
        """The session, made in the running loop on the first request; only that loop's."""
        loop = asyncio.get_running_loop()
        if self._session is not None:
            if self._loop is loop:
                return self._session
            raise TransportError(
                f"{self!r} was first used in another event loop: make one client per"
                " loop (per asyncio.run)"
            )
        limits, self._loop = self._limits, loop
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(
                limit=limits.max_connections or 0,
                limit_per_host=0,
                keepalive_timeout=limits.keepalive_expiry or 0,
                ssl=self._tls() if self.endpoint.startswith("https:") else False,
            ),
            cookie_jar=aiohttp.DummyCookieJar(),
            headers=self._session_headers,
            json_serialize=_ENCODE,
        )
        return self._session

    def _url(self, path: str, query: str) -> httpx.URL | str:
        """The call's URL as text when httpx would keep it so: no parse on the way to aiohttp."""
        if self._as_text and as_httpx(path, query):
            return self._text(path, query)
        return super()._url(path, query)

    def _target(self, send: dict[str, Any], timeout: httpx.Timeout) -> Any:
        """The URL as aiohttp takes it (encoded already, parsed once)."""
        if self._http is not None:
            return None
        url = send["url"]
        if isinstance(url, str):  # as httpx would keep it: built, not parsed again
            path, _, query = url[len(self.endpoint) :].partition("?")
            scheme, authority, prefix = self._parts
            return yarl.URL.build(
                scheme=scheme,
                authority=authority,
                path=prefix + path,
                query_string=query,
                encoded=True,
            )
        return yarl.URL(str(url.copy_with(userinfo=b"")), encoded=True)

    async def _attempt(self, call: Call[T]) -> httpx.Response | Received:
        """One attempt of call, answered completely within the attempt's time."""
        if self._http is not None:
            return await _deadline.asend(self._http, call)
        timeout, limit = _deadline.budget(call)  # inside a wait(): shorter
        steady = timeout is call.http_timeout
        within = (_STEADY if steady else _timeout)(limit, timeout.connect)
        send = call.send
        started = time.monotonic()
        async with self._open().request(
            send["method"],
            call.target,
            json=(body := send.get("json")),
            headers=self._headers if self._auth is None else self._auth.headers(),
            skip_auto_headers=_NO_BODY
            if body is None and send["method"] != "GET"
            else None,
            allow_redirects=False,
            timeout=within,
        ) as response:
            if response.status < 200:  # as httpx: no final answer
                raise aiohttp.ClientPayloadError(
                    f"{response.status} as the final status"
                )
            content = await response.read()
        elapsed = timedelta(seconds=time.monotonic() - started)
        return Received(response.status, content, response.raw_headers, elapsed)

    def _send(self, call: Call[T]) -> Awaitable[T]:
        """The call's attempts, as a coroutine (no frame of its own without tracing)."""
        self._unless_closed(call)
        if call.trace is None or not _tracing.recording():
            return self._attempts(call, None)
        return self._traced(call)

    async def _traced(self, call: Call[T]) -> T:
        assert call.trace is not None
        with _tracing.span(call.operation, call.trace) as span:
            return await self._attempts(call, span)

    async def _attempts(self, call: Call[T], span: Any) -> T:
        attempt = 0
        while True:
            try:
                response = await self._attempt(call)
            except (httpx.RequestError, aiohttp.ClientError, TimeoutError) as exc:
                self._unless_retried(call, exc, attempt)
                why, after = type(exc).__name__, None
            else:
                if span is not None:
                    _tracing.answered(span, response.status_code)
                result = self._settle(call, response, attempt)
                if not isinstance(result, Retry):
                    return result
                why, after = str(response.status_code), result.after
            if span is not None:
                _tracing.retry(span, attempt, why)
            delay = self.retry.delay(attempt) if after is None else after
            await self._sleep(_deadline.pause(delay))
            attempt += 1
