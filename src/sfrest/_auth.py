"""Credentials: bearer tokens (a string, a callable, or an azure-identity credential) and TLS."""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import httpx


class AccessToken(Protocol):
    token: str
    expires_on: int


@runtime_checkable
class TokenCredential(Protocol):
    """Anything with get_token(*scopes), such as azure.identity.DefaultAzureCredential()."""

    def get_token(self, *scopes: str) -> AccessToken: ...


Token = str | Callable[[], str] | TokenCredential


class BearerAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>`, asking a callable or credential for each request
    (a credential's token is reused until a minute before it expires). Never shows the token."""

    def __init__(self, token: Token, scopes: Sequence[str] = ()) -> None:
        self._token = token
        self._scopes = tuple(scopes)
        self._cached: AccessToken | None = None

    def _current(self) -> str:
        token = self._token
        if isinstance(token, str):
            return token
        if isinstance(token, TokenCredential):
            if self._cached is None or self._cached.expires_on - 60 <= time.time():
                self._cached = token.get_token(*self._scopes)
            return self._cached.token
        return token()

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._current()}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def ssl_context(
    verify: bool | str | Path, cert: str | Path | None, key: str | Path | None
) -> ssl.SSLContext | bool:
    """httpx's verify= for a CA bundle and an X.509 client certificate (PEM files)."""
    if cert is None and not isinstance(verify, str | Path):
        return verify
    context = ssl.create_default_context(
        cafile=None if isinstance(verify, bool) else str(verify)
    )
    if verify is False:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    if cert is not None:
        context.load_cert_chain(str(cert), None if key is None else str(key))
    return context
