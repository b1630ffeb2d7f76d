"""The exceptions sfrest raises, and the one place HTTP failures become them.

SFRestError
├── InvalidArgumentError (also ValueError)   bad input, raised before anything is sent
├── TransportError                           no (readable) HTTP response: refused, reset, TLS,
│   │                                        a truncated or undecodable body; .operation_id
│   └── RequestTimeoutError (also TimeoutError)   no response within the HTTP timeout
├── ResponseDecodeError                      a success status whose body does not match the spec
├── WaitTimeoutError (also TimeoutError)     wait() passed its own deadline; .last_progress
├── PagingError                              an iterator stopped by the gateway's tokens; .pages
│   ├── PageLimitError                       max_pages read and still a ContinuationToken
│   └── RepeatedTokenError                   a ContinuationToken of an earlier page again
└── FabricError                              a status outside 2xx; .status_code .code .message .response
    ├── BadRequestError (400)   ├── UnauthorizedError (401)   ├── ForbiddenError (403)
    ├── NotFoundError (404)     ├── ConflictError (409)        ├── ServerError (other 5xx)
    ├── ServiceUnavailableError (503)   └── GatewayTimeoutError (504)
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx


class SFRestError(Exception):
    """The base of every exception sfrest raises."""


class InvalidArgumentError(SFRestError, ValueError):
    """An argument is invalid; raised before any request is sent. The message quotes the
    argument, cut to its first characters when long (a megabyte id stays one short line)."""

    def __init__(self, message: str) -> None:
        if len(message) > 500:
            message = f"{message[:400]}… ({len(message)} characters)"
        super().__init__(message)


class TransportError(SFRestError):
    """The request got no HTTP response, or one whose body could not be read (truncated, or
    not decodable as its Content-Encoding says). The httpx exception is the __cause__.

    operation_id is the OperationId the request carried (None if it carried none): a Start*
    whose every answer was lost may still have started, and can be polled with it.
    """

    def __init__(self, message: str, operation_id: uuid.UUID | None = None) -> None:
        super().__init__(message)
        self.operation_id = operation_id


class RequestTimeoutError(TransportError, TimeoutError):
    """No response arrived within the HTTP timeout."""


class ResponseDecodeError(SFRestError):
    """A success response whose body is not what the spec promises (empty, HTML, truncated)."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


class WaitTimeoutError(SFRestError, TimeoutError):
    """wait() reached its deadline before a terminal state; last_progress is the last seen."""

    def __init__(self, message: str, last_progress: Any) -> None:
        super().__init__(message)
        self.last_progress = last_progress


class PagingError(SFRestError):
    """An iterator (iter_nodes(), iter_partitions(), ...) stopped because of the gateway's
    ContinuationTokens; pages is how many pages were read (their items were yielded).

        try:
            nodes = list(client.iter_nodes(max_pages=100))
        except sfrest.PagingError as exc:
            print(exc.pages, exc)
    """

    def __init__(self, message: str, pages: int) -> None:
        super().__init__(message)
        self.pages = pages


class PageLimitError(PagingError):
    """max_pages pages were read and the last still had a ContinuationToken."""


class RepeatedTokenError(PagingError):
    """A page's ContinuationToken is one an earlier page answered: the list would loop, or
    end silently short."""


class FabricError(SFRestError):
    """The gateway answered with a status outside 2xx (an error; or a 1xx or 3xx it never sends).

        try:
            client.get_data_loss_progress(service_id, partition_id, operation_id)
        except sfrest.NotFoundError as exc:
            print(exc.status_code, exc.code, exc.message)  # 404 FABRIC_E_KEY_NOT_FOUND ...

    code is whatever the server sent in Error.Code (an open string), or None when the
    body was empty or not a FabricError (a proxy's HTML page, a bare 401).
    """

    def __init__(
        self,
        status_code: int,
        code: str | None,
        message: str | None,
        response: httpx.Response,
    ) -> None:
        super().__init__(
            f"{status_code} {code or response.reason_phrase}: {message or ''}".rstrip(
                ": "
            )
        )
        self.status_code = status_code
        self.code = code
        self.message = message
        self.response = response


class BadRequestError(FabricError):
    """400: an argument the gateway rejected (E_INVALIDARG, FABRIC_E_INVALID_TEST_COMMAND_STATE)."""


class UnauthorizedError(FabricError):
    """401: no or an invalid credential."""


class ForbiddenError(FabricError):
    """403: the credential may not do this."""


class NotFoundError(FabricError):
    """404: unknown operation, partition, service or node, or a missing required parameter."""


class ConflictError(FabricError):
    """409: the OperationId was used already, or a backup is in progress."""


class ServerError(FabricError):
    """A 5xx status other than 503 and 504."""


class ServiceUnavailableError(ServerError):
    """503: the cluster is busy or reconfiguring (FABRIC_E_NOT_READY, ...); retried."""


class GatewayTimeoutError(ServerError):
    """504: the server-side timeout passed (FABRIC_E_TIMEOUT); retried."""


_BY_STATUS: dict[int, type[FabricError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def _scalar(value: object) -> str | None:
    """A code or message as text; None for a missing one or a nested object or array."""
    return str(value) if isinstance(value, str | int | float) else None


def fabric_error(response: httpx.Response) -> FabricError:
    """The exception for an error response: the class is chosen by status; code and message
    are Error.Code and Error.Message of a FabricError body, or None and a snippet of any
    other body (including JSON nested too deep to parse)."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else FabricError)
    try:
        error = json.loads(response.content)["Error"]
        code, message = _scalar(error.get("Code")), _scalar(error.get("Message"))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        code = None
        message = response.content[:200].decode("utf-8", "replace").strip() or None
    return cls(status, code, message, response)


def url_of(send: dict[str, Any]) -> httpx.URL:
    """A call's URL as an httpx.URL (the async client keeps some as text)."""
    url: httpx.URL | str = send["url"]
    return url if isinstance(url, httpx.URL) else httpx.URL(url)


def transport_error(send: dict[str, Any], exc: Exception) -> TransportError:
    """The exception for a request that got no readable response (an httpx or aiohttp error,
    or a timeout); names the URL tried, without its query, and the OperationId."""
    url = url_of(send)
    text = url.params.get("OperationId")
    operation_id = None if text is None else uuid.UUID(text)
    timeout = isinstance(exc, httpx.TimeoutException | TimeoutError)
    cls = RequestTimeoutError if timeout else TransportError
    where = "" if text is None else f" (OperationId {text})"
    why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return cls(
        f"{send['method']} {url.copy_with(query=None, userinfo=b'')}{where}: {why}",
        operation_id,
    )


_HRESULTS = {
    0: "S_OK",
    0x80004001: "E_NOTIMPL",
    0x80004003: "E_POINTER",
    0x80004004: "E_ABORT",
    0x80004005: "E_FAIL",
    0x8000FFFF: "E_UNEXPECTED",
    0x80070005: "E_ACCESSDENIED",
    0x8007000E: "E_OUTOFMEMORY",
    0x80070057: "E_INVALIDARG",
    0x800705B4: "ERROR_TIMEOUT",
}


def hresult_name(code: int) -> str:
    """An HRESULT as its name and hexadecimal form, as a fault result's ErrorCode reads:

    hresult_name(-2147467259)   # 'E_FAIL (0x80004005)'
    hresult_name(-2147017895)   # '0x80071B59' (one without a well-known name)
    """
    unsigned = code & 0xFFFFFFFF
    name = _HRESULTS.get(unsigned)
    return f"{name} (0x{unsigned:08X})" if name else f"0x{unsigned:08X}"
