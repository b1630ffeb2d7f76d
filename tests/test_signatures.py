"""The public clients' signatures, pinned: names, order, kinds and defaults of every
public method's parameters (the constructor included), sync and async.

The methods are rendered from the spec; a change to spec/ or templates/ that moves,
renames or re-defaults an argument fails here. If intended, rewrite the snapshot with
`python tests/test_signatures.py` and review its diff.
"""

from __future__ import annotations

import enum
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import sfrest

SNAPSHOT = Path(__file__).with_name("snapshots") / "signatures.json"


def _default(value: Any) -> str | None:
    if value is inspect.Parameter.empty:
        return None
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if callable(value):
        return f"{value.__module__}.{value.__qualname__}"
    return repr(value)


def signatures() -> dict[str, dict[str, list[list[str | None]]]]:
    classes = (sfrest.ServiceFabricClient, sfrest.AsyncServiceFabricClient)
    return {
        cls.__name__: {
            name: [
                [p.name, p.kind.name, _default(p.default)]
                for p in inspect.signature(member).parameters.values()
            ]
            for name, member in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_") or name == "__init__"
        }
        for cls in classes
    }


def test_signatures_match_the_snapshot() -> None:
    assert signatures() == json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_sync_and_async_clients_have_the_same_methods() -> None:
    sync, async_ = signatures().values()
    assert sync.keys() == async_.keys()
    assert {k: v for k, v in sync.items() if k != "__init__"} == {
        k: v for k, v in async_.items() if k != "__init__"
    }


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps(signatures(), indent=1) + "\n", encoding="utf-8")
    sys.exit(0)
