"""`make lint-spec`: the spec passes Redocly's rules, and an inline parameter is refused
with the reason (rule/parameters-are-refs in redocly.yaml)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT, SPEC_PATH
from node_tools import npx


def _lint(spec: Path, cwd: Path) -> tuple[int, str]:
    done = npx("redocly", "lint", spec.relative_to(cwd), cwd=cwd)
    return done.returncode, done.stdout + done.stderr


def test_the_spec_is_lint_clean() -> None:
    code, output = _lint(SPEC_PATH, ROOT)
    assert code == 0, output


def test_an_inline_parameter_is_refused_with_the_reason(tmp_path: Path) -> None:
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")
    text = SPEC_PATH.read_text(encoding="utf-8")
    first = text.index('- $ref: "#/components/parameters/')
    indent = " " * (first - text.rindex("\n", 0, first) - 1)
    lines = (
        "- name: Inline",
        "  in: query",
        "  description: d",
        "  schema: {type: string}",
    )
    inline = "".join(f"{line}\n{indent}" for line in lines)
    (tmp_path / "spec.yaml").write_text(text[:first] + inline + text[first:])
    code, output = _lint(tmp_path / "spec.yaml", tmp_path)
    assert code != 0
    assert "rule/parameters-are-refs" in output
    assert "must be a $ref to components/parameters" in output
    assert output.count("must be a $ref") == 1  # the $ref'd ones pass
