"""The README's command-line drill, run as written by bash against the emulator."""

from __future__ import annotations

import importlib
import os
import re
import socket
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


def test_the_quick_start_runs_as_written(tmp_path: Path) -> None:
    """With `make demo`'s .venv-demo/bin standing for this venv's, on a free port."""
    (tmp_path / ".venv-demo").mkdir()
    (tmp_path / ".venv-demo" / "bin").symlink_to(Path(sys.executable).parent)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    block = _block("Command-line quick start", "sh").replace("19080", str(port))
    env = {k: v for k, v in os.environ.items() if k != "SFREST_ENDPOINT"}
    done = subprocess.run(
        [
            "bash",
            "-euo",
            "pipefail",
            "-c",
            block + f"\nexport SFREST_ENDPOINT=http://localhost:{port}\n",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**env, "SFREST_ENDPOINT": f"http://localhost:{port}"},
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[:2] == ["Name     Status", "----     ------"]
    assert any(line.endswith("\tReady") for line in lines)  # tsv: id, status
    assert '"Running"' in done.stdout
    assert "Started" in done.stdout and "Stopped" in done.stdout


def _sfctl_table() -> list[tuple[list[str], str]]:
    part = _block_text("Command line")
    rows = re.findall(r"^\| (.*?) \| (.*?) \|$", part, re.MULTILINE)
    return [
        (re.findall(r"`([^`]+)`", left), right)
        for left, right in rows
        if left != "sfctl"
    ]


def _block_text(section: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]


def test_the_sfctl_table_names_sfrests_commands() -> None:
    from sfrest import cli

    names = {
        f"{c.group} {c.command}"
        for c in importlib.import_module("sfrest_generated.commands").COMMANDS
    }
    rows = _sfctl_table()
    assert len(rows) >= 10
    for commands, ours in rows:
        if ours.startswith("the same"):
            assert commands and set(commands) <= names, commands
        elif ours == "not yet":
            assert not set(commands) & names, commands
        else:  # sfrest only
            assert set(re.findall(r"`([^`]+)`", ours)) <= names, ours
    listed = {c for commands, ours in rows for c in commands} | {
        c for _, ours in rows for c in re.findall(r"`([^`]+)`", ours)
    }
    assert names <= listed, names - listed  # every sfrest command is in the table
    assert cli.build_parser() is not None


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
