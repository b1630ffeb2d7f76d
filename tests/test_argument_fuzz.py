"""Argument fuzzing: every method of the rendered client, with hostile arguments.

Each call either raises InvalidArgumentError with nothing sent, or sends a request whose
URL keeps its operation's shape: the path's literal segments and segment count, and only
the operation's own query names, each once. Any other exception is an escape. Seeded
(derandomize=True); `make fuzz` (SFREST_FUZZ_EXAMPLES) runs many more cases.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import uuid
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import sfrest_generated.api
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sfrest_generated.commands import COMMANDS

import sfrest
from sfrest.cli import Option

EXAMPLES = int(os.environ.get("SFREST_FUZZ_EXAMPLES", "0"))
MODULES = {
    info.name.rsplit(".", 1)[1]: importlib.import_module(info.name)
    for info in pkgutil.walk_packages(
        sfrest_generated.api.__path__, "sfrest_generated.api."
    )
    if not info.ispkg
}
VALID: dict[str, Any] = {
    "service_id": "fabric:/CalcApp/CalcService",
    "application_id": "fabric:/CalcApp",
    "partition_id": uuid.UUID(int=1),
    "operation_id": uuid.UUID(int=2),
    "backup_id": uuid.UUID(int=3),
    "node_name": "_Node_0",
    "node_instance_id": "131",
    "backup_location": "a\\b.zip",
}
HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "", ".", "..", "a/../b", "a?b=c", "a#b", "a&b=c", "%2F", "~", "fabric:/",
            "\x00", "\r\n", "\x85", "\udcff", "\uff16.\uff10", "0xFF", "x" * 70_000, "Invalid",
            "true", "false", "1&x=y", "2026-13-45", "{}", " ",
        ]
    ),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)  # fmt: skip


def _optional(name: str) -> Option:
    return Option(name, False, "", "str", (), None)


def _arguments(command: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Every required argument (leaving one out is Python's TypeError), some others."""

    def values(name: str) -> st.SearchStrategy[Any]:
        return st.one_of(st.just(VALID[name]), HOSTILE) if name in VALID else HOSTILE

    # the method's own arguments (the command line may rename them: x-cli-flags)
    method = getattr(sfrest.ServiceFabricClient, command.method)
    parameters = list(inspect.signature(method).parameters.values())[1:]
    empty = inspect.Parameter.empty
    return st.fixed_dictionaries(
        {p.name: values(p.name) for p in parameters if p.default is empty},
        optional={p.name: values(p.name) for p in parameters if p.default is not empty},
    )


def _check_url(module: Any, request: httpx.Request, spec_names: set[str]) -> None:
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    template = module.PATH.split("/")
    sent = path.split("/")
    assert len(sent) == len(template), (module.PATH, path)
    for want, got in zip(template, sent, strict=True):
        if not want.startswith("{"):
            assert got == want, (module.PATH, path)
    names = [name for name, _ in parse_qsl(query, keep_blank_values=True)]
    assert len(names) == len(set(names)), query
    assert set(names) <= spec_names, (set(names) - spec_names, module.OPERATION_ID)


@pytest.fixture(scope="module")
def query_names(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Per operationId, the query parameter names of the spec."""
    out: dict[str, set[str]] = {}
    parameters = spec["components"]["parameters"]
    for item in spec["paths"].values():
        for operation in item.values():
            resolved = [
                parameters[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
                for p in operation.get("parameters", [])
            ]
            out[operation["operationId"]] = {
                p["name"] for p in resolved if p["in"] == "query"
            }
    return out


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.method)
def test_hostile_arguments_are_refused_or_keep_the_url_shape(
    command: Any, query_names: dict[str, set[str]]
) -> None:
    module = MODULES[command.method]
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(599)

    client = sfrest.ServiceFabricClient(
        transport=httpx.MockTransport(answer),
        retry=sfrest.RetryPolicy(max_retries=0),
    )

    @settings(
        max_examples=EXAMPLES or 150,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(_arguments(command))
    def case(arguments: dict[str, Any]) -> None:
        sent.clear()
        try:
            getattr(client, command.method)(**arguments)
        except sfrest.InvalidArgumentError:
            assert sent == [], "refused, yet something was sent"
            return
        except sfrest.FabricError:
            pass  # the 599 answer
        assert len(sent) == 1
        _check_url(module, sent[0], query_names[module.OPERATION_ID])

    with client:
        case()
