"""The README's api-version bump, end to end, on a copy of the repository.

RestorePartition gains the optional `Latest` query flag and its body becomes optional (as
a newer Microsoft client sends it), and its default api-version moves to 9.1 while the
other backup/restore operations stay at 6.4. Steps: edit the spec, `bump.py --no-test`,
then `breaking.py`, which fails on the raised default until the CHANGELOG line says
"breaking". The copy is a git repository whose tag v0.1.0 is the spec before the bump.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from node_tools import NODE_MODULES, require

COPIED = [
    "spec",
    "templates",
    "scripts",
    "generated",
    "docs",
    "CHANGELOG.md",
    "redocly.yaml",
    "package.json",
    "package-lock.json",
]
MESSAGE = "Adds the optional Latest flag; the body is optional with Latest=true."
# step 1 of the README: the hand edit (text before, text after)
EDITS = [
    (
        '        - $ref: "#/components/parameters/RestoreTimeout"\n',
        (
            '        - $ref: "#/components/parameters/RestoreTimeout"\n'
            '        - $ref: "#/components/parameters/Latest"\n'
        ),
    ),
    (
        (
            "      requestBody:\n        required: true\n"
            "        description: The backup to restore from, and where it is stored.\n"
        ),
        (
            "      requestBody:\n        required: false\n"
            "        description: The backup to restore from, and where it is stored;"
            " optional with Latest=true.\n"
        ),
    ),
    (
        "    RestoreTimeout:\n      name: RestoreTimeout\n",
        (
            "    Latest:\n      name: Latest\n      in: query\n      required: false\n"
            "      description: Restore the latest backup of the partition's backup"
            " policy.\n"
            "      schema:\n        type: boolean\n        default: false\n"
            "    RestoreTimeout:\n      name: RestoreTimeout\n"
        ),
    ),
]


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "REDOCLY_TELEMETRY": "off"},
    )


def _git(repo: Path, *args: str) -> None:
    done = _run(repo, "git", *args)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the pipeline's files, committed and tagged v0.1.0."""
    require("redocly")  # bump.py rebuilds docs/api/ with it
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns(".*"))
        else:
            shutil.copy(source, copy / name)
    (copy / "node_modules").symlink_to(NODE_MODULES)
    (copy / ".gitignore").write_text("node_modules\n__pycache__/\n", encoding="utf-8")
    _git(copy, "init", "-q", "-b", "main")
    _git(copy, "config", "user.email", "walkthrough@example.invalid")
    _git(copy, "config", "user.name", "walkthrough")
    _git(copy, "add", ".")
    _git(copy, "commit", "-qm", "before the bump")
    _git(copy, "tag", "v0.1.0")
    return copy


def _api_version(spec: dict[str, object], operation_id: str) -> tuple[str, str]:
    paths = spec["paths"]
    assert isinstance(paths, dict)
    for item in paths.values():
        for operation in item.values():
            if operation["operationId"] != operation_id:
                continue
            for parameter in operation["parameters"]:
                name = parameter["$ref"].rsplit("/", 1)[-1]
                component = spec["components"]["parameters"][name]  # type: ignore[index]
                if component["name"] == "api-version":
                    return name, component["schema"]["default"]
    raise AssertionError(operation_id)


def test_restore_partition_to_9_1_end_to_end(repo: Path) -> None:
    spec_path = repo / "spec" / "servicefabric.yaml"
    text = spec_path.read_text(encoding="utf-8")
    for before, after in EDITS:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    spec_path.write_text(text, encoding="utf-8")

    bumped = _run(
        repo,
        sys.executable,
        "scripts/bump.py",
        "--operation",
        "RestorePartition",
        "--api-version",
        "9.1",
        "--message",
        MESSAGE,
        "--no-test",
    )
    assert bumped.returncode == 0, bumped.stdout + bumped.stderr
    assert "via ApiVersionBackupRestore_9_1" in bumped.stdout
    assert "is a breaking change for clients of older clusters" in bumped.stdout

    # the spec: a component of its own for RestorePartition, comments kept
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    assert _api_version(spec, "RestorePartition") == (
        "ApiVersionBackupRestore_9_1",
        "9.1",
    )
    for other in ("BackupPartition", "GetPartitionRestoreProgress"):
        assert _api_version(spec, other) == ("ApiVersionBackupRestore", "6.4")
    assert spec_path.read_text(encoding="utf-8").startswith(text.splitlines()[0])
    assert "# Vendor extension read by sfrest's templates" in spec_path.read_text(
        "utf-8"
    )

    # the generated module sends 9.1 and takes the new flag; the others still send 6.4
    api = repo / "generated" / "sfrest_generated" / "api" / "backup_restore"
    restore = (api / "restore_partition.py").read_text(encoding="utf-8")
    assert 'API_VERSION = "9.1"' in restore
    assert 'MIN_API_VERSION = "6.4"' in restore
    assert "latest: bool | Unset = False" in restore
    assert "body: RestorePartitionDescription | Unset = UNSET" in restore
    progress = (api / "get_partition_restore_progress.py").read_text(encoding="utf-8")
    assert 'API_VERSION = "6.4"' in progress
    check = _run(repo, sys.executable, "scripts/generate.py", "--check")
    assert check.returncode == 0, check.stderr
    assert "Latest" in (repo / "docs" / "api" / "index.html").read_text("utf-8")

    # the CHANGELOG line under [Unreleased]
    changelog = repo / "CHANGELOG.md"
    line = "- RestorePartition: api-version 6.4 → 9.1 (oldest accepted 6.4). " + MESSAGE
    unreleased = changelog.read_text("utf-8").split("## [Unreleased]")[1]
    assert unreleased.split("\n## ")[0] == f"\n\n### Changed\n\n{line}\n"

    # breaking.py: the raised default is breaking until the CHANGELOG records it
    failed = _run(repo, sys.executable, "scripts/breaking.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert failed.stdout.splitlines() == [
        (
            "breaking (not recorded): RestorePartition: parameter api-version (query):"
            " api-version default raised from 6.4 to 9.1"
        )
    ]
    assert "against v0.1.0 not recorded" in failed.stderr
    changelog.write_text(
        changelog.read_text("utf-8").replace(
            line, line + " Breaking: clusters older than 9.1 answer 400 E_INVALIDARG."
        ),
        encoding="utf-8",
    )
    passed = _run(repo, sys.executable, "scripts/breaking.py")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "1 breaking change(s) against v0.1.0, all recorded" in passed.stdout
