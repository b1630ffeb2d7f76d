"""The TypeScript client of clients/typescript/: tsc --strict, node --test over every
conformance case, and its drill against the emulator over loopback (`make drill-ts`).

Compiled by the pinned tsc into a folder under clients/typescript/build/ (ignored by git),
where node finds openapi-fetch in node_modules/; nothing is fetched.
"""

import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from node_tools import npx

from sfrest.testing import CALC_PARTITIONS, Emulator

PACKAGE = ROOT / "clients" / "typescript"
CASES = json.loads(
    (ROOT / "generated" / "contract" / "conformance.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def build() -> Iterator[Path]:
    """The package compiled by tsc -p clients/typescript/tsconfig.json (strict)."""
    (PACKAGE / "build").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pytest-", dir=PACKAGE / "build"))
    compiled = npx("tsc", "-p", PACKAGE / "tsconfig.json", "--outDir", folder)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    assert compiled.stdout + compiled.stderr == ""
    yield folder / "clients" / "typescript"
    shutil.rmtree(folder)


def _node(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node is not None, "node not found on PATH: install Node.js 20.19+"
    return subprocess.run(
        [node, *map(str, args)],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_tsconfig_is_strict() -> None:
    options = json.loads((PACKAGE / "tsconfig.json").read_text(encoding="utf-8"))
    assert options["compilerOptions"]["strict"] is True
    assert "../../generated/typescript" in options["include"]


def test_node_test_passes_every_conformance_case(build: Path) -> None:
    result = _node("--test", build / "test")
    counts = dict(
        re.findall(r"^# (pass|fail|skipped|todo) (\d+)$", result.stdout, re.MULTILINE)
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    assert counts["fail"] == counts["skipped"] == counts["todo"] == "0"
    cases = len(CASES["request_cases"]) + len(CASES["answer_cases"])
    assert int(counts["pass"]) > cases
    for case in CASES["request_cases"][:5] + CASES["answer_cases"][-5:]:
        title = f"{case['operation']}: {case.get('title') or case['status']}"
        assert title in result.stdout


def test_drill_ts_against_the_emulator() -> None:
    fast = {
        "PartitionDataLoss": 0.5,
        "PartitionRestart": 0.5,
        "NodeTransition": 0.5,
        "RollingBack": 0.5,
    }
    with Emulator(durations=fast).serve() as server:
        result = subprocess.run(
            ["make", "--no-print-directory", "drill-ts", f"ENDPOINT={server.url}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    partitions = ", ".join(str(p) for p in CALC_PARTITIONS)
    assert f"partitions of fabric:/CalcApp/CalcService: {partitions}" in lines
    states = [
        line
        for line in lines
        if re.match(r"^(data loss|restart|node (stop|start)): ", line)
    ]
    assert [
        s
        for s in states
        if "started" not in s and "requested" not in s and "code" not in s
    ] == [
        "data loss: Running",
        "data loss: Completed",
        "restart: RollingBack",
        "restart: Cancelled",
        "node stop: Running",
        "node stop: Completed",
        "node start: Running",
        "node start: Completed",
    ]
    assert "data loss: error code 0" in lines
    assert "node _Node_0: Down" in lines and "node _Node_0: Up" in lines
    listed = [line.split(": ", 1)[1] for line in lines if line.startswith("operation ")]
    assert listed == [
        "PartitionDataLoss Completed",
        "PartitionRestart Cancelled",
        "NodeTransition Completed",
        "NodeTransition Completed",
    ]
