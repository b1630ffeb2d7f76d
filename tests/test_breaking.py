"""scripts/breaking.py: one test per rule on small in-memory specs, and one on a git repo."""

import copy
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, load_script

breaking = load_script("breaking")
ERROR = {"default": {"description": "The error."}}


def _base() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/Jobs/{jobId}/$/Start": {
                "post": {
                    "operationId": "StartJob",
                    "parameters": [
                        {"$ref": "#/components/parameters/JobId"},
                        {"$ref": "#/components/parameters/ApiVersion"},
                        {
                            "name": "Mode",
                            "in": "query",
                            "required": False,
                            "schema": {"$ref": "#/components/schemas/Mode"},
                        },
                        {
                            "name": "timeout",
                            "in": "query",
                            "required": False,
                            "schema": {
                                "type": "integer",
                                "format": "int64",
                                "minimum": 1,
                                "maximum": 4294967295,
                            },
                        },
                    ],
                    "requestBody": {
                        "required": False,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Job"}
                            }
                        },
                    },
                    "responses": {"202": {"description": "Accepted."}, **ERROR},
                }
            },
            "/Jobs/{jobId}/$/GetProgress": {
                "get": {
                    "operationId": "GetJobProgress",
                    "parameters": [
                        {"$ref": "#/components/parameters/JobId"},
                        {"$ref": "#/components/parameters/ApiVersion"},
                    ],
                    "responses": {
                        "200": {
                            "description": "The progress.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Progress"}
                                }
                            },
                        },
                        **ERROR,
                    },
                }
            },
        },
        "components": {
            "parameters": {
                "JobId": {
                    "name": "jobId",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                },
                "ApiVersion": {
                    "name": "api-version",
                    "in": "query",
                    "required": True,
                    "x-min-api-version": "3.0",
                    "schema": {"type": "string", "default": "6.0"},
                },
            },
            "schemas": {
                "Mode": {"type": "string", "enum": ["Partial", "Full"]},
                "Job": {
                    "type": "object",
                    "required": ["Name"],
                    "properties": {
                        "Name": {"type": "string", "maxLength": 64},
                        "Size": {"type": "integer", "format": "int32"},
                        "Storage": {
                            "oneOf": [
                                {"$ref": "#/components/schemas/Share"},
                                {"type": "null"},
                            ]
                        },
                    },
                },
                "Share": {
                    "type": "object",
                    "properties": {"Path": {"type": "string"}},
                },
                "Progress": {
                    "type": "object",
                    "properties": {
                        "State": {"$ref": "#/components/schemas/Mode"},
                        "Lsn": {"type": "string"},
                        "Items": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Share"},
                        },
                    },
                },
            },
        },
    }


Edit = Callable[[dict[str, Any]], None]


def _changes(edit: Edit) -> list[str]:
    new = _base()
    edit(new)
    return [str(change) for change in breaking.breaking_changes(_base(), new)]


def _start(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/Jobs/{jobId}/$/Start"]["post"]
    return operation


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def test_identical_specs_have_no_breaking_change() -> None:
    assert breaking.breaking_changes(_base(), _base()) == []


def test_removed_operation() -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/Jobs/{jobId}/$/GetProgress"]

    assert _changes(edit) == [
        "GetJobProgress: GET /Jobs/{jobId}/$/GetProgress: operation removed"
    ]


def test_changed_path() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/Jobs/{jobId}/$/Start/"] = spec["paths"].pop(
            "/Jobs/{jobId}/$/Start"
        )

    assert _changes(edit) == [
        "StartJob: path: POST /Jobs/{jobId}/$/Start became POST /Jobs/{jobId}/$/Start/"
    ]


def test_changed_success_status() -> None:
    def edit(spec: dict[str, Any]) -> None:
        responses = _start(spec)["responses"]
        responses["200"] = responses.pop("202")

    assert _changes(edit) == [
        "StartJob: responses: success statuses changed from 202 to 200"
    ]


def test_removed_parameter() -> None:
    def edit(spec: dict[str, Any]) -> None:
        del _start(spec)["parameters"][2]

    assert _changes(edit) == ["StartJob: parameter Mode (query): parameter removed"]


def test_parameter_became_required_and_new_required_parameter() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _start(spec)["parameters"][2]["required"] = True
        _start(spec)["parameters"].append(
            {
                "name": "Force",
                "in": "query",
                "required": True,
                "schema": {"type": "boolean"},
            }
        )

    assert _changes(edit) == [
        "StartJob: parameter Mode (query): parameter became required",
        "StartJob: parameter Force (query): new required parameter",
    ]


def test_new_optional_parameter_is_not_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _start(spec)["parameters"].append(
            {
                "name": "Latest",
                "in": "query",
                "required": False,
                "schema": {"type": "boolean"},
            }
        )

    assert _changes(edit) == []


def test_parameter_type_and_format_changes() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _start(spec)["parameters"][3]["schema"]["format"] = "int32"
        spec["components"]["parameters"]["JobId"]["schema"] = {"type": "integer"}

    assert _changes(edit) == [
        "StartJob: parameter jobId (path): type changed from string to integer",
        "StartJob: parameter jobId (path): format changed from 'uuid' to None",
        "StartJob: parameter timeout (query): format changed from 'int64' to 'int32'",
        "GetJobProgress: parameter jobId (path): type changed from string to integer",
        "GetJobProgress: parameter jobId (path): format changed from 'uuid' to None",
    ]


def test_minimum_raised_and_maximum_lowered() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schema = _start(spec)["parameters"][3]["schema"]
        schema["minimum"], schema["maximum"] = 5, 3600

    assert _changes(edit) == [
        "StartJob: parameter timeout (query): minimum raised from 1 to 5",
        "StartJob: parameter timeout (query): maximum lowered from 4294967295 to 3600",
    ]


def test_widened_bounds_are_not_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schema = _start(spec)["parameters"][3]["schema"]
        schema["minimum"] = 0
        del schema["maximum"]
        _schemas(spec)["Job"]["properties"]["Name"]["maxLength"] = 128

    assert _changes(edit) == []


def test_new_bound_on_a_request_property() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Job"]["properties"]["Size"]["minimum"] = 1
        _schemas(spec)["Job"]["properties"]["Name"]["maxLength"] = 10

    assert _changes(edit) == [
        "StartJob: request body.Name: maxLength lowered from 64 to 10 [in Job]",
        "StartJob: request body.Size: minimum raised from none to 1 [in Job]",
    ]


def test_removed_enum_value() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Mode"]["enum"] = ["Partial"]

    assert _changes(edit) == [
        "StartJob: parameter Mode (query): enum values removed: Full [in Mode]",
        "GetJobProgress: response 200.State: enum values removed: Full [in Progress > Mode]",
    ]


def test_added_enum_value_is_not_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Mode"]["enum"].append("Quick")

    assert _changes(edit) == []


def test_removed_property_in_request_and_response() -> None:
    def edit(spec: dict[str, Any]) -> None:
        del _schemas(spec)["Share"]["properties"]["Path"]

    assert _changes(edit) == [
        "StartJob: request body.Storage(Share): property Path removed [in Job > Share]",
        "GetJobProgress: response 200.Items[]: property Path removed [in Progress > Share]",
    ]


def test_property_became_required_in_a_request_body() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Job"]["required"] = ["Name", "Size"]
        _schemas(spec)["Progress"]["required"] = ["State"]  # a response: not breaking

    assert _changes(edit) == [
        "StartJob: request body: properties became required: Size [in Job]"
    ]


def test_request_body_became_required_or_removed() -> None:
    def required(spec: dict[str, Any]) -> None:
        _start(spec)["requestBody"]["required"] = True

    def removed(spec: dict[str, Any]) -> None:
        del _start(spec)["requestBody"]

    assert _changes(required) == [
        "StartJob: request body: request body became required"
    ]
    assert _changes(removed) == ["StartJob: request body: request body removed"]


def test_removed_one_of_member_and_response_type_change() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Job"]["properties"]["Storage"]["oneOf"].pop(1)
        _schemas(spec)["Progress"]["properties"]["Lsn"]["type"] = "integer"

    assert _changes(edit) == [
        "StartJob: request body.Storage: oneOf member type null removed [in Job]",
        "GetJobProgress: response 200.Lsn: type changed from string to integer [in Progress]",
    ]


def test_api_version_default_and_minimum_raised() -> None:
    def edit(spec: dict[str, Any]) -> None:
        parameters = spec["components"]["parameters"]
        parameters["ApiVersion_9_1"] = copy.deepcopy(parameters["ApiVersion"])
        parameters["ApiVersion_9_1"]["schema"]["default"] = "9.1"
        parameters["ApiVersion_9_1"]["x-min-api-version"] = "6.10"
        _start(spec)["parameters"][1] = {
            "$ref": "#/components/parameters/ApiVersion_9_1"
        }

    assert _changes(edit) == [
        "StartJob: parameter api-version (query): api-version default raised from 6.0 to 9.1",
        "StartJob: parameter api-version (query): oldest accepted api-version raised from 3.0 to 6.10",
    ]


def test_api_versions_compare_as_numbers() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["components"]["parameters"]["ApiVersion"]["schema"]["default"] = "6.00"
        spec["components"]["parameters"]["ApiVersion"]["x-min-api-version"] = "3"

    assert _changes(edit) == []


def test_removed_model() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schemas(spec)["Unused"] = {"type": "string"}

    new = _base()
    edit(new)
    removed = breaking.breaking_changes(new, _base())
    assert [str(c) for c in removed] == ["Unused: components/schemas: model removed"]


CHANGE = breaking.Breaking(
    "StartJob", "request body.Storage(Share)", "property Path removed", ("Job", "Share")
)


@pytest.mark.parametrize(
    ("changelog", "expected"),
    [
        ("## [Unreleased]\n\n- StartJob: Path removed (breaking).\n", True),
        ("## [Unreleased]\n\n### Removed\n\n- BREAKING: Share.Path is gone.\n", True),
        ("## [Unreleased]\n\n- StartJob: Path removed.\n", False),  # not "breaking"
        ("## [Unreleased]\n\n- StartJobs is breaking.\n", False),  # not the operation
        # the operation, but another of its changes: it does not record this one
        ("## [Unreleased]\n\n- StartJob: Timeout takes 1 to 9. Breaking.\n", False),
        ("## [Unreleased]\n\n- StartJob: Paths removed. Breaking.\n", False),
        (
            "## [Unreleased]\n\n- StartJob: the storage's\n  Path is gone. Breaking.\n",
            True,
        ),
        ("## [Unreleased]\n\n## [0.1.0]\n\n- StartJob: breaking.\n", False),  # released
        ("- StartJob: breaking.\n", False),  # no [Unreleased] section
    ],
)
def test_changelog_records_a_breaking_change(changelog: str, expected: bool) -> None:
    assert breaking.recorded(CHANGE, changelog) is expected


@pytest.mark.parametrize(
    ("change", "changed"),
    [
        (
            (
                "parameter api-version (query)",
                "api-version default raised from 6.0 to 9.1",
            ),
            ("api-version",),
        ),
        (("request body", "properties became required: A, B"), ("A", "B")),
        (("request body.Storage.Depth", "maximum lowered from 3 to 2"), ("Depth",)),
        (("request body", "oneOf member Share removed"), ("Share",)),
        (("path", "GET /a became GET /b"), ("path",)),
        (("responses", "success statuses changed from 200 to 202"), ("status",)),
        (("GET /a", "operation removed"), ()),
    ],
)
def test_a_recording_line_names_what_changed(
    change: tuple[str, str], changed: tuple[str, ...]
) -> None:
    found = breaking.Breaking("StartJob", *change)
    assert found.changed == changed
    line = (
        f"## [Unreleased]\n\n- StartJob: {' and '.join(changed)} changed. Breaking.\n"
    )
    assert breaking.recorded(found, line)
    if changed:  # another breaking line about the same operation is not enough
        other = "## [Unreleased]\n\n- StartJob: Timeout takes 1 to 9. Breaking.\n"
        assert not breaking.recorded(found, other)


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def _breaking(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "breaking.py"), *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def test_against_a_git_ref_and_the_changelog(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    (repo / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "breaking.py", repo / "scripts" / "breaking.py")
    spec_path = repo / "spec" / "servicefabric.yaml"
    changelog = repo / "CHANGELOG.md"
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "t@example.invalid")
    _git(repo, "config", "user.name", "t")
    spec_path.write_text(yaml.safe_dump(_base()), encoding="utf-8")
    changelog.write_text("# Changelog\n\n## [Unreleased]\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "v1")
    # no tag yet: HEAD~1 does not exist
    assert "cannot read spec/servicefabric.yaml at HEAD~1" in _breaking(repo).stderr
    _git(repo, "tag", "v0.1.0")
    _git(repo, "commit", "-q", "--allow-empty", "-m", "later")

    assert _breaking(repo).returncode == 0  # the working tree equals the tag's spec
    narrowed = _base()
    del narrowed["paths"]["/Jobs/{jobId}/$/GetProgress"]
    spec_path.write_text(yaml.safe_dump(narrowed), encoding="utf-8")
    failed = _breaking(repo)
    assert failed.returncode == 1
    assert "breaking (not recorded): GetJobProgress" in failed.stdout
    assert "against v0.1.0 not recorded" in failed.stderr

    _git(repo, "commit", "-qam", "removed GetJobProgress")
    assert _breaking(repo, "--base", "HEAD").returncode == 0
    assert _breaking(repo, "--base", "HEAD~1").returncode == 1
    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Removed\n\n"
        "- GetJobProgress: gone. Breaking for anyone polling.\n",
        encoding="utf-8",
    )
    passed = _breaking(repo)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "breaking (recorded in CHANGELOG.md): GetJobProgress" in passed.stdout
    # with no tag at all the base is HEAD~1
    _git(repo, "tag", "-d", "v0.1.0")
    assert "against HEAD~1" in _breaking(repo).stdout


def test_the_repository_spec_against_itself() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "servicefabric.yaml").read_text("utf-8"))
    assert breaking.breaking_changes(spec, copy.deepcopy(spec)) == []
