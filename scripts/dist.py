"""`make dist`: the sdists and wheels of sfrest and of chaostoolkit-sfrest (clients/chaostoolkit),
built from the files git tracks and nothing else.

    python scripts/dist.py [--outdir dist]

The tracked files (as they are in the working tree) are copied into a temporary folder
and built there by the pinned build and hatchling of this venv (no isolated environment,
nothing downloaded), so what a test run or an editor leaves behind (.hypothesis/, caches,
journals) never reaches the sdist.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tracked() -> list[str]:
    """The paths git tracks that exist in the working tree (a deleted one is not shipped)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [path for path in listed.split("\0") if path and (ROOT / path).is_file()]


def build(outdir: Path) -> None:
    """Build the sdists and the wheels of both distributions of the tracked files into outdir."""
    with tempfile.TemporaryDirectory(prefix="sfrest-dist-") as folder:
        for path in tracked():
            target = Path(folder) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, target)
        for project in (Path(folder), Path(folder) / "clients" / "chaostoolkit"):
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "build",
                    "--no-isolation",
                    "--outdir",
                    str(outdir),
                ],
                cwd=project,
                check=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist")
    outdir = parser.parse_args().outdir.resolve()
    shutil.rmtree(outdir, ignore_errors=True)
    build(outdir)


if __name__ == "__main__":
    main()
