"""Promises that hold under hostile answers, bad configuration and long waits.

Each test here failed before the fix it guards: a response, a setting or a wait that let
something other than an SFRestError escape, or that never ended.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import json
import logging
import math
import socket
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from raw_server import RawServer, reply

import sfrest
from sfrest.testing import ManualClock

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
NO_RETRY = sfrest.RetryPolicy(max_retries=0)
RUNNING = json.dumps({"State": "Running"}).encode()


def _client(handler: Any, **kwargs: Any) -> sfrest.ServiceFabricClient:
    if "sleep" not in kwargs:
        clock = ManualClock()
        kwargs.update(sleep=clock.sleep, clock=clock)
    return sfrest.ServiceFabricClient(transport=httpx.MockTransport(handler), **kwargs)


def _async_client(handler: Any, **kwargs: Any) -> sfrest.AsyncServiceFabricClient:
    if "sleep" not in kwargs:
        clock = ManualClock()
        kwargs.update(sleep=clock.async_sleep, clock=clock)
    return sfrest.AsyncServiceFabricClient(
        transport=httpx.MockTransport(handler), **kwargs
    )


class FakeClock:
    """time.monotonic and time.sleep that advance together, instantly."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


# --- answers ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
@pytest.mark.parametrize("status", [200, 202, 404, 503])
def test_an_undecodable_body_is_a_transport_error(encoding: str, status: int) -> None:
    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers={"Content-Encoding": encoding}, content=b"\x1f\x8bnot it"
        )

    with _client(garbage) as client:
        with pytest.raises(sfrest.TransportError, match="DecodingError"):
            client.get_data_loss_progress("app~svc", PID, OID)
        with pytest.raises(sfrest.TransportError) as caught:
            client.start_data_loss("app~svc", PID, "FullDataLoss", operation_id=OID)
    assert caught.value.operation_id == uuid.UUID(OID)

    async def main() -> None:
        async with _async_client(garbage) as client:
            with pytest.raises(sfrest.TransportError, match="DecodingError"):
                await client.get_partition_backup_progress(PID)

    asyncio.run(main())


def test_a_valid_gzip_body_still_parses() -> None:
    def zipped(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, content=gzip.compress(RUNNING)
        )

    with _client(zipped) as client:
        assert client.get_data_loss_progress("app~svc", PID, OID).state == "Running"


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 10_000 + b"]" * 10_000,
        b'{"Error":' * 10_000 + b"1" + b"}" * 10_000,
        b'{"Error": {"Code": ' + b"[" * 10_000 + b"]" * 10_000 + b"}}",
        b'{"Error": {"Code": {"Error": {"Code": "x"}}, "Message": [1]}}',
    ],
)
def test_deeply_nested_error_bodies_are_fabric_errors(body: bytes) -> None:
    with (
        _client(lambda request: httpx.Response(400, content=body)) as client,
        pytest.raises(sfrest.BadRequestError) as caught,
    ):
        client.get_data_loss_progress("app~svc", PID, OID)
    assert caught.value.code is None and caught.value.status_code == 400


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_any_2xx_answers_a_body_less_operation(status: int) -> None:
    with _client(lambda request: httpx.Response(status)) as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss", operation_id=OID)
        assert op.operation_id == uuid.UUID(OID)
        client.cancel_operation(OID)
        client.backup_partition(PID)


def test_a_2xx_without_the_promised_body_is_a_decode_error() -> None:
    with (
        _client(lambda request: httpx.Response(204)) as client,
        pytest.raises(sfrest.ResponseDecodeError),
    ):
        client.get_data_loss_progress("app~svc", PID, OID)
    with _client(lambda request: httpx.Response(201, content=RUNNING)) as client:
        assert client.get_data_loss_progress("app~svc", PID, OID).state == "Running"


@pytest.mark.parametrize("status", [100, 101, 301, 302, 304, 307])
def test_statuses_outside_2xx_that_are_not_errors_are_fabric_errors(
    status: int,
) -> None:
    with (
        _client(lambda request: httpx.Response(status)) as client,
        pytest.raises(sfrest.FabricError) as caught,
    ):
        client.start_data_loss("app~svc", PID, "FullDataLoss")
    assert type(caught.value) is sfrest.FabricError
    assert caught.value.status_code == status


def test_a_start_whose_answers_were_all_lost_names_its_operation_id() -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    with _client(lost) as client:
        with pytest.raises(sfrest.TransportError) as caught:
            client.start_partition_restart(
                "app~svc", PID, "AllReplicasOrInstances", operation_id=OID
            )
        op_id = caught.value.operation_id
        assert op_id == uuid.UUID(OID) and OID in str(caught.value)
        with pytest.raises(sfrest.TransportError) as generated:
            client.start_quorum_loss("app~svc", PID, "QuorumReplicas", 10)
    assert isinstance(generated.value.operation_id, uuid.UUID)
    assert str(generated.value.operation_id) in str(generated.value)


# --- configuration ------------------------------------------------------------------------


def test_missing_and_garbage_tls_files_name_the_file_not_its_contents(
    tmp_path: Path,
) -> None:
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate: SECRET-CONTENTS\n")
    missing = tmp_path / "missing.pem"
    cases: list[tuple[dict[str, Any], Path]] = [
        ({"cert": missing}, missing),
        ({"verify": missing}, missing),
        ({"cert": garbage}, garbage),
        ({"verify": garbage}, garbage),
        ({"cert": garbage, "key": missing}, missing),
    ]
    for kwargs, named in cases:
        with pytest.raises(sfrest.InvalidArgumentError) as caught:
            sfrest.ServiceFabricClient("https://cluster:19080", **kwargs)
        assert str(named) in str(caught.value)
        assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize(
    "endpoint", ["http://[::1", "http://host:99999", "http://", "http://[::1]:x"]
)
def test_unparsable_endpoints_are_invalid_arguments(endpoint: str) -> None:
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.ServiceFabricClient(endpoint)


@pytest.mark.parametrize("value", [-1, 0, math.nan, math.inf, "5", None, True])
def test_bad_connect_timeouts_are_invalid_arguments(value: Any) -> None:
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.ServiceFabricClient(connect_timeout=value)
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.AsyncServiceFabricClient(connect_timeout=value)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_delay": math.nan},
        {"initial_delay": math.inf},
        {"max_retries": "3"},
        {"max_retries": 1.5},
        {"max_retries": True},
        {"initial_delay": "0.25"},
    ],
)
def test_retry_policy_checks_its_values(kwargs: dict[str, Any]) -> None:
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"initial_interval": math.nan},
        {"factor": math.nan},
        {"factor": math.inf},
        {"max_interval": math.inf},
        {"max_interval": math.nan},
        {"initial_interval": "1"},
    ],
)
def test_poll_policy_checks_its_values(kwargs: dict[str, Any]) -> None:
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.PollPolicy(**kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"poll_interval": -1},
        {"poll_interval": 0},
        {"poll_interval": math.nan},
        {"timeout": "5"},
        {"timeout": -1},
        {"timeout": math.nan},
    ],
)
def test_wait_checks_its_arguments_before_polling(kwargs: dict[str, Any]) -> None:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(202)

    with _client(answer) as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss")
        with pytest.raises(sfrest.InvalidArgumentError):
            op.wait(**kwargs)
    assert len(requests) == 1  # the start only


# --- waiting ------------------------------------------------------------------------------


def test_a_wait_of_hours_keeps_polling_at_the_cap() -> None:
    polls = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal polls
        if request.method == "POST":
            return httpx.Response(202)
        polls += 1
        state = "Completed" if polls > 2_000 else "Running"
        return httpx.Response(200, json={"State": state})

    clock = FakeClock()
    with _client(answer, sleep=clock.sleep, clock=clock) as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss")
        assert op.wait().state == "Completed"
    assert clock.sleeps[-1] == 3.85 and clock.now - 1000 > 2 * 3600
    assert sfrest.PollPolicy().interval(10**9) == 3.85
    assert sfrest.RetryPolicy(max_delay=1.0).delay(10**6) <= 1.0


def test_retry_sleeps_stop_at_the_wait_deadline() -> None:
    def busy(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202)
        return httpx.Response(503)

    clock = FakeClock()
    retry = sfrest.RetryPolicy(max_retries=1000, initial_delay=1.0, max_delay=1.0)
    with _client(busy, sleep=clock.sleep, clock=clock, retry=retry) as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss")
        with pytest.raises(sfrest.WaitTimeoutError) as caught:
            op.wait(timeout=3.0)
    assert caught.value.last_progress is None
    assert clock.now - 1000 == pytest.approx(3.0)


def _stalling(stop_after: int) -> Any:
    """Answers the start and the first `stop_after - 1` polls, then stalls 8 s and hangs up."""

    def answer(conn: socket.socket, request: bytes, stop: threading.Event) -> bool:
        answer.count += 1  # type: ignore[attr-defined]
        if request.startswith(b"POST"):
            conn.sendall(reply(202))
        elif answer.count <= stop_after:  # type: ignore[attr-defined]
            conn.sendall(reply(200, RUNNING, "Content-Type: application/json"))
        else:
            stop.wait(8)
            return False
        return True

    answer.count = 0  # type: ignore[attr-defined]
    return answer


def test_the_wait_deadline_bounds_polls_that_hang() -> None:
    with (
        RawServer(_stalling(2)) as server,
        sfrest.ServiceFabricClient(server.url) as client,
    ):
        op = client.start_data_loss("app~svc", PID, "FullDataLoss")
        with pytest.raises(sfrest.WaitTimeoutError) as caught:
            op.wait(timeout=1.5)
    assert caught.value.last_progress.state == "Running"


def test_the_async_wait_deadline_bounds_polls_that_hang() -> None:
    async def main() -> None:
        async with sfrest.AsyncServiceFabricClient(server.url) as client:
            op = await client.start_data_loss("app~svc", PID, "FullDataLoss")
            with pytest.raises(sfrest.WaitTimeoutError) as caught:
                await op.wait(timeout=1.5)
        assert caught.value.last_progress.state == "Running"

    with RawServer(_stalling(2)) as server:
        asyncio.run(main())


def _trickle(conn: socket.socket, request: bytes, stop: threading.Event) -> bool:
    """Headers at once, then the body one byte every 0.4 s (50 s for all of it)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 125\r\n\r\n")
    for byte in (RUNNING + b" " * 125)[:125]:
        if stop.wait(0.4):
            return False
        conn.sendall(bytes([byte]))
    return True


def test_a_trickled_body_times_out_as_a_whole_sync_and_async() -> None:
    """Every read arrives within the read timeout; the call as a whole must not outlast it."""

    def sync_call(url: str) -> BaseException | None:
        with sfrest.ServiceFabricClient(url, retry=NO_RETRY) as client:
            try:
                client.get_data_loss_progress("app~svc", PID, OID, timeout=1)
            except sfrest.SFRestError as exc:
                return exc
        return None

    async def async_call(url: str) -> BaseException | None:
        async with sfrest.AsyncServiceFabricClient(url, retry=NO_RETRY) as client:
            try:
                await client.get_data_loss_progress("app~svc", PID, OID, timeout=1)
            except sfrest.SFRestError as exc:
                return exc
        return None

    with (
        RawServer(_trickle) as server,
        concurrent.futures.ThreadPoolExecutor(1) as pool,
    ):
        in_thread = pool.submit(sync_call, server.url)
        in_loop = asyncio.run(async_call(server.url))
        in_sync = in_thread.result()
    assert isinstance(in_sync, sfrest.RequestTimeoutError)
    assert isinstance(in_loop, sfrest.RequestTimeoutError)


# --- secrets ------------------------------------------------------------------------------


def test_one_trailing_newline_is_dropped_from_a_token() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        return httpx.Response(200, json=[])

    for token in ("abc.def\n", "abc.def\r\n", lambda: "abc.def\n"):
        with _client(answer, token=token) as client:
            client.get_fault_operation_list()
    assert sent == ["Bearer abc.def"] * 3


@pytest.mark.parametrize(
    "token", ["ab\ncd", "ab\rcd", "abcd\r", "ab\x00cd", "abcd\n\n", "", "ab cd", "abé"]
)
def test_tokens_unfit_for_a_header_are_refused_without_showing_them(
    token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[])

    with pytest.raises(sfrest.InvalidArgumentError) as at_construction:
        sfrest.ServiceFabricClient(token=token)

    class Credential:
        def get_token(self, *scopes: str) -> Any:
            class Access:
                expires_on = 2**40

            access = Access()
            access.token = token  # type: ignore[attr-defined]
            return access

    for source in (lambda: token, Credential()):
        with (
            _client(answer, token=source) as client,
            pytest.raises(sfrest.InvalidArgumentError) as at_fetch,
        ):
            client.get_fault_operation_list()
        for exc in (at_construction.value, at_fetch.value):
            assert "cd" not in str(exc) and repr(token) not in str(exc)
    assert requests == []
    assert "abcd" not in caplog.text and "ab\ncd" not in caplog.text
