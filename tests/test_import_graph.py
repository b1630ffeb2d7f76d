"""Imports only point down: no cycle among the modules of src/sfrest, nor of sfrest.testing.

Read with ast, not by importing: every import at module level counts, those under
`if TYPE_CHECKING:` too (the picture a reader draws), those inside a function do not
(a lazy import, such as Emulator.serve()'s of the HTTP server, is taken when called).
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports outside functions and classes (in if/try blocks too)."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If | ast.Try):
            pending += [*node.body, *node.orelse]
            if isinstance(node, ast.Try):
                pending += [
                    *node.finalbody,
                    *(s for h in node.handlers for s in h.body),
                ]
    return found


def _graph(package: str) -> dict[str, set[str]]:
    """Module -> the modules of `package` it imports at module level."""
    root = SRC.joinpath(*package.split("."))
    files = {
        _module_name(path): path
        for path in root.rglob("*.py")
        if package == "sfrest.testing" or "testing" not in path.relative_to(root).parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        here = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _top_level_imports(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
                continue
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from . import _x` imports the module _x; `from ._x import y`, _x
            subs = {f"{base}.{alias.name}" for alias in node.names}
            targets |= (subs & set(files)) or {base}
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


@pytest.mark.parametrize("package", ["sfrest", "sfrest.testing"])
def test_no_import_cycle(package: str) -> None:
    graph = _graph(package)
    assert len(graph) > 5, graph  # the walk found the package's modules
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        pytest.fail(f"an import cycle in {package}: {' -> '.join(exc.args[1])}")


def _below(graph: dict[str, set[str]], module: str) -> set[str]:
    """Every module that module imports, directly or not."""
    seen: set[str] = set()
    pending = [module]
    while pending:
        for target in graph[pending.pop()] - seen:
            seen.add(target)
            pending.append(target)
    return seen


def test_the_core_never_imports_the_fronts() -> None:
    """The fronts serve any Gateway: below them only _wire and what it needs; above
    them only the Emulator that offers them, `sfrest emulator`, the package and its
    pytest plugin."""
    graph = _graph("sfrest.testing")
    t = "sfrest.testing."
    fronts = {t + "_transport", t + "_server"}
    for front in fronts:
        assert _below(graph, front) <= {t + "_wire", t + "_routes"}, front
    importers = {m for m in graph if _below(graph, m) & fronts} - fronts
    top = {t + "_emulator", t + "_run", "sfrest.testing", t + "pytest_plugin"}
    assert importers == top, importers
