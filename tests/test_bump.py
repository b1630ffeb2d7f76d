"""scripts/bump.py: api-version components, the round-trip YAML edit, the CHANGELOG line."""

import difflib
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SPEC_PATH, load_script

bump = load_script("bump")
BACKUP = [
    "BackupPartition",
    "GetPartitionBackupProgress",
    "RestorePartition",
    "GetPartitionRestoreProgress",
    "GetPartitionBackupConfigurationInfo",
    "GetPartitionBackupList",
]


def _spec() -> Any:
    return bump.load(SPEC_PATH)


def _api_version(spec: Any, operation: str) -> tuple[str, str, str]:
    """(component, default, x-min-api-version) of an operation's api-version."""
    _, name = bump.api_version_parameter(spec, bump.operations(spec)[operation])
    component = spec["components"]["parameters"][name]
    return name, component["schema"]["default"], component["x-min-api-version"]


def _diff(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(
            before.splitlines(), after.splitlines(), lineterm="", n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@pytest.mark.parametrize("path", [SPEC_PATH, ROOT / "tests" / "golden" / "spec.yaml"])
def test_round_trip_is_byte_exact(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert bump.dump(bump.load(path)) == text


def test_one_operation_gets_a_component_of_its_own() -> None:
    spec = _spec()
    before = bump.dump(spec)
    changes = bump.bump(spec, ["RestorePartition"], "9.1")
    assert changes == [
        bump.Change(
            "RestorePartition",
            "6.4",
            "9.1",
            "6.4",
            "6.4",
            "ApiVersionBackupRestore_9_1",
        )
    ]
    assert _api_version(spec, "RestorePartition") == (
        "ApiVersionBackupRestore_9_1",
        "9.1",
        "6.4",
    )
    for other in set(BACKUP) - {"RestorePartition"}:
        assert _api_version(spec, other) == ("ApiVersionBackupRestore", "6.4", "6.4")
    names = list(spec["components"]["parameters"])
    assert names.index("ApiVersionBackupRestore_9_1") == (
        names.index("ApiVersionBackupRestore") + 1
    )
    after = bump.dump(spec)
    assert _diff(before, after) == [
        '-        - $ref: "#/components/parameters/ApiVersionBackupRestore"',
        '+        - $ref: "#/components/parameters/ApiVersionBackupRestore_9_1"',
        "+    ApiVersionBackupRestore_9_1:",
        "+      name: api-version",
        "+      in: query",
        "+      required: true",
        (
            "+      description: The version of the API. The backup service accepts any"
            " version from 6.4 on."
        ),
        '+      x-min-api-version: "6.4"',
        "+      schema:",
        "+        type: string",
        '+        default: "9.1"',
    ]
    assert after.startswith("# sfrest — the Service Fabric REST gateway's")


def test_a_whole_tag_changes_its_component_in_place() -> None:
    spec = _spec()
    components = list(spec["components"]["parameters"])
    faults = _api_version(spec, "StartDataLoss")
    names = bump.select(spec, [], "BackupRestore")
    assert names == BACKUP
    changes = bump.bump(spec, names, "9.1", "7.0")
    assert {c.parameter for c in changes} == {"ApiVersionBackupRestore"}
    for operation in BACKUP:
        assert _api_version(spec, operation) == (
            "ApiVersionBackupRestore",
            "9.1",
            "7.0",
        )
    # no component made or removed (a bumped spec may hold others, ApiVersionFaults_9_1)
    assert list(spec["components"]["parameters"]) == components
    assert _api_version(spec, "StartDataLoss") == faults  # another tag: untouched


def test_reuse_then_rebump_removes_the_unused_component() -> None:
    spec = _spec()
    bump.bump(spec, ["RestorePartition"], "9.1")
    bump.bump(spec, ["GetPartitionRestoreProgress"], "9.1")
    assert _api_version(spec, "GetPartitionRestoreProgress")[0] == (
        "ApiVersionBackupRestore_9_1"
    )
    bump.bump(spec, ["RestorePartition", "GetPartitionRestoreProgress"], "9.2")
    parameters = spec["components"]["parameters"]
    assert "ApiVersionBackupRestore_9_1" not in parameters  # nobody uses it any more
    assert _api_version(spec, "RestorePartition") == (
        "ApiVersionBackupRestore_9_2",
        "9.2",
        "6.4",
    )
    assert _api_version(spec, "BackupPartition")[0] == "ApiVersionBackupRestore"


def test_a_different_oldest_version_gets_a_different_name() -> None:
    spec = _spec()
    bump.bump(spec, ["RestorePartition"], "9.1")
    bump.bump(spec, ["BackupPartition"], "9.1", "7.0")
    assert _api_version(spec, "BackupPartition") == (
        "ApiVersionBackupRestore_9_1_min_7_0",
        "9.1",
        "7.0",
    )
    assert _api_version(spec, "RestorePartition")[2] == "6.4"


def test_nothing_to_do_when_already_there() -> None:
    spec = _spec()
    assert bump.bump(spec, ["StartDataLoss"], "6.0") == []
    assert bump.dump(spec) == SPEC_PATH.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("names", "version", "minimum", "message"),
    [
        (["StartDataLoss"], "5.0", None, "already send 6.0, above 5.0"),
        (["StartDataLoss"], "7.0", "8.0", "the oldest version 8.0 is above 7.0"),
        (["StartDataLoss"], "9", None, "'9' is not an api-version"),
        (["StartDataLoss"], "9.1-preview", None, "is not an api-version"),
    ],
)
def test_refusals(
    names: list[str], version: str, minimum: str | None, message: str
) -> None:
    with pytest.raises(SystemExit, match=message):
        bump.bump(_spec(), names, version, minimum)


def test_unknown_operation_or_tag() -> None:
    with pytest.raises(SystemExit, match="no operation Nope"):
        bump.select(_spec(), ["Nope"], None)
    with pytest.raises(SystemExit, match="no operation has the tag 'Nope'"):
        bump.select(_spec(), [], "Nope")


def test_changelog_lines_name_operations_and_versions() -> None:
    changes = [
        bump.Change("RestorePartition", "6.4", "9.1", "6.4", "6.4", "X"),
        bump.Change("BackupPartition", "6.4", "9.1", "6.4", "6.4", "X"),
        bump.Change("StartDataLoss", "6.0", "9.1", "3.0", "6.0", "Y"),
    ]
    assert bump.changelog_lines(changes, " Adds Latest. ") == [
        (
            "- RestorePartition, BackupPartition: api-version 6.4 → 9.1 (oldest"
            " accepted 6.4). Adds Latest."
        ),
        "- StartDataLoss: api-version 6.0 → 9.1 (oldest accepted 3.0 → 6.0). Adds Latest.",
    ]


def test_lines_go_under_unreleased_changed() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    head, _, rest = text.partition("## [Unreleased]")
    changelog = head + "## [Unreleased]\n\n## " + rest.split("\n## ", 1)[1]
    once = bump.add_to_unreleased(changelog, ["- A: one."])
    twice = bump.add_to_unreleased(once, ["- B: two."])
    unreleased = twice.split("## [Unreleased]")[1].split("\n## ")[0]
    assert unreleased == "\n\n### Changed\n\n- A: one.\n- B: two.\n"
    assert twice.count("## [0.1.0]") == 1
    assert twice.replace(unreleased, "\n") == changelog


def test_unreleased_and_changed_are_made_when_missing() -> None:
    text = "# Changelog\n\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- x\n"
    out = bump.add_to_unreleased(text, ["- A: one."])
    assert out == (
        "# Changelog\n\n## [Unreleased]\n\n### Changed\n\n- A: one.\n\n"
        "## [0.1.0] - 2026-01-01\n\n### Added\n\n- x\n"
    )
    existing = "# C\n\n## [Unreleased]\n\n### Changed\n\n- old\n\n### Fixed\n\n- f\n"
    assert bump.add_to_unreleased(existing, ["- new"]) == (
        "# C\n\n## [Unreleased]\n\n### Changed\n\n- old\n- new\n\n### Fixed\n\n- f\n"
    )
    assert (
        bump.add_to_unreleased("", ["- A"]) == "## [Unreleased]\n\n### Changed\n\n- A\n"
    )
