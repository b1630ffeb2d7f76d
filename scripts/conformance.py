"""Conformance cases for any language's client: generated/contract/conformance.json.

Derived from the spec and the conventions its header states (x-name-convention, x-flags,
x-idempotency-key, allowReserved, required + default), not from a client: every client,
sfrest's two included, is tested against the file (docs/conformance.md says how).

    request cases: {operation, arguments, expected: {method, path, query, raw_query, any_guid, body}}
    answer cases:  {operation, arguments, status, body, expected: {value} or {error}}

The official example bodies (tests/fixtures/reference/, copied unchanged) and the spec's
own response examples are among the answer cases. Keys are sorted: byte-reproducible.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = ROOT / "tests" / "fixtures" / "reference"
SERVER_TIMEOUT = 60
"""Always sent: a client's read timeout counts on the server giving up first."""
RESERVED = "!$'()*+,/:;=?@[]%~"
"""What an allowReserved value keeps unencoded: RFC 3986's reserved characters but & and #."""
TOKEN = "2/CalcApp~CalcService:3#x&y=z"
"""A continuation token with the reserved characters the gateway's tokens hold."""
GUIDS = {
    "partitionId": "1daae3f5-7fd6-42e9-b1ba-8c05f873994d",
    "OperationId": "7216486c-1ee9-4b00-99b2-92b26fcb07f5",
}
SAMPLES: dict[str, Any] = {
    "serviceId": "CalcApp~CalcService",
    "applicationId": "CalcApp",
    "nodeName": "_Node_0",
    "NodeInstanceId": "131738",
    "replicaId": "132537498800000001",
    "StartTimeUtc": "0",
    "EndTimeUtc": "3155378975999999999",
}
BODIES: dict[str, Any] = {
    "RestartNodeDescription": {"NodeInstanceId": "131738", "CreateFabricDump": "True"},
    "ChaosParameters": {
        "TimeToRunInSeconds": "600",
        "MaxConcurrentFaults": 2,
        "EnableMoveReplicaFaults": False,
        "ChaosTargetFilter": {"ApplicationInclusionList": ["fabric:/CalcApp"]},
        "Context": {"Map": {"drill": "1"}},
    },
    "ChaosScheduleDescription": {
        "Version": 0,
        "Schedule": {
            "StartDate": "2026-01-01T00:00:00Z",
            "ChaosParametersDictionary": [
                {"Key": "p", "Value": {"MaxConcurrentFaults": 1}}
            ],
            "Jobs": [
                {
                    "ChaosParameters": "p",
                    "Days": {"Monday": True},
                    "Times": [
                        {
                            "StartTime": {"Hour": 1, "Minute": 0},
                            "EndTime": {"Hour": 2, "Minute": 0},
                        }
                    ],
                }
            ],
        },
    },
    "BackupPartitionDescription": {
        "BackupStorage": {"StorageKind": "FileShare", "Path": "\\\\server\\share"}
    },
    "RestorePartitionDescription": {
        "BackupId": "3a056ac9-7206-43c3-8424-6f6103003eba",
        "BackupLocation": "CalcApp\\CalcService\\2026-01-01.zip",
        "BackupStorage": {"StorageKind": "FileShare", "Path": "\\\\server\\share"},
    },
}
SERVICE_SPELLINGS = [  # (given, segment from 6.0 on, segment before 6.0)
    ("fabric:/CalcApp/CalcService", "CalcApp~CalcService", "CalcApp%2FCalcService"),
    ("CalcApp/CalcService", "CalcApp~CalcService", "CalcApp%2FCalcService"),
    ("CalcApp~CalcService", "CalcApp~CalcService", "CalcApp%2FCalcService"),
    ("fabric:/myapp/app1/svc1", "myapp~app1~svc1", "myapp%2Fapp1%2Fsvc1"),
    ("myapp~app1/svc1", "myapp~app1~svc1", "myapp%2Fapp1%2Fsvc1"),
    ("app/my svc?x=1#f", "app~my%20svc%3Fx%3D1%23f", "app%2Fmy%20svc%3Fx%3D1%23f"),
    ("app/50%", "app~50%25", "app%2F50%25"),
]
NODE_NAMES = [("_Node_0", "_Node_0"), ("node 1/a#b", "node%201%2Fa%23b")]
ERROR_KINDS = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    500: "Server",
    502: "Server",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}
ERRORS = [
    (404, "FABRIC_E_KEY_NOT_FOUND"),
    (400, "E_INVALIDARG"),
    (409, "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS"),
    (500, "E_FAIL"),
    (403, "FABRIC_E_ACCESS_DENIED"),
]
ISO_DATETIME = re.compile(r"^\d{4}-\d\d-\d\dT")


def _deref(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


class _Operation:
    def __init__(
        self, spec: dict[str, Any], path: str, method: str, raw: dict[str, Any]
    ):
        self.spec, self.path, self.method, self.raw = spec, path, method.upper(), raw
        self.id: str = raw["operationId"]
        self.params = [_deref(spec, p) for p in raw.get("parameters", [])]
        self.version = next(p for p in self.params if p["name"] == "api-version")
        self.key = raw.get("x-idempotency-key")
        self.body_schema = (
            raw.get("requestBody", {}).get("content", {}).get("application/json", {})
        ).get("schema")

    def schema(self, parameter: dict[str, Any]) -> dict[str, Any]:
        return dict(_deref(self.spec, parameter["schema"]))

    def sample(self, parameter: dict[str, Any]) -> Any:
        name, schema = parameter["name"], self.schema(parameter)
        if name in SAMPLES:
            return SAMPLES[name]
        if schema.get("format") == "uuid":
            return GUIDS.get(name, "3a056ac9-7206-43c3-8424-6f6103003eba")
        if "enum" in schema:
            return next(v for v in schema["enum"] if v != "Invalid")
        if schema.get("type") == "integer":
            return 600
        if schema.get("type") == "string" and "pattern" not in schema:
            return f"{name}-1"
        raise SystemExit(
            f"conformance: no sample for {self.id} {name}: add it to SAMPLES"
        )

    def base(self) -> dict[str, Any]:
        """The required arguments without a default: what every call must give."""
        arguments = {
            p["name"]: self.sample(p)
            for p in self.params
            if p.get("required") and "default" not in self.schema(p)
        }
        body = self.raw.get("requestBody", {})
        if body.get("required"):
            arguments["body"] = BODIES[self.body_schema["$ref"].rsplit("/", 1)[1]]
        return arguments

    def expect(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The request the conventions make of these arguments."""
        version_text = arguments.get("api-version", self.version["schema"]["default"])
        version = Decimal(version_text)
        path = self.path
        query: list[list[str]] = []
        raw_query: list[str] = []
        any_guid: list[str] = []
        for p in self.params:
            name, schema, value = p["name"], self.schema(p), arguments.get(p["name"])
            if p["in"] == "path":
                path = path.replace(
                    "{" + name + "}", _segment(p, schema, value, version)
                )
                continue
            if name == "api-version":
                value = version_text
            elif value is None and name == "timeout":
                value = SERVER_TIMEOUT
            elif value is None and name == self.key:
                any_guid.append(name)
                continue
            elif value is None and p.get("required") and "default" in schema:
                value = schema["default"]
            if value is None:
                continue  # optional, left out: not sent as its default
            text = (
                arguments["_ticks"]
                if p.get("x-file-time") and "_ticks" in arguments
                else _text(p, schema, value)
            )
            query.append([name, text])
            if p.get("allowReserved"):
                raw_query.append(f"{name}={quote(text, safe=RESERVED)}")
        return {
            "method": self.method,
            "path": path,
            "query": sorted(query),
            "raw_query": raw_query,
            "any_guid": any_guid,
            "body": arguments.get("body"),
        }


def _segment(
    p: dict[str, Any], schema: dict[str, Any], value: Any, version: Decimal
) -> str:
    text = str(value)
    if schema.get("format") == "uuid":
        text = str(_guid(text))
    elif p.get("x-name-convention") == "fabric-name":
        parts = re.split(r"[~/]", text.removeprefix("fabric:/"))
        text = ("~" if version >= Decimal("6.0") else "/").join(parts)
    return quote(text, safe="")


def _guid(text: str) -> str:
    hex_digits = re.sub(r"[{}-]", "", text).lower()
    return "-".join(
        (
            hex_digits[:8],
            hex_digits[8:12],
            hex_digits[12:16],
            hex_digits[16:20],
            hex_digits[20:],
        )
    )


def _text(p: dict[str, Any], schema: dict[str, Any], value: Any) -> str:
    if isinstance(value, list):  # flags given as member names
        members = p["x-flags"]["members"]
        return str(sum_bits(members[name] for name in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if schema.get("format") == "uuid":
        return _guid(value)
    if schema.get("format") == "date-time":
        return _utc(value)
    return str(value)


def sum_bits(bits: Any) -> int:
    total = 0
    for bit in bits:
        total |= bit
    return total


def _utc(value: str) -> str:
    """RFC 3339 with an offset: Z is +00:00, and a naive time is UTC."""
    if value.endswith("Z"):
        return value[:-1] + "+00:00"
    return value if re.search(r"[+-]\d\d:\d\d$", value) else value + "+00:00"


def _checked(
    op: _Operation, p: dict[str, Any], arguments: dict[str, Any], segment: str
) -> dict[str, Any]:
    """The arguments, once the derived path holds the segment the table above expects."""
    if p["in"] == "path" and f"/{segment}/" not in op.expect(arguments)["path"] + "/":
        raise SystemExit(f"conformance: {op.id} {arguments} does not give {segment}")
    return arguments


def _request_cases(op: _Operation) -> list[dict[str, Any]]:
    base = op.base()
    variants: list[tuple[str, dict[str, Any]]] = [("required arguments only", base)]
    minimum = Decimal(op.version["x-min-api-version"])
    for p in op.params:
        name, schema = p["name"], op.schema(p)
        if p.get("x-name-convention") == "fabric-name":
            for given, new, old in SERVICE_SPELLINGS:
                arguments = _checked(op, p, {**base, name: given}, new)
                variants.append((f"{name} spelled {given!r}", arguments))
                if minimum < Decimal("6.0"):
                    arguments = _checked(
                        op, p, {**base, name: given, "api-version": "5.0"}, old
                    )
                    variants.append((f"{name} {given!r} before 6.0", arguments))
        elif p.get("x-name-convention") == "node-name":
            for given, segment in NODE_NAMES:
                arguments = _checked(op, p, {**base, name: given}, segment)
                variants.append((f"node name {given!r}", arguments))
        elif "x-flags" in p:
            members = [
                m for m, bit in p["x-flags"]["members"].items() if bit not in (0, 65535)
            ]
            variants.append((f"{name} as member names", {**base, name: members[:2]}))
            variants.append((f"{name} as a number", {**base, name: 0}))
        elif name == "ContinuationToken":
            variants.append(
                ("a continuation token with / : # & =", {**base, name: TOKEN})
            )
        elif p.get("x-file-time"):  # ticks as given; a date-time converted
            for given, ticks in (
                ("0", "0"),
                ("2026-01-01T00:00:00Z", "134116992000000000"),
                ("2026-01-01T01:00:00+01:00", "134116992000000000"),
                ("1601-01-02T00:00:00", "864000000000"),
            ):
                variants.append(
                    (f"{name} {given}", {**base, name: given, "_ticks": ticks})
                )
        elif schema.get("format") == "date-time":
            for given in (
                "2026-01-01T08:00:00Z",
                "2026-01-01T08:00:00",
                "2026-01-01T09:00:00+01:00",
            ):
                variants.append((f"{name} {given}", {**base, name: given}))
        elif schema.get("format") == "uuid" and p["in"] == "path":
            upper = "{" + base[name].upper() + "}"
            variants.append((f"{name} in braces, upper case", {**base, name: upper}))
        elif name == op.key:
            left_out = {k: v for k, v in base.items() if k != name}
            variants.append((f"{name} left out: the client invents one", left_out))
        elif not p.get("required") and name != "timeout":
            variants.append((f"{name} given", {**base, name: _given(schema)}))
        elif name == "timeout":
            variants.append(("timeout given", {**base, name: 30}))
    newest = "9.1"
    variants.append(("api-version raised", {**base, "api-version": newest}))
    if op.body_schema and "body" not in base:
        body = BODIES[op.body_schema["$ref"].rsplit("/", 1)[1]]
        variants.append(("with a body", {**base, "body": body}))
    return [
        {
            "operation": op.id,
            "title": title,
            "arguments": {k: v for k, v in arguments.items() if k != "_ticks"},
            "expected": op.expect(arguments),
        }
        for title, arguments in variants
    ]


def _given(schema: dict[str, Any]) -> Any:
    """A value other than the default, for an optional parameter that is given."""
    if "enum" in schema:
        return next(v for v in schema["enum"] if v != schema.get("default"))
    if schema.get("type") == "boolean":
        return not schema.get("default", False)
    if schema.get("type") == "integer":
        return int(schema.get("default", 0)) + 5
    return "Calc Type/1"


def _leaves(node: Any, pointer: str = "") -> dict[str, Any]:
    """Every scalar of a body by JSON pointer; a string ErrorCode is its number (x-also-accept)."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            out.update(_leaves(value, f"{pointer}/{key}"))
        return out
    if isinstance(node, list):
        out = {f"{pointer}/length": len(node)}
        for index, value in enumerate(node):
            out.update(_leaves(value, f"{pointer}/{index}"))
        return out
    if pointer.endswith("/ErrorCode") and isinstance(node, str):
        return {pointer: int(node)}
    if isinstance(node, str) and ISO_DATETIME.match(node):
        return {}  # languages print times differently; the contract says date-time
    return {pointer: node}


def _quirky(node: Any) -> Any:
    """A body as the wire's quirks may send it (x-also-accept): ErrorCode as a string."""
    if isinstance(node, dict):
        return {
            k: str(v) if k == "ErrorCode" and isinstance(v, int) else _quirky(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_quirky(v) for v in node]
    return node


def _answer_cases(
    op: _Operation, index: int, spec_examples: dict[str, list[Any]]
) -> list[dict[str, Any]]:
    arguments = op.base()
    cases: list[dict[str, Any]] = []
    for status, response in sorted(op.raw["responses"].items()):
        if status == "default":
            continue
        content = response.get("content", {}).get("application/json")
        if content is None:  # no body; an official example's {} is no value either
            cases += [
                {
                    "title": title,
                    "status": int(status),
                    "body": body,
                    "expected": {"value": None},
                }
                for title, body in [(None, None), *spec_examples.get(op.id, [])]
            ]
            continue
        for title, body in spec_examples.get(op.id, []) + [
            (name, e["value"])
            for name, e in sorted(content.get("examples", {}).items())
        ]:
            cases.append(
                {
                    "title": title,
                    "status": int(status),
                    "body": body,
                    "expected": {"value": _leaves(body)},
                }
            )
            if _quirky(body) != body:  # the reference page's "ErrorCode": "0"
                cases.append(
                    {
                        "title": f"{title}, ErrorCode as a string",
                        "status": int(status),
                        "body": _quirky(body),
                        "expected": {"value": _leaves(body)},
                    }
                )
        cases.append(  # a 2xx must carry its model: a proxy's page is no success
            {
                "title": "an HTML page for a success",
                "status": int(status),
                "body": "<html>It works!</html>",
                "expected": {
                    "error": {
                        "kind": "ResponseDecode",
                        "status": int(status),
                        "code": None,
                    }
                },
            }
        )
    error_status, code = ERRORS[index % len(ERRORS)]
    cases.append(
        {
            "status": error_status,
            "body": {"Error": {"Code": code, "Message": f"{op.id} failed"}},
            "expected": {
                "error": {
                    "kind": ERROR_KINDS[error_status],
                    "status": error_status,
                    "code": code,
                }
            },
        }
    )
    if index == 0:  # bodies that are no FabricError, once
        cases += [
            {
                "status": 502,
                "body": "<html>Bad Gateway</html>",
                "expected": {"error": {"kind": "Server", "status": 502, "code": None}},
            },
            {
                "status": 401,
                "body": None,
                "expected": {
                    "error": {"kind": "Unauthorized", "status": 401, "code": None}
                },
            },
        ]
    return [
        {
            "operation": op.id,
            "arguments": arguments,
            **{k: v for k, v in case.items() if v is not None or k != "title"},
        }
        for case in cases
    ]


def _official_examples() -> dict[str, list[Any]]:
    """The official example files' 200 bodies, by the operation their file is named for."""
    examples: dict[str, list[Any]] = {}
    for path in sorted(OFFICIAL.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))["responses"]["200"]["body"]
        examples.setdefault(path.stem, []).append((f"official {path.name}", body))
    return examples


def cases(spec: dict[str, Any]) -> dict[str, Any]:
    operations = [
        _Operation(spec, path, method, raw)
        for path, item in spec["paths"].items()
        for method, raw in item.items()
    ]
    official = _official_examples()
    return {
        "$comment": "generated from spec/ by make generate — do not edit; see docs/conformance.md",
        "request_cases": [c for op in operations for c in _request_cases(op)],
        "answer_cases": [
            c
            for index, op in enumerate(operations)
            for c in _answer_cases(op, index, official)
        ],
    }


def operations_table(spec: dict[str, Any]) -> dict[str, Any]:
    """What a client needs at run time that types cannot carry: per operation its method,
    path, api-versions, parameters with their conventions, retries, links and paging."""
    table: dict[str, Any] = {}
    for path, item in spec["paths"].items():
        for method, raw in item.items():
            op = _Operation(spec, path, method, raw)
            success = {k: v for k, v in raw["responses"].items() if k != "default"}
            links: dict[str, Any] = {}
            for response in success.values():
                for name, link in response.get("links", {}).items():
                    link = _deref(spec, link)
                    links[name] = {
                        "operation": link["operationId"],
                        "parameters": link["parameters"],
                    }
            table[op.id] = {
                "method": op.method,
                "path": path,
                "apiVersion": op.version["schema"]["default"],
                "minApiVersion": op.version["x-min-api-version"],
                "idempotent": bool(raw.get("x-idempotent")),
                "idempotencyKey": op.key,
                "pageable": "x-pageable" in raw,
                "pages": raw.get("x-pageable"),
                "success": sorted(int(status) for status in success),
                "json": sorted(
                    int(k) for k, v in success.items() if "content" in _deref(spec, v)
                ),
                "links": links,
                "body": None
                if op.body_schema is None
                else {"required": bool(raw["requestBody"].get("required"))},
                "parameters": [_parameter(op, p) for p in op.params],
                "exclusive": raw.get("x-mutually-exclusive", []),
            }
    return table


def _parameter(op: _Operation, p: dict[str, Any]) -> dict[str, Any]:
    schema = op.schema(p)
    out: dict[str, Any] = {
        "name": p["name"],
        "in": p["in"],
        "required": bool(p.get("required")),
    }
    if p.get("required") and "default" in schema:
        out["default"] = schema["default"]
    for key, value in (
        ("convention", p.get("x-name-convention")),
        ("format", schema.get("format")),
        ("flags", p.get("x-flags", {}).get("members")),
        ("allowReserved", p.get("allowReserved")),
        ("fileTime", p.get("x-file-time")),
        ("enum", [v for v in schema.get("enum", []) if v != "Invalid"] or None),
    ):
        if value is not None:
            out[key] = value
    return out


def wire_quirks(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Property names whose values arrive in another JSON type (x-also-accept): numbers
    sent as decimal strings, strings sent as bare numbers."""
    quirks: dict[str, set[str]] = {"numbers": set(), "strings": set()}
    for schema in spec["components"]["schemas"].values():
        for name, prop in schema.get("properties", {}).items():
            prop = _deref(spec, prop)
            also = prop.get("x-also-accept", [])
            if prop.get("type") == "integer" and "string" in also:
                quirks["numbers"].add(name)
            if prop.get("type") == "string" and "integer" in also:
                quirks["strings"].add(name)
    return {kind: sorted(names) for kind, names in quirks.items()}


TS_HEADER = "// generated from spec/ by make generate — do not edit\n"


def render(spec_path: Path, spec: dict[str, Any], out: Path) -> None:
    """out/contract/conformance.json, and the TypeScript client's generated half in
    out/typescript/: schema.d.ts (openapi-typescript) and operations.mts (operations_table; .mts: an ES module wherever it lies)."""
    text = json.dumps(cases(spec), indent=1, sort_keys=True, ensure_ascii=False)
    (out / "contract" / "conformance.json").write_text(text + "\n", encoding="utf-8")
    typescript = out / "typescript"
    typescript.mkdir(parents=True, exist_ok=True)
    tool = ROOT / "node_modules" / ".bin" / "openapi-typescript"
    if not tool.exists():
        raise SystemExit(f"{tool} is missing: run `make node` (npm ci)")
    subprocess.run(
        [str(tool), str(spec_path), "-o", str(typescript / "schema.d.ts")],
        check=True,
        capture_output=True,
        # not the repository's redocly.yaml: its lint rules are make lint-spec's business
        cwd=typescript,
        env={**os.environ, "NO_COLOR": "1"},
    )
    schema = typescript / "schema.d.ts"
    schema.write_text(TS_HEADER + schema.read_text(encoding="utf-8"), encoding="utf-8")
    table = json.dumps(
        operations_table(spec), indent=2, sort_keys=True, ensure_ascii=False
    )
    quirks = json.dumps(wire_quirks(spec), indent=2, sort_keys=True)
    (typescript / "operations.mts").write_text(
        f"{TS_HEADER}/** Each operation as the client layer needs it at run time (scripts/conformance.py). */\n"
        f"export const OPERATIONS = {table} as const;\n\n"
        f"/** Property names whose values arrive in another JSON type (x-also-accept). */\n"
        f"export const WIRE_QUIRKS = {quirks} as const;\n",
        encoding="utf-8",
    )
