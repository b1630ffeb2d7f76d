"""Hostile answers to every operation, sync and async: nothing but an SFRestError escapes,
and the error's class follows the status.

Hypothesis draws a status (100-599), a body (empty, HTML, truncated JSON, garbage,
10,000-deep nesting, huge numbers, unknown enums, wrong types, NUL bytes, invalid UTF-8,
valid bodies) and a Content-Encoding (none, valid or garbage gzip/deflate), and answers
one operation with it through httpx.MockTransport, then over a real socket with broken
framing too. Seeded (derandomize=True), so `make test` always runs the same cases, in
about a minute; `make fuzz` (SFREST_FUZZ_EXAMPLES) runs many more and prints the figures.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import socket
import threading
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from raw_server import RawServer

import sfrest
from sfrest.testing import ManualClock

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
SVC = "fabric:/CalcApp/CalcService"
EXAMPLES = int(os.environ.get("SFREST_FUZZ_EXAMPLES", "0"))
FIGURES = {"cases": 0, "calls": 0, "escapes": 0}


def _settings(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


Client = Any  # ServiceFabricClient or AsyncServiceFabricClient: the same methods
OPERATIONS: dict[str, Callable[[Client], Any]] = {
    "start_data_loss": lambda c: c.start_data_loss(SVC, PID, "PartialDataLoss"),
    "get_data_loss_progress": lambda c: c.get_data_loss_progress(SVC, PID, OID),
    "start_quorum_loss": lambda c: c.start_quorum_loss(SVC, PID, "QuorumReplicas", 5),
    "get_quorum_loss_progress": lambda c: c.get_quorum_loss_progress(SVC, PID, OID),
    "start_partition_restart": lambda c: c.start_partition_restart(
        SVC, PID, "AllReplicasOrInstances"
    ),
    "get_partition_restart_progress": lambda c: c.get_partition_restart_progress(
        SVC, PID, OID
    ),
    "start_node_transition": lambda c: c.start_node_transition(
        "_Node_0", "Stop", "1", 600
    ),
    "get_node_transition_progress": lambda c: c.get_node_transition_progress(
        "_Node_0", OID
    ),
    "get_fault_operation_list": lambda c: c.get_fault_operation_list(),
    "cancel_operation": lambda c: c.cancel_operation(OID),
    "backup_partition": lambda c: c.backup_partition(PID),
    "get_partition_backup_progress": lambda c: c.get_partition_backup_progress(PID),
    "restore_partition": lambda c: c.restore_partition(PID, OID, "backups/b1"),
    "get_partition_restore_progress": lambda c: c.get_partition_restore_progress(PID),
    # the drill operations: polymorphic, paged and health bodies
    "get_node_info_list": lambda c: c.get_node_info_list(),
    "get_node_info": lambda c: c.get_node_info("_Node_0"),
    "get_application_info_list": lambda c: c.get_application_info_list(),
    "get_application_info": lambda c: c.get_application_info("CalcApp"),
    "get_service_info_list": lambda c: c.get_service_info_list("CalcApp"),
    "get_service_info": lambda c: c.get_service_info("CalcApp", SVC),
    "get_partition_info_list": lambda c: c.get_partition_info_list(SVC),
    "get_partition_info": lambda c: c.get_partition_info(PID),
    "get_replica_info_list": lambda c: c.get_replica_info_list(PID),
    "recover_partition": lambda c: c.recover_partition(PID),
    "recover_service_partitions": lambda c: c.recover_service_partitions(SVC),
    "recover_system_partitions": lambda c: c.recover_system_partitions(),
    "recover_all_partitions": lambda c: c.recover_all_partitions(),
    "get_partition_backup_configuration_info": (
        lambda c: c.get_partition_backup_configuration_info(PID)
    ),
    "get_partition_backup_list": lambda c: c.get_partition_backup_list(PID),
    "get_partition_health": lambda c: c.get_partition_health(PID),
    "get_service_health": lambda c: c.get_service_health(SVC),
    "get_cluster_health": lambda c: c.get_cluster_health(),
}

# --- bodies -------------------------------------------------------------------------------

VALID = [
    *(path.read_bytes() for path in sorted(FIXTURES.glob("*.json"))),
    b"[]",
    b'{"State": "Running"}',
    b'{"BackupState": "BackupInProgress"}',
    b'{"RestoreState": "Success", "TimeStampUtc": "2024-01-01T00:00:00Z"}',
    b'[{"OperationId": "'
    + OID.encode()
    + b'", "State": "Running", "Type": "Invalid"}]',
    b'{"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND", "Message": "not found"}}',
    b'{"Error": {"Code": "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS"}}',
]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = ["State", "Error", "Code", "Message", "BackupState", "RestoreState", "Type"]


def _nested(depth: int, opener: str) -> bytes:
    closer = {"[": "]", '{"Error":': "}", '{"State":': "}"}[opener]
    return (opener * depth + "1" + closer * depth).encode()


def _retyped(valid: bytes, key: str, value: Any) -> bytes:
    """A valid body with one field given any JSON value (a wrong type, an unknown enum...)."""
    parsed = json.loads(valid)
    target = parsed[0] if isinstance(parsed, list) and parsed else parsed
    if isinstance(target, dict):
        target[key] = value
    return json.dumps(parsed).encode()


bodies = st.one_of(
    st.sampled_from(
        [
            b"",
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            b"null",
            b"{}",
            b"0",
            b'{"State": "Run\x00ning"}',
            b'{"State": "\xff\xfe"}',
            b'{"Error": {"Code": "\xc3\x28", "Message": "\x00"}}',
            b'{"State": "Exploded", "ErrorCode": "x"}',
        ]
    ),
    st.sampled_from(VALID),
    st.builds(lambda b, n: b[:n], st.sampled_from(VALID), st.integers(0, 300)),
    st.binary(max_size=80),
    st.builds(
        _nested,
        st.integers(1, 12_000),
        st.sampled_from(["[", '{"Error":', '{"State":']),
    ),
    st.builds(
        lambda n, key: b'{"%s": ' % key.encode() + b"9" * n + b"}",
        st.integers(1, 6000),
        st.sampled_from(KEYS),
    ),
    st.builds(_retyped, st.sampled_from(VALID), st.sampled_from(KEYS), json_values),
)

# --- encodings ----------------------------------------------------------------------------

GARBAGE = b"\x00garbage, not compressed\xff"
# (name, encode, Content-Encoding, whether decoding fails, whether it may fail)
ENCODINGS: list[tuple[str, Callable[[bytes], bytes], str | None, bool, bool]] = [
    ("none", lambda b: b, None, False, False),
    ("identity", lambda b: b, "identity", False, False),
    ("gzip", gzip.compress, "gzip", False, False),
    ("deflate", zlib.compress, "deflate", False, False),
    (
        "gzip+deflate",
        lambda b: zlib.compress(gzip.compress(b)),
        "gzip, deflate",
        False,
        False,
    ),
    ("garbage gzip", lambda b: GARBAGE + b, "gzip", True, True),
    ("garbage deflate", lambda b: GARBAGE + b, "deflate", True, True),
    ("cut gzip", lambda b: gzip.compress(b)[:-9], "gzip", False, True),
    ("unknown", lambda b: b, "x-unknown", False, False),
]


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    encoding: int

    def encoded(self) -> tuple[dict[str, str], bytes]:
        """The headers and the body as sent."""
        _, encode, header, _, _ = ENCODINGS[self.encoding]
        headers = {"Content-Type": "application/json"}
        if header is not None:
            headers["Content-Encoding"] = header
        return headers, encode(self.body)

    def response(self) -> httpx.Response:
        headers, content = self.encoded()
        return httpx.Response(self.status, headers=headers, content=content)

    def allowed(self) -> tuple[type[BaseException] | None, ...]:
        """What the call may end with: None (a return) or these exception classes."""
        *_, fails, may_fail = ENCODINGS[self.encoding]
        status = self.status
        if fails:
            return (sfrest.TransportError,)
        extra = (sfrest.TransportError,) if may_fail else ()
        if 200 <= status < 300:
            return (None, sfrest.ResponseDecodeError, *extra)
        by_status = {
            400: sfrest.BadRequestError,
            401: sfrest.UnauthorizedError,
            403: sfrest.ForbiddenError,
            404: sfrest.NotFoundError,
            409: sfrest.ConflictError,
            503: sfrest.ServiceUnavailableError,
            504: sfrest.GatewayTimeoutError,
        }
        if status in by_status:
            return (by_status[status], *extra)
        return (sfrest.ServerError if status >= 500 else sfrest.FabricError, *extra)


answers = st.builds(
    Answer,
    st.integers(100, 599),
    bodies,
    st.integers(0, len(ENCODINGS) - 1),
)


def _judge(answer: Answer, outcome: BaseException | None, where: str) -> None:
    """Fail unless the outcome is allowed: the exact class for the status (subclasses of
    TransportError count as it), and never anything but an SFRestError."""
    FIGURES["calls"] += 1
    if outcome is not None and not isinstance(outcome, sfrest.SFRestError):
        FIGURES["escapes"] += 1
        raise AssertionError(f"{where}: {type(outcome).__name__} escaped for {answer}")
    allowed = answer.allowed()
    got = None if outcome is None else type(outcome)
    if got is sfrest.RequestTimeoutError:
        got = sfrest.TransportError
    assert got in allowed, f"{where}: {got} for {answer}; allowed {allowed}"
    if isinstance(outcome, sfrest.FabricError):
        assert outcome.status_code == answer.status
        assert outcome.code is None or isinstance(outcome.code, str)


def _outcome(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - judged by the caller: anything may be here
        return exc
    return None


async def _async_outcome(call: Callable[[], Awaitable[Any]]) -> BaseException | None:
    try:
        await call()
    except Exception as exc:  # noqa: BLE001
        return exc
    return None


async def _no_sleep(seconds: float) -> None:
    return None


RETRY_ONCE = sfrest.RetryPolicy(max_retries=1)


@pytest.fixture(scope="module", autouse=True)
def figures() -> Iterator[None]:
    yield
    if EXAMPLES:
        print(
            f"\nadversarial: {FIGURES['cases']} cases, {FIGURES['calls']} calls, "
            f"{FIGURES['escapes']} escapes"
        )


@_settings(4000)
@given(answer=answers, operation=st.sampled_from(sorted(OPERATIONS)))
def test_hostile_answers_over_mock_transport(answer: Answer, operation: str) -> None:
    FIGURES["cases"] += 1
    call = OPERATIONS[operation]
    transport = httpx.MockTransport(lambda request: answer.response())
    with sfrest.ServiceFabricClient(
        transport=transport, retry=RETRY_ONCE, sleep=lambda s: None, clock=ManualClock()
    ) as client:
        _judge(answer, _outcome(lambda: call(client)), f"sync {operation}")

    async def main() -> BaseException | None:
        async with sfrest.AsyncServiceFabricClient(
            transport=transport, retry=RETRY_ONCE, sleep=_no_sleep, clock=ManualClock()
        ) as client:
            return await _async_outcome(lambda: call(client))

    _judge(answer, asyncio.run(main()), f"async {operation}")


# --- over a real socket -------------------------------------------------------------------

FRAMINGS = ["length", "close", "chunked", "long length", "bad chunk", "bad header"]
"""How the raw answer is framed; the last three are broken (a TransportError is allowed)."""


@dataclass(frozen=True)
class RawAnswer:
    answer: Answer
    framing: str

    def wire(self) -> bytes:
        headers, body = self.answer.encoded()
        lines = [f"HTTP/1.1 {self.answer.status} Whatever"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if self.framing in ("length", "bad header"):
            lines.append(f"Content-Length: {len(body)}")
        if self.framing == "bad header":
            lines.append("Broken header line without a colon")
        if self.framing == "long length":
            lines.append(f"Content-Length: {len(body) + 10}")
        if self.framing in ("chunked", "bad chunk"):
            lines.append("Transfer-Encoding: chunked")
            size = b"zz" if self.framing == "bad chunk" else b"%x" % len(body)
            broken = self.framing == "bad chunk"
            chunk = size + b"\r\n" + body + b"\r\n" if body or broken else b""
            body = chunk + b"0\r\n\r\n"
        if self.framing == "close":
            lines.append("Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Scripted:
    """The module's raw server: answers every request with the current script, then closes."""

    def __init__(self) -> None:
        self.script = b""

    def __call__(
        self, conn: socket.socket, request: bytes, stop: threading.Event
    ) -> bool:
        conn.sendall(self.script)
        return False


@pytest.fixture(scope="module")
def scripted() -> Iterator[tuple[_Scripted, str]]:
    script = _Scripted()
    with RawServer(script) as server:
        yield script, server.url


NO_RETRY = sfrest.RetryPolicy(max_retries=0)


@_settings(1500)
@given(
    answer=answers,
    framing=st.sampled_from(FRAMINGS),
    operation=st.sampled_from(sorted(OPERATIONS)),
)
def test_hostile_answers_over_a_socket(
    scripted: tuple[_Scripted, str], answer: Answer, framing: str, operation: str
) -> None:
    FIGURES["cases"] += 1
    script, url = scripted
    raw = RawAnswer(answer, framing)
    script.script = raw.wire()
    no_body = answer.status in (204, 304)
    broken = (
        framing in ("long length", "bad chunk", "bad header")
        or answer.status < 200
        or (no_body and bool(answer.body))
    )
    # a broken frame, or a 1xx the server never follows with a final answer, may be a
    # TransportError; a 204 or 304 has no body on the wire, so what follows it is a
    # broken next answer (which aiohttp's parser may read at once)
    judged = Answer(answer.status, b"", 0) if no_body else answer
    call = OPERATIONS[operation]
    with sfrest.ServiceFabricClient(
        url, retry=NO_RETRY, verify=False, connect_timeout=5
    ) as client:
        outcome = _outcome(lambda: call(client))
    _judge_raw(judged, outcome, broken, f"sync socket {operation} {framing}")

    async def main() -> BaseException | None:
        async with sfrest.AsyncServiceFabricClient(
            url, retry=NO_RETRY, verify=False, connect_timeout=5
        ) as client:
            return await _async_outcome(lambda: call(client))

    _judge_raw(
        judged, asyncio.run(main()), broken, f"async socket {operation} {framing}"
    )


def _judge_raw(
    answer: Answer, outcome: BaseException | None, broken: bool, where: str
) -> None:
    if broken and isinstance(outcome, sfrest.TransportError):
        FIGURES["calls"] += 1
        return
    _judge(answer, outcome, where)


@_settings(300)
@given(
    tokens=st.lists(
        st.one_of(
            st.none(),
            st.just(""),
            st.sampled_from(["a", "b", "c"]),
            st.text(max_size=8),
        ),
        min_size=1,
        max_size=12,
    ),
    max_pages=st.integers(1, 8),
    pager=st.sampled_from(["iter_nodes", "iter_chaos_events"]),
)
def test_hostile_paging_ends_typed(
    tokens: list[str | None], max_pages: int, pager: str
) -> None:
    """A gateway's tokens, repeated, endless or odd: the iterator ends, or raises
    PageLimitError after max_pages pages or RepeatedTokenError; nothing else."""
    FIGURES["cases"] += 1
    pages = iter(tokens)
    items = "Items" if pager == "iter_nodes" else "History"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"ContinuationToken": next(pages, None), items: []}
        )

    with sfrest.ServiceFabricClient(transport=httpx.MockTransport(answer)) as client:
        outcome = _outcome(lambda: list(getattr(client, pager)(max_pages=max_pages)))
    FIGURES["calls"] += 1
    if outcome is not None and not isinstance(outcome, sfrest.SFRestError):
        FIGURES["escapes"] += 1
    seen: list[str] = []
    expected: type[BaseException] | None = None
    for index, token in enumerate([*tokens, None]):
        if not token:
            break
        if token in seen:
            expected = sfrest.RepeatedTokenError
            break
        if index + 1 >= max_pages:
            expected = sfrest.PageLimitError
            break
        seen.append(token)
    got = None if outcome is None else type(outcome)
    assert got is expected, (tokens, max_pages, outcome)


@_settings(300)
@given(
    value=st.one_of(
        st.text(max_size=30),
        st.integers(-(10**12), 10**12).map(str),
        st.floats().map(str),
    )
)
def test_hostile_retry_after_is_capped(value: str) -> None:
    """Any Retry-After on a 503: the pause is at most the policy's cap; the retry happens."""
    FIGURES["cases"] += 1
    answers = iter([503, 200])
    slept: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        headers = (
            {"Retry-After": value} if value.isprintable() and value.isascii() else {}
        )
        return httpx.Response(status, json=[] if status == 200 else {}, headers=headers)

    with sfrest.ServiceFabricClient(
        transport=httpx.MockTransport(answer),
        retry=sfrest.RetryPolicy(max_retries=1, max_retry_after=5.0),
        sleep=slept.append,
        clock=lambda: 0.0,
    ) as client:
        outcome = _outcome(client.get_fault_operation_list)
    FIGURES["calls"] += 1
    assert outcome is None, (value, outcome)
    assert len(slept) == 1 and 0 <= slept[0] <= 5.0, (value, slept)


@_settings(500)
@given(text=st.text())
def test_server_text_reaches_the_terminal_escaped(text: str) -> None:
    """Whatever a gateway sends, the command line's lines hold no control character."""
    from sfrest import cli

    FIGURES["cases"] += 1
    assert cli._line(text).isprintable()
    for output in ("table", "tsv"):
        rendered = cli._render([{"State": text, "Faults": [text]}], output)
        allowed = {"\n", "\t"} if output == "tsv" else {"\n"}
        assert all(c.isprintable() or c in allowed for c in rendered), output
