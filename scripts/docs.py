"""Render the two HTML references into docs/: `make docs` (also part of `make generate`).

    docs/api/index.html   the HTTP API reference: Redocly build-docs of the spec, with
                          Redoc's script inlined (--inlineBundle) instead of imported from
                          Redocly's CDN, so the page renders with no network at all
    docs/python/          the Python API reference: pdoc of sfrest and sfrest.testing from
                          their docstrings, without "View Source" and without search

Both are byte-deterministic, so both are committed and tests/test_docs.py fails when they
are stale. pdoc runs with PYTHONHASHSEED=0 because a frozenset default
(TERMINAL_STATES) is shown in hash order. The pages are pinned tools' output: Redocly CLI
by package-lock.json, pdoc by constraints.txt, and the pdoc pages also by the Python
version of .venv (3.11 on the project's machines).

    python scripts/docs.py                 # writes docs/
    python scripts/docs.py --out DIR       # writes DIR/api/index.html and DIR/python/
"""

from __future__ import annotations

import argparse
import inspect
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "servicefabric.yaml"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
# build-docs' arguments after the spec: --inlineBundle embeds redoc.standalone.js
REDOCLY_ARGS = ["--inlineBundle"]
# the modules of docs/python/: the public package and the emulator
PDOC_MODULES = ["sfrest", "sfrest.testing"]
# docs/pdoc/: the template that shows what the clients and handles inherit from sfrest's
# private modules (the constructor, close(), wait()...), which pdoc's default leaves out.
# No "View Source" and no search (a search index is a second, larger file to keep current).
PDOC_TEMPLATES = ROOT / "docs" / "pdoc"


def redocly_env() -> dict[str, str]:
    """No usage data leaves the machine (the page's own telemetry is off too), no notices."""
    return {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_COLOR": "1",
    }


def build_api(output: Path) -> subprocess.CompletedProcess[str]:
    """docs/api/index.html (or `output`) from the spec, the Redoc bundle inlined."""
    if not REDOCLY.exists():
        raise SystemExit(f"{REDOCLY} is missing: run `make node` (npm ci)")
    command = [str(REDOCLY), "build-docs", str(SPEC), *REDOCLY_ARGS]
    return subprocess.run(
        [*command, "--output", str(output)],
        cwd=ROOT,
        env=redocly_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def build_python(output: Path) -> subprocess.CompletedProcess[str]:
    """docs/python/ (or `output`, emptied first) from the docstrings of this checkout.

    pdoc runs in a child interpreter (render_python below) with PYTHONHASHSEED=0 and this
    tree's src/ and generated/ first on its path (an editable install points here anyway).
    """
    if output.exists():
        shutil.rmtree(output)
    path = [str(ROOT / "src"), str(ROOT / "generated")]
    env = {
        **os.environ,
        "PYTHONHASHSEED": "0",
        "PYTHONPATH": os.pathsep.join(path),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--render-python", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def constructor_docs(cls: Any) -> list[dict[str, str]]:
    """For the template: the docstrings of the private sfrest classes a constructor comes from.

    ServiceFabricClient inherits __init__ from sfrest._client.SyncCore, whose arguments
    ClientBase's docstring describes: both docstrings, in MRO order from the class that
    defines __init__, as {"docstring", "qualname"} for pdoc's docstring macro.
    """
    mro = [c for c in inspect.getmro(cls.obj) if "__init__" in vars(c)]
    if not mro or mro[0] is cls.obj:
        return []
    start = inspect.getmro(cls.obj).index(mro[0])
    return [
        {"docstring": args_as_list(c.__doc__), "qualname": f"{cls.qualname}.__init__"}
        for c in inspect.getmro(cls.obj)[start:]
        if c.__module__.split(".")[0] in ("sfrest", "sfrest_generated")
        and c.__module__ not in PDOC_MODULES
        and c.__doc__
    ]


def args_as_list(docstring: str) -> str:
    """A docstring whose `Args...:` section (`name: text` lines, indented, continued deeper)
    becomes a Markdown list, one item an argument; the rest is left as it is."""
    out: list[str] = []
    # in an Args section: the items' indentation (0 until the first item); else None
    indent: int | None = None
    for line in inspect.cleandoc(docstring).splitlines():
        depth = len(line) - len(line.lstrip())
        if indent is not None and line.strip() and depth == 0:
            indent = None  # the section ended
        if indent is None or not line.strip():
            out.append(line)
            if re.fullmatch(r"Args\b.*:", line.strip()):
                indent = 0
                out.append("")
            continue
        indent = indent or depth
        name, colon, text = line.strip().partition(": ")
        item = depth == indent and colon
        out.append(f"- `{name}`: {text}" if item else f"  {line.strip()}")
    return "\n".join(out)


def render_python(output: Path) -> None:
    """The pdoc run itself (in the child): sfrest and sfrest.testing into `output`."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(
        docformat="restructuredtext",
        show_source=False,
        search=False,
        template_directory=PDOC_TEMPLATES,
    )
    pdoc.render.env.globals["constructor_docs"] = constructor_docs
    pdoc.pdoc(*PDOC_MODULES, output_directory=output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs", help="default: docs/"
    )
    parser.add_argument("--render-python", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.render_python:
        render_python(args.render_python)
        return 0
    out: Path = args.out.resolve()
    (out / "api").mkdir(parents=True, exist_ok=True)
    for what, done in (
        ("api/index.html", build_api(out / "api" / "index.html")),
        ("python/", build_python(out / "python")),
    ):
        if done.returncode != 0:
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
            print(f"docs: {what} failed", file=sys.stderr)
            return 1
        print(f"docs: wrote {out / what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
