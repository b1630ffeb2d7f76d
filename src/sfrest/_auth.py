"""Credentials: bearer tokens (a string, a callable, or an azure-identity credential) and TLS."""

from __future__ import annotations

import re
import ssl
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import httpx

from ._errors import InvalidArgumentError

_TOKEN = re.compile(r"[!-~]+")
"""A header-safe token: printable ASCII, no spaces or control characters."""


class AccessToken(Protocol):
    token: str
    expires_on: int


@runtime_checkable
class TokenCredential(Protocol):
    """Anything with get_token(*scopes), such as azure.identity.DefaultAzureCredential()."""

    def get_token(self, *scopes: str) -> AccessToken: ...


Token = str | Callable[[], str] | TokenCredential


def checked(token: object) -> str:
    """token without one trailing newline (as read from a file); InvalidArgumentError, naming
    neither the token nor its characters, unless the rest is printable ASCII."""
    if isinstance(token, str):
        token = token[:-2] if token.endswith("\r\n") else token.removesuffix("\n")
        if _TOKEN.fullmatch(token):
            return token
    raise InvalidArgumentError(
        "the bearer token must be a non-empty str of printable ASCII without spaces or "
        "control characters (one trailing newline is dropped)"
    )


class BearerAuth(httpx.Auth):
    """Sends `Authorization: Bearer <token>`, asking a callable or credential for each request
    (a credential's token is reused until a minute before it expires). Never shows the token."""

    def __init__(self, token: Token, scopes: Sequence[str] = ()) -> None:
        if not (isinstance(token, str | TokenCredential) or callable(token)):
            raise InvalidArgumentError(
                "token must be a str, a callable or a credential with get_token()"
            )
        self._token = checked(token) if isinstance(token, str) else token
        self._scopes = tuple(scopes)
        self._cached: AccessToken | None = None

    def _current(self) -> str:
        token = self._token
        if isinstance(token, str):
            return token
        try:
            if not isinstance(token, TokenCredential):
                return checked(token())
            if self._cached is None or self._cached.expires_on - 60 <= time.time():
                fresh = token.get_token(*self._scopes)
                if not isinstance(getattr(fresh, "expires_on", None), int | float):
                    raise TypeError("get_token() returned no AccessToken")
                self._cached = fresh
            return checked(self._cached.token)
        except InvalidArgumentError:
            raise
        except Exception as exc:  # the caller's callable or credential failed
            raise InvalidArgumentError(
                f"the token's source failed: {type(exc).__name__}: {exc}"
            ) from exc

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.headers())
        yield request

    def headers(self) -> dict[str, str]:
        """The Authorization header, for one request."""
        return {"Authorization": f"Bearer {self._current()}"}

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


def ssl_context(
    verify: bool | str | Path, cert: str | Path | None, key: str | Path | None
) -> ssl.SSLContext | bool:
    """httpx's verify= for a CA bundle and an X.509 client certificate (PEM files)."""
    if not isinstance(verify, bool | str | Path):
        raise InvalidArgumentError(
            f"verify must be True, False or a CA bundle path, got {type(verify).__name__}"
        )
    if cert is None and not isinstance(verify, str | Path):
        return verify
    try:
        what = f"verify={verify!r}"
        context = ssl.create_default_context(
            cafile=None if isinstance(verify, bool) else str(verify)
        )
        if verify is False:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if cert is not None:
            keyfile = None if key is None else str(key)
            what = f"cert={str(cert)!r}" + (
                "" if keyfile is None else f", key={keyfile!r}"
            )
            context.load_cert_chain(str(cert), keyfile, _no_password)
    except OSError as exc:  # ssl.SSLError too; its text never quotes the file
        raise InvalidArgumentError(
            f"cannot load {what}: {exc.strerror or exc}"
        ) from None
    return context


def _no_password() -> str:
    """Instead of OpenSSL prompting on the terminal for an encrypted key's password."""
    raise OSError("the key is encrypted: sfrest takes an unencrypted PEM key")
