"""The sync client's core: configuration, connections and sending (the methods are generated)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx

from . import _arguments, _deadline, _tracing
from ._auth import Token
from ._base import DEFAULT_LIMITS, Call, ClientBase, Retry, headers
from ._policies import PollPolicy, RetryPolicy

T = TypeVar("T")


class SyncCore(ClientBase):
    """What sfrest.ServiceFabricClient adds to its generated methods: connections and sending.

        with ServiceFabricClient("https://mycluster:19080", cert="client.pem", verify="ca.pem") as client:
            op = client.start_data_loss("fabric:/app/svc", partition_id, "PartialDataLoss")
            progress = op.wait(timeout=300)
            print(progress.state, progress.invoke_data_loss_result)

    The arguments are described on ClientBase.
    """

    def __init__(
        self,
        endpoint: str = "http://localhost:19080",
        *,
        runtime_version: str | None = None,
        token: Token | None = None,
        token_scopes: Sequence[str] = (),
        cert: str | Path | None = None,
        key: str | Path | None = None,
        verify: bool | str | Path = True,
        retry: RetryPolicy = RetryPolicy(),  # noqa: B008 - frozen
        polling: PollPolicy = PollPolicy(),  # noqa: B008 - frozen
        connect_timeout: float = 10.0,
        limits: httpx.Limits | None = None,
        transport: httpx.BaseTransport | None = None,
        user_agent: str | None = None,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            endpoint,
            runtime_version,
            token,
            token_scopes,
            (cert, key, verify),
            retry,
            polling,
            connect_timeout,
            (sleep, time.sleep, clock),
        )
        self._http = httpx.Client(
            base_url=self.endpoint,
            auth=self._auth,
            verify=self._tls() if self.endpoint.startswith("https:") else False,
            limits=DEFAULT_LIMITS
            if limits is None
            else _arguments.instance("limits", limits, httpx.Limits),
            transport=transport,
            headers=headers("httpx", httpx.__version__, user_agent),
        )

    def _target(self, send: dict[str, Any], timeout: httpx.Timeout) -> Any:
        """The httpx.Request, built once and sent as is whenever its timeouts hold (outside
        a wait(); and not with a bearer token, which each request asks for anew)."""
        if self._auth is not None:
            return None
        return self._http.build_request(**send, timeout=timeout)

    def close(self) -> None:
        """Close the connections."""
        self._closed = True
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, call: Call[T]) -> T:
        self._unless_closed(call)
        if call.trace is None or not _tracing.recording():
            return self._attempts(call, None)
        with _tracing.span(call.operation, call.trace) as span:
            return self._attempts(call, span)

    def _attempts(self, call: Call[T], span: Any) -> T:
        attempt = 0
        while True:
            try:
                response = _deadline.send(self._http, call)
            except httpx.RequestError as exc:
                self._unless_retried(call, exc, attempt)
                why, after = type(exc).__name__, None
            else:
                if span is not None:
                    _tracing.answered(span, response.status_code)
                result = self._settle(call, response, attempt)
                if not isinstance(result, Retry):
                    return result
                why, after = str(response.status_code), result.after
            if span is not None:
                _tracing.retry(span, attempt, why)
            delay = self.retry.delay(attempt) if after is None else after
            self._sleep(_deadline.pause(delay))
            attempt += 1
