"""Running the pinned Node tools of node_modules/ (package.json, package-lock.json) from tests.

Missing Node or node_modules/ is a failure that says what to do, never a skip: `make test`
installs node_modules/ (npm ci) before it runs pytest.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

NODE_MODULES = ROOT / "node_modules"


def require(tool: str) -> None:
    """Fails the test, saying what to do, unless node, npx and node_modules/.bin/tool exist."""
    missing = [name for name in ("node", "npx") if shutil.which(name) is None]
    if missing:
        pytest.fail(
            f"{' and '.join(missing)} not found on PATH: install Node.js 20.19+ with npm;"
            " the contract's TypeScript and docs checks run the pinned Node tools"
        )
    if not (NODE_MODULES / ".bin" / tool).exists():
        pytest.fail(
            f"node_modules/.bin/{tool} is missing: run `make node` (npm ci of"
            " package-lock.json); `make test` installs node_modules/ first"
        )


def npx(
    tool: str, *args: str | Path, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """`npx --no TOOL ARGS` from the repository's node_modules/, output captured."""
    require(tool)
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        # --prefix: the repository's node_modules/ whatever cwd is; --no: never download
        ["npx", "--prefix", str(ROOT), "--no", "--", tool, *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
