"""Retry-After (and retry-after-ms) on 429, 503 and 504 is honoured, capped by
RetryPolicy.max_retry_after, sync and async (through aiohttp's own headers too)."""

from __future__ import annotations

import email.utils
import socket
import threading
import time

import httpx
import pytest
from raw_server import RawServer, reply

import sfrest
from sfrest._policies import retry_after

HEALTH = b'{"AggregatedHealthState": "Ok"}'


def pauses(*first: httpx.Response, retry: sfrest.RetryPolicy | None = None) -> list[float]:  # fmt: skip
    """The sleeps before each retry of a GET answered first..., then 200."""
    queue = [*first, httpx.Response(200, content=HEALTH)]
    slept: list[float] = []
    with sfrest.ServiceFabricClient(
        transport=httpx.MockTransport(lambda r: queue.pop(0)),
        retry=retry or sfrest.RetryPolicy(),
        sleep=slept.append,
        clock=time.perf_counter,
    ) as client:
        assert client.get_cluster_health().aggregated_health_state == "Ok"
    return slept


def test_retry_after_seconds_on_503_and_429() -> None:
    assert pauses(httpx.Response(503, headers={"Retry-After": "2"})) == [2.0]
    assert pauses(httpx.Response(429, headers={"Retry-After": "7"})) == [7.0]
    assert pauses(httpx.Response(504, headers={"Retry-After": "0.5"})) == [0.5]


def test_retry_after_ms_first_as_azure_sends_it() -> None:
    headers = {"retry-after-ms": "1500", "Retry-After": "2"}
    assert pauses(httpx.Response(503, headers=headers)) == [1.5]


def test_an_http_date_counts_from_now() -> None:
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    (pause,) = pauses(httpx.Response(503, headers={"Retry-After": later}))
    assert 27 <= pause <= 30
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert pauses(httpx.Response(503, headers={"Retry-After": past})) == [0.0]


def test_it_is_capped() -> None:
    assert pauses(httpx.Response(503, headers={"Retry-After": "86400"})) == [60.0]
    capped = sfrest.RetryPolicy(max_retry_after=5.0)
    assert pauses(httpx.Response(429, headers={"Retry-After": "86400"}), retry=capped) == [5.0]  # fmt: skip


@pytest.mark.parametrize("bad", ["soon", "-3", "nan", "1e999x", "", "Mon, 99 Foo 2015"])
def test_an_unreadable_one_falls_back_to_the_backoff(bad: str) -> None:
    (pause,) = pauses(httpx.Response(503, headers={"Retry-After": bad}))
    assert 0 <= pause <= 0.25  # the first full-jitter backoff


def test_a_429_without_retries_left_is_an_error_and_posts_are_not_retried() -> None:
    queue = [httpx.Response(429, headers={"Retry-After": "1"})] * 2
    with (
        sfrest.ServiceFabricClient(
            transport=httpx.MockTransport(lambda r: queue.pop(0)),
            retry=sfrest.RetryPolicy(max_retries=0),
        ) as client,
        pytest.raises(sfrest.FabricError) as caught,
    ):
        client.get_cluster_health()
    assert caught.value.status_code == 429
    slept: list[float] = []
    with (
        sfrest.ServiceFabricClient(
            transport=httpx.MockTransport(lambda r: queue.pop(0)),
            sleep=slept.append,
            clock=time.perf_counter,
        ) as client,
        pytest.raises(sfrest.FabricError),
    ):
        client.cancel_operation("7216486c-1ee9-4b00-99b2-92b26fcb07f5")
    assert slept == []  # cancel is never retried


def test_the_parser() -> None:
    assert retry_after(None, None) is None
    assert retry_after(None, " 3 ") == 3.0
    assert retry_after("250", None) == 0.25
    assert retry_after("x", "2") is None


@pytest.mark.anyio
async def test_the_async_client_reads_it_from_aiohttps_headers() -> None:
    answers = [reply(503, b"", "Retry-After: 3"), reply(200, HEALTH)]

    def answer(conn: socket.socket, request: bytes, _: threading.Event) -> bool:
        conn.sendall(answers.pop(0))
        return True

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    with RawServer(answer) as server:
        async with sfrest.AsyncServiceFabricClient(
            server.url, sleep=sleep, clock=time.perf_counter
        ) as client:
            await client.get_cluster_health()
    assert slept == [3.0]
