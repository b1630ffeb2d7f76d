"""OpenTelemetry: a CLIENT span per operation call (HTTP semantic conventions, the ids it
targets, an event per retry), a span per wait() with an event per poll, through the SDK's
in-memory exporter; without opentelemetry-api nothing is imported."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

import sfrest
from sfrest import _tracing
from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
PATH = (
    "/Faults/Services/{service_id}/$/GetPartitions/{partition_id}/$/GetDataLossProgress"
)
NO_SLEEP = sfrest.RetryPolicy(initial_delay=0.0, max_delay=0.0)


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    """sfrest's spans go to an in-memory exporter (not through the global provider)."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(_tracing, "_tracer", provider.get_tracer("sfrest"))
    yield exporter
    provider.shutdown()


def answers(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)
    return httpx.MockTransport(lambda request: queue.pop(0))


def only(exporter: InMemorySpanExporter) -> ReadableSpan:
    (span,) = exporter.get_finished_spans()
    return span


def test_a_call_is_a_client_span_with_the_http_conventions(
    spans: InMemorySpanExporter,
) -> None:
    transport = answers(httpx.Response(200, json={"State": "Completed"}))
    with sfrest.ServiceFabricClient(
        "http://gw.example:19080", transport=transport
    ) as c:
        c.get_data_loss_progress("fabric:/app/svc", PID, OID)
    span = only(spans)
    assert (span.name, span.kind) == ("GetDataLossProgress", SpanKind.CLIENT)
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "server.address": "gw.example",
        "server.port": 19080,
        "url.template": PATH,
        "http.response.status_code": 200,
        "servicefabric.operation_id": OID,
        "servicefabric.partition_id": PID,
        "servicefabric.service_id": "app~svc",
    }
    assert span.status.status_code is StatusCode.UNSET and not span.events


def test_each_retry_is_an_event_and_an_error_answer_an_error_type(
    spans: InMemorySpanExporter,
) -> None:
    transport = answers(
        httpx.Response(503),
        httpx.Response(404, json={"Error": {"Code": "FABRIC_E_NODE_NOT_FOUND"}}),
    )
    with (
        sfrest.ServiceFabricClient(transport=transport, retry=NO_SLEEP) as c,
        pytest.raises(sfrest.NotFoundError),
    ):
        c.get_node_info("_Node_9")
    span = only(spans)
    attributes = dict(span.attributes or {})
    assert attributes["http.response.status_code"] == 404
    assert attributes["error.type"] == "404"
    assert attributes["http.request.resend_count"] == 1
    assert attributes["servicefabric.node_name"] == "_Node_9"
    assert attributes["server.port"] == 19080  # localhost's, from the default endpoint
    assert span.status.status_code is StatusCode.ERROR
    assert [(e.name, dict(e.attributes or {})) for e in span.events] == [
        ("retry", {"http.request.resend_count": 1, "reason": "503"})
    ]


def test_no_answer_is_an_error_type_of_sfrest(spans: InMemorySpanExporter) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        sfrest.ServiceFabricClient(
            "https://h", transport=httpx.MockTransport(refuse), retry=NO_SLEEP
        ) as c,
        pytest.raises(sfrest.TransportError),
    ):
        c.get_cluster_health()
    span = only(spans)
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "sfrest.TransportError"
    assert (
        attributes["server.port"] == 443
        and "http.response.status_code" not in attributes
    )
    assert [e.attributes["reason"] for e in span.events if e.attributes] == ["ConnectError"] * 3  # fmt: skip


def test_wait_is_the_parent_of_its_polls_with_an_event_per_poll(
    spans: InMemorySpanExporter, sf_client: sfrest.ServiceFabricClient
) -> None:
    op = sf_client.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "PartialDataLoss")
    assert op.wait().state == "Completed"
    start, *polls, wait = spans.get_finished_spans()
    assert start.name == "StartDataLoss" and start.kind == SpanKind.CLIENT
    assert dict(start.attributes or {})["servicefabric.operation_id"] == str(op.operation_id)  # fmt: skip
    assert wait.name == "sfrest.wait" and wait.kind == SpanKind.INTERNAL
    assert dict(wait.attributes or {}) == {"servicefabric.operation_id": str(op.operation_id)}  # fmt: skip
    assert polls and {p.name for p in polls} == {"GetDataLossProgress"}
    assert all(p.parent is not None and p.parent.span_id == wait.context.span_id for p in polls)  # fmt: skip
    states = [e.attributes["servicefabric.state"] for e in wait.events if e.attributes]
    assert len(states) == len(polls) and states[-1] == "Completed"
    assert states[0] == "Running"


@pytest.mark.anyio
async def test_the_async_client_traces_alike(
    spans: InMemorySpanExporter, sf_async_client: sfrest.AsyncServiceFabricClient
) -> None:
    op = await sf_async_client.start_partition_restart(
        CALC_SERVICE, CALC_PARTITIONS[1], "AllReplicasOrInstances"
    )
    with pytest.raises(sfrest.WaitTimeoutError):
        await op.wait(timeout=0.5)
    start, *polls, wait = spans.get_finished_spans()
    assert start.name == "StartPartitionRestart"
    assert wait.name == "sfrest.wait" and polls
    assert dict(wait.attributes or {})["error.type"] == "sfrest.WaitTimeoutError"
    assert all(p.parent is not None and p.parent.span_id == wait.context.span_id for p in polls)  # fmt: skip


@pytest.mark.anyio
async def test_the_async_clients_own_transport_is_traced_too(
    spans: InMemorySpanExporter,
) -> None:
    from raw_server import RawServer, reply

    def answer(conn: Any, request: bytes, _: Any) -> bool:
        conn.sendall(reply(200, b'{"AggregatedHealthState": "Ok"}'))
        return True

    with RawServer(answer) as server:
        async with sfrest.AsyncServiceFabricClient(server.url) as client:
            await client.get_cluster_health()
    span = only(spans)
    assert span.name == "GetClusterHealth"
    assert dict(span.attributes or {})["http.response.status_code"] == 200


def test_without_opentelemetry_nothing_is_imported_or_traced() -> None:
    code = """
import sys
sys.modules["opentelemetry"] = None  # as if opentelemetry-api were not installed
import httpx, sfrest
from sfrest import _tracing
t = httpx.MockTransport(lambda r: httpx.Response(200, json={"AggregatedHealthState": "Ok"}))
with sfrest.ServiceFabricClient(transport=t) as client:
    assert client.get_cluster_health().aggregated_health_state == "Ok"
    assert all(call.trace is None for call in client._memo.values())
assert _tracing.tracer() is None
assert not [m for m in sys.modules if m.startswith("opentelemetry.")]
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "ok\n"), done.stderr


def test_without_a_provider_no_span_is_started(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_tracing, "_tracer", _tracing._UNSET)  # the API's proxy tracer
    assert _tracing.tracer() is not None and not _tracing.recording()
    transport = answers(httpx.Response(200, json={"AggregatedHealthState": "Ok"}))
    with sfrest.ServiceFabricClient(transport=transport) as client:
        assert client.get_cluster_health().aggregated_health_state == "Ok"
