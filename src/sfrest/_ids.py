"""The gateway URL, names and GUIDs as the gateway wants them (x-name-convention, format: uuid)."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

import httpx

from ._errors import InvalidArgumentError

_SEPARATORS = re.compile(r"[~/]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_TILDE_SINCE = Decimal("6.0")


def endpoint(value: str) -> str:
    """The gateway URL without its trailing slash: http(s)://host[:port][/path], no query."""
    try:
        url = httpx.URL(value) if isinstance(value, str) else None
        ok = (
            url is not None
            and value.startswith(("http://", "https://"))
            and not {"?", "#"} & set(value)
            and bool(url.host)
            and 0 <= (url.port or 0) <= 65535
        )
    except (
        httpx.InvalidURL,
        ValueError,
    ):  # and idna's errors, surrogates (UnicodeError)
        ok = False
    if not ok:
        raise InvalidArgumentError(
            f"endpoint must be an http:// or https:// URL without a query, got {value!r}"
        )
    return value.rstrip("/")


def name_segment(name: str, value: object, convention: str, version: Decimal) -> str:
    """The path segment of a name under an x-name-convention: fabric-name or node-name.

    fabric-name: `fabric:/app/svc`, `app/svc` and `app~svc` (any depth) all name the same
    service (or application); the segment is `app~svc` from api-version 6.0 on and
    `app/svc` before (sent as app%2Fsvc, which the gateway decodes the same). Anything
    else unsafe in the segment is percent-encoded by the generated module. Other spellings
    (`fabric://app/svc`, `/app/svc`, `fabric:app/svc`) are refused: the gateway puts
    `fabric:/` in front of the segment, so they would name another service.

        >>> name_segment("service_id", "fabric:/myapp/app1/svc1", "fabric-name", Decimal("6.0"))
        'myapp~app1~svc1'
    """
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str, not {type(value).__name__}")
    if convention == "node-name":
        segments = [value]
    else:
        segments = _SEPARATORS.split(value.removeprefix("fabric:/"))
    for segment in segments:
        if (
            not segment.strip()
            or segment in (".", "..")
            or _CONTROL.search(segment)
            or (convention != "node-name" and segment.startswith("fabric:"))
        ):
            expected = (
                "a node name"
                if convention == "node-name"
                else "fabric:/App/Svc, App/Svc or App~Svc with non-empty names"
            )
            raise InvalidArgumentError(
                f"invalid {name} {value!r}: expected {expected}, without '.', '..' "
                "or control characters"
            )
    return ("~" if version >= _TILDE_SINCE else "/").join(segments)


_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def guid_text(value: object, name: str) -> str:
    """A GUID as the gateway gets it: lowercase, dashed, no braces (a canonical string is
    kept as it is, without the round trip through uuid.UUID)."""
    if type(value) is str and _CANONICAL.fullmatch(value):
        return value
    return str(guid(value, name))


def guid(value: object, name: str) -> uuid.UUID:
    """A UUID from a UUID or a GUID string (with or without braces or dashes)."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        raise InvalidArgumentError(f"{name} must be a GUID, got {value!r}") from None
