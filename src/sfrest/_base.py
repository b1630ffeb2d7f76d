"""What the sync and async clients share: configuration, building a call, judging a response."""

from __future__ import annotations

import functools
import logging
import platform
import re
import ssl
import time
import uuid
import warnings
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, NamedTuple, TypeVar
from urllib.parse import quote, urlencode

import httpx
from sfrest_generated.types import Answer

from . import _arguments, _ids, _tracing
from ._auth import BearerAuth, Token, ssl_context
from ._errors import (
    InvalidArgumentError,
    ResponseDecodeError,
    TransportError,
    fabric_error,
    transport_error,
    url_of,
)
from ._policies import RETRIED, PollPolicy, RetryPolicy, retry_after, seconds
from ._version import __version__

T = TypeVar("T")
log = logging.getLogger("sfrest")

SERVER_TIMEOUT = 60
"""The gateway's default server timeout, in seconds."""
TIMEOUT_MARGIN = 10.0
"""Seconds the HTTP read timeout adds to the server timeout, so the client never gives up first."""
OPERATION_ID_EXISTS = "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS"
DEFAULT_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=32)
"""At most 32 connections to the gateway, all kept alive between requests: why, in
docs/benchmarks.md (Default limits)."""
MEMO_SIZE = 1024
"""How many built GET calls a client keeps (see ClientBase._call)."""


_USER_AGENT_SUFFIX = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")
"""A User-Agent suffix: printable ASCII words separated by single spaces."""


def headers(transport: str, version: str, user_agent: str | None) -> dict[str, str]:
    """The headers every request carries: who sends it and what it takes back.

        headers("httpx", "0.28.1", "mydrill/2.0")
        # {'User-Agent': 'sfrest/0.1.0 python/3.12.3 httpx/0.28.1 mydrill/2.0', 'Accept': 'application/json'}

    user_agent is added at the end, as the Azure SDKs add theirs; one the header cannot
    carry (control characters, non-ASCII, not a string) is an InvalidArgumentError.
    """
    agent = (
        f"sfrest/{__version__} python/{platform.python_version()} {transport}/{version}"
    )
    if user_agent is not None:
        if not isinstance(user_agent, str) or not _USER_AGENT_SUFFIX.fullmatch(
            user_agent
        ):
            raise InvalidArgumentError(
                "user_agent must be printable ASCII words separated by single spaces,"
                f" got {user_agent!r}"
            )
        agent = f"{agent} {user_agent}"
    return {"User-Agent": agent, "Accept": "application/json"}


_AS_HTTPX_PATH = re.compile(r"[!$%&'()*+,\-./0-9:;=@A-Z\[\\\]^_a-z|~]*")
_AS_HTTPX_QUERY = re.compile(r"[!$%&'()*+,\-./0-9:;=?@A-Z\[\\\]^_`a-z{|}~]*")
"""A path and a query httpx.URL leaves as they are: printable ASCII but what it
percent-encodes (space " # < > and, in a path, ? ` { }); a path without dot segments."""
_MAX_URL = 65536
"""httpx's longest URL."""


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")
"""What urlencode (quote_plus) leaves as it is."""


@functools.cache
def _plain(name: str) -> bool:
    """Whether urlencode leaves a parameter's name as it is (looked up once per name)."""
    return _UNRESERVED.fullmatch(name) is not None


def _urlencode(query: dict[str, Any]) -> str:
    """urlencode(query) as httpx encodes params (a bool as true/false), without quoting
    the names and values that need none (most: api-version, GUIDs, numbers)."""
    parts = []
    for name, value in query.items():
        kind = type(value) if _plain(name) else None
        if kind is bool:
            text = "true" if value else "false"
        elif kind is int:
            text = str(value)
        elif kind is str and _UNRESERVED.fullmatch(value):
            text = value
        else:
            value = str(value).lower() if isinstance(value, bool) else value
            parts.append(urlencode({name: value}))
            continue
        parts.append(f"{name}={text}")
    return "&".join(parts)


@functools.cache
def _shape(module: ModuleType) -> tuple[tuple[str, ...], bool]:
    """What an operation's rules say for all its calls: the wire names of its allowReserved
    parameters, and whether any parameters exclude each other (most: none, no)."""
    rules = module.ARGUMENTS.values()
    reserved = tuple(wire for rule in rules if (wire := rule.get("allow_reserved")))
    return reserved, any("exclusive" in rule for rule in rules)


def as_httpx(path: str, query: str) -> bool:
    """Whether httpx.URL(endpoint + path + "?" + query) would give back that very text, for
    a canonical endpoint: then the async client sends it without parsing it (tens of µs)."""
    return (
        _AS_HTTPX_PATH.fullmatch(path) is not None
        and _AS_HTTPX_QUERY.fullmatch(query) is not None
        and "/." not in path
        and len(path) + len(query) < _MAX_URL - 1000
    )


_RESERVED = "!$'()*+,/:;=?@[]%~"
"""What an allowReserved parameter sends unencoded: RFC 3986's reserved characters but
& and # (a token holding them would add a parameter or end the query)."""


class Received(NamedTuple):
    """A response read by the async client's aiohttp session: its body already decoded."""

    status_code: int
    content: bytes
    headers: Sequence[tuple[bytes, bytes]]
    elapsed: timedelta

    def whole(self) -> httpx.Response:
        """The httpx.Response an error carries (made only for errors: it costs ~15 µs)."""
        headers = [(k, v) for k, v in self.headers if k.lower() != b"content-encoding"]
        return httpx.Response(self.status_code, headers=headers, content=self.content)


def _log(call: Call[Any], outcome: str, attempt: int) -> None:
    """One debug line per attempt: the URL without user info (no header, so no token)."""
    url = url_of(call.send).copy_with(userinfo=b"")
    log.debug(
        "%s %s -> %s (attempt %d)", call.send["method"], url, outcome, attempt + 1
    )


def _whole(response: httpx.Response | Received) -> httpx.Response:
    return response if isinstance(response, httpx.Response) else response.whole()


class Retry:
    """What _settle() returns when the response asks for a retry (429, 503, 504): after is
    the pause its Retry-After asks for, capped (None: the RetryPolicy's backoff)."""

    __slots__ = ("after",)

    def __init__(self, after: float | None) -> None:
        self.after = after


RETRY = Retry(None)


def _header(response: httpx.Response | Received, name: bytes) -> str | None:
    if isinstance(response, httpx.Response):
        value: str | None = response.headers.get(name.decode())
        return value
    for key, raw in response.headers:
        if key.lower() == name:
            return raw.decode("latin-1")
    return None


class Call(NamedTuple, Generic[T]):
    """One request, validated and built, with what to do with its answer.

    send is the generated module's request_kwargs() for httpx's request(), with the url
    made absolute and its query encoded into an httpx.URL (httpx parses one URL per Call
    instead of three per request), or into the text httpx would make of it for the async
    client's aiohttp session (ClientBase._url).
    """

    send: dict[str, Any]
    parse: Callable[[Answer], T]
    retry: bool
    start: bool
    http_timeout: httpx.Timeout
    target: Any
    """The request as the client's transport takes it, made once (ClientBase._target)."""
    operation: str
    """The operationId: the name of its span."""
    trace: dict[str, Any] | None
    """Its span's attributes when OpenTelemetry is installed, else None (sfrest._tracing)."""


class ClientBase:
    """Configuration and call building shared by ServiceFabricClient and AsyncServiceFabricClient.

    Args (of both clients):
        endpoint: the gateway URL.
        runtime_version: the cluster's runtime version; api_version above it is refused.
        token: a bearer token: a string, a callable returning one, or an object with
            get_token(*token_scopes) such as an azure-identity credential.
        cert, key: an X.509 client certificate and its key (PEM files).
        verify: True, False, or a CA bundle path for the gateway's certificate.
        retry, polling: a RetryPolicy and a PollPolicy.
        connect_timeout: seconds to open a connection.
        limits: an httpx.Limits for the connections (default DEFAULT_LIMITS: at most 32,
            all kept alive).
        transport: an httpx transport (sfrest.testing's emulator, or a mock); without
            one the sync client sends through httpx's, the async one through aiohttp.
        user_agent: words added at the end of the User-Agent header, which is
            `sfrest/<version> python/<version> httpx/<version>` (aiohttp/<version> for
            the async client's own transport), e.g. "mydrill/2.0".
        sleep, clock: injectable time.sleep (asyncio.sleep for the async client) and
            time.monotonic, for tests; give both (a sleep without its clock warns).
    """

    def __init__(
        self,
        endpoint: str,
        runtime_version: str | None,
        token: Token | None,
        token_scopes: Sequence[str],
        tls: tuple[str | Path | None, str | Path | None, bool | str | Path],
        retry: RetryPolicy,
        polling: PollPolicy,
        connect_timeout: float,
        timing: tuple[Any, Any, Callable[[], float]],
    ) -> None:
        self.endpoint = _ids.endpoint(endpoint)
        self.runtime_version = runtime_version
        self._runtime = (
            None
            if runtime_version is None
            else _arguments.parse_version(runtime_version, "runtime_version")
        )
        self._auth = None if token is None else BearerAuth(token, token_scopes)
        self._tls_args = tls
        self._context: ssl.SSLContext | bool | None = None
        if self.endpoint.startswith("https:"):
            self._tls()  # a bad certificate or CA file fails here, not on the first call
        self.retry = _arguments.instance("retry", retry, RetryPolicy)
        self.polling = _arguments.instance("polling", polling, PollPolicy)
        self._closed = False
        self._connect_timeout = seconds("connect_timeout", connect_timeout, above=True)
        self._timeouts: dict[int, httpx.Timeout] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._server: tuple[str, int] | None = None
        sleep, real_sleep, clock = timing
        if sleep is not real_sleep and clock is time.monotonic:
            warnings.warn(
                "sleep= without clock=: wait() deadlines run on the real clock while its "
                "pauses are yours; pass the clock that goes with the sleep",
                stacklevel=3,
            )
        self._sleep, self._clock = sleep, clock

    def _tls(self) -> ssl.SSLContext | bool:
        """The TLS context (or verify flag) for https:// endpoints, made once when first needed:
        loading the CA bundle costs milliseconds that an http:// endpoint never pays."""
        if self._context is None:
            cert, key, verify = self._tls_args
            context = ssl_context(verify, cert, key)
            if context is True:  # as httpx makes it: certifi's bundle, SSL_CERT_FILE
                context = httpx.create_ssl_context(trust_env=True)
            self._context = context
        return self._context

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.endpoint!r})"

    def _http_timeout(self, server_timeout: int | None) -> httpx.Timeout:
        seconds = SERVER_TIMEOUT if server_timeout is None else server_timeout
        timeout = self._timeouts.get(seconds)
        if timeout is None:
            timeout = self._timeouts[seconds] = httpx.Timeout(
                seconds + TIMEOUT_MARGIN, connect=self._connect_timeout
            )
        return timeout

    def _call(
        self,
        module: ModuleType,
        parse: Callable[[Answer], T],
        timeout: int | None,
        api_version: str | None,
        args: dict[str, Any],
        body: dict[str, Any] | None = None,
    ) -> Call[T]:
        """Validate the arguments of one operation and build its request; nothing is sent.

        A GET's Call depends only on its arguments (and this client's fixed settings), so
        up to MEMO_SIZE are kept, keyed by argument values and their exact types: a poll
        repeated by wait() or a fan-out loop is validated and built once. Anything that
        fails validation raises before it is kept; POSTs (bodies, new ids) are not kept.
        """
        key: tuple[Any, ...] | None = None
        if module.METHOD == "GET":
            key = (  # one flat tuple: fewer objects kept per Call
                module.OPERATION_ID,
                type(api_version),
                api_version,
                type(timeout),
                timeout,
                *args,
                *map(type, args.values()),
                *args.values(),
            )
            try:
                call: Call[T] | None = self._memo.get(key)
            except (
                TypeError
            ):  # an unhashable argument: validation will say what is wrong
                key = None
            else:
                if call is not None and call.parse is parse:
                    return call
        call = self._build(module, parse, timeout, api_version, args, body)
        if key is not None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = call
        return call

    def _build(
        self,
        module: ModuleType,
        parse: Callable[[Answer], T],
        timeout: int | None,
        api_version: str | None,
        args: dict[str, Any],
        body: dict[str, Any] | None,
    ) -> Call[T]:
        version_text, version = _arguments.choose_api_version(
            api_version,
            module.API_VERSION,
            module.MIN_API_VERSION,
            self._runtime,
            module.OPERATION_ID,
        )
        rules = module.ARGUMENTS
        reserved, exclusive = _shape(module)
        if exclusive:
            _arguments.exclusive(module.OPERATION_ID, args, rules)
        params: dict[str, Any] = {"api_version": version_text}
        for name, value in args.items():
            if value is not None or rules[name]["required"]:
                params[name] = _arguments.check(name, value, rules[name], version)
        # always sent: the HTTP read timeout counts on the server giving up first
        params["timeout"] = (
            SERVER_TIMEOUT
            if timeout is None
            else _arguments.check("timeout", timeout, rules["timeout"], version)
        )
        if body is not None:
            model = _arguments.body(
                module.BODY, module.BODY_REQUIRED, body, module.BODY_SECONDS
            )
            if model is not None:
                params["body"] = model
        try:
            send = module.request_kwargs(**params)
            query = send.pop("params", None) or {}
            raw = ""  # allowReserved: as given, but for what would reshape the query
            for wire in reserved:
                if wire in query:
                    raw += f"&{wire}={quote(str(query.pop(wire)), safe=_RESERVED)}"
            # the query as httpx encodes params (a bool as true/false), and one URL parse
            # per Call instead of httpx merging base_url and params (three) per request
            text = (_urlencode(query) + raw).removeprefix("&")
            send["url"] = self._url(send["url"], text)
        except (httpx.InvalidURL, UnicodeEncodeError) as exc:
            raise InvalidArgumentError(
                f"{module.OPERATION_ID}: the arguments make no valid URL ({exc})"
            ) from None
        http_timeout = self._http_timeout(timeout)
        return Call(
            send=send,
            parse=parse,
            retry=module.IDEMPOTENT,
            start=module.IDEMPOTENCY_KEY is not None,
            http_timeout=http_timeout,
            target=self._target(send, http_timeout),
            operation=module.OPERATION_ID,
            trace=None if _tracing.tracer() is None else self._trace(module, params),
        )

    def _trace(self, module: ModuleType, params: dict[str, Any]) -> dict[str, Any]:
        """A call's span attributes (HTTP semantic conventions, and the ids it targets)."""
        if self._server is None:
            url = httpx.URL(self.endpoint)
            default = 443 if url.scheme == "https" else 80
            self._server = (url.host, url.port or default)
        attributes: dict[str, Any] = {
            "http.request.method": module.METHOD,
            "server.address": self._server[0],
            "server.port": self._server[1],
            "url.template": module.PATH,
        }
        for name, key in _tracing.TARGETS.items():
            if params.get(name) is not None:
                attributes[key] = str(params[name])
        return attributes

    def _url(self, path: str, query: str) -> httpx.URL | str:
        """The absolute URL of a call (httpx.InvalidURL when there is none): an httpx.URL,
        or its text where the client's transport takes text that httpx would keep as is."""
        return httpx.URL(self._text(path, query))

    def _text(self, path: str, query: str) -> str:
        """The endpoint, the path and the query, if any (a query may end in "?": kept)."""
        return f"{self.endpoint}{path}?{query}" if query else f"{self.endpoint}{path}"

    def _target(self, send: dict[str, Any], timeout: httpx.Timeout) -> Any:
        """The request send describes, as this client's transport takes it."""
        raise NotImplementedError

    def _settle(
        self, call: Call[T], response: httpx.Response | Received, attempt: int
    ) -> T | Retry:
        """The result of a response: the parsed value, RETRY, or a raised FabricError."""
        status = response.status_code
        if log.isEnabledFor(logging.DEBUG):
            try:  # a transport of the caller's may not time its responses
                took = f" in {response.elapsed.total_seconds() * 1000:.1f} ms"
            except RuntimeError:
                took = ""
            _log(call, f"{status}{took}", attempt)
        if 200 <= status < 300:  # any 2xx: a body-less call needs no more
            try:
                return call.parse(response)
            except ValueError as exc:
                raise ResponseDecodeError(
                    f"{status} response does not match the spec: {exc}",
                    _whole(response),
                ) from exc
        if status in RETRIED and self._may_retry(call, attempt):
            after = retry_after(
                _header(response, b"retry-after-ms"),
                _header(response, b"retry-after"),
            )
            if after is None:
                return RETRY
            return Retry(min(after, self.retry.max_retry_after))
        error = fabric_error(_whole(response))
        if (
            call.start
            and attempt > 0
            and status == 409
            and error.code == OPERATION_ID_EXISTS
        ):
            # an earlier attempt of this idempotent start got through; its answer was lost
            return call.parse(response)
        raise error

    def _unless_closed(self, call: Call[Any]) -> None:
        if self._closed:
            method, url = (
                call.send["method"],
                url_of(call.send).copy_with(query=None, userinfo=b""),
            )
            raise TransportError(f"{method} {url}: the client is closed")

    def _may_retry(self, call: Call[Any], attempt: int) -> bool:
        return call.retry and attempt < self.retry.max_retries

    def _unless_retried(self, call: Call[Any], exc: Exception, attempt: int) -> None:
        """Raise the TransportError for exc unless the call may be retried."""
        if log.isEnabledFor(logging.DEBUG):
            _log(call, type(exc).__name__, attempt)
        if not self._may_retry(call, attempt):
            raise transport_error(call.send, exc) from exc

    def _idempotency_key(self, value: uuid.UUID | str | None, name: str) -> uuid.UUID:
        """The x-idempotency-key argument: the caller's GUID, or a new one."""
        return uuid.uuid4() if value is None else _ids.guid(value, name)
