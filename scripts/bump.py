"""Raise operations' api-version in spec/servicefabric.yaml: `make bump ARGS="..."`.

    python scripts/bump.py --operation RestorePartition --api-version 9.1
    python scripts/bump.py --tag BackupRestore --api-version 9.1 --min-api-version 6.4
    python scripts/bump.py --operation RestorePartition --api-version 9.1 \\
        --message "Breaking: needs a 9.1 cluster; adds Latest." --no-test

Api-version parameters are shared components (ApiVersionFaults, ApiVersionBackupRestore).
Bumping only some of a component's operations points them at a component of their own,
named after its family and version (ApiVersionBackupRestore_9_1), created next to the old
one or reused when it already says the same; a family component whose every operation is
bumped changes in place, and a component left unused is removed. The YAML is edited
round-trip (ruamel.yaml): comments, quotes and layout stay as they were.

Then: scripts/generate.py regenerates generated/, docs/ (scripts/docs.py) is rebuilt when
node_modules/ is there, CHANGELOG.md gets a line under [Unreleased] naming the operations
and versions, and pytest runs (skip with --no-test). Raising a default is a breaking
change for clients of older clusters: `make breaking` fails until that line says
"breaking" (--message can say it).
"""

from __future__ import annotations

import argparse
import copy
import io
import re
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "servicefabric.yaml"
CHANGELOG = ROOT / "CHANGELOG.md"
PARAMETER_REF = "#/components/parameters/"
VERSION = re.compile(r"\d+\.\d+")
SUFFIX = re.compile(r"_\d+_\d+(?:_min_\d+_\d+)?$")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Change:
    """One operation's api-version change."""

    operation: str
    old_default: str
    new_default: str
    old_min: str
    new_min: str
    parameter: str


def yaml_round_trip() -> YAML:
    """A ruamel.yaml that writes the spec back byte for byte when nothing changed."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(
        type(None),
        lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"),
    )
    return yaml


def load(path: Path) -> Any:
    return yaml_round_trip().load(path.read_text(encoding="utf-8"))


def dump(spec: Any) -> str:
    buffer = io.StringIO()
    yaml_round_trip().dump(spec, buffer)
    return buffer.getvalue()


def version(text: str) -> Decimal:
    """An api-version as the gateway compares it: a number (6.10 == 6.1)."""
    if not VERSION.fullmatch(text):
        raise SystemExit(f"bump: {text!r} is not an api-version like 9.1")
    return Decimal(text)


def operations(spec: Any) -> dict[str, Any]:
    return {
        operation["operationId"]: operation
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    }


def select(spec: Any, names: list[str], tag: str | None) -> list[str]:
    """The operationIds named, or every operation of the tag, in spec order."""
    known = operations(spec)
    unknown = [name for name in names if name not in known]
    if unknown:
        raise SystemExit(f"bump: no operation {', '.join(unknown)} in the spec")
    chosen = [
        op_id
        for op_id, op in known.items()
        if op_id in names or (tag is not None and tag in op.get("tags", []))
    ]
    if not chosen:
        raise SystemExit(f"bump: no operation has the tag {tag!r}")
    return chosen


def api_version_parameter(spec: Any, operation: Any) -> tuple[Any, str]:
    """(the operation's parameter list entry, the component name) of its api-version."""
    components = spec["components"]["parameters"]
    for entry in operation.get("parameters", []):
        ref = entry.get("$ref", "")
        name = ref.removeprefix(PARAMETER_REF)
        if ref.startswith(PARAMETER_REF) and components[name]["name"] == "api-version":
            return entry, name
        if entry.get("name") == "api-version":
            break
    raise SystemExit(
        f"bump: {operation['operationId']} has no api-version parameter $ref to"
        " components/parameters"
    )


def _users(spec: Any, component: str) -> list[str]:
    ref = PARAMETER_REF + component
    return [
        op_id
        for op_id, op in operations(spec).items()
        if any(entry.get("$ref") == ref for entry in op.get("parameters", []))
    ]


def _name(family: str, default: str, minimum: str, taken: Any) -> str:
    name = f"{family}_{default.replace('.', '_')}"
    existing = taken.get(name)
    if existing is None or str(existing.get("x-min-api-version")) == minimum:
        return name
    return f"{name}_min_{minimum.replace('.', '_')}"


def bump(
    spec: Any, names: list[str], default: str, minimum: str | None = None
) -> list[Change]:
    """Points the operations at an api-version component with this default (and minimum)."""
    components = spec["components"]["parameters"]
    new_default = version(default)
    changes: list[Change] = []
    groups: dict[str, list[str]] = {}
    for op_id in names:
        groups.setdefault(
            api_version_parameter(spec, operations(spec)[op_id])[1], []
        ).append(op_id)
    for old_name, group in groups.items():
        old = components[old_name]
        old_default = str(old["schema"]["default"])
        old_min = str(old.get("x-min-api-version", old_default))
        new_min = minimum if minimum is not None else old_min
        if version(new_min) > new_default:
            raise SystemExit(f"bump: the oldest version {new_min} is above {default}")
        if new_default < version(old_default):
            raise SystemExit(
                f"bump: {', '.join(group)} already send {old_default}, above {default}"
            )
        if version(old_default) == new_default and version(old_min) == version(new_min):
            continue
        family = SUFFIX.sub("", old_name)
        every = sorted(_users(spec, old_name)) == sorted(group)
        if every and family == old_name:
            target = old_name  # the whole family moves: change it in place
        else:
            target = _name(family, default, new_min, components)
        if target not in components:
            created = copy.deepcopy(old)
            components.insert(list(components).index(old_name) + 1, target, created)
        parameter = components[target]
        parameter["schema"]["default"] = DoubleQuotedScalarString(default)
        parameter["x-min-api-version"] = DoubleQuotedScalarString(new_min)
        if new_min != old_min and old_min in str(parameter.get("description", "")):
            print(f"note: review {target}'s description: it names {old_min}")
        for op_id in group:
            entry, _ = api_version_parameter(spec, operations(spec)[op_id])
            entry["$ref"] = DoubleQuotedScalarString(PARAMETER_REF + target)
            changes.append(
                Change(op_id, old_default, default, old_min, new_min, target)
            )
        if target != old_name and not _users(spec, old_name):
            del components[old_name]
    return changes


def changelog_lines(changes: list[Change], message: str | None) -> list[str]:
    """One Keep a Changelog line per (old default, old minimum, new) group of operations."""
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for change in changes:
        key = (change.old_default, change.new_default, change.old_min, change.new_min)
        groups.setdefault(key, []).append(change.operation)
    lines = []
    for (old_default, new_default, old_min, new_min), ops in groups.items():
        oldest = (
            f"oldest accepted {old_min}"
            if old_min == new_min
            else f"oldest accepted {old_min} → {new_min}"
        )
        line = (
            f"- {', '.join(ops)}: api-version {old_default} → {new_default} ({oldest})."
        )
        lines.append(f"{line} {message.strip()}" if message else line)
    return lines


def add_to_unreleased(text: str, lines: list[str], heading: str = "Changed") -> str:
    """text with lines appended to `### heading` of `## [Unreleased]` (both made if absent)."""
    rows = text.splitlines()
    start = next(
        (i for i, row in enumerate(rows) if row.lower().startswith("## [unreleased]")),
        None,
    )
    if start is None:
        first = next(
            (i for i, row in enumerate(rows) if row.startswith("## ")), len(rows)
        )
        rows[first:first] = ["## [Unreleased]", ""]
        start = first
    end = next(
        (i for i in range(start + 1, len(rows)) if rows[i].startswith("## ")), len(rows)
    )
    sub = next(
        (i for i in range(start + 1, end) if rows[i].strip() == f"### {heading}"), None
    )
    if sub is None:
        while end > start + 1 and not rows[end - 1].strip():
            end -= 1
        rows[end:end] = ["", f"### {heading}", ""]
        sub = end + 1
        end += 3
    stop = next(
        (i for i in range(sub + 1, end) if rows[i].startswith("#")),
        end,
    )
    while stop > sub + 1 and not rows[stop - 1].strip():
        stop -= 1
    if stop == sub + 1:
        lines = ["", *lines]
    rows[stop:stop] = lines
    out = "\n".join(rows).rstrip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", out)


def _run(command: list[str]) -> int:
    print("+", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def _docs() -> int:
    """docs/ as `make docs` writes it (scripts/docs.py): both references follow the spec."""
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        print("docs/ not rebuilt: node_modules/ is missing; run `make docs`")
        return 0
    return _run([sys.executable, str(ROOT / "scripts" / "docs.py")])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    chosen = parser.add_mutually_exclusive_group(required=True)
    chosen.add_argument(
        "--operation", action="append", default=[], help="an operationId"
    )
    chosen.add_argument("--tag", help="every operation of this tag")
    parser.add_argument(
        "--api-version", required=True, help="the new default, e.g. 9.1"
    )
    parser.add_argument("--min-api-version", help="the new oldest accepted version")
    parser.add_argument("--message", help="appended to the CHANGELOG line")
    parser.add_argument("--no-test", action="store_true", help="do not run pytest")
    args = parser.parse_args(argv)

    spec = load(SPEC)
    names = select(spec, args.operation, args.tag)
    changes = bump(spec, names, args.api_version, args.min_api_version)
    if not changes:
        print(
            f"{', '.join(names)} already at api-version {args.api_version}: nothing to do"
        )
        return 0
    SPEC.write_text(dump(spec), encoding="utf-8")
    for change in changes:
        print(
            f"{change.operation}: api-version {change.old_default} → {change.new_default}"
            f" (oldest {change.old_min} → {change.new_min}) via {change.parameter}"
        )
    if _run([sys.executable, str(ROOT / "scripts" / "generate.py")]) != 0:
        return 1
    if _docs() != 0:
        return 1
    changelog = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    lines = changelog_lines(changes, args.message)
    CHANGELOG.write_text(add_to_unreleased(changelog, lines), encoding="utf-8")
    print("CHANGELOG.md [Unreleased]:", *lines, sep="\n  ")
    raised = [
        c.operation for c in changes if version(c.new_default) > version(c.old_default)
    ]
    if raised and not re.search(r"\bbreaking\b", args.message or "", re.IGNORECASE):
        print(
            f"note: a raised default api-version ({', '.join(raised)}) is a breaking"
            " change for clients of older clusters: `make breaking` fails until the"
            ' CHANGELOG line says "breaking".'
        )
    if args.no_test:
        return 0
    return _run([sys.executable, "-m", "pytest", "-q"])


if __name__ == "__main__":
    sys.exit(main())
