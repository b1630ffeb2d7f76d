"""Golden record: scripts/generate.py renders tests/golden/spec.yaml byte for byte as committed.

A change to templates/, to the pipeline or to a pinned generator shows up here as a
reviewable diff of tests/golden/expected/ rather than as a surprise in generated/.
"""

import ast
import importlib
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import ROOT, load_script
from pytest_httpx import HTTPXMock

import sfrest
from sfrest import cli

GOLDEN = ROOT / "tests" / "golden"
UPDATE = "python scripts/generate.py --spec tests/golden/spec.yaml --out tests/golden/expected --package golden_client"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return load_script("generate")


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
    models = "".join(  # one module per model, imported on first use
        path.read_text(encoding="utf-8") for path in sorted(package.glob("models/*.py"))
    )
    client = (package / "sync_client.py").read_text(encoding="utf-8")
    commands = (package / "commands.py").read_text(encoding="utf-8")
    flags = (package / "flags.py").read_text(encoding="utf-8")
    assert 'MIN_API_VERSION = "3.0"' in start
    assert 'PATH = "/Jobs/{job_id}/$/Start"' in start
    assert "SUCCESS_STATUS = 202" in start
    assert 'IDEMPOTENCY_KEY = "OperationId"' in start  # x-idempotency-key
    assert '"convention": "node-name"' in start  # x-name-convention
    assert '"minimum": 0,' in start
    assert "-> Operation[JobProgress]:" in client  # the progress link
    assert "state_filter: JobStateFilter | int = JobStateFilter.ALL" in client
    assert "class JobStateFilter(enum.IntFlag):" in flags  # x-flags
    assert '"job",\n        "start",' in commands  # x-cli-command
    assert "JobProgress.model_validate_json(response.content)" in get
    assert "def _missing_(cls, value: object) -> JobState | None:" in models
    assert "result: Annotated[JobResult | None" in models
    assert "coerce_numbers_to_str=True" in models
    assert "from .job_result import JobResult" in models
    assert '"JobProgress": "job_progress",' in models
    provenance = json.loads(
        (GOLDEN / "expected" / "provenance.json").read_text(encoding="utf-8")
    )
    assert provenance["spec"] == "tests/golden/spec.yaml"


NEW_OPERATION = """
  /Jobs/{jobId}/$/GetLog:
    get:
      operationId: GetJobLog
      x-idempotent: true
      tags: [Jobs]
      summary: Gets a job's log.
      parameters:
        - $ref: "#/components/parameters/JobId"
        - $ref: "#/components/parameters/ApiVersion"
        - $ref: "#/components/parameters/Timeout"
        - name: Level
          in: query
          required: true
          description: How much to log.
          schema:
            $ref: "#/components/schemas/JobMode"
      responses:
        "200":
          description: The log.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/JobResult"
        default:
          $ref: "#/components/responses/FabricError"
"""
JOB = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
SURFACES: dict[str, Any] = {}
"""The surface render() returned for the added spec (chaossfrest's activities come from it)."""


@pytest.fixture(scope="module")
def added(
    generate: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ModuleType]:
    """The golden spec with one more operation, rendered and imported: nothing else edited."""
    tmp = tmp_path_factory.mktemp("added")
    text = (GOLDEN / "spec.yaml").read_text(encoding="utf-8")
    spec = tmp / "spec.yaml"
    spec.write_text(text.replace("\npaths:\n", "\npaths:" + NEW_OPERATION, 1))
    path = os.environ["PATH"]
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{path}"
    try:
        SURFACES["added"] = generate.render(spec, tmp / "out", "golden_added")
    finally:
        os.environ["PATH"] = path
    sys.path.insert(0, str(tmp / "out"))
    try:
        yield importlib.import_module("golden_added")
    finally:
        sys.path.remove(str(tmp / "out"))


def test_a_new_operation_reaches_both_clients_and_the_command_line(
    added: ModuleType, httpx_mock: HTTPXMock, capsys: pytest.CaptureFixture[str]
) -> None:
    sync_client = importlib.import_module("golden_added.sync_client")
    commands = importlib.import_module("golden_added.commands")
    httpx_mock.add_response(json={"ErrorCode": 0}, is_reusable=True)
    with sync_client.ServiceFabricClient() as client:
        assert client.get_job_log(JOB, "Full").error_code == 0
        for bad in ({"job_id": "not-a-guid"}, {"level": "Loud"}):
            with pytest.raises(sfrest.InvalidArgumentError):
                client.get_job_log(**{"job_id": JOB, "level": "Full", **bad})
    out, err = io.StringIO(), io.StringIO()
    argv = ["jobs", "get-job-log", "--job-id", JOB, "--level", "Partial"]
    assert cli.main(argv, stdout=out, stderr=err, commands=commands) == 0
    assert json.loads(out.getvalue()) == {"ErrorCode": 0}
    first, second = httpx_mock.get_requests()  # the bad calls sent nothing
    for request, level in ((first, "Full"), (second, "Partial")):
        assert (request.method, request.url.path) == ("GET", f"/Jobs/{JOB}/$/GetLog")
        assert dict(request.url.params) == {
            "api-version": "6.0",
            "Level": level,
            "timeout": "60",
        }
    with pytest.raises(SystemExit):
        cli.main(["jobs", "get-job-log", "--help"], commands=commands)
    help_text = capsys.readouterr().out
    assert "--level {Partial,Full}" in help_text
    assert "How much to log" in help_text


@pytest.mark.anyio
async def test_a_new_operation_reaches_the_async_client(
    added: ModuleType, httpx_mock: HTTPXMock
) -> None:
    async_client = importlib.import_module("golden_added.async_client")
    httpx_mock.add_response(json={"ErrorCode": -1})
    async with async_client.AsyncServiceFabricClient(
        transport=httpx.AsyncHTTPTransport()
    ) as client:
        assert (await client.get_job_log(JOB, "Partial")).error_code == -1
        with pytest.raises(sfrest.InvalidArgumentError):
            await client.get_job_log("nope", "Partial")
    request = httpx_mock.get_request()
    assert request is not None and request.url.params["Level"] == "Partial"


def test_a_new_operation_is_a_chaos_toolkit_probe_too(added: ModuleType) -> None:
    """chaostoolkit-sfrest's activities come from the same surface: GetJobLog is a probe."""
    texts = load_script("chaostoolkit").render(
        SURFACES["added"], ROOT / "templates" / "chaostoolkit"
    )
    tree = ast.parse(texts["probes.py"])
    found = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert "get_job_log" in found
    assert "get_job_log" not in {
        n.name
        for n in ast.parse(texts["actions.py"]).body
        if isinstance(n, ast.FunctionDef)
    }
    names = [a.arg for a in found["get_job_log"].args.args]
    assert names[:2] == ["job_id", "level"]
    assert names[-2:] == ["configuration", "secrets"]
    assert (
        '"get_job_log",' in texts["probes.py"].split("__all__ = [", 1)[1].split("]")[0]
    )
