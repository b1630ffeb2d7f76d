"""The dispatcher: match a raw request to the spec's route, check it as the gateway does,
and call the operation's handler.

Validation, in order: unknown path 404, another method 405 (with Allow), api-version
outside [MIN_API_VERSION, runtime], a required query parameter missing 404, then every
value parsed as its parameter's type and bounds (from the generated module's ARGUMENTS),
path segments decoded by their x-name-convention, the body as its generated model.
"""

from __future__ import annotations

import enum
import json
import logging
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, unquote

from pydantic import BaseModel, ValidationError

from . import _routes
from ._registry import Handler, advance
from ._routes import Param, Route
from ._state import Cluster
from ._wire import Call, EmulatorResponse, Fail, error, guid, invalid, latest_restore

log = logging.getLogger("sfrest.testing")
_INTEGER = re.compile(r"[+-]?\d{1,20}")
VERSION = re.compile(r"\d{1,9}(\.\d{1,9})?")


def _parse_value(param: Param, raw: str) -> object:
    """One query value, parsed as the parameter's type; 400 E_INVALIDARG when it is not one."""
    kind = param.kind
    if kind is uuid.UUID:
        return guid(raw, param.wire)
    if issubclass(kind, enum.Enum):
        allowed = [m.value for m in kind if m.value != "Invalid"]
        if raw not in allowed:
            raise invalid(
                f"{param.wire} must be one of {', '.join(allowed)} (case-sensitive), got {raw!r}"
            )
        return kind(raw)
    if kind is bool:
        word = raw.strip().lower()
        if word not in ("true", "false"):
            raise invalid(f"{param.wire} must be true or false, got {raw!r}")
        return word == "true"
    if kind is datetime:
        try:
            moment = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise invalid(
                f"{param.wire} must be an ISO 8601 date-time, got {raw!r}"
            ) from None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if kind is int:
        text = raw.strip()
        if not _INTEGER.fullmatch(text) or not param.low <= int(text) <= param.high:
            raise invalid(
                f"{param.wire} must be an integer from {param.low} to {param.high}, got {raw!r}"
            )
        return int(text)
    return raw


def _check_api_version(
    query: Mapping[str, str], route: Route, runtime: Decimal
) -> None:
    raw = query.get("api-version")
    if raw is None:
        raise invalid("the api-version query parameter is required")
    if not VERSION.fullmatch(raw):
        raise invalid(f"api-version {raw!r} is not a version number")
    if not route.min_api_version <= Decimal(raw) <= runtime:
        raise invalid(
            f"api-version {raw} is not supported by {route.operation_id}: "
            f"use {route.min_api_version} to {runtime}"
        )


def _path_value(param: Param, raw: str) -> object:
    try:
        text = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise invalid(
            f"{param.name} {raw!r} is not valid percent-encoded UTF-8"
        ) from None
    if param.kind is uuid.UUID:
        return guid(text, param.name)
    if param.convention == "fabric-name":
        # as the gateway does: %7E and %2F decode to ~ and /, ~ is /, fabric:/ in front
        return "fabric:/" + text.replace("~", "/")
    return text


def parse_call(
    route: Route,
    raw_path: Mapping[str, str],
    raw_query: str,
    body: bytes,
    runtime: Decimal,
) -> Call:
    """The validated Call of one request to route; Fail when the gateway would refuse it."""
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw_query, keep_blank_values=True, errors="replace"):
        query.setdefault(name, value)  # the first of repeated names wins
    _check_api_version(query, route, runtime)
    for param in route.query:
        if param.required and param.wire not in query:
            raise Fail(
                404,
                "FABRIC_E_NAME_DOES_NOT_EXIST",
                f"the required query parameter {param.wire} is missing",
            )
    values: dict[str, Any] = {
        param.name: _path_value(param, raw_path[param.name])
        for param in route.path_params
    }
    for param in route.query:
        if param.wire in query:
            values[param.name] = _parse_value(param, query[param.wire])
    model: BaseModel | None = None
    if route.body is not None:
        if body.strip():
            try:
                model = route.body.model_validate(json.loads(body))
            except (ValueError, ValidationError, RecursionError) as exc:
                raise invalid(
                    f"the request body is not a {route.body.__name__}: {exc}"
                ) from None
        elif route.body_required and not latest_restore(route, query):
            raise invalid(f"a {route.body.__name__} request body is required")
    return Call(route, values, model, query)


def dispatch(
    cluster: Cluster,
    handlers: Mapping[str, Handler],
    runtime: Decimal,
    now: float,
    method: str,
    target: str,
    body: bytes,
) -> EmulatorResponse:
    """Answer one request (the caller holds the emulator's lock)."""
    raw_path, _, raw_query = target.partition("?")
    raw_path = raw_path.split("#", 1)[0]
    matches = _routes.find(raw_path)
    if not matches:
        return error(404, "NotFound", f"no operation at {raw_path}")
    chosen = [(r, v) for r, v in matches if r.method == method.upper()]
    if not chosen:
        allow = ", ".join(sorted({r.method for r, _ in matches}))
        return error(
            405,
            "FABRIC_E_INVALID_OPERATION",
            f"{method} is not allowed on {raw_path}; use {allow}",
            ("Allow", allow),
        )
    route, raw_values = chosen[0]
    for injected in cluster.errors:
        if injected[0] in (None, route.operation_id):
            injected[3] = None if injected[3] is None else injected[3] - 1
            if injected[3] == 0:
                cluster.errors.remove(injected)
            return error(
                injected[1], injected[2], "error injected by the sfrest emulator"
            )
    try:
        call = parse_call(route, raw_values, raw_query, body, runtime)
        advance(cluster, now)
        return handlers[route.operation_id](cluster, call, now)
    except Fail as fail:
        return error(fail.status, fail.code, fail.message)
    except Exception as exc:  # a bug in the emulator: say so, keep serving
        log.exception("sfrest emulator: %s %s failed", method, raw_path)
        return error(500, "E_UNEXPECTED", f"the emulator failed: {exc!r}")
