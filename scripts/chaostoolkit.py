"""chaostoolkit-sfrest's rendered half: chaossfrest/actions.py and chaossfrest/probes.py.

Called by scripts/generate.py with the surface it rendered the clients from: every Get*
operation becomes a probe, every other one an action, named as the client's method and
taking its arguments as plain JSON values (ids as strings, enums as their names,
durations as seconds). templates/chaostoolkit/activities.py.jinja renders both modules;
the calls themselves go through chaossfrest._activity (hand-written, once).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

HEADER = "# generated from spec/ by make generate — do not edit\n"


@dataclass
class Param:
    """One argument of an activity: the client method's, as a JSON value."""

    name: str
    annotation: str
    default: str | None
    """The default's Python code; None: required."""
    help: str


@dataclass
class Activity:
    name: str
    kind: str
    """action or probe"""
    summary: str
    description: str
    params: list[Param]
    returns: str
    wait: bool
    """A Start* (or backup/restore) whose handle can be waited on."""
    fault: bool
    """Its handle has an OperationId (a fault operation)."""


def json_annotation(annotation: str) -> str:
    """The JSON type an activity takes for a client annotation (`UUID | str`, `X | str`
    for an enum, `timedelta | int` for a duration, a model's name, `list[...]`)."""
    parts = [p for p in annotation.split(" | ") if p != "None"]
    if any(p.startswith("list[") for p in parts):
        return "list[Any]"
    if "timedelta" in parts or "float" in parts:
        return "int" if "float" not in parts else "float"
    if "str" in parts:
        return "str"
    if "int" in parts:
        return "int"
    if parts == ["bool"]:
        return "bool"
    return "dict[str, Any]"


def _default(arg: Any, flags: dict[str, dict[str, int]]) -> str | None:
    if arg.default is None:
        return None
    if arg.flags and arg.default.startswith(f"{arg.flags}."):
        return repr(flags[arg.flags][arg.default.split(".", 1)[1]])
    return str(arg.default)


def activities(surface: Any) -> list[Activity]:
    """One activity per client method, in the spec's order."""
    out: list[Activity] = []
    for method in surface.methods:
        params: list[Param] = []
        for arg in method.args:
            annotation = json_annotation(arg.annotation)
            default = _default(arg, surface.flags)
            params.append(
                Param(
                    arg.name,
                    f"{annotation} | None" if default == "None" else annotation,
                    default,
                    arg.help,
                )
            )
        if method.key:
            params.append(
                Param(
                    method.key,
                    "str | None",
                    "None",
                    "The operation's GUID; a new one when not given",
                )
            )
        params.append(
            Param("timeout", "int | None", "None", "The server timeout in seconds")
        )
        params.append(
            Param(
                "api_version",
                "str | None",
                "None",
                "The api-version to send instead of the operation's default",
            )
        )
        params.sort(key=lambda p: p.default is not None)
        handle = method.handle is not None
        fault = handle and "cancel" in method.handle
        value = "list[Any]" if method.returns.startswith("list[") else "dict[str, Any]"
        if handle:  # the OperationId, or with wait the terminal progress
            returns = "str | dict[str, Any]" if fault else "dict[str, Any] | None"
        elif method.returns == "None":
            returns = "None"
        else:
            returns = f"{value} | None" if method.returns.endswith("| None") else value
        out.append(
            Activity(
                name=method.name,
                kind="probe" if method.name.startswith("get_") else "action",
                summary=method.summary,
                description=method.description,
                params=params,
                returns=returns,
                wait=handle,
                fault=fault,
            )
        )
    return out


def render(surface: Any, templates: Path) -> dict[str, str]:
    """actions.py and probes.py, formatted by the pinned ruff: file name -> text."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    template = env.get_template("activities.py.jinja")
    every = activities(surface)
    texts: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="chaossfrest-") as tmp:
        for kind, module in (("action", "actions.py"), ("probe", "probes.py")):
            path = Path(tmp) / module
            chosen = [a for a in every if a.kind == kind]
            path.write_text(
                HEADER + template.render(kind=kind, activities=chosen),
                encoding="utf-8",
            )
        ruff = str(Path(sys.executable).with_name("ruff"))
        for command in (
            [
                "check",
                "--fix-only",
                "--select",
                "I",
                "--config",
                "lint.isort.known-first-party = ['chaossfrest', 'sfrest']",
                "--no-cache",
                "--quiet",
            ],
            ["format", "--no-cache", "--quiet"],
        ):
            subprocess.run(
                [ruff, *command, "--isolated", tmp], check=True, capture_output=True
            )
        for module in ("actions.py", "probes.py"):
            texts[module] = (Path(tmp) / module).read_text(encoding="utf-8")
    return texts
