"""Golden record: scripts/generate.py renders tests/golden/spec.yaml byte for byte as committed.

A change to templates/, to the pipeline or to a pinned generator shows up here as a
reviewable diff of tests/golden/expected/ rather than as a surprise in generated/.
"""

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = "python scripts/generate.py --spec tests/golden/spec.yaml --out tests/golden/expected --package golden_client"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "sfrest_generate_script", ROOT / "scripts" / "generate.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def rendered(
    generate: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    # like main(): the post hooks and datamodel-codegen's formatters run this venv's pinned ruff
    monkeypatch.setenv(
        "PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    )
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    generate.render(GOLDEN / "spec.yaml", out, "golden_client")
    return out


def test_golden_record(generate: ModuleType, rendered: Path) -> None:
    problems = generate._diff(GOLDEN / "expected", rendered)
    assert problems == [], "\n".join(
        [*problems, f"the golden record is stale: if intended, run `{UPDATE}`"]
    )


def test_golden_record_covers_the_template_features() -> None:
    package = GOLDEN / "expected" / "golden_client"
    start = (package / "api" / "jobs" / "start_job.py").read_text(encoding="utf-8")
    get = (package / "api" / "jobs" / "get_job_progress.py").read_text(encoding="utf-8")
    models = (package / "models.py").read_text(encoding="utf-8")
    assert 'MIN_API_VERSION = "3.0"' in start
    assert 'PATH = "/Jobs/{job_id}/$/Start"' in start
    assert "SUCCESS_STATUS = 202" in start
    assert "JobProgress.model_validate_json(response.content)" in get
    assert "def _missing_(cls, value: object) -> JobState | None:" in models
    assert "result: Annotated[JobResult | None" in models
    assert "coerce_numbers_to_str=True" in models
    provenance = json.loads(
        (GOLDEN / "expected" / "provenance.json").read_text(encoding="utf-8")
    )
    assert provenance["spec"] == "tests/golden/spec.yaml"
