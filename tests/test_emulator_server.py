"""The emulator's loopback HTTP server under load and abuse: many connections, idle ones,
huge bodies. Other languages' clients and fan-out tests lean on it."""

from __future__ import annotations

import asyncio
import resource
import socket
import threading
from collections.abc import Iterator

import pytest

from sfrest.testing import Emulator, EmulatorServer, _server

CONNECTIONS = 1000
REQUEST = b"GET /Faults/?api-version=6.0 HTTP/1.1\r\nHost: emulator\r\n\r\n"


@pytest.fixture
def server() -> Iterator[EmulatorServer]:
    with Emulator().serve(host="127.0.0.1", port=0) as server:
        yield server


def _status_and_body(reply: bytes) -> tuple[int, bytes]:
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


async def _one(
    host: str, port: int, all_open: asyncio.Event, opened: list[int]
) -> bool:
    """Connect, wait until every client is connected, ask once; whether the answer came."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        opened.append(1)
        if len(opened) == CONNECTIONS:
            all_open.set()
        await all_open.wait()
        writer.write(REQUEST)
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        body = await reader.readexactly(length)
        return head.startswith(b"HTTP/1.1 200") and body == b"[]"
    finally:
        writer.close()


def test_a_thousand_connections_at_once_are_all_answered(
    server: EmulatorServer,
) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = 3 * CONNECTIONS  # both ends of each connection, and room
    if soft != resource.RLIM_INFINITY and soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(need, hard), hard))

    async def main() -> list[bool]:
        all_open, opened = asyncio.Event(), list[int]()
        clients = [
            _one(server.host, server.port, all_open, opened) for _ in range(CONNECTIONS)
        ]
        async with asyncio.timeout(10):  # the goal: all answered within 10 s
            return await asyncio.gather(*clients)

    try:
        answered = asyncio.run(main())
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert answered.count(True) == CONNECTIONS


def test_idle_connections_cost_no_thread_and_are_closed(
    server: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_server, "IDLE_TIMEOUT", 0.5)
    before = threading.active_count()
    idle = [socket.create_connection((server.host, server.port)) for _ in range(200)]
    try:
        assert threading.active_count() == before
        for sock in idle:
            sock.settimeout(10)
            assert sock.recv(1) == b""  # closed by the server, not by the 10 s here
    finally:
        for sock in idle:
            sock.close()
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(REQUEST)  # a busy one is answered, and kept
        assert _status_and_body(sock.recv(65536))[0] == 200


def _exchange(server: EmulatorServer, data: bytes) -> bytes:
    """Send data, then read until the server closes the connection."""
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
        return received


def test_a_body_above_the_limit_gets_413_unread(server: EmulatorServer) -> None:
    target = (
        b"/Partitions/1daae3f5-7fd6-42e9-b1ba-8c05f873994d/$/Restore?api-version=6.4"
    )
    announced = (
        b"POST "
        + target
        + b" HTTP/1.1\r\nHost: e\r\nContent-Length: 2000000000\r\n\r\n"
    )
    status, body = _status_and_body(_exchange(server, announced))
    assert status == 413 and b"E_INVALIDARG" in body
    chunk = b"%x\r\n" % (_server.MAX_BODY + 1) + b"x" * (_server.MAX_BODY + 1) + b"\r\n"
    chunked = (
        b"POST "
        + target
        + b" HTTP/1.1\r\nHost: e\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    assert _status_and_body(_exchange(server, chunked + chunk))[0] == 413
    expecting = announced.replace(b"\r\n\r\n", b"\r\nExpect: 100-continue\r\n\r\n")
    assert _exchange(server, expecting).startswith(b"HTTP/1.1 413")  # no 100 first


def test_a_request_head_beyond_h11s_limit_is_refused(server: EmulatorServer) -> None:
    huge = b"GET /Faults/ HTTP/1.1\r\nHost: e\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n"
    assert _status_and_body(_exchange(server, huge))[0] == 431
