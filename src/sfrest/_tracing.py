"""OpenTelemetry spans, when opentelemetry-api is installed (`pip install sfrest[otel]`).

Each operation call is a CLIENT span named after its operationId, with the HTTP semantic
conventions (http.request.method, server.address, server.port, url.template,
http.response.status_code, error.type, http.request.resend_count), the ids it targets
(servicefabric.operation_id, .partition_id, .service_id, .node_name) and an event per
retry; each wait() is a span around its polls, with an event per poll and its state.
Without opentelemetry-api nothing is imported, and a call's only cost is a None check;
with it but no TracerProvider set (the API's proxy or no-op one), no span is started.
Spans go to whatever TracerProvider the application set.

    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    trace.set_tracer_provider(TracerProvider())   # and an exporter of yours
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from ._version import __version__

_UNSET: Any = object()
_tracer: Any = _UNSET
_idle: tuple[type, ...] = ()
"""The API's providers that record nothing: no span is started under them."""

TARGETS = {
    "operation_id": "servicefabric.operation_id",
    "partition_id": "servicefabric.partition_id",
    "service_id": "servicefabric.service_id",
    "node_name": "servicefabric.node_name",
}
"""The arguments a span names, as its attributes: the fault and what it targets."""


def tracer() -> Any:
    """sfrest's Tracer, or None when opentelemetry-api is not installed (looked up once)."""
    global _tracer, _idle, _provider, _proxy
    if _tracer is _UNSET:
        try:
            from opentelemetry import trace
        except ImportError:
            _tracer = None
        else:
            _tracer = trace.get_tracer("sfrest", __version__)
            _idle, _provider, _proxy = (
                (trace.ProxyTracerProvider, trace.NoOpTracerProvider),
                trace.get_tracer_provider,
                trace.ProxyTracer,
            )
    return _tracer


def _no_provider() -> object:
    return None


_provider: Any = _no_provider
_proxy: type = type(None)


def recording() -> bool:
    """Whether a span would be recorded: a TracerProvider was set (or, in tests, sfrest's
    tracer is a real one rather than the API's proxy)."""
    if not isinstance(_tracer, _proxy):
        return True
    return not isinstance(_provider(), _idle)


def error_type(exc: BaseException) -> str:
    """error.type: the status code of an error answer, else sfrest's exception class."""
    status = getattr(exc, "status_code", None)
    return str(status) if status is not None else f"sfrest.{type(exc).__name__}"


@contextlib.contextmanager
def span(name: str, attributes: dict[str, Any], kind: str = "CLIENT") -> Iterator[Any]:
    """The current span around a call (or a wait); an exception ends it as an error."""
    from opentelemetry.trace import SpanKind, StatusCode

    with tracer().start_as_current_span(
        name,
        kind=getattr(SpanKind, kind),
        attributes=attributes,
        record_exception=False,
        set_status_on_exception=False,
    ) as current:
        try:
            yield current
        except BaseException as exc:
            if isinstance(exc, Exception):
                current.set_attribute("error.type", error_type(exc))
                current.set_status(StatusCode.ERROR, type(exc).__name__)
            raise


def answered(current: Any, status: int) -> None:
    """An attempt's answer: http.response.status_code, and error.type for an error status."""
    current.set_attribute("http.response.status_code", status)


def retry(current: Any, attempt: int, why: str) -> None:
    """An event per retry, and the resend count so far."""
    current.add_event(
        "retry", {"http.request.resend_count": attempt + 1, "reason": why}
    )
    current.set_attribute("http.request.resend_count", attempt + 1)
