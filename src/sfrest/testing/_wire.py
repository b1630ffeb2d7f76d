"""What the emulator's handlers speak: a validated request (Call), replies and errors.

A handler reads a Call and returns reply(status, model) or raises Fail; the dispatcher
(_dispatch.py) builds the Call and turns a Fail into the FabricError body. The fronts
(_transport.py, _server.py) only need a Gateway: anything with handle().
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel
from sfrest_generated.models import FabricError, FabricErrorError

from ._routes import Route

_JSON = (("Content-Type", "application/json; charset=utf-8"),)
_GUID = re.compile(
    r"[0-9a-fA-F]{32}"
    r"|(?P<d>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
    r"|\{(?P<b>[0-9a-fA-F-]{36})\}|\((?P<p>[0-9a-fA-F-]{36})\)"
)
_DASHED = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
NO_CONTENT = 204


@dataclass(frozen=True, slots=True)
class EmulatorResponse:
    """One answer of Emulator.handle(): status, headers (with Content-Length) and body.

    reply = emu.handle("GET", "/Faults/?api-version=6.0")
    reply.status, json.loads(reply.body)   # 200, []
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def json(self) -> Any:
        """The body, parsed."""
        return json.loads(self.body)


class Gateway(Protocol):
    """What a front end serves: Emulator, or anything else answering raw requests."""

    def handle(
        self, method: str, target: str, body: bytes = b""
    ) -> EmulatorResponse: ...


class Fail(Exception):
    """An error reply: status, Error.Code and Error.Message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


def invalid(message: str) -> Fail:
    return Fail(400, "E_INVALIDARG", message)


def not_found(code: str, message: str) -> Fail:
    return Fail(404, code, message)


def reply(
    status: int, model: BaseModel | None = None, extra: tuple[tuple[str, str], ...] = ()
) -> EmulatorResponse:
    """A reply whose body is a generated model, serialised as the wire has it."""
    if model is None:
        return EmulatorResponse(status, (("Content-Length", "0"), *extra), b"")
    body = json.dumps(
        model.model_dump(mode="json", by_alias=True, exclude_none=True),
        separators=(",", ":"),
    ).encode()
    return EmulatorResponse(
        status, (*_JSON, ("Content-Length", str(len(body))), *extra), body
    )


def error(
    status: int, code: str, message: str, *extra: tuple[str, str]
) -> EmulatorResponse:
    return reply(
        status, FabricError(error=FabricErrorError(code=code, message=message)), extra
    )


def guid(text: str, what: str) -> uuid.UUID:
    """A GUID in one of the forms the gateway parses (D, N, B, P); else 400 E_INVALIDARG."""
    match = _GUID.fullmatch(text)
    inner = match and (match["d"] or match["b"] or match["p"])
    if match is None or (inner is not None and not _DASHED.fullmatch(inner)):
        raise invalid(f"{what} {text!r} is not a valid GUID")
    return uuid.UUID(text.strip("{}()"))


@dataclass(frozen=True, slots=True)
class Call:
    """A validated request: decoded path values, parsed query values, parsed body."""

    route: Route
    values: dict[str, Any]
    body: BaseModel | None
    query: Mapping[str, str] = field(default_factory=dict)
    """The raw query (first of repeated names), for names the route does not declare."""

    def uuid(self, name: str) -> uuid.UUID:
        value = self.values[name]
        assert isinstance(value, uuid.UUID)
        return value

    def text(self, name: str) -> str:
        value = self.values[name]
        assert isinstance(value, str)
        return value

    def int(self, name: str, default: int) -> int:
        value = self.values.get(name, default)
        assert isinstance(value, int)
        return value

    def flag(self, name: str) -> bool:
        value = self.values.get(name, False)
        assert isinstance(value, bool)
        return value

    def done(self) -> EmulatorResponse:
        """The operation's success status with no body."""
        return reply(self.route.success_status)

    @property
    def latest_restore(self) -> bool:
        return latest_restore(self.route, self.query)


def latest_restore(route: Route, query: Mapping[str, str]) -> bool:
    """A RestorePartition with Latest=true: its body is optional (api-version 9.1 on).

    Read from the raw query, so it works whether or not the generated module declares
    the Latest parameter yet.
    """
    return (
        route.operation_id == "RestorePartition"
        and query.get("Latest", "").strip().lower() == "true"
    )
