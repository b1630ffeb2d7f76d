"""The README's command-line drill, run as written by bash against the emulator."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

from sfrest.testing import KINDS, Emulator


def _block(section: str, language: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    part = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    found = re.search(rf"```{language}\n(.*?)```", part, re.DOTALL)
    assert found, f"no {language} block under {section}"
    return found.group(1)


def test_the_command_line_drill_runs_as_written(tmp_path: Path) -> None:
    quick = Emulator(durations=dict.fromkeys(KINDS, 0.05))
    with quick.serve(port=0) as server:
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", _block("Command line", "sh")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env={
                **os.environ,
                "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                "SFREST_ENDPOINT": server.url,
            },
        )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert '"AggregatedHealthState": "Error"' in done.stdout  # health in quorum loss
    assert '"RestoreState": "Success"' in done.stdout


def _python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, re.DOTALL)


@pytest.mark.parametrize(
    "index", range(len(_python_blocks())), ids=lambda i: f"python-block-{i}"
)
def test_every_python_block_runs_against_the_emulator(
    index: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """As written, on a free port instead of 19080; a block that says it is shown, not
    run (it needs a real cluster, or sets a process-wide TracerProvider) is only compiled."""
    code = textwrap.dedent(_python_blocks()[index])  # a block inside a list is indented
    if "shown, not run by tests/test_readme.py" in code:
        compile(code, "README.md", "exec")
        return
    quick = Emulator(durations=dict.fromkeys(KINDS, 0.05))
    with quick.serve(port=0) as server:
        code = code.replace("http://localhost:19080", server.url)
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own code
    if index == 0:  # the quick tour
        out = capsys.readouterr().out
        assert out.startswith("Ok\n") and "Completed 0 " in out
