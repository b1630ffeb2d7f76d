"""Every request says who sent it (User-Agent: sfrest, python and the transport, plus the
caller's user_agent=) and that it takes JSON back, sync and async, over each transport."""

from __future__ import annotations

import platform
import socket
import threading

import aiohttp
import httpx
import pytest
from raw_server import RawServer, reply

import sfrest

HEALTH = b'{"AggregatedHealthState": "Ok"}'
BASE = f"sfrest/{sfrest.__version__} python/{platform.python_version()}"


def test_the_sync_client_names_itself_and_asks_for_json() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=HEALTH)

    transport = httpx.MockTransport(answer)
    with sfrest.ServiceFabricClient(transport=transport) as client:
        client.get_cluster_health()
    with sfrest.ServiceFabricClient(
        transport=transport, user_agent="chaos-drill/2.1 (team-x)"
    ) as client:
        client.get_cluster_health()
        client.start_partition_restart(
            "app~svc",
            "1daae3f5-7fd6-42e9-b1ba-8c05f873994d",
            "AllReplicasOrInstances",
        )
    plain, *suffixed = sent
    assert plain.headers["User-Agent"] == f"{BASE} httpx/{httpx.__version__}"
    for request in suffixed:
        assert request.headers["User-Agent"] == (
            f"{BASE} httpx/{httpx.__version__} chaos-drill/2.1 (team-x)"
        )
    assert {r.headers["Accept"] for r in sent} == {"application/json"}


def _capture(heads: list[bytes]) -> RawServer:
    def answer(conn: socket.socket, request: bytes, _: threading.Event) -> bool:
        heads.append(request.split(b"\r\n\r\n")[0])
        conn.sendall(reply(200, HEALTH, "Content-Type: application/json"))
        return True

    return RawServer(answer)


def _header(head: bytes, name: bytes) -> list[bytes]:
    lines = head.split(b"\r\n")[1:]
    return [v.strip() for k, _, v in (x.partition(b":") for x in lines) if k.lower() == name]  # fmt: skip


@pytest.mark.anyio
async def test_the_async_client_names_aiohttp_on_the_wire() -> None:
    heads: list[bytes] = []
    with _capture(heads) as server:
        async with sfrest.AsyncServiceFabricClient(
            server.url, user_agent="drill/1"
        ) as client:
            await client.get_cluster_health()
    (head,) = heads
    agent = f"{BASE} aiohttp/{aiohttp.__version__} drill/1".encode()
    assert _header(head, b"user-agent") == [agent]  # one, not aiohttp's beside it
    assert _header(head, b"accept") == [b"application/json"]


@pytest.mark.anyio
async def test_the_async_client_on_an_httpx_transport_names_httpx() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=HEALTH)

    async with sfrest.AsyncServiceFabricClient(
        transport=httpx.MockTransport(answer)
    ) as client:
        await client.get_cluster_health()
    assert sent[0].headers["User-Agent"] == f"{BASE} httpx/{httpx.__version__}"
    assert sent[0].headers["Accept"] == "application/json"


@pytest.mark.parametrize(
    "bad", ["", "x\r\nX-Injected: 1", "two  spaces", " lead", "é", "tab\t", 7]
)
def test_a_user_agent_the_header_cannot_carry_is_refused(bad: object) -> None:
    with pytest.raises(sfrest.InvalidArgumentError, match="user_agent"):
        sfrest.ServiceFabricClient(user_agent=bad)  # type: ignore[arg-type]
    with pytest.raises(sfrest.InvalidArgumentError, match="user_agent"):
        sfrest.AsyncServiceFabricClient(user_agent=bad)  # type: ignore[arg-type]
