"""The performance work keeps behaviour: same requests, same errors, bounded pools, lazy imports.

docs/benchmarks.md has the figures; nothing here measures time.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid

import httpx
import pytest
import yarl
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

import sfrest
from sfrest._arguments import parse_version
from sfrest._base import as_httpx
from sfrest._ids import name_segment

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
DONE = {"State": "Completed"}


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://localhost:19080",
        "https://Cluster.Example.COM:19080/",
        "http://127.0.0.1:80/prefix/sub",
        "http://[::1]:19080",
        "http://user:pw@h:1/a%20b",
    ],
)
@pytest.mark.parametrize(
    "service_id", ["fabric:/app/svc", "a b/c", "x%y~z", "a?b#c", "ü~ß"]
)
def test_requests_are_the_ones_httpx_builds_from_base_url_and_params(
    endpoint: str, service_id: str
) -> None:
    from sfrest_generated.api.faults import get_data_loss_progress as module

    with sfrest.ServiceFabricClient(endpoint) as client:
        for api_version in (None, "5.1", "6.10"):
            call = client._call(
                module,
                module.parse_response,
                7,
                api_version,
                {
                    "service_id": service_id,
                    "partition_id": PID,
                    "operation_id": uuid.UUID(OID),
                },
            )
            version = api_version or module.API_VERSION
            relative = module.request_kwargs(
                service_id=name_segment(
                    "service_id", service_id, "fabric-name", parse_version(version)
                ),
                partition_id=uuid.UUID(PID),
                operation_id=uuid.UUID(OID),
                timeout=7,
                api_version=version,
            )
            merged = client._http.build_request(**relative)
            direct = client._http.build_request(**call.send)
            assert str(merged.url) == str(direct.url)
            assert merged.headers.raw == direct.headers.raw


def test_a_repeated_poll_is_built_once_and_sends_the_same_request(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(json=DONE, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        for partition in (PID, uuid.UUID(PID), PID):
            client.get_data_loss_progress("app~svc", partition, OID)
        assert len(client._memo) == 2  # the str and the UUID spelling
    urls = {str(r.url) for r in httpx_mock.get_requests()}
    assert len(httpx_mock.get_requests()) == 3 and len(urls) == 1


def test_kept_calls_do_not_hide_invalid_arguments(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=DONE, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress("app~svc", PID, OID, timeout=1)
        with pytest.raises(sfrest.InvalidArgumentError):  # 1.0 == 1, but not an int
            client.get_data_loss_progress("app~svc", PID, OID, timeout=1.0)  # type: ignore[arg-type]
        with pytest.raises(sfrest.InvalidArgumentError):  # unhashable: still validated
            client.get_data_loss_progress(["app~svc"], PID, OID)  # type: ignore[arg-type]
        with pytest.raises(sfrest.InvalidArgumentError):
            client.get_data_loss_progress("app~svc", PID, "not-a-guid")


def test_import_sfrest_loads_only_the_client_core() -> None:
    code = (
        "import sys, sfrest\n"
        "loaded = [m for m in ('pydantic', 'sfrest_generated.models', 'sfrest.cli',\n"
        "          'sfrest.testing', 'sfrest._async_client') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "assert sfrest.OperationState.COMPLETED == 'Completed'\n"
        "assert sfrest.AsyncServiceFabricClient.__name__ == 'AsyncServiceFabricClient'\n"
        "assert {'PartitionDataLossProgress', 'AsyncServiceFabricClient'} <= set(dir(sfrest))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_first_call_builds_only_the_models_its_answer_needs() -> None:
    code = (
        "import sys, httpx, sfrest\n"
        "answer = httpx.Response(200, json={'State': 'Completed'})\n"
        "client = sfrest.ServiceFabricClient(transport=httpx.MockTransport(lambda r: answer))\n"
        f"client.get_data_loss_progress('app~svc', {PID!r}, {OID!r})\n"
        "models = sorted(m.rsplit('.', 1)[1] for m in sys.modules\n"
        "                if m.startswith('sfrest_generated.models.'))\n"
        "print(' '.join(models))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    assert out == [
        "invoke_data_loss_result",
        "operation_state",
        "partition_data_loss_progress",
        "selected_partition",
    ]


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        sfrest.NoSuchThing  # noqa: B018


class _CountingServer:
    """A loopback HTTP/1.1 server that answers every request with DONE after a pause,
    counting the connections open at once and the request lines it read."""

    def __init__(self) -> None:
        self.open = self.peak = 0
        self.lines: list[bytes] = []

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.open += 1
        self.peak = max(self.peak, self.open)
        body = b'{"State":"Completed"}'
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                self.lines.append(head.split(b"\r\n", 1)[0])
                await asyncio.sleep(0.005)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
                )
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self.open -= 1
            writer.close()


@pytest.mark.anyio
async def test_async_client_keeps_to_its_connection_limit_and_reuses_them() -> None:
    counting = _CountingServer()
    server = await asyncio.start_server(counting.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3)
    async with sfrest.AsyncServiceFabricClient(
        f"http://127.0.0.1:{port}", limits=limits
    ) as client:
        results = await asyncio.gather(
            *(client.get_data_loss_progress("app~svc", PID, OID) for _ in range(40))
        )
        assert counting.peak == 3 and counting.open == 3  # kept alive, never more
    server.close()
    await server.wait_closed()
    assert [r.state for r in results] == ["Completed"] * 40
    line = (
        f"GET /Faults/Services/app~svc/$/GetPartitions/{PID}/$/GetDataLossProgress"
        f"?api-version=6.0&OperationId={OID}&timeout=60 HTTP/1.1"
    ).encode()
    assert counting.lines == [line] * 40  # the URL sent as built, not re-encoded


@pytest.mark.anyio
async def test_async_client_makes_no_session_until_it_sends() -> None:
    async with sfrest.AsyncServiceFabricClient() as client:
        assert client._session is None and client._http is None
        assert client._context is None  # nor a TLS context, for http://


def test_constructing_a_client_for_http_builds_no_tls_context() -> None:
    with sfrest.ServiceFabricClient("http://localhost:19080") as client:
        assert client._context is None
    with sfrest.ServiceFabricClient("https://localhost:19080") as client:
        assert client._context is not None


@pytest.mark.anyio
async def test_a_custom_transport_is_used_as_given() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=DONE)

    async with sfrest.AsyncServiceFabricClient(
        transport=httpx.MockTransport(handler)
    ) as client:
        assert (await client.get_data_loss_progress("app~svc", PID, OID)).state == (
            "Completed"
        )
    url = (
        f"http://localhost:19080/Faults/Services/app~svc/$/GetPartitions/{PID}"
        f"/$/GetDataLossProgress?api-version=6.0&OperationId={OID}&timeout=60"
    )
    assert seen == [url]


def test_query_values_are_encoded_as_httpx_encodes_params(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(status_code=200, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        client.cancel_operation(OID, force=True, timeout=1)
        client.cancel_operation(OID, force=False, timeout=1)
    queries = [r.url.query for r in httpx_mock.get_requests()]
    expected = [
        httpx.URL("http://h/", params={"api-version": "6.0", "OperationId": OID, "Force": force, "timeout": 1}).query
        for force in (True, False)
    ]  # fmt: skip
    assert queries == expected
    assert b"Force=true&timeout=1" in queries[0] and b"Force=false" in queries[1]


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://localhost:19080",
        "https://Cluster.Example.COM:19080/",
        "http://127.0.0.1:80/prefix/sub",
        "http://[::1]:19080",
        "http://user:pw@h:1/a%20b",
        "http://h:1/a b/ü",
    ],
)
@pytest.mark.parametrize(
    ("service_id", "token"),
    [("fabric:/app/svc", None), ("a b/c", "1+2/3:4=%41&x=y#z é"), ("x%y~z", "100%"),
     ("a?b#c", "[]"), ("ü~ß", "a`b{c}"), ("x.~.y", "./.."), ("a..~x", "%zz")],
)  # fmt: skip
def test_the_async_clients_urls_are_the_ones_httpx_makes(
    endpoint: str, service_id: str, token: str | None
) -> None:
    from sfrest_generated.api.nodes import get_node_info_list
    from sfrest_generated.api.partitions import get_partition_info_list

    client = sfrest.AsyncServiceFabricClient(endpoint)
    for module, args in (
        (get_partition_info_list, {"service_id": service_id, "continuation_token": token}),
        (get_node_info_list, {"continuation_token": token, "node_status_filter": None}),
    ):  # fmt: skip
        call = client._call(module, module.parse_response, None, None, args)
        url = call.target
        expected = httpx.URL(str(call.send["url"])).copy_with(userinfo=b"")
        assert str(url) == str(expected)
        parsed = yarl.URL(str(expected), encoded=True)  # what aiohttp reads of it
        parts = ("scheme", "raw_host", "port", "raw_path", "raw_query_string")
        assert [getattr(url, p) for p in parts] == [getattr(parsed, p) for p in parts]
        sync = sfrest.ServiceFabricClient(endpoint)._call(
            module, module.parse_response, None, None, args
        )
        assert str(sync.send["url"]) == str(call.send["url"])


@given(
    path=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7F), max_size=30),
    query=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7F), max_size=30),
)
def test_text_kept_as_is_is_what_httpx_makes_of_it(path: str, query: str) -> None:
    path = "/" + path
    if as_httpx(path, query):
        text = f"http://h:1{path}?{query}"
        assert str(httpx.URL(text)) == text


def test_a_plain_async_call_keeps_its_url_as_text() -> None:
    from sfrest_generated.api.faults import get_data_loss_progress as module

    args = {"service_id": "app~svc", "partition_id": PID, "operation_id": OID}
    client = sfrest.AsyncServiceFabricClient()
    call = client._call(module, module.parse_response, None, None, args)
    assert isinstance(call.send["url"], str)  # parsed by no one but aiohttp's yarl
    sync = sfrest.ServiceFabricClient()._call(module, module.parse_response, None, None, args)  # fmt: skip
    assert isinstance(sync.send["url"], httpx.URL)


@given(
    st.dictionaries(
        st.sampled_from(["api-version", "OperationId", "a b", "é", "x"]),
        st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.uuids()),
    )
)
def test_the_query_is_urlencodes_with_bools_as_httpx_sends_them(
    query: dict[str, object],
) -> None:
    from urllib.parse import urlencode

    from sfrest._base import _urlencode

    expected = {k: str(v).lower() if isinstance(v, bool) else v for k, v in query.items()}  # fmt: skip
    assert _urlencode(query) == urlencode(expected)


@given(st.one_of(st.text(), st.uuids(), st.integers()))
def test_a_path_segment_is_what_quote_makes_of_it(value: object) -> None:
    from urllib.parse import quote

    from sfrest_generated.types import segment

    assert segment(value) == quote(str(value), safe="")


def test_a_str_subclass_is_written_as_its_text() -> None:
    from sfrest_generated.types import segment

    class Odd(str):
        def __str__(self) -> str:
            return self

        def __format__(self, spec: str) -> str:
            return "EVIL"

    assert f"{segment(Odd('123'))}" == "123"


@pytest.mark.parametrize("token", ["a?", "?", "a??"])
def test_a_token_ending_in_a_question_mark_is_sent_whole(token: str) -> None:
    from sfrest_generated.api.nodes import get_node_info_list as module

    args = {"continuation_token": token, "node_status_filter": None}
    for client in (sfrest.ServiceFabricClient(), sfrest.AsyncServiceFabricClient()):
        call = client._call(module, module.parse_response, None, None, args)
        assert str(call.send["url"]).endswith(f"ContinuationToken={token}")
        if isinstance(call.target, yarl.URL):  # the async client's, for aiohttp
            assert call.target.raw_query_string.endswith(f"ContinuationToken={token}")
