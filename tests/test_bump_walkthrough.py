"""The README's api-version bump, end to end, on a copy of the repository.

A rehearsal: GetFaultOperationList gains an optional `MaxResults` query parameter, and
its default api-version moves to 9.1 while the other Faults operations stay at 6.0.
Steps: edit the spec, `bump.py --no-test`, call the new parameter through the public
client with no edit under src/, then `breaking.py`, which fails on the raised default
until the CHANGELOG line says "breaking", then step 4's signature snapshot and the tests
that read the spec, run in the copy (the whole suite after the walk-through is the
README's step 5, too slow here). The copy is a git repository whose tag v0.1.0 is the
spec before the bump.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, load_script
from node_tools import NODE_MODULES, require
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

COPIED = [
    "spec",
    "templates",
    "scripts",
    "generated",
    # make generate writes chaossfrest's actions.py and probes.py there
    "clients/chaostoolkit",
    "docs",
    "CHANGELOG.md",
    "redocly.yaml",
    "package.json",
    "package-lock.json",
    "pyproject.toml",
    "src",
    "tests",
]
# the tests a bump of one operation's version and parameters reaches: they read the spec
# (test_spec's reference tables accept the bump) or the snapshot step 4 rewrites
AFTER = [
    "tests/test_spec.py",
    "tests/test_operations.py",
    "tests/test_conventions.py",
    "tests/test_signatures.py",
    "tests/test_bump.py",
]
MESSAGE = "Adds the optional MaxResults paging limit."
# step 1 of the README: the hand edit (text before, text after); the MaxResults
# component is the drill operations' own
EDITS = [
    (
        '        - $ref: "#/components/parameters/StateFilter"\n',
        (
            '        - $ref: "#/components/parameters/StateFilter"\n'
            '        - $ref: "#/components/parameters/MaxResults"\n'
        ),
    ),
]
# the client of the copy: its generated/ and this checkout's src/, nothing edited
CALL = """
import httpx, sfrest
seen = []
def answer(request):
    seen.append(dict(request.url.params))
    return httpx.Response(200, json=[])
with sfrest.ServiceFabricClient(transport=httpx.MockTransport(answer)) as client:
    client.get_fault_operation_list(max_results=5)
    try:
        client.get_fault_operation_list(max_results=-1)
    except sfrest.InvalidArgumentError:
        print("refused")
print(seen)
"""


def _before_the_walkthrough(copy: Path) -> None:
    """Undo the walkthrough in the copy when this checkout has followed it for real.

    Followed literally, the README's steps make this very change to spec/; the rehearsal
    then starts from the spec as it was before them (the hand edit out, GetFaultOperationList
    back on ApiVersionFaults), with generated/ and docs/ rendered from it.
    """
    bump = load_script("bump")
    path = copy / "spec" / "servicefabric.yaml"
    spec = bump.load(path)
    operation = bump.operations(spec)["GetFaultOperationList"]
    refs = [ref["$ref"].rsplit("/", 1)[-1] for ref in operation["parameters"]]
    if "MaxResults" not in refs and "ApiVersionFaults" in refs:
        return  # not followed: the copy is the spec before the bump
    if "MaxResults" in refs:
        del operation["parameters"][refs.index("MaxResults")]
    entry, name = bump.api_version_parameter(spec, operation)
    if name != "ApiVersionFaults":
        entry["$ref"] = DoubleQuotedScalarString(
            "#/components/parameters/ApiVersionFaults"
        )
        if f'/{name}"' not in bump.dump(spec):
            del spec["components"]["parameters"][name]
    path.write_text(bump.dump(spec), encoding="utf-8")
    for script in (
        "scripts/generate.py",
        "scripts/docs.py",
        "tests/test_signatures.py",
    ):
        done = _run(copy, sys.executable, script)  # the last: the snapshot, as it was
        assert done.returncode == 0, done.stdout + done.stderr


def _listing_docs(page: Path) -> list[str]:
    """The two clients' get_fault_operation_list entries of a docs/python/sfrest.html."""
    html = page.read_text(encoding="utf-8")
    entries = []
    for client in ("AsyncServiceFabricClient", "ServiceFabricClient"):
        start = html.index(f'id="{client}.get_fault_operation_list"')
        entries.append(html[start : html.index("<div id=", start)])
    return entries


def _run(repo: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A command in the copy, which imports its own generated/ and src/."""
    return subprocess.run(
        [*command],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={
            **os.environ,
            "REDOCLY_TELEMETRY": "off",
            "PYTHONPATH": f"{repo / 'generated'}{os.pathsep}{repo / 'src'}",
        },
    )


def _git(repo: Path, *args: str) -> None:
    done = _run(repo, "git", *args)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the pipeline's files, committed and tagged v0.1.0."""
    require("redocly")  # bump.py rebuilds docs/ with it (scripts/docs.py)
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns(".*"))
        else:
            shutil.copy(source, copy / name)
    (copy / "node_modules").symlink_to(NODE_MODULES)
    _before_the_walkthrough(copy)
    # a release: nothing under [Unreleased] yet
    changelog = (copy / "CHANGELOG.md").read_text(encoding="utf-8")
    head, _, rest = changelog.partition("## [Unreleased]")
    released = head + "## [Unreleased]\n\n## " + rest.split("\n## ", 1)[1]
    (copy / "CHANGELOG.md").write_text(released, encoding="utf-8")
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


def test_fault_operation_list_to_9_1_end_to_end(repo: Path) -> None:
    spec_path = repo / "spec" / "servicefabric.yaml"
    text = spec_path.read_text(encoding="utf-8")
    reference = repo.parent / "sfrest.html"  # the Python reference before the bump
    shutil.copy(repo / "docs" / "python" / "sfrest.html", reference)
    for before, after in EDITS:
        assert text.count(before) == 1, before
        text = text.replace(before, after)
    spec_path.write_text(text, encoding="utf-8")

    bumped = _run(
        repo,
        sys.executable,
        "scripts/bump.py",
        "--operation",
        "GetFaultOperationList",
        "--api-version",
        "9.1",
        "--message",
        MESSAGE,
        "--no-test",
    )
    assert bumped.returncode == 0, bumped.stdout + bumped.stderr
    assert "via ApiVersionFaults_9_1" in bumped.stdout
    assert "is a breaking change for clients of older clusters" in bumped.stdout

    # the spec: a component of its own for GetFaultOperationList, comments kept
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    assert _api_version(spec, "GetFaultOperationList") == (
        "ApiVersionFaults_9_1",
        "9.1",
    )
    for other in ("StartDataLoss", "CancelOperation"):
        assert _api_version(spec, other) == ("ApiVersionFaults", "6.0")
    assert spec_path.read_text(encoding="utf-8").startswith(text.splitlines()[0])
    assert "# Vendor extensions:" in spec_path.read_text("utf-8")

    # the generated module sends 9.1 and takes the new parameter; the others still 6.0
    api = repo / "generated" / "sfrest_generated"
    listing = (api / "api" / "faults" / "get_fault_operation_list.py").read_text(
        encoding="utf-8"
    )
    assert 'API_VERSION = "9.1"' in listing
    assert 'MIN_API_VERSION = "3.0"' in listing
    assert "max_results: int | Unset = UNSET" in listing
    assert "max_results: int | None = None" in (api / "sync_client.py").read_text(
        "utf-8"
    )
    assert "--max-results" not in listing  # the CLI flag comes from commands.py
    assert '"max_results"' in (api / "commands.py").read_text("utf-8")
    cancel = (api / "api" / "faults" / "cancel_operation.py").read_text("utf-8")
    assert 'API_VERSION = "6.0"' in cancel
    check = _run(repo, sys.executable, "scripts/generate.py", "--check")
    assert check.returncode == 0, check.stderr
    assert "MaxResults" in (repo / "docs" / "api" / "index.html").read_text("utf-8")
    # the Python reference too: both clients' method gains the keyword
    unbumped = _listing_docs(reference)
    raised = _listing_docs(repo / "docs" / "python" / "sfrest.html")
    assert [("max_results" in d) for d in unbumped + raised] == [False] * 2 + [True] * 2

    # the public client of the copy sends it, with no edit under src/
    called = subprocess.run(
        [sys.executable, "-c", CALL],
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "PYTHONPATH": f"{repo / 'generated'}{os.pathsep}{ROOT / 'src'}",
        },
    )
    refused, seen = called.stdout.splitlines()
    assert refused == "refused"
    assert yaml.safe_load(seen) == [
        {
            "api-version": "9.1",
            "TypeFilter": "65535",
            "StateFilter": "65535",
            "MaxResults": "5",
            "timeout": "60",
        }
    ]

    # the CHANGELOG line under [Unreleased]
    changelog = repo / "CHANGELOG.md"
    line = (
        "- GetFaultOperationList: api-version 6.0 → 9.1 (oldest accepted 3.0). "
        + MESSAGE
    )
    unreleased = changelog.read_text("utf-8").split("## [Unreleased]")[1]
    assert unreleased.split("\n## ")[0] == f"\n\n### Changed\n\n{line}\n"

    # breaking.py: the raised default is breaking until the CHANGELOG records it
    failed = _run(repo, sys.executable, "scripts/breaking.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert failed.stdout.splitlines() == [
        (
            "breaking (not recorded): GetFaultOperationList: parameter api-version"
            " (query): api-version default raised from 6.0 to 9.1"
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

    # step 4, as `make snapshots` does it: the signature snapshot gains max_results
    snapshot = repo / "tests" / "snapshots" / "signatures.json"
    old = yaml.safe_load(snapshot.read_text("utf-8"))
    refreshed = _run(repo, sys.executable, "tests/test_signatures.py")
    assert refreshed.returncode == 0, refreshed.stderr
    new = yaml.safe_load(snapshot.read_text("utf-8"))
    for client in ("ServiceFabricClient", "AsyncServiceFabricClient"):
        names = [
            [p[0] for p in s[client]["get_fault_operation_list"]] for s in (old, new)
        ]
        assert "max_results" not in names[0]
        assert "max_results" in names[1]
    # then the tests the bump reaches pass in the copy, with no other edit under tests/
    tested = _run(
        repo, sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *AFTER
    )
    assert tested.returncode == 0, tested.stdout[-4000:] + tested.stderr[-2000:]
    assert " passed" in tested.stdout and "skipped" not in tested.stdout
