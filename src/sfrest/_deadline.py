"""Deadlines: each HTTP attempt's own, and a wait()'s, which bounds every poll inside it.

An attempt may take its read timeout (the server timeout plus the margin) in all, however
slowly the answer trickles in: httpx's timeouts count per read, so the async client runs
the attempt under asyncio.timeout and the sync one checks the time between body chunks
(a chunk can add at most one read timeout). Inside wait(timeout=...) the handle puts its
_Waiter in WAIT around each poll: every attempt's timeouts shrink to the time left (but
never below LAST_LOOK, so the poll at the deadline still gets an answer) and a retry that
would start after the deadline raises WaitTimeoutError with the last progress instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol

import httpx

if TYPE_CHECKING:
    from ._base import Call


class Deadline(Protocol):
    """What a wait() puts in WAIT: the time left and the error past it (_operation._Waiter)."""

    def remaining(self) -> float: ...

    def expired(self) -> Exception: ...


WAIT: ContextVar[Deadline | None] = ContextVar("sfrest_wait", default=None)
LAST_LOOK = 1.0
"""Seconds a poll gets at least, so a wait ends at most this long after its deadline."""


def budget(call: Call[Any]) -> tuple[httpx.Timeout, float]:
    """The httpx timeout of one attempt of call, and the seconds it may take in all."""
    timeout = call.http_timeout
    waiter = WAIT.get()
    if waiter is None:
        return timeout, timeout.read or 0.0
    left = max(waiter.remaining(), LAST_LOOK)
    short = [min(x or left, left) for x in (timeout.connect, timeout.read)]
    return httpx.Timeout(short[1], connect=short[0]), short[1]


def pause(delay: float) -> float:
    """The sleep before a retry: delay, cut to the time left in a wait (WaitTimeoutError if none)."""
    waiter = WAIT.get()
    if waiter is None:
        return delay
    left = waiter.remaining()
    if left <= 0:
        raise waiter.expired()
    return min(delay, left)


class _Bounded(httpx.SyncByteStream):
    """A response body that raises ReadTimeout once its attempt's time is up."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: float) -> None:
        self._stream, self._deadline = stream, deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout("the response took longer than its timeout")
            yield chunk

    def close(self) -> None:
        self._stream.close()


def send(http: httpx.Client, call: Call[Any]) -> httpx.Response:
    """One attempt of call, its body read within the attempt's time."""
    timeout, limit = budget(call)
    deadline = time.monotonic() + limit
    request = call.target
    if request is None or timeout is not call.http_timeout:
        request = http.build_request(**call.send, timeout=timeout)
    response = http.send(request, stream=True)
    assert isinstance(response.stream, httpx.SyncByteStream)
    response.stream = _Bounded(response.stream, deadline)
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    return response


async def asend(http: httpx.AsyncClient, call: Call[Any]) -> httpx.Response:
    """One attempt of call, answered completely within the attempt's time."""
    import asyncio  # loaded by the async client already; `import sfrest` must not load it

    timeout, limit = budget(call)
    try:
        async with asyncio.timeout(limit):
            return await http.request(**call.send, timeout=timeout)
    except TimeoutError:
        raise httpx.ReadTimeout(f"no complete response within {limit:g} s") from None
