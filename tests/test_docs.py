"""The HTML API reference: Redocly build-docs renders the spec, and docs/api/ is current.

The page is byte-deterministic (pinned Redocly CLI), so docs/api/index.html is committed
and `make docs` (part of `make generate`) rewrites it.
"""

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPEC_PATH
from node_tools import npx

COMMITTED = ROOT / "docs" / "api" / "index.html"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("docs") / "index.html"
    built = npx("redocly", "build-docs", SPEC_PATH, "--output", out)
    assert built.returncode == 0, built.stdout + built.stderr
    return out.read_text(encoding="utf-8")


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for op in item.values()]


def test_the_page_names_all_32_operations(page: str, spec: dict[str, Any]) -> None:
    operations = _operations(spec)
    assert len(operations) == 32  # the 14 fault and backup operations, 18 drill ones
    for operation in operations:
        # the definition the page renders from, operation by operation
        assert f'"operationId":"{operation["operationId"]}"' in page
        assert json.dumps(operation["summary"])[1:-1] in page
    assert f"<title>{spec['info']['title']}</title>" in page


def test_the_page_is_prerendered_html(page: str, spec: dict[str, Any]) -> None:
    text = re.sub(r"<[^>]+>", " ", page)
    assert spec["info"]["summary"] in text
    assert "Faults" in text
    assert "BackupRestore" in text


def test_committed_docs_are_current(page: str) -> None:
    assert COMMITTED.is_file(), "docs/api/index.html is missing: run `make docs`"
    assert COMMITTED.read_text(encoding="utf-8") == page, (
        "docs/api/index.html is stale: run `make docs` (or `make generate`) and commit"
    )


def test_build_is_deterministic(page: str, tmp_path: Path) -> None:
    again = tmp_path / "again.html"
    built = npx("redocly", "build-docs", SPEC_PATH, "--output", again)
    assert built.returncode == 0, built.stderr
    assert again.read_text(encoding="utf-8") == page
