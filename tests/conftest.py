"""Shared fixtures: the repository root, the parsed spec, the seed example bodies."""

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "servicefabric.yaml"
FIXTURES = ROOT / "tests" / "fixtures"


def load_fixture(name: str) -> Any:
    """A seed example body from tests/fixtures/, parsed."""
    return json.loads((FIXTURES / name).read_bytes())


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
