"""`make demo`'s drill, end to end: it starts the emulator, runs every step, stops it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import ROOT

MAKE_VARIABLES = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES"}


def test_chaos_demo_runs_against_its_own_emulator() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "chaos_demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    times = []
    for step in range(1, 9):
        found = re.search(rf"^{step}\. .*  \[\+(\d+\.\d)s\]$", out, re.MULTILINE)
        assert found, f"step {step} missing, or without its time:\n{out}"
        times.append(float(found.group(1)))
    assert times == sorted(times)  # times from the start
    # every fault's OperationId when it starts: the ones the final list shows
    started = re.findall(
        r"^   started OperationId ([0-9a-f-]{36}) at \+", out, re.MULTILINE
    )
    listed = re.findall(
        r"^    (?:Partition\w+|NodeTransition) +\w+ +([0-9a-f-]{36})$",
        out,
        re.MULTILINE,
    )
    assert len(started) == 8 and sorted(started) == sorted(listed)
    assert re.search(r"data loss: Completed at \+\d+\.\ds$", out, re.MULTILINE)
    assert "data loss: Completed" in out and "restart: Cancelled" in out
    assert "backup Success" in out and "restore Success" in out
    # discovered, not hard-coded; health checked around the faults; recovered
    assert re.search(
        r"-> fabric:/CalcApp/CalcService: partitions .*; node _Node_\d", out
    )
    assert "in quorum loss: cluster Error, partition Error (InQuorumLoss)" in out
    assert "recovered, quorum loss Completed: cluster Ok, partition Ok (Ready)" in out
    assert re.search(r"node _Node_\d is Down; cluster Error", out)
    assert "latest backup" in out
    assert out.rstrip().endswith(
        "Chaos drill complete: every fault was induced, observed to its end and cleaned up."
    )
    pid = int(re.search(r"Emulator \(pid (\d+)\) stopped", out).group(1))  # type: ignore[union-attr]
    assert not os.path.exists(f"/proc/{pid}"), "the emulator process outlived the demo"


def test_make_demo_installs_only_the_runtime_dependencies() -> None:
    """`make demo` builds .venv-demo from the project alone, never the dev .venv."""
    planned = subprocess.run(
        ["make", "--dry-run", "--always-make", "--no-print-directory", "demo"],
        cwd=ROOT,
        # not a sub-make of `make test`: none of its flags or level
        env={k: v for k, v in os.environ.items() if k not in MAKE_VARIABLES},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert planned.returncode == 0, planned.stderr
    lines = planned.stdout.splitlines()
    installs = [line for line in lines if "pip install" in line]
    assert len(installs) == 1, lines
    assert re.search(r"/\.venv-demo/bin/python -m pip install .* -e \.$", installs[0])
    assert "[dev]" not in planned.stdout and "/.venv/" not in planned.stdout
    assert lines[-1].endswith("/.venv-demo/bin/python examples/chaos_demo.py")
