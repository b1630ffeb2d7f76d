"""Breaking changes for clients between a git ref's spec and spec/: `make breaking`.

    python scripts/breaking.py                    # against the last tag, else HEAD~1
    python scripts/breaking.py --base v0.1.0      # against any git ref
    python scripts/breaking.py --old OLD.yaml     # against a file

Reported as breaking: a removed operation, parameter, property, request body or oneOf
member; a changed path or method; a changed set of success (2xx) statuses; a parameter or
request body that became required without a default (or a new required one); a property that became
required in a request body; a changed type, format or const; a raised minimum or lowered
maximum (parameters and request bodies); a removed enum value; a raised api-version
default or oldest accepted version (x-min-api-version).

Exits 1 when a breaking change is not recorded in CHANGELOG.md: recorded means a line
under `## [Unreleased]` that contains the word "breaking", names the operation (its
operationId; for a change inside a model, the model or an operation that uses it) and
names what changed: the parameter (`api-version`, `MaxResults`), the property (`Path`),
`path` or `status` (for a changed path or success status). Another breaking line about the
same operation does not record this change.
(oasdiff, the maintained tool, is a Go binary that no npm or PyPI package ships here.)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = "spec/servicefabric.yaml"
SCHEMA_REF = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# bound, and the sign of a change that narrows what a client may send
BOUNDS = (
    ("minimum", 1),
    ("exclusiveMinimum", 1),
    ("minLength", 1),
    ("minItems", 1),
    ("maximum", -1),
    ("exclusiveMaximum", -1),
    ("maxLength", -1),
    ("maxItems", -1),
)


@dataclass(frozen=True)
class Breaking:
    """One breaking change: the operation (or model) it concerns, where, and what."""

    subject: str
    where: str
    what: str
    models: tuple[str, ...] = ()
    """The models (components/schemas) the change is inside, outermost first."""

    def __str__(self) -> str:
        inside = f" [in {' > '.join(self.models)}]" if self.models else ""
        return f"{self.subject}: {self.where}: {self.what}{inside}"

    @property
    def changed(self) -> tuple[str, ...]:
        """The names of what changed, one of which a recording line must name: the
        parameter, the property, `path` or `status` (none for a removed operation or
        model, or a change to a whole body, which the subject names)."""
        listed = re.match(
            r"propert(?:y|ies) (?:became required: )?([\w, -]+?)(?: removed)?$",
            self.what,
        )
        if listed is not None:
            return tuple(listed.group(1).split(", "))
        member = re.match(r"\w+ member (\S+) removed", self.what)
        if member is not None:
            return (member.group(1),)
        if self.where in ("path", "responses"):
            return ("path",) if self.where == "path" else ("status",)
        if self.where.startswith("parameter "):
            return (self.where.split()[1],)
        properties = re.findall(r"\.([\w-]+)", self.where)
        return (properties[-1],) if properties else ()


def _deref(spec: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = spec
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in (spec.get("paths") or {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def _parameters(spec: dict[str, Any], path: str, op: dict[str, Any]) -> dict[str, Any]:
    shared = spec["paths"][path].get("parameters", [])
    resolved = [_deref(spec, p) for p in [*shared, *op.get("parameters", [])]]
    return {f"{p['in']} {p['name']}": p for p in resolved}


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if declared is None:
        return set()
    return {declared} if isinstance(declared, str) else set(declared)


def _members(schema: dict[str, Any], key: str) -> dict[str, Any]:
    """oneOf/anyOf/allOf members keyed by their model name, or their type when inline."""
    members = {}
    for index, member in enumerate(schema.get(key, [])):
        ref = member.get("$ref", "") if isinstance(member, dict) else ""
        if ref.startswith(SCHEMA_REF):
            label = ref.removeprefix(SCHEMA_REF)
        else:
            types = sorted(_types(member)) if isinstance(member, dict) else []
            label = f"type {'|'.join(types)}" if types else f"#{index}"
        members[label] = member
    return members


Finding = tuple[str, str, tuple[str, ...]]
"""(where, what, the models it is inside)"""


def compare_schemas(
    spec_old: dict[str, Any],
    spec_new: dict[str, Any],
    old: Any,
    new: Any,
    where: str,
    request: bool,
    models: tuple[str, ...] = (),
    seen: frozenset[tuple[str, str]] = frozenset(),
) -> Iterator[Finding]:
    """(where, what, models) for every breaking difference of new against old.

    request: the schema is sent by clients (a parameter or request body), so narrowing
    bounds and newly required properties break them; in a response they do not.
    """
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    if "$ref" in old and "$ref" in new:
        pair = (str(old["$ref"]), str(new["$ref"]))
        if pair in seen:
            return  # a recursive model: compared once on this path
        seen = seen | {pair}
    ref = old.get("$ref", "")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        models = (*models, ref.removeprefix(SCHEMA_REF))
    old, new = _deref(spec_old, old), _deref(spec_new, new)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return

    def recurse(was: Any, now: Any, spot: str) -> Iterator[Finding]:
        return compare_schemas(
            spec_old, spec_new, was, now, spot, request, models, seen
        )

    old_types, new_types = _types(old), _types(new)
    if old_types and old_types != new_types:
        was, now = "|".join(sorted(old_types)), "|".join(sorted(new_types)) or "any"
        yield where, f"type changed from {was} to {now}", models
    for word in ("format", "const"):
        if word in old and old.get(word) != new.get(word):
            what = f"{word} changed from {old[word]!r} to {new.get(word)!r}"
            yield where, what, models
    if "enum" in old and "enum" in new:
        removed = [value for value in old["enum"] if value not in new["enum"]]
        if removed:
            what = f"enum values removed: {', '.join(map(str, removed))}"
            yield where, what, models
    if request:
        for word, worse in BOUNDS:
            now_bound = _number(new.get(word))
            if now_bound is None:
                continue
            was_bound = _number(old.get(word))
            if was_bound is None or (now_bound - was_bound) * worse > 0:
                verb = "raised" if worse > 0 else "lowered"
                what = f"{word} {verb} from {old.get(word, 'none')} to {new[word]}"
                yield where, what, models
        added = sorted(set(new.get("required", [])) - set(old.get("required", [])))
        if added:
            yield where, f"properties became required: {', '.join(added)}", models
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    for name, schema in old_props.items():
        if name not in new_props:
            yield where, f"property {name} removed", models
        else:
            yield from recurse(schema, new_props[name], f"{where}.{name}")
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        yield from recurse(old["items"], new["items"], f"{where}[]")
    for word in ("oneOf", "anyOf", "allOf"):
        if word not in old or word not in new:
            continue
        old_members, new_members = _members(old, word), _members(new, word)
        for label, member in old_members.items():
            if label not in new_members:
                yield where, f"{word} member {label} removed", models
            else:
                yield from recurse(member, new_members[label], f"{where}({label})")


def _success(op: dict[str, Any]) -> list[str]:
    return sorted(str(s) for s in op.get("responses", {}) if str(s).startswith("2"))


def _json_schema(spec: dict[str, Any], node: Any) -> Any:
    content: dict[str, Any] = (_deref(spec, node) or {}).get("content", {})
    media: dict[str, Any] = content.get("application/json") or next(
        iter(content.values()), {}
    )
    return media.get("schema")


def _api_version(
    where: str, old: dict[str, Any], new: dict[str, Any]
) -> Iterator[tuple[str, str]]:
    """A raised default or x-min-api-version of an api-version parameter."""
    pairs = (
        (
            "api-version default",
            old["schema"].get("default"),
            new["schema"].get("default"),
        ),
        (
            "oldest accepted api-version",
            old.get("x-min-api-version"),
            new.get("x-min-api-version"),
        ),
    )
    for label, was, now in pairs:
        before, after = _number(was), _number(now)
        if before is not None and after is not None and after > before:
            yield where, f"{label} raised from {was} to {now}"


def _operation_changes(
    old: dict[str, Any],
    new: dict[str, Any],
    before: tuple[str, str, dict[str, Any]],
    after: tuple[str, str, dict[str, Any]],
) -> Iterator[Finding]:
    """The breaking changes of one operation present in both specs."""
    (method, path, op), (new_method, new_path, new_op) = before, after
    if (method, path) != (new_method, new_path):
        what = f"{method.upper()} {path} became {new_method.upper()} {new_path}"
        yield "path", what, ()
    if _success(op) != _success(new_op):
        was, now = ", ".join(_success(op)), ", ".join(_success(new_op)) or "none"
        yield "responses", f"success statuses changed from {was} to {now}", ()
    old_params = _parameters(old, path, op)
    new_params = _parameters(new, new_path, new_op)
    for key, parameter in old_params.items():
        where = f"parameter {parameter['name']} ({parameter['in']})"
        if key not in new_params:
            yield where, "parameter removed", ()
            continue
        now = new_params[key]
        # required with a default: clients send the default, callers need not change
        has_default = "default" in _deref(new, now.get("schema", {}))
        if now.get("required") and not parameter.get("required") and not has_default:
            yield where, "parameter became required", ()
        if parameter["name"] == "api-version":
            for spot, what in _api_version(where, parameter, now):
                yield spot, what, ()
        yield from compare_schemas(
            old, new, parameter.get("schema", {}), now.get("schema", {}), where, True
        )
    for key, parameter in new_params.items():
        if key not in old_params and parameter.get("required"):
            where = f"parameter {parameter['name']} ({parameter['in']})"
            yield where, "new required parameter", ()
    old_body = _deref(old, op.get("requestBody")) or {}
    new_body = _deref(new, new_op.get("requestBody")) or {}
    if old_body and not new_body:
        yield "request body", "request body removed", ()
    if new_body.get("required") and not old_body.get("required"):
        what = (
            "request body became required" if old_body else "new required request body"
        )
        yield "request body", what, ()
    was, now = _json_schema(old, old_body), _json_schema(new, new_body)
    if was is not None and now is not None:
        yield from compare_schemas(old, new, was, now, "request body", True)
    for status in sorted(set(_success(op)) & set(_success(new_op))):
        was = _json_schema(old, op["responses"][status])
        now = _json_schema(new, new_op["responses"][status])
        if was is not None and now is None:
            yield f"response {status}", "response body removed", ()
        elif was is not None and now is not None:
            yield from compare_schemas(old, new, was, now, f"response {status}", False)


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Breaking]:
    """Every breaking change for clients from the spec old to the spec new."""
    found: list[Breaking] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for op_id, (method, path, op) in old_ops.items():
        if op_id not in new_ops:
            found.append(
                Breaking(op_id, f"{method.upper()} {path}", "operation removed")
            )
            continue
        for where, what, models in _operation_changes(
            old, new, (method, path, op), new_ops[op_id]
        ):
            change = Breaking(op_id, where, what, models)
            if change not in found:
                found.append(change)
    new_models = (new.get("components") or {}).get("schemas") or {}
    for name in (old.get("components") or {}).get("schemas") or {}:
        if name not in new_models:
            found.append(Breaking(name, "components/schemas", "model removed"))
    return found


def unreleased(changelog: str) -> list[str]:
    """The entries of CHANGELOG.md's `## [Unreleased]` section: each line, with a list
    item's indented continuation lines joined to it."""
    entries: list[str] = []
    inside = False
    for line in changelog.splitlines():
        if line.startswith("## "):
            inside = line.lower().startswith("## [unreleased]")
            continue
        if not inside:
            continue
        if entries and line.startswith("  ") and line.strip():
            entries[-1] += " " + line.strip()
        else:
            entries.append(line)
    return entries


def _names(line: str, names: list[str] | tuple[str, ...]) -> bool:
    return any(
        re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line) for name in names
    )


def recorded(change: Breaking, changelog: str) -> bool:
    """An entry under [Unreleased] says "breaking" and names the operation (or model)
    and what changed (change.changed)."""
    return any(
        re.search(r"\bbreaking\b", line, re.IGNORECASE)
        and _names(line, [change.subject, *change.models])
        and (not change.changed or _names(line, change.changed))
        for line in unreleased(changelog)
    )


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def default_base() -> str:
    """The last tag reachable from HEAD, else HEAD~1."""
    tag = _git("describe", "--tags", "--abbrev=0")
    return tag.stdout.strip() if tag.returncode == 0 else "HEAD~1"


def spec_at(ref: str) -> dict[str, Any]:
    shown = _git("show", f"{ref}:{SPEC}")
    if shown.returncode != 0:
        raise SystemExit(
            f"breaking: cannot read {SPEC} at {ref}: {shown.stderr.strip()}"
        )
    loaded: dict[str, Any] = yaml.safe_load(shown.stdout)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--base", help="git ref (default: the last tag, else HEAD~1)")
    source.add_argument("--old", type=Path, help="the old spec, a file")
    parser.add_argument("--spec", type=Path, default=ROOT / SPEC, help="the new spec")
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    args = parser.parse_args(argv)

    if args.old is not None:
        base = str(args.old)
        old = yaml.safe_load(args.old.read_text(encoding="utf-8"))
    else:
        base = args.base or default_base()
        old = spec_at(base)
    new = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    changelog = (
        args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else ""
    )
    changes = breaking_changes(old, new)
    if not changes:
        print(f"no breaking changes against {base}")
        return 0
    missing = [change for change in changes if not recorded(change, changelog)]
    for change in changes:
        status = "not recorded" if change in missing else "recorded in CHANGELOG.md"
        print(f"breaking ({status}): {change}")
    if missing:
        print(
            f"\n{len(missing)} breaking change(s) against {base} not recorded: add a line"
            " under ## [Unreleased] in CHANGELOG.md naming the operation and what"
            ' changed (as listed above) and saying "breaking", or undo the change.',
            file=sys.stderr,
        )
        return 1
    print(f"{len(changes)} breaking change(s) against {base}, all recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
