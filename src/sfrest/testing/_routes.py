"""The operations' routes and parameters, read from the generated operation modules.

Nothing here re-types the spec's table: the modules are discovered under
sfrest_generated.api; METHOD, PATH, MIN_API_VERSION, SUCCESS_STATUS and BODY_REQUIRED
come from each, the parameters' wire names, types and whether they are required from
its request_kwargs() (its signature, and one call with stand-in values to learn the
query names), integer bounds and name conventions from its ARGUMENTS (the spec's
minimum/maximum/format and x-name-convention). An operation or parameter added to spec/
and regenerated is picked up here; one the emulator cannot understand fails at import,
not silently.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import pkgutil
import re
import types
import typing
import uuid
from dataclasses import dataclass
from decimal import Decimal
from importlib import import_module
from typing import Any
from urllib.parse import unquote

import sfrest_generated.api
from pydantic import BaseModel
from sfrest_generated.types import Unset


def _discover() -> tuple[types.ModuleType, ...]:
    """Every generated operation module (one per operationId), found by walking the package."""
    found = []
    for info in pkgutil.walk_packages(
        sfrest_generated.api.__path__, f"{sfrest_generated.api.__name__}."
    ):
        module = import_module(info.name)
        if hasattr(module, "OPERATION_ID"):
            found.append(module)
    return tuple(found)


MODULES: tuple[types.ModuleType, ...] = _discover()
"""One generated module per operation of spec/servicefabric.yaml."""

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
API_VERSION = "api_version"
BODY = "body"


def snake(wire_name: str) -> str:
    """The generated modules' Python name for a wire name: OperationId -> operation_id."""
    return _CAMEL.sub("_", wire_name.replace("-", "_")).lower()


_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter: its Python and wire names, value type, whether required, and the
    spec's rule for it: integer bounds (low, high) and x-name-convention."""

    name: str
    wire: str
    kind: type
    required: bool
    low: int = _FORMAT_BOUNDS["int32"][0]
    high: int = _FORMAT_BOUNDS["int32"][1]
    convention: str | None = None


def _param(
    module: types.ModuleType, name: str, wire: str, kind: type, required: bool
) -> Param:
    rule: dict[str, Any] = module.ARGUMENTS.get(name, {})
    low, high = _FORMAT_BOUNDS.get(rule.get("format", "int32"), _FORMAT_BOUNDS["int32"])
    return Param(
        name,
        wire,
        kind,
        required,
        rule.get("minimum", low),
        rule.get("maximum", high),
        rule.get("convention"),
    )


@dataclass(frozen=True, slots=True)
class Route:
    """One operation: how to match its raw path, and what it takes."""

    operation_id: str
    method: str
    path: str
    segments: tuple[str | None, ...]
    """The path's segments: a literal, or None for a placeholder."""
    path_params: tuple[Param, ...]
    """Each placeholder, in path order (wire name = Python name)."""
    query: tuple[Param, ...]
    """The query parameters except api-version, in the signature's order."""
    body: type[BaseModel] | None
    body_required: bool
    min_api_version: Decimal
    success_status: int

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
        """The raw (still percent-encoded) placeholder values, or None if the path differs."""
        if len(raw_segments) != len(self.segments):
            return None
        values: list[str] = []
        for expected, raw in zip(self.segments, raw_segments, strict=True):
            if expected is None:
                values.append(raw)
            elif unquote(raw, errors="strict") != expected:
                return None
        return {
            param.name: value
            for param, value in zip(self.path_params, values, strict=True)
        }


class _StandIn:
    """Stands in for a request body when asking request_kwargs() for the query names."""

    def model_dump(self, **_: Any) -> dict[str, Any]:
        return {}


def _value_type(annotation: Any) -> type:
    """The one real type in an annotation such as `int | Unset`."""
    options = [
        arg
        for arg in (typing.get_args(annotation) or (annotation,))
        if arg is not Unset and arg is not type(None)
    ]
    if len(options) != 1 or not isinstance(options[0], type):
        raise TypeError(f"the emulator cannot read the annotation {annotation!r}")
    return options[0]


def _stand_in(kind: type) -> object:
    if issubclass(kind, BaseModel):
        return _StandIn()
    if issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind is uuid.UUID:
        return uuid.UUID(int=1)
    if kind is bool:
        return True
    if kind is int:
        return 1
    if kind is str:
        return "x"
    if kind is datetime.datetime:
        return datetime.datetime(2018, 1, 1, tzinfo=datetime.UTC)
    raise TypeError(f"the emulator cannot handle parameters of type {kind!r}")


def route_of(module: types.ModuleType) -> Route:
    """The Route of one generated operation module."""
    path: str = module.PATH
    signature = inspect.signature(module.request_kwargs)
    placeholders = _PLACEHOLDER.findall(path)
    kinds = {
        name: _value_type(p.annotation) for name, p in signature.parameters.items()
    }
    stand_ins = {name: _stand_in(kind) for name, kind in kinds.items()}
    query_names = list(module.request_kwargs(**stand_ins)["params"])
    wire_by_name = {snake(wire): wire for wire in query_names}
    expected = set(signature.parameters) - set(placeholders) - {BODY}
    if set(wire_by_name) != expected or len(wire_by_name) != len(query_names):
        raise RuntimeError(
            f"{module.OPERATION_ID}: cannot map query names {query_names} to {sorted(expected)}"
        )
    query = tuple(
        _param(
            module,
            name,
            wire_by_name[name],
            kinds[name],
            p.default is inspect.Parameter.empty,
        )
        for name, p in signature.parameters.items()
        if name in wire_by_name and name != API_VERSION
    )
    body_param = signature.parameters.get(BODY)
    body: type[BaseModel] | None = None
    if body_param is not None:
        body_kind = kinds[BODY]
        if not issubclass(body_kind, BaseModel):
            raise TypeError(f"{module.OPERATION_ID}: the body is not a model")
        body = body_kind
    return Route(
        operation_id=module.OPERATION_ID,
        method=module.METHOD,
        path=path,
        segments=tuple(
            None if _PLACEHOLDER.fullmatch(segment) else segment
            for segment in path.split("/")
        ),
        path_params=tuple(
            _param(module, name, name, kinds[name], True) for name in placeholders
        ),
        query=query,
        body=body,
        body_required=bool(module.BODY_REQUIRED),
        min_api_version=Decimal(module.MIN_API_VERSION),
        success_status=module.SUCCESS_STATUS,
    )


ROUTES: tuple[Route, ...] = tuple(route_of(module) for module in MODULES)
"""Every operation's route."""


def find(raw_path: str) -> list[tuple[Route, dict[str, str]]]:
    """The routes whose path matches a raw request path (any method), with their raw values."""
    raw_segments = raw_path.split("/")
    found: list[tuple[Route, dict[str, str]]] = []
    for route in ROUTES:
        try:
            values = route.match(raw_segments)
        except UnicodeDecodeError:
            values = None
        if values is not None:
            found.append((route, values))
    return found
