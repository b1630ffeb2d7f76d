"""The handlers, keyed by the spec's operationId: `@handles("GetNodeInfo")` registers one.

An area module (_faults, _backup, _discovery, _health, _recovery, _chaos, _replicas)
holds small functions (cluster, call, now) -> EmulatorResponse, each decorated with the
operationId(s) it answers; _emulator.py imports the areas, so importing one registers
its handlers. A new area (as _replicas.py is for the failover operations) is a module of
such functions, its state in Cluster, and one more name in _emulator.py's AREAS; a new
operation is one handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from ._routes import ROUTES
from ._state import Cluster
from ._wire import Call, EmulatorResponse

Handler: TypeAlias = Callable[[Cluster, Call, float], EmulatorResponse]
Ticker: TypeAlias = Callable[[Cluster, float], None]
HANDLERS: dict[str, Handler] = {}
"""operationId -> its handler, filled as the area modules are imported."""
TICKERS: list[Ticker] = []
"""What brings an area's own timeline up to a clock reading before any request is
answered (Chaos's engine), so every handler sees what it did by then."""
OPERATION_IDS = frozenset(route.operation_id for route in ROUTES)


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of these operationIds of the spec."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id not in OPERATION_IDS:
                raise RuntimeError(f"{operation_id} is no operationId of the spec")
            if operation_id in HANDLERS:
                raise RuntimeError(f"{operation_id} has a handler already")
            HANDLERS[operation_id] = handler
        return handler

    return register


def ticks(ticker: Ticker) -> Ticker:
    """Register the decorated function as a ticker (see TICKERS)."""
    TICKERS.append(ticker)
    return ticker


def advance(cluster: Cluster, now: float) -> None:
    """Every area's timeline up to the clock reading now (the TICKERS)."""
    for tick in TICKERS:
        tick(cluster, now)
