"""The Emulator: an in-memory Service Fabric gateway, assembled from its parts.

    _run                              `sfrest emulator`: options -> Emulator, served
    _emulator                         Emulator: settings, test controls, the lock, fronts
    _transport, _server               the fronts: in-process httpx transports, HTTP server
    _dispatch                         route, validate, call the handler
    _faults _backup _discovery        the areas: small handlers over Cluster, one module
    _health _recovery _chaos          per area (AREAS below)
    _replicas
    _registry                         @handles(operationId): the handlers by operationId
    _state                            Cluster: the topology plus what operations did to it
    _wire                             Call, replies and errors (what handlers speak)
    _clock, _topology, _routes        the clock, the cluster's shape, the spec's routes

Imports only point down this list (tests/test_import_graph.py). The fronts serve any
Gateway (_wire): they know neither Emulator nor the core under _wire, which never
imports them. State changes only inside handle(), under a lock, and every state is
computed from the clock when asked, so nothing runs in the background.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal

from . import _backup, _chaos, _discovery, _faults, _health, _recovery, _replicas
from ._dispatch import VERSION, dispatch
from ._registry import HANDLERS, OPERATION_IDS, Handler, advance
from ._server import EmulatorServer
from ._state import DEFAULT_DURATIONS, E_FAIL, KINDS, Cluster, Injection, target_key
from ._topology import Topology
from ._transport import AsyncEmulatorTransport, EmulatorTransport
from ._wire import EmulatorResponse

__all__ = [
    "DEFAULT_DURATIONS",
    "DEFAULT_RUNTIME_VERSION",
    "E_FAIL",
    "KINDS",
    "Emulator",
    "EmulatorResponse",
]

AREAS = (_faults, _backup, _discovery, _health, _recovery, _chaos, _replicas)
"""The area modules; importing each registered its handlers (a new area: one more here)."""
DEFAULT_RUNTIME_VERSION = "9.1"
_INT32_MIN = -(2**31)


class Emulator:
    """An in-memory Service Fabric gateway: the 14 fault and backup/restore operations, the
    18 drill operations (discovery, Recover*, backup list, health), Chaos's 6, with a
    seeded Chaos engine on the emulator's clock, and the 6 failover operations (node
    restart and health, replica restart and removal, primary and secondary moves).

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
        seed: what Chaos's draws start from: the same seed, topology and requests at the
            same clock readings give the same faults.
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
        seed: int = 0,
    ) -> None:
        self.topology = topology if topology is not None else Topology.default()
        if page_size is not None and page_size < 1:
            raise ValueError(f"page_size must be >= 1 or None, got {page_size}")
        self.page_size = page_size
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"seed must be an int, got {seed!r}")
        self.seed = seed
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
        if not VERSION.fullmatch(runtime_version):
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
        self._cluster = self._fresh_cluster()
        self._handlers: dict[str, Handler] = dict(HANDLERS)
        missing = OPERATION_IDS - set(self._handlers)
        if missing:  # the spec grew an operation the emulator does not know
            raise RuntimeError(f"the emulator has no handler for {sorted(missing)}")

    def __repr__(self) -> str:
        return f"Emulator(runtime_version={self.runtime_version!r})"

    def _fresh_cluster(self) -> Cluster:
        return Cluster(
            self.topology,
            self.durations,
            self.page_size,
            self._utc_origin,
            self._started_at,
            self.seed,
        )

    # --- front ends -----------------------------------------------------------------

    def transport(self) -> EmulatorTransport:
        """An httpx transport that answers in-process: `ServiceFabricClient(transport=emu.transport())`."""
        return EmulatorTransport(self)

    def async_transport(self) -> AsyncEmulatorTransport:
        """The async twin: `AsyncServiceFabricClient(transport=emu.async_transport())`."""
        return AsyncEmulatorTransport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve over real HTTP/1.1 on a background thread; port 0 picks a free port.

        with emu.serve() as server:
            client = ServiceFabricClient(server.url)
        """
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
        if not _INT32_MIN <= error_code < 0:
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
            self._cluster.injections.append(
                Injection(
                    target_key(target),
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
        if operation is not None and operation not in OPERATION_IDS:
            raise ValueError(
                f"operation must be an operationId of the spec, got {operation!r}"
            )
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None, got {times}")
        with self._lock:
            self._cluster.errors.append([operation, status, code, times])

    def clear_faults(self) -> None:
        """Forget every injected fault and error that has not been used up."""
        with self._lock:
            self._cluster.injections.clear()
            self._cluster.errors.clear()

    def reset(self) -> None:
        """Forget every operation, backup, node transition and injected fault."""
        with self._lock:
            self._cluster = self._fresh_cluster()

    def is_node_up(self, node_name: str) -> bool:
        """Whether the node is up now (KeyError for an unknown node)."""
        with self._lock:
            now = self.clock()
            advance(self._cluster, now)
            return self._cluster.node_is_up(node_name, now)

    # --- the request entry point ----------------------------------------------------

    def handle(self, method: str, target: str, body: bytes = b"") -> EmulatorResponse:
        """Answer one request: method, raw target (path?query, still percent-encoded), body.

        emu.handle("POST", "/Faults/$/Cancel?api-version=6.0&OperationId=" + op_id)
        """
        with self._lock:
            return dispatch(
                self._cluster,
                self._handlers,
                self._runtime,
                self.clock(),
                method,
                target,
                body,
            )
