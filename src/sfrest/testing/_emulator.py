"""The emulator's core: request validation, the state machines, and the replies.

One Emulator answers raw HTTP requests (method, raw target, body) with an EmulatorResponse;
the httpx transports (_transport.py) and the loopback HTTP server (_server.py) are thin
front ends over Emulator.handle(). State changes only inside handle(), under a lock, and
every state is computed from the clock when asked, so nothing runs in the background.
"""

from __future__ import annotations

import enum
import json
import logging
import math
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from pydantic import BaseModel, ValidationError
from sfrest_generated.models import (
    BackupPartitionDescription,
    BackupProgressInfo,
    BackupState,
    Epoch,
    FabricError,
    FabricErrorError,
    InvokeDataLossResult,
    InvokeQuorumLossResult,
    NodeResult,
    NodeTransitionProgress,
    NodeTransitionResult,
    NodeTransitionType,
    OperationState,
    OperationStatus,
    OperationStatusList,
    OperationType,
    PartitionDataLossProgress,
    PartitionQuorumLossProgress,
    PartitionRestartProgress,
    RestartPartitionResult,
    RestorePartitionDescription,
    RestoreProgressInfo,
    RestoreState,
    SelectedPartition,
)

from . import _routes
from ._drill import DrillHandlers
from ._routes import Param, Route
from ._topology import Topology

if TYPE_CHECKING:
    import httpx

    from ._server import EmulatorServer

__all__ = [
    "DEFAULT_DURATIONS",
    "DEFAULT_RUNTIME_VERSION",
    "E_FAIL",
    "KINDS",
    "Emulator",
    "EmulatorResponse",
]

log = logging.getLogger("sfrest.testing")
E_FAIL = -2147467259
"""0x80004005, the HRESULT an injected fault reports by default."""
DEFAULT_RUNTIME_VERSION = "9.1"
MAX_TIMEOUT = 4294967295
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
_BOUNDS: dict[str, tuple[int, int]] = {
    "timeout": (1, MAX_TIMEOUT),
    "stop_duration_in_seconds": (0, INT32_MAX),
    "max_results": (0, 2**63 - 1),
}
"""Integer query parameters with a range narrower than int32 (the spec's minimum/maximum)."""

_FAULT_KINDS = (
    OperationType.PARTITION_DATA_LOSS,
    OperationType.PARTITION_QUORUM_LOSS,
    OperationType.PARTITION_RESTART,
    OperationType.NODE_TRANSITION,
)
BACKUP, RESTORE, ROLLING_BACK = "Backup", "Restore", "RollingBack"
KINDS: tuple[str, ...] = (*(k.value for k in _FAULT_KINDS), BACKUP, RESTORE)
"""The operation kinds that durations and inject_fault(kind=) name."""
DEFAULT_DURATIONS: Mapping[str, float] = MappingProxyType(
    {**dict.fromkeys(KINDS, 2.0), ROLLING_BACK: 1.0}
)
"""Seconds each kind of operation takes (RollingBack: from a plain cancel to Cancelled)."""

_TYPE_BITS = {kind: 1 << i for i, kind in enumerate(_FAULT_KINDS)}
_STATE_BITS = {
    OperationState.RUNNING: 1,
    OperationState.ROLLING_BACK: 2,
    OperationState.COMPLETED: 8,
    OperationState.FAULTED: 16,
    OperationState.CANCELLED: 32,
    OperationState.FORCE_CANCELLED: 64,
}
_TERMINAL = frozenset(
    {
        OperationState.COMPLETED,
        OperationState.FAULTED,
        OperationState.CANCELLED,
        OperationState.FORCE_CANCELLED,
    }
)
_GUID = re.compile(
    r"[0-9a-fA-F]{32}"
    r"|(?P<d>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
    r"|\{(?P<b>[0-9a-fA-F-]{36})\}|\((?P<p>[0-9a-fA-F-]{36})\)"
)
_DASHED = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_INTEGER = re.compile(r"[+-]?\d{1,20}")
_VERSION = re.compile(r"\d{1,9}(\.\d{1,9})?")
_DECIMAL = re.compile(r"\d{1,20}")
_JSON = (("Content-Type", "application/json; charset=utf-8"),)
_INITIAL_EPOCH = ("8589934592", "131462452931584510")
_INITIAL_LSN = 261
_ID_NAMESPACE = uuid.UUID("6f1c2a7e-5b3d-4e8f-9a0b-1c2d3e4f5a6b")


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


class _Fail(Exception):
    """An error reply: status, Error.Code and Error.Message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


def _invalid(message: str) -> _Fail:
    return _Fail(400, "E_INVALIDARG", message)


def _reply(
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


def _error(
    status: int, code: str, message: str, *extra: tuple[str, str]
) -> EmulatorResponse:
    return _reply(
        status, FabricError(error=FabricErrorError(code=code, message=message)), extra
    )


def _guid(text: str, what: str) -> uuid.UUID:
    """A GUID in one of the forms the gateway parses (D, N, B, P); else 400 E_INVALIDARG."""
    match = _GUID.fullmatch(text)
    inner = match and (match["d"] or match["b"] or match["p"])
    if match is None or (inner is not None and not _DASHED.fullmatch(inner)):
        raise _invalid(f"{what} {text!r} is not a valid GUID")
    return uuid.UUID(text.strip("{}()"))


# --- requests ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Call:
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


def _parse_value(param: Param, raw: str) -> object:
    """One query value, parsed as the parameter's type; 400 E_INVALIDARG when it is not one."""
    kind = param.kind
    if kind is uuid.UUID:
        return _guid(raw, param.wire)
    if issubclass(kind, enum.Enum):
        allowed = [m.value for m in kind if m.value != "Invalid"]
        if raw not in allowed:
            raise _invalid(
                f"{param.wire} must be one of {', '.join(allowed)} (case-sensitive), got {raw!r}"
            )
        return kind(raw)
    if kind is bool:
        word = raw.strip().lower()
        if word not in ("true", "false"):
            raise _invalid(f"{param.wire} must be true or false, got {raw!r}")
        return word == "true"
    if kind is datetime:
        try:
            moment = datetime.fromisoformat(raw.strip())
        except ValueError:
            raise _invalid(
                f"{param.wire} must be an ISO 8601 date-time, got {raw!r}"
            ) from None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if kind is int:
        low, high = _BOUNDS.get(param.name, (INT32_MIN, INT32_MAX))
        text = raw.strip()
        if not _INTEGER.fullmatch(text) or not low <= int(text) <= high:
            raise _invalid(
                f"{param.wire} must be an integer from {low} to {high}, got {raw!r}"
            )
        return int(text)
    return raw


def _parse_api_version(
    query: Mapping[str, str], route: Route, runtime: Decimal
) -> Decimal:
    raw = query.get("api-version")
    if raw is None:
        raise _invalid("the api-version query parameter is required")
    if not _VERSION.fullmatch(raw):
        raise _invalid(f"api-version {raw!r} is not a version number")
    version = Decimal(raw)
    if not route.min_api_version <= version <= runtime:
        raise _invalid(
            f"api-version {raw} is not supported by {route.operation_id}: "
            f"use {route.min_api_version} to {runtime}"
        )
    return version


def _decode_segment(raw: str, what: str) -> str:
    try:
        return unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise _invalid(f"{what} {raw!r} is not valid percent-encoded UTF-8") from None


def _parse_call(
    route: Route,
    raw_path: Mapping[str, str],
    raw_query: str,
    body: bytes,
    runtime: Decimal,
) -> _Call:
    query: dict[str, str] = {}
    for name, value in parse_qsl(raw_query, keep_blank_values=True, errors="replace"):
        query.setdefault(name, value)  # the first of repeated names wins
    _parse_api_version(query, route, runtime)
    for param in route.query:
        if param.required and param.wire not in query:
            raise _Fail(
                404,
                "FABRIC_E_NAME_DOES_NOT_EXIST",
                f"the required query parameter {param.wire} is missing",
            )
    values: dict[str, Any] = {}
    for name, kind in route.path_params:
        text = _decode_segment(raw_path[name], name)
        if kind is uuid.UUID:
            values[name] = _guid(text, name)
        elif name in ("service_id", "application_id"):
            # as the gateway does: %7E and %2F decode to ~ and /, ~ is /, fabric:/ in front
            values[name] = "fabric:/" + text.replace("~", "/")
        else:
            values[name] = text
    for param in route.query:
        if param.wire in query:
            values[param.name] = _parse_value(param, query[param.wire])
    model: BaseModel | None = None
    if route.body is not None:
        if body.strip():
            try:
                model = route.body.model_validate(json.loads(body))
            except (ValueError, ValidationError, RecursionError) as exc:
                raise _invalid(
                    f"the request body is not a {route.body.__name__}: {exc}"
                ) from None
        elif route.body_required and not _latest_restore(route, query):
            raise _invalid(f"a {route.body.__name__} request body is required")
    return _Call(route, values, model, query)


def _latest_restore(route: Route, query: Mapping[str, str]) -> bool:
    """A RestorePartition with Latest=true: its body is optional (api-version 9.1 on).

    Read from the raw query, so it works whether or not the generated module declares
    the Latest parameter yet.
    """
    return (
        route.operation_id == "RestorePartition"
        and query.get("Latest", "").strip().lower() == "true"
    )


# --- state ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Injection:
    target: str | None
    kind: str | None
    error_code: int
    state: str
    failure_code: str
    message: str
    remaining: int | None


@dataclass(slots=True)
class _FaultOp:
    id: uuid.UUID
    type: OperationType
    started: float
    duration: float
    rollback: float
    error_code: int | None
    service: str | None = None
    partition: uuid.UUID | None = None
    node: str | None = None
    instance_id: str | None = None
    cancelled: float | None = None
    force_cancelled: float | None = None
    mode: str | None = None
    """QuorumLossMode of a quorum loss."""
    recovered: float | None = None
    """When a Recover* call ended this quorum loss."""

    def state(self, now: float) -> OperationState:
        if self.force_cancelled is not None:
            return OperationState.FORCE_CANCELLED
        if self.cancelled is not None:
            if now < self.cancelled + self.rollback:
                return OperationState.ROLLING_BACK
            return OperationState.CANCELLED
        end = self.started + self.duration
        if self.recovered is not None:
            end = min(end, self.recovered)
        if now < end:
            return OperationState.RUNNING
        return (
            OperationState.COMPLETED
            if self.error_code is None
            else OperationState.FAULTED
        )


@dataclass(slots=True)
class _Record:
    """What a successful backup produced, for a later restore."""

    backup_id: uuid.UUID
    location: str
    epoch: tuple[str, str]
    lsn: int
    partition: uuid.UUID | None = None
    created: datetime | None = None
    full: bool = True


@dataclass(slots=True)
class _TransferOp:
    """A backup or a restore of one partition: Accepted -> *InProgress -> terminal."""

    started: float
    duration: float
    deadline: float
    timestamp: datetime
    injection: _Injection | None
    record: _Record | None
    """Backups: what it produces. Restores: what it restores from (None: unknown backup)."""

    def phase(self, now: float) -> str:
        """Accepted, InProgress, Success, Failure or Timeout."""
        end = self.started + self.duration
        if self.injection is not None and self.injection.state == "Timeout":
            outcome = "Timeout"
        elif self.deadline < end:
            end, outcome = self.deadline, "Timeout"
        elif self.injection is not None or self.record is None:
            outcome = "Failure"
        else:
            outcome = "Success"
        if now >= end:
            return outcome
        return (
            "Accepted"
            if now < self.started + (end - self.started) / 4
            else "InProgress"
        )

    def failure(self, now: float, backup: bool) -> FabricErrorError | None:
        phase = self.phase(now)
        if phase == "Timeout":
            return FabricErrorError(
                code="FABRIC_E_TIMEOUT",
                message=f"the {'backup' if backup else 'restore'} did not finish in time",
            )
        if phase != "Failure":
            return None
        if self.injection is not None:
            return FabricErrorError(
                code=self.injection.failure_code, message=self.injection.message
            )
        return FabricErrorError(
            code="E_INVALIDARG", message="the backup to restore from was not found"
        )


@dataclass(slots=True)
class _PartitionState:
    backups: int = 0
    backup: _TransferOp | None = None
    restore: _TransferOp | None = None
    history: list[_TransferOp] = field(default_factory=list)
    """Every backup triggered on the partition, in order."""


@dataclass(slots=True)
class _NodeState:
    instance_id: str
    down_until: float
    """The node is down while the clock is below this (inf: until started)."""
    stopped_by: uuid.UUID | None = None
    down_since: float = -math.inf
    """When the node last went down (-inf: down from the start, or never)."""

    def is_up(self, now: float) -> bool:
        return now >= self.down_until


@dataclass(slots=True)
class _State:
    operations: dict[uuid.UUID, _FaultOp] = field(default_factory=dict)
    partitions: dict[uuid.UUID, _PartitionState] = field(default_factory=dict)
    nodes: dict[str, _NodeState] = field(default_factory=dict)
    backups: dict[uuid.UUID, _Record] = field(default_factory=dict)
    injections: list[_Injection] = field(default_factory=list)
    errors: list[list[Any]] = field(default_factory=list)
    """inject_error's answers still to give: [operation_id or None, status, code, left]."""


# --- the emulator -----------------------------------------------------------------------


class Emulator(DrillHandlers):
    """An in-memory Service Fabric gateway: the 14 fault and backup/restore operations, and
    the 18 drill operations (discovery, Recover*, backup list, health; see _drill.py).

        from sfrest import ServiceFabricClient
        from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator, ManualClock

        clock = ManualClock()
        emu = Emulator(clock=clock, durations={"PartitionDataLoss": 2.0})
        with ServiceFabricClient(transport=emu.transport()) as client:
            op = client.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "PartialDataLoss")
            clock.advance(2.0)
            assert op.progress().state == "Completed"

    Args:
        topology: the cluster (default: Topology.default(), the seeded one).
        durations: seconds per operation kind, overriding DEFAULT_DURATIONS: keys
            PartitionDataLoss, PartitionQuorumLoss, PartitionRestart, NodeTransition,
            Backup, Restore, and RollingBack (a plain cancel's rollback).
        clock: a monotonic clock in seconds (time.monotonic, or a ManualClock).
        runtime_version: the newest api-version accepted (compared as numbers).
        start_time: the UTC time at the clock's current reading, for TimeStampUtc
            (default: now).
        page_size: the most items a page of a paged list holds (None: every item in
            one page); MaxResults lowers it per request.
    """

    def __init__(
        self,
        topology: Topology | None = None,
        *,
        durations: Mapping[str, float] | None = None,
        clock: Callable[[], float] = time.monotonic,
        runtime_version: str = DEFAULT_RUNTIME_VERSION,
        start_time: datetime | None = None,
        page_size: int | None = None,
    ) -> None:
        self.topology = topology if topology is not None else Topology.default()
        if page_size is not None and page_size < 1:
            raise ValueError(f"page_size must be >= 1 or None, got {page_size}")
        self.page_size = page_size
        merged = dict(DEFAULT_DURATIONS)
        for kind, seconds in (durations or {}).items():
            if kind not in merged:
                raise ValueError(
                    f"unknown duration kind {kind!r}: use {', '.join(merged)}"
                )
            if not seconds >= 0:
                raise ValueError(f"durations[{kind!r}] must be >= 0, got {seconds!r}")
            merged[kind] = float(seconds)
        self.durations: Mapping[str, float] = merged
        if not _VERSION.fullmatch(runtime_version):
            raise ValueError(
                f"runtime_version must look like '9.1', got {runtime_version!r}"
            )
        self.runtime_version = runtime_version
        self._runtime = Decimal(runtime_version)
        self.clock = clock
        start = start_time if start_time is not None else datetime.now(UTC)
        if start.tzinfo is None:
            raise ValueError("start_time must be timezone-aware")
        self._utc_origin = (start.astimezone(UTC), clock())
        self._started_at = clock()
        self._lock = threading.RLock()
        self._state = self._fresh_state()
        self._handlers: dict[str, Callable[[_Call, float], EmulatorResponse]] = {
            "StartDataLoss": self._start_partition_fault,
            "StartQuorumLoss": self._start_partition_fault,
            "StartPartitionRestart": self._start_partition_fault,
            "GetDataLossProgress": self._partition_fault_progress,
            "GetQuorumLossProgress": self._partition_fault_progress,
            "GetPartitionRestartProgress": self._partition_fault_progress,
            "StartNodeTransition": self._start_node_transition,
            "GetNodeTransitionProgress": self._node_transition_progress,
            "GetFaultOperationList": self._fault_operation_list,
            "CancelOperation": self._cancel,
            "BackupPartition": self._backup,
            "GetPartitionBackupProgress": self._backup_progress,
            "RestorePartition": self._restore,
            "GetPartitionRestoreProgress": self._restore_progress,
            **self._drill_handlers(),
        }
        missing = {r.operation_id for r in _routes.ROUTES} - set(self._handlers)
        if missing:  # the spec grew an operation the emulator does not know
            raise RuntimeError(f"the emulator has no handler for {sorted(missing)}")

    def __repr__(self) -> str:
        return f"Emulator(runtime_version={self.runtime_version!r})"

    def _fresh_state(self) -> _State:
        state = _State()
        for node in self.topology.nodes:
            state.nodes[node.name] = _NodeState(
                node.instance_id, -math.inf if node.up else math.inf
            )
        return state

    # --- front ends -----------------------------------------------------------------

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that answers in-process: `ServiceFabricClient(transport=emu.transport())`."""
        from ._transport import EmulatorTransport

        return EmulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin: `AsyncServiceFabricClient(transport=emu.async_transport())`."""
        from ._transport import AsyncEmulatorTransport

        return AsyncEmulatorTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve over real HTTP/1.1 on a background thread; port 0 picks a free port.

        with emu.serve() as server:
            client = ServiceFabricClient(server.url)
        """
        from ._server import EmulatorServer

        server = EmulatorServer(self, host, port)
        server.start()
        return server

    # --- test controls --------------------------------------------------------------

    def inject_fault(
        self,
        target: uuid.UUID | str | None = None,
        *,
        kind: str | None = None,
        error_code: int = E_FAIL,
        state: str = "Failure",
        failure_code: str = "E_FAIL",
        message: str = "fault injected by the sfrest emulator",
        times: int | None = 1,
    ) -> None:
        """Make the next matching operation(s) fail.

        A fault operation ends Faulted with `error_code` (a negative HRESULT); a backup or
        restore ends in `state` ("Failure", with FailureError {failure_code, message}, or
        "Timeout").

            emu.inject_fault(CALC_PARTITIONS[0])                       # next op on it Faults
            emu.inject_fault("_Node_1", error_code=-2147017895)        # a node transition
            emu.inject_fault(kind="Backup", state="Timeout", times=None)  # every backup

        target: a partition id, a service name (fabric:/…: any of its partitions), a node
        name, or None (any). kind: one of KINDS, or None (any). times: how many operations
        it applies to (None: until clear_faults()).
        """
        if not INT32_MIN <= error_code < 0:
            raise ValueError(
                f"error_code must be a negative int32 HRESULT, got {error_code}"
            )
        if kind is not None and kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        if state not in ("Failure", "Timeout"):
            raise ValueError(f"state must be 'Failure' or 'Timeout', got {state!r}")
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None, got {times}")
        with self._lock:
            self._state.injections.append(
                _Injection(
                    _target_key(target),
                    kind,
                    error_code,
                    state,
                    failure_code,
                    message,
                    times,
                )
            )

    def inject_error(
        self,
        status: int = 503,
        code: str = "FABRIC_E_NOT_READY",
        *,
        operation: str | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer the next matching request(s) with an HTTP error and a FabricError body,
        before the operation runs: for retries, and clients' error paths.

            emu.inject_error(503, operation="GetDataLossProgress", times=2)  # retried twice

        operation: an operationId of the spec, or None (any request). times: how many
        requests it answers (None: until clear_faults()).
        """
        if not 400 <= status <= 599:
            raise ValueError(
                f"status must be an HTTP error status (400-599), got {status}"
            )
        known = {route.operation_id for route in _routes.ROUTES}
        if operation is not None and operation not in known:
            raise ValueError(
                f"operation must be an operationId of the spec, got {operation!r}"
            )
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None, got {times}")
        with self._lock:
            self._state.errors.append([operation, status, code, times])

    def clear_faults(self) -> None:
        """Forget every injected fault and error that has not been used up."""
        with self._lock:
            self._state.injections.clear()
            self._state.errors.clear()

    def reset(self) -> None:
        """Forget every operation, backup, node transition and injected fault."""
        with self._lock:
            self._state = self._fresh_state()

    def is_node_up(self, node_name: str) -> bool:
        """Whether the node is up now (KeyError for an unknown node)."""
        with self._lock:
            return self._state.nodes[node_name].is_up(self.clock())

    # --- the request entry point ----------------------------------------------------

    def handle(self, method: str, target: str, body: bytes = b"") -> EmulatorResponse:
        """Answer one request: method, raw target (path?query, still percent-encoded), body.

        emu.handle("POST", "/Faults/$/Cancel?api-version=6.0&OperationId=" + op_id)
        """
        raw_path, _, raw_query = target.partition("?")
        raw_path = raw_path.split("#", 1)[0]
        matches = _routes.find(raw_path)
        if not matches:
            return _error(404, "NotFound", f"no operation at {raw_path}")
        chosen = [(r, v) for r, v in matches if r.method == method.upper()]
        if not chosen:
            allow = ", ".join(sorted({r.method for r, _ in matches}))
            return _error(
                405,
                "FABRIC_E_INVALID_OPERATION",
                f"{method} is not allowed on {raw_path}; use {allow}",
                ("Allow", allow),
            )
        route, raw_values = chosen[0]
        with self._lock:
            for error in self._state.errors:
                if error[0] in (None, route.operation_id):
                    error[3] = None if error[3] is None else error[3] - 1
                    if error[3] == 0:
                        self._state.errors.remove(error)
                    return _error(
                        error[1], error[2], "error injected by the sfrest emulator"
                    )
            try:
                call = _parse_call(route, raw_values, raw_query, body, self._runtime)
                return self._handlers[route.operation_id](call, self.clock())
            except _Fail as fail:
                return _error(fail.status, fail.code, fail.message)
            except Exception as exc:  # a bug in the emulator: say so, keep serving
                log.exception("sfrest emulator: %s %s failed", method, raw_path)
                return _error(500, "E_UNEXPECTED", f"the emulator failed: {exc!r}")

    # --- helpers --------------------------------------------------------------------

    def _utc(self, now: float) -> datetime:
        origin, at = self._utc_origin
        return (origin + timedelta(seconds=now - at)).replace(microsecond=0)

    def _take_injection(self, kind: str, keys: tuple[str, ...]) -> _Injection | None:
        for injection in self._state.injections:
            if injection.kind not in (None, kind):
                continue
            if injection.target is not None and injection.target not in keys:
                continue
            if injection.remaining is not None:
                injection.remaining -= 1
                if injection.remaining == 0:
                    self._state.injections.remove(injection)
            return injection
        return None

    def _partition(self, call: _Call) -> tuple[str, uuid.UUID, bool]:
        """(service name, partition id, stateful) of a Faults path; 404 when unknown."""
        name, pid = call.text("service_id"), call.uuid("partition_id")
        service = self.topology.service(name)
        if service is None:
            raise _Fail(
                404, "FABRIC_E_SERVICE_DOES_NOT_EXIST", f"service {name} does not exist"
            )
        if all(p.id != pid for p in service.partitions):
            raise _Fail(
                404,
                "FABRIC_E_PARTITION_NOT_FOUND",
                f"partition {pid} not found in {name}",
            )
        return name, pid, service.stateful

    def _new_operation_id(self, call: _Call) -> uuid.UUID:
        op_id = call.uuid("operation_id")
        if op_id in self._state.operations:
            raise _Fail(
                409,
                "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
                f"an operation with OperationId {op_id} was started already",
            )
        return op_id

    def _operation(self, call: _Call, kind: OperationType) -> _FaultOp:
        op_id = call.uuid("operation_id")
        op = self._state.operations.get(op_id)
        if op is None or op.type != kind:
            raise _Fail(
                404,
                "FABRIC_E_KEY_NOT_FOUND",
                f"no {kind.value} operation with OperationId {op_id}",
            )
        return op

    # --- faults ---------------------------------------------------------------------

    def _start_partition_fault(self, call: _Call, now: float) -> EmulatorResponse:
        kind = _PARTITION_KINDS[call.route.operation_id]
        op_id = self._new_operation_id(call)
        service, pid, stateful = self._partition(call)
        if not stateful and kind != OperationType.PARTITION_RESTART:
            raise _Fail(
                400,
                "FABRIC_E_ONLY_VALID_FOR_STATEFUL_PERSISTENT_SERVICES",
                f"{kind.value} needs a stateful service; {service} is stateless",
            )
        duration = self.durations[kind.value]
        if kind == OperationType.PARTITION_QUORUM_LOSS:
            # the partition stays in quorum loss for QuorumLossDuration before recovering
            duration += max(0, call.int("quorum_loss_duration", 0))
        injection = self._take_injection(kind.value, (str(pid), service))
        mode = call.values.get("quorum_loss_mode")
        self._state.operations[op_id] = _FaultOp(
            op_id,
            kind,
            now,
            duration,
            self.durations[ROLLING_BACK],
            None if injection is None else injection.error_code,
            service=service,
            partition=pid,
            mode=None if mode is None else str(mode),
        )
        return _reply(call.route.success_status)

    def _partition_fault_progress(self, call: _Call, now: float) -> EmulatorResponse:
        kind = _PARTITION_KINDS[call.route.operation_id]
        op = self._operation(call, kind)
        state = op.state(now)
        selected = SelectedPartition(service_name=op.service, partition_id=op.partition)
        error_code = 0 if op.error_code is None else op.error_code
        terminal = state in (OperationState.COMPLETED, OperationState.FAULTED)
        progress: BaseModel
        if kind == OperationType.PARTITION_DATA_LOSS:
            progress = PartitionDataLossProgress(
                state=state,
                invoke_data_loss_result=InvokeDataLossResult(
                    error_code=error_code, selected_partition=selected
                )
                if terminal
                else None,
            )
        elif kind == OperationType.PARTITION_QUORUM_LOSS:
            progress = PartitionQuorumLossProgress(
                state=state,
                invoke_quorum_loss_result=InvokeQuorumLossResult(
                    error_code=error_code, selected_partition=selected
                )
                if terminal
                else None,
            )
        else:
            progress = PartitionRestartProgress(
                state=state,
                restart_partition_result=RestartPartitionResult(
                    error_code=error_code, selected_partition=selected
                )
                if terminal
                else None,
            )
        return _reply(200, progress)

    def _start_node_transition(self, call: _Call, now: float) -> EmulatorResponse:
        op_id = self._new_operation_id(call)
        name = call.text("node_name")
        node_state = self._state.nodes.get(name)
        if node_state is None:
            raise _Fail(404, "FABRIC_E_NODE_NOT_FOUND", f"node {name!r} not found")
        given = call.text("node_instance_id")
        if not _DECIMAL.fullmatch(given):
            raise _invalid(f"NodeInstanceId must be a decimal number, got {given!r}")
        if int(given) != int(node_state.instance_id):
            raise _Fail(
                400,
                "FABRIC_E_INSTANCE_ID_MISMATCH",
                f"node {name} has instance id {node_state.instance_id}, not {given}",
            )
        transition = NodeTransitionType(call.text("node_transition_type"))
        up = node_state.is_up(now)
        if transition == NodeTransitionType.STOP and not up:
            raise _Fail(400, "FABRIC_E_NODE_IS_DOWN", f"node {name} is already down")
        if transition == NodeTransitionType.START and up:
            raise _Fail(400, "FABRIC_E_NODE_IS_UP", f"node {name} is already up")
        kind = OperationType.NODE_TRANSITION
        injection = self._take_injection(kind.value, (name,))
        self._state.operations[op_id] = _FaultOp(
            op_id,
            kind,
            now,
            self.durations[kind.value],
            self.durations[ROLLING_BACK],
            None if injection is None else injection.error_code,
            node=name,
            instance_id=node_state.instance_id,
        )
        if injection is None:  # a faulted transition leaves the node as it was
            if transition == NodeTransitionType.STOP:
                stop_for = call.int("stop_duration_in_seconds", 0)
                node_state.down_until, node_state.stopped_by = now + stop_for, op_id
                node_state.down_since = now
            else:
                node_state.down_until, node_state.stopped_by = now, None
        return _reply(call.route.success_status)

    def _node_transition_progress(self, call: _Call, now: float) -> EmulatorResponse:
        op = self._operation(call, OperationType.NODE_TRANSITION)
        state = op.state(now)
        result = None
        if state in (OperationState.COMPLETED, OperationState.FAULTED):
            result = NodeTransitionResult(
                error_code=0 if op.error_code is None else op.error_code,
                node_result=NodeResult(
                    node_name=op.node, node_instance_id=op.instance_id
                ),
            )
        return _reply(
            200, NodeTransitionProgress(state=state, node_transition_result=result)
        )

    def _fault_operation_list(self, call: _Call, now: float) -> EmulatorResponse:
        type_filter = call.int("type_filter", 0) or 65535
        state_filter = call.int("state_filter", 0) or 65535
        statuses = []
        for op in self._state.operations.values():
            state = op.state(now)
            if type_filter & _TYPE_BITS[op.type] and state_filter & _STATE_BITS[state]:
                statuses.append(
                    OperationStatus(operation_id=op.id, state=state, type=op.type)
                )
        return _reply(200, OperationStatusList(root=statuses))

    def _cancel(self, call: _Call, now: float) -> EmulatorResponse:
        op_id = call.uuid("operation_id")
        op = self._state.operations.get(op_id)
        if op is None:
            raise _Fail(
                404, "FABRIC_E_KEY_NOT_FOUND", f"no operation with OperationId {op_id}"
            )
        state = op.state(now)
        force = call.flag("force")
        if state in _TERMINAL:
            raise _Fail(
                400,
                "FABRIC_E_INVALID_TEST_COMMAND_STATE",
                f"operation {op_id} is {state.value} already",
            )
        if force:
            if op.cancelled is None:
                raise _Fail(
                    400,
                    "FABRIC_E_INVALID_TEST_COMMAND_STATE",
                    f"cancel operation {op_id} without Force first",
                )
            op.force_cancelled = now
        elif op.cancelled is None:
            op.cancelled = now
        if op.node is not None:
            node_state = self._state.nodes[op.node]
            if node_state.stopped_by == op.id:  # a cancelled Stop brings the node back
                node_state.down_until = min(node_state.down_until, now)
        return _reply(call.route.success_status)

    # --- backup and restore ---------------------------------------------------------

    def _backup_partition(
        self, call: _Call
    ) -> tuple[str, uuid.UUID, _PartitionState, bool]:
        pid = call.uuid("partition_id")
        found = self.topology.partition(pid)
        if found is None:
            raise _Fail(
                404, "FABRIC_E_PARTITION_NOT_FOUND", f"partition {pid} not found"
            )
        service, partition = found
        return (
            service.name,
            pid,
            self._state.partitions.setdefault(pid, _PartitionState()),
            partition.backup_enabled,
        )

    def _busy(self, pstate: _PartitionState, now: float) -> None:
        if pstate.backup is not None and pstate.backup.phase(now) in _RUNNING_PHASES:
            raise _Fail(
                409,
                "FABRIC_E_BACKUP_IN_PROGRESS",
                "a backup of the partition is running",
            )
        if pstate.restore is not None and pstate.restore.phase(now) in _RUNNING_PHASES:
            raise _Fail(
                409,
                "FABRIC_E_RESTORE_IN_PROGRESS",
                "a restore of the partition is running",
            )

    def _backup(self, call: _Call, now: float) -> EmulatorResponse:
        service, pid, pstate, enabled = self._backup_partition(call)
        if not enabled:
            raise _Fail(
                404,
                "FABRIC_E_BACKUP_NOT_ENABLED",
                f"no backup policy covers partition {pid}",
            )
        assert call.body is None or isinstance(call.body, BackupPartitionDescription)
        self._busy(pstate, now)
        timestamp = self._utc(now)
        record = _Record(
            uuid.uuid5(_ID_NAMESPACE, f"{pid}/{pstate.backups}"),
            "\\".join(
                (
                    *service.removeprefix("fabric:/").split("/"),
                    str(pid),
                    f"{timestamp:%Y-%m-%d %H.%M.%S}.zip",
                )
            ),
            _INITIAL_EPOCH,
            _INITIAL_LSN + 100 * pstate.backups,
            partition=pid,
            created=timestamp,
            full=pstate.backups == 0,
        )
        pstate.backups += 1
        pstate.backup = _TransferOp(
            now,
            self.durations[BACKUP],
            now + 60 * max(0, call.int("backup_timeout", 10)),
            timestamp,
            self._take_injection(BACKUP, (str(pid), service)),
            record,
        )
        pstate.history.append(pstate.backup)
        return _reply(call.route.success_status)

    def _backup_progress(self, call: _Call, now: float) -> EmulatorResponse:
        _, pid, pstate, _ = self._backup_partition(call)
        op = pstate.backup
        if op is None:
            raise _Fail(
                404,
                "FABRIC_E_KEY_NOT_FOUND",
                f"no backup was triggered for partition {pid}",
            )
        phase = op.phase(now)
        done = op.record if phase == "Success" else None
        return _reply(
            200,
            BackupProgressInfo(
                backup_state=BackupState(_BACKUP_PHASES.get(phase, phase)),
                time_stamp_utc=op.timestamp,
                backup_id=None if done is None else done.backup_id,
                backup_location=None if done is None else done.location,
                epoch_of_last_backup_record=None
                if done is None
                else _epoch(done.epoch),
                lsn_of_last_backup_record=None if done is None else str(done.lsn),
                failure_error=op.failure(now, backup=True),
            ),
        )

    def _restore(self, call: _Call, now: float) -> EmulatorResponse:
        service, pid, pstate, _ = self._backup_partition(call)
        found = self.topology.partition(pid)
        assert found is not None
        if call.body is None and not _latest_restore(call.route, call.query):
            raise _invalid("a RestorePartitionDescription request body is required")
        if not found[0].stateful:
            raise _invalid(
                f"partition {pid} belongs to stateless {service}; nothing to restore"
            )
        self._busy(pstate, now)
        self._settle_backups(now)
        if isinstance(call.body, RestorePartitionDescription):
            source = self._state.backups.get(call.body.backup_id)
        else:  # Latest=true without a body: the partition's newest backup
            done = _succeeded(pstate, now)
            if not done:
                raise _Fail(
                    404,
                    "FABRIC_E_BACKUP_NOT_FOUND",
                    f"partition {pid} has no backup to restore from",
                )
            source = done[-1]
        pstate.restore = _TransferOp(
            now,
            self.durations[RESTORE],
            now + 60 * max(0, call.int("restore_timeout", 10)),
            self._utc(now),
            self._take_injection(RESTORE, (str(pid), service)),
            source,
        )
        return _reply(call.route.success_status)

    def _restore_progress(self, call: _Call, now: float) -> EmulatorResponse:
        _, pid, pstate, _ = self._backup_partition(call)
        op = pstate.restore
        if op is None:
            raise _Fail(
                404,
                "FABRIC_E_KEY_NOT_FOUND",
                f"no restore was triggered for partition {pid}",
            )
        phase = op.phase(now)
        done = op.record if phase == "Success" else None
        return _reply(
            200,
            RestoreProgressInfo(
                restore_state=RestoreState(_RESTORE_PHASES.get(phase, phase)),
                time_stamp_utc=op.timestamp,
                restored_epoch=None if done is None else _epoch(done.epoch),
                restored_lsn=None if done is None else str(done.lsn),
                failure_error=op.failure(now, backup=False),
            ),
        )

    def _settle_backups(self, now: float) -> None:
        """Record every backup that has succeeded by now, so a restore can find it."""
        for pstate in self._state.partitions.values():
            op = pstate.backup
            if op is not None and op.record is not None and op.phase(now) == "Success":
                self._state.backups.setdefault(op.record.backup_id, op.record)


_PARTITION_KINDS = {
    "StartDataLoss": OperationType.PARTITION_DATA_LOSS,
    "GetDataLossProgress": OperationType.PARTITION_DATA_LOSS,
    "StartQuorumLoss": OperationType.PARTITION_QUORUM_LOSS,
    "GetQuorumLossProgress": OperationType.PARTITION_QUORUM_LOSS,
    "StartPartitionRestart": OperationType.PARTITION_RESTART,
    "GetPartitionRestartProgress": OperationType.PARTITION_RESTART,
}
_RUNNING_PHASES = ("Accepted", "InProgress")
_BACKUP_PHASES = {"InProgress": BackupState.BACKUP_IN_PROGRESS.value}
_RESTORE_PHASES = {"InProgress": RestoreState.RESTORE_IN_PROGRESS.value}


def _succeeded(pstate: _PartitionState, now: float) -> list[_Record]:
    """The partition's backups that have succeeded by now, oldest first."""
    return [
        op.record
        for op in pstate.history
        if op.record is not None and op.phase(now) == "Success"
    ]


def _epoch(epoch: tuple[str, str]) -> Epoch:
    return Epoch(configuration_version=epoch[0], data_loss_version=epoch[1])


def _target_key(target: uuid.UUID | str | None) -> str | None:
    """How inject_fault's target is compared: a partition id's canonical string, else as given."""
    if target is None or isinstance(target, uuid.UUID):
        return None if target is None else str(target)
    try:
        return str(_guid(target, "target"))
    except _Fail:
        return target
