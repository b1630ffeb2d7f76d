"""Shared fixtures: the repository root, the parsed spec, the seed example bodies."""

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

# a shared machine can be slow to make inputs: a health check of its speed, not of sfrest
settings.register_profile("sfrest", suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("sfrest")

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "servicefabric.yaml"
FIXTURES = ROOT / "tests" / "fixtures"


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as a module (once per session; dataclasses look their module up)."""
    module_name = f"sfrest_script_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(
        module_name, ROOT / "scripts" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


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
