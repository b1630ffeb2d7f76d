"""docs/porting.md: the azure-servicefabric 8.2 → sfrest table covers the spec, and its
sfrest calls are real calls of ServiceFabricClient.

Each row names an operationId of the spec (each once); its sfrest column's `client.X(...)`
calls are methods of ServiceFabricClient whose arguments bind to the signature (so
`operation_id=` is given by keyword, as it must be), one of them the operation's own
method; the azure column calls the same method name.
"""

from __future__ import annotations

import ast
import inspect
import re
from typing import Any

import pytest
from conftest import ROOT

import sfrest

PORTING = ROOT / "docs" / "porting.md"
CALL = re.compile(r"`(?:\w+ = )?(client\.\w+\(.*?\))`")


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    text = PORTING.read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 3 and cells[0] != "operation":
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def _calls(cell: str) -> list[ast.Call]:
    calls = []
    for source in CALL.findall(cell):
        expression = ast.parse(source, mode="eval").body
        assert isinstance(expression, ast.Call), source
        calls.append(expression)
    return calls


def _method(call: ast.Call) -> str:
    assert isinstance(call.func, ast.Attribute)
    return call.func.attr


def _operation_of(method: str) -> str | None:
    """The operationId a generated method's docstring names: 'Summary (OperationId).'"""
    doc = inspect.getdoc(getattr(sfrest.ServiceFabricClient, method)) or ""
    found = re.search(r"\((\w+)\)\.?$", doc.splitlines()[0])
    return found[1] if found else None


def test_the_table_has_a_row_for_every_operation_of_the_spec(
    spec: dict[str, Any],
) -> None:
    operations = [
        op["operationId"] for item in spec["paths"].values() for op in item.values()
    ]
    named = [operation for operation, _, _ in _rows()]
    assert len(operations) == 44
    assert sorted(named) == sorted(operations)  # every one, each once


@pytest.mark.parametrize(
    ("operation", "azure", "ours"), _rows(), ids=[row[0] for row in _rows()]
)
def test_each_sfrest_call_is_a_client_method_that_binds(
    operation: str, azure: str, ours: str
) -> None:
    calls = _calls(ours)
    assert calls, f"{operation}: no sfrest call in {ours!r}"
    for call in calls:
        method = _method(call)
        assert hasattr(sfrest.ServiceFabricClient, method), method
        signature = inspect.signature(getattr(sfrest.ServiceFabricClient, method))
        # the shape of the call: its positional arguments and keyword names
        keywords = {keyword.arg: None for keyword in call.keywords if keyword.arg}
        signature.bind(None, *([None] * len(call.args)), **keywords)
    methods = [_method(call) for call in calls]
    assert operation in [_operation_of(method) for method in methods], methods
    # the azure call: the operation's method, under the same name
    azure_calls = _calls(azure)
    assert [_method(call) for call in azure_calls] == [methods[0]]


def test_start_calls_pass_the_operation_id_by_keyword() -> None:
    # the fault operations' Start* (StartChaos has no OperationId)
    starts = [r for r in _rows() if r[0].startswith("Start") and "operation_id" in r[1]]
    assert len(starts) == 4
    for operation, azure, ours in starts:
        (azure_call,) = _calls(azure)
        (call,) = _calls(ours)
        # azure: positional, third (second for a node); sfrest: keyword, one fewer positional
        assert "operation_id" in [ast.unparse(arg) for arg in azure_call.args]
        assert [k.arg for k in call.keywords] == ["operation_id"], operation
        assert len(call.args) == len(azure_call.args) - 1, operation


def test_the_readme_links_the_porting_guide() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/porting.md)" in readme
