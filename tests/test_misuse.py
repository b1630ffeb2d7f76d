"""Misuse and hostile settings found by an adversarial pass: each is a typed sfrest error
(or a tolerant answer), never a RuntimeError, AttributeError or a library's ValueError."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest

import sfrest
from sfrest.testing import Emulator, ManualClock, Topology

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
DONE = b'{"BackupState":"Success"}'


@pytest.mark.parametrize(
    "endpoint",
    ["http://127.0.0.1:-1", "http://xn--", "http://h/\ud800", "http://h:99999"],
)
def test_a_bad_endpoint_is_refused_by_both_clients(endpoint: str) -> None:
    with pytest.raises(sfrest.InvalidArgumentError, match="endpoint"):
        sfrest.ServiceFabricClient(endpoint)
    with pytest.raises(sfrest.InvalidArgumentError, match="endpoint"):
        sfrest.AsyncServiceFabricClient(endpoint)


@pytest.mark.parametrize(
    ("name", "value"),
    [("retry", "x"), ("polling", None), ("limits", "x"), ("verify", 123)],
)
def test_settings_of_the_wrong_type_are_refused_at_construction(
    name: str, value: Any
) -> None:
    for cls in (sfrest.ServiceFabricClient, sfrest.AsyncServiceFabricClient):
        with pytest.raises(sfrest.InvalidArgumentError, match=name):
            cls("https://localhost:19080", **{name: value})


class _Headers:
    """A loopback HTTP/1.1 server answering DONE, keeping each request's head."""

    def __init__(self) -> None:
        self.heads: list[bytes] = []

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                self.heads.append(head)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s"
                    % (len(DONE), DONE)
                )
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.mark.anyio
async def test_the_async_client_sends_an_endpoints_user_info_as_httpx_does() -> None:
    seen = _Headers()
    server = await asyncio.start_server(seen.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with sfrest.AsyncServiceFabricClient(
        f"http://us%40er:p%3Aw@127.0.0.1:{port}"
    ) as client:
        await client.get_partition_backup_progress(PID)
    async with sfrest.AsyncServiceFabricClient(
        f"http://user:pw@127.0.0.1:{port}", token="tok"
    ) as client:
        await client.get_partition_backup_progress(PID)  # fmt: skip
    server.close()
    await server.wait_closed()
    basic = base64.b64encode(b"us@er:p:w").decode()
    assert f"Authorization: Basic {basic}".encode() in seen.heads[0]
    assert (
        b"Authorization: Bearer tok" in seen.heads[1] and b"Basic" not in seen.heads[1]
    )
    assert all(b"user" not in head.split(b"\r\n")[0] for head in seen.heads)


def test_a_closed_sync_client_raises_a_transport_error() -> None:
    client = sfrest.ServiceFabricClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, content=DONE))
    )
    client.close()
    with pytest.raises(sfrest.TransportError, match="the client is closed"):
        client.get_partition_backup_progress(PID)


def test_an_async_client_is_one_loops() -> None:
    emulator = Emulator(clock=ManualClock())
    first, second = asyncio.new_event_loop(), asyncio.new_event_loop()
    try:
        with emulator.serve(port=0) as server:
            client = sfrest.AsyncServiceFabricClient(server.url)
            first.run_until_complete(client.get_cluster_health())
            with pytest.raises(sfrest.TransportError, match="another event loop"):
                second.run_until_complete(client.get_cluster_health())
            first.run_until_complete(client.close())
            with pytest.raises(sfrest.TransportError, match="the client is closed"):
                first.run_until_complete(client.get_cluster_health())
    finally:
        first.close()
        second.close()


class _Broken:
    def get_token(self, *scopes: str) -> Any:
        return "not an AccessToken"


def _failing() -> str:
    raise OSError("no token cache")


@pytest.mark.parametrize("token", [_Broken(), _failing])
def test_a_failing_token_source_is_an_invalid_argument(token: Any) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=DONE))
    with (
        sfrest.ServiceFabricClient(transport=transport, token=token) as client,
        pytest.raises(sfrest.InvalidArgumentError, match="token's source failed"),
    ):
        client.get_partition_backup_progress(PID)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("applications: [{name: x, services: []}]\nnodes: []\n", "fabric:/Name"),
        ("[" * 5000 + "]" * 5000, "nested too deep"),
    ],
)
def test_a_hostile_topology_file_is_a_value_error(
    tmp_path: Any, text: str, problem: str
) -> None:
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        Topology.load(tmp_path / "t.yaml")


def test_json_nested_too_deep_for_a_flag_is_a_usage_error() -> None:
    from sfrest import cli

    with pytest.raises(SystemExit) as caught:
        cli.main(
            [
                "partition",
                "backup",
                "--partition-id",
                PID,
                "--backup-storage",
                "[" * 30000,
            ]
        )
    assert caught.value.code == 2


@pytest.mark.parametrize(
    "flags",
    [
        ["--wait", "--wait-timeout", "nan"],
        ["--wait", "--poll-interval", "0"],
        ["--wait", "--poll-interval", "inf"],
    ],
)
def test_wait_flags_are_checked_before_the_fault_starts(flags: list[str]) -> None:
    from sfrest import cli

    argv = ["partition", "data-loss", "--endpoint", "http://127.0.0.1:1", "--service-id", "a~b",
            "--partition-id", PID, "--data-loss-mode", "PartialDataLoss", *flags]  # fmt: skip
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2


def test_a_query_nested_too_deep_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sfrest import cli

    code = cli.main(
        ["node", "list", "--endpoint", "http://127.0.0.1:1", "--query", "(" * 3000]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("sfrest: error: ")


def test_errors_never_show_the_endpoints_password() -> None:
    client = sfrest.ServiceFabricClient(
        "http://user:pw-secret@127.0.0.1:1", retry=sfrest.RetryPolicy(max_retries=0)
    )
    with pytest.raises(sfrest.TransportError) as refused:
        client.get_cluster_health()
    client.close()
    with pytest.raises(sfrest.TransportError) as closed:
        client.get_cluster_health()
    for caught in (refused, closed):
        assert "pw-secret" not in str(caught.value)
        assert "http://127.0.0.1:1/$/GetClusterHealth" in str(caught.value)
