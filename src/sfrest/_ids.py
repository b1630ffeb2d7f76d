"""Identities as the gateway wants them: its URL, service ids, partition and operation GUIDs."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

import httpx

from ._errors import InvalidArgumentError

_SEPARATORS = re.compile(r"[~/]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TILDE_SINCE = Decimal("6.0")


def endpoint(value: str) -> str:
    """The gateway URL without its trailing slash: http(s)://host[:port][/path], no query."""
    try:
        url = httpx.URL(value) if isinstance(value, str) else None
    except httpx.InvalidURL:
        url = None
    ok = (
        url is not None
        and value.startswith(("http://", "https://"))
        and not {"?", "#"} & set(value)
        and bool(url.host)
        and (url.port or 0) <= 65535
    )
    if not ok:
        raise InvalidArgumentError(
            f"endpoint must be an http:// or https:// URL without a query, got {value!r}"
        )
    return value.rstrip("/")


def service_path_id(service_id: str, api_version: Decimal) -> str:
    """The {serviceId} path segment for a service name, in any of its spellings.

    `fabric:/app/svc`, `app/svc` and `app~svc` (any depth) all name the same service; the
    segment is `app~svc` from api-version 6.0 on and `app/svc` before (sent as app%2Fsvc,
    which the gateway decodes the same). Anything else unsafe in the segment is
    percent-encoded by the generated module.

        >>> service_path_id("fabric:/myapp/app1/svc1", Decimal("6.0"))
        'myapp~app1~svc1'
    """
    if not isinstance(service_id, str):
        raise InvalidArgumentError(
            f"service_id must be a str, not {type(service_id).__name__}"
        )
    name = service_id.removeprefix("fabric:").lstrip("/")
    segments = _SEPARATORS.split(name)
    for segment in segments:
        if not segment.strip() or segment in (".", "..") or _CONTROL.search(segment):
            raise InvalidArgumentError(
                f"invalid service_id {service_id!r}: expected fabric:/app/svc, app/svc or "
                "app~svc with non-empty names and no '.', '..' or control characters"
            )
    return ("~" if api_version >= _TILDE_SINCE else "/").join(segments)


def guid(value: uuid.UUID | str, name: str) -> uuid.UUID:
    """A UUID from a UUID or a GUID string (with or without braces or dashes)."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        raise InvalidArgumentError(f"{name} must be a GUID, got {value!r}") from None


def node_name(value: str) -> str:
    """A node name: a non-empty string without control characters."""
    if not isinstance(value, str) or not value.strip() or _CONTROL.search(value):
        raise InvalidArgumentError(f"invalid node_name {value!r}")
    return value
