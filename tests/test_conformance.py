"""Every case of generated/contract/conformance.json, through both Python clients.

The cases are derived from the spec and its conventions by scripts/conformance.py, not from
sfrest; clients/typescript/ runs the same file (docs/conformance.md). Each request case is
answered in-process (httpx.MockTransport) with 404 after its request is captured; each
answer case is answered with its status and body, retries off.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_plus

import httpx
import pytest
from conftest import ROOT, load_script
from sfrest_generated import flags

import sfrest

CASES = json.loads(
    (ROOT / "generated" / "contract" / "conformance.json").read_text(encoding="utf-8")
)
NO_RETRIES = sfrest.RetryPolicy(max_retries=0)
FLAGS = {
    name: getattr(flags, cls)
    for name, cls in {
        "TypeFilter": "OperationTypeFilter",
        "StateFilter": "OperationStateFilter",
        "ApplicationDefinitionKindFilter": "ApplicationDefinitionKindFilter",
    }.items()
} | {
    f"{kind}HealthStateFilter": flags.HealthStateFilter
    for kind in (
        "Events",
        "Replicas",
        "Partitions",
        "Nodes",
        "Services",
        "Applications",
    )
}


def _key(name: str) -> str:
    return re.sub(r"[-_]", "", name).lower()


def _method_name(operation: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation).lower()


def _kwargs(case: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The Python method and its keyword arguments for a case's plain-JSON arguments."""
    name = _method_name(case["operation"])
    parameters = inspect.signature(getattr(sfrest.ServiceFabricClient, name)).parameters
    by_key = {_key(p): p for p in parameters if p != "self"}
    given = dict(case["arguments"])
    given.update(given.pop("body", None) or {})
    kwargs = {}
    for wire, value in given.items():
        if isinstance(value, list) and wire in FLAGS:  # flags as member names: OR them
            value = FLAGS[wire](0) | sum(
                (
                    FLAGS[wire][re.sub(r"(?<!^)(?=[A-Z])", "_", m).upper()]
                    for m in value
                ),
                FLAGS[wire](0),
            )
        kwargs[by_key[_key(wire)]] = value
    return name, kwargs


def _call(
    is_async: bool,
    handler: Callable[[httpx.Request], httpx.Response],
    case: dict[str, Any],
) -> Any:
    name, kwargs = _kwargs(case)
    transport = httpx.MockTransport(handler)
    if not is_async:
        with sfrest.ServiceFabricClient(
            transport=transport, retry=NO_RETRIES
        ) as client:
            return getattr(client, name)(**kwargs)

    async def run() -> Any:
        async with sfrest.AsyncServiceFabricClient(
            transport=transport, retry=NO_RETRIES
        ) as client:
            return await getattr(client, name)(**kwargs)

    return asyncio.run(run())


def _title(case: dict[str, Any]) -> str:
    return f"{case['operation']}: {case.get('title') or case['status']}"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES["request_cases"], ids=_title)
def test_request_case(case: dict[str, Any], is_async: bool) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND"}})

    with pytest.raises(sfrest.NotFoundError):
        _call(is_async, handler, case)
    [request] = seen
    expected = case["expected"]
    path, _, raw_query = request.url.raw_path.decode().partition("?")
    assert (request.method, path) == (expected["method"], expected["path"])
    pairs = [pair.split("=", 1) for pair in raw_query.split("&") if pair]
    query = sorted(
        [unquote_plus(k), unquote_plus(v)]
        for k, v in pairs
        if k not in expected["any_guid"]
    )
    assert query == expected["query"]
    for name in expected["any_guid"]:
        [invented] = [v for k, v in pairs if k == name]
        assert uuid.UUID(invented).version == 4
    for raw in expected["raw_query"]:
        assert raw in raw_query.split("&")
    if expected["body"] is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == expected["body"]


def _pointer(value: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        value = (
            len(value)
            if part == "length"
            else value[int(part) if isinstance(value, list) else part]
        )
    return value


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("case", CASES["answer_cases"], ids=_title)
def test_answer_case(case: dict[str, Any], is_async: bool) -> None:
    body = case["body"]
    content = (
        b""
        if body is None
        else body.encode()
        if isinstance(body, str)
        else json.dumps(body).encode()
    )
    headers = {
        "Content-Type": "text/html" if isinstance(body, str) else "application/json"
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            case["status"], content=content, headers=headers if body is not None else {}
        )

    expected = case["expected"]
    if expected.get("error", {}).get("kind") == "ResponseDecode":
        with pytest.raises(sfrest.ResponseDecodeError) as decoding:
            _call(is_async, handler, case)
        assert decoding.value.response.status_code == expected["error"]["status"]
        return
    if "error" in expected:
        error = expected["error"]
        with pytest.raises(sfrest.FabricError) as raised:
            _call(is_async, handler, case)
        assert type(raised.value).__name__ == f"{error['kind']}Error"
        assert (raised.value.status_code, raised.value.code) == (
            error["status"],
            error["code"],
        )
        return
    result = _call(is_async, handler, case)
    if expected["value"] is None:
        assert result is None or hasattr(result, "wait")  # a handle, or nothing
        return
    dumped = (
        result
        if isinstance(result, list)
        else result.model_dump(mode="json", by_alias=True)
    )
    if isinstance(result, list):
        dumped = [item.model_dump(mode="json", by_alias=True) for item in result]
    for pointer, value in expected["value"].items():
        assert _pointer(dumped, pointer) == value, pointer


def test_every_operation_has_cases_and_the_file_is_reproducible(
    spec: dict[str, Any],
) -> None:
    operations = {
        op["operationId"] for item in spec["paths"].values() for op in item.values()
    }
    assert {c["operation"] for c in CASES["request_cases"]} == operations
    assert {c["operation"] for c in CASES["answer_cases"]} == operations
    titles = {c.get("title") for c in CASES["answer_cases"]}
    assert {
        f"official {p.name}" for p in (ROOT / "tests/fixtures/reference").glob("*.json")
    } <= titles
    conformance = load_script("conformance")
    rendered = json.dumps(
        conformance.cases(json.loads(json.dumps(spec))),
        indent=1,
        sort_keys=True,
        ensure_ascii=False,
    )
    assert rendered + "\n" == (ROOT / "generated/contract/conformance.json").read_text(
        encoding="utf-8"
    )
