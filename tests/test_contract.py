"""The contract for other languages: generated/contract/ is JSON Schema 2020-12 of every model.

Every file is a valid 2020-12 schema, refers to the others by relative $ref, and every
example body of the spec and every seed body of tests/fixtures validates against its
model through a referencing.Registry of the files, as another language's validator would.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, ROOT, load_fixture, load_script
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

CONTRACT = ROOT / "generated" / "contract"
BASE = "https://sfrest.invalid/contract/"
# seed body in tests/fixtures: the model it is a body of
SEEDS = {
    "data_loss_progress_completed.json": "PartitionDataLossProgress",
    "data_loss_progress_running.json": "PartitionDataLossProgress",
    "partition_restart_progress_completed.json": "PartitionRestartProgress",
    "partition_backup_progress_success.json": "BackupProgressInfo",
}


generate = load_script("generate")


def _documents() -> dict[str, dict[str, Any]]:
    return {
        path.name.removesuffix(".schema.json"): json.loads(path.read_bytes())
        for path in sorted(CONTRACT.glob("*.schema.json"))
    }


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    return _documents()


@pytest.fixture(scope="module")
def registry(documents: dict[str, dict[str, Any]]) -> Registry:
    return Registry().with_resources(
        (document["$id"], DRAFT202012.create_resource(document))
        for name, document in documents.items()
        if name != "all"
    )


def _validator(registry: Registry, name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{BASE}{name}.schema.json"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _errors(registry: Registry, name: str, body: Any) -> list[str]:
    return [
        f"{list(e.absolute_path)}: {e.message}"
        for e in _validator(registry, name).iter_errors(body)
    ]


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def test_one_file_per_model_and_the_bundle(
    spec: dict[str, Any], documents: dict[str, dict[str, Any]]
) -> None:
    assert sorted(documents) == sorted([*spec["components"]["schemas"], "all"])
    bundle = documents["all"]
    assert sorted(bundle["$defs"]) == sorted(spec["components"]["schemas"])
    assert bundle["$id"] == f"{BASE}all.schema.json"


@pytest.mark.parametrize(
    "name", [p.name for p in sorted(CONTRACT.glob("*.schema.json"))]
)
def test_each_file_is_a_valid_2020_12_schema(name: str) -> None:
    text = (CONTRACT / name).read_text(encoding="utf-8")
    document = json.loads(text)
    Draft202012Validator.check_schema(document)
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == f"{BASE}{name}"
    assert document["$comment"].endswith("do not edit")
    # byte-deterministic form: sorted keys, indent 2, one trailing newline
    assert (
        text
        == json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    )


def test_no_openapi_left(documents: dict[str, dict[str, Any]]) -> None:
    keys = {key for key, _ in _walk(documents)}
    assert not keys & {"discriminator", "xml", "externalDocs", "example", "nullable"}
    assert [key for key in keys if key.startswith("x-")] == []
    refs = [value for key, value in _walk(documents) if key == "$ref"]
    assert refs
    assert [ref for ref in refs if "components" in ref] == []
    for name, document in documents.items():
        for key, ref in _walk(document):
            if key != "$ref":
                continue
            target = ref.removeprefix("#/$defs/") if name == "all" else ref
            assert target.removesuffix(".schema.json") in documents, (name, ref)


def _spec_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, model, body) for every example body of a response or request body."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            bodies = [operation.get("requestBody", {})]
            bodies += list(operation["responses"].values())
            for body in bodies:
                for media in body.get("content", {}).values():
                    ref = media.get("schema", {}).get("$ref", "")
                    for example_name, example in media.get("examples", {}).items():
                        where = f"{method.upper()} {path} {example_name}"
                        yield where, ref.rsplit("/", 1)[-1], example["value"]


def test_every_spec_example_validates(spec: dict[str, Any], registry: Registry) -> None:
    examples = list(_spec_examples(spec))
    assert len(examples) >= 4
    for where, model, body in examples:
        assert _errors(registry, model, body) == [], where


def test_seed_map_covers_every_fixture() -> None:
    assert sorted(SEEDS) == sorted(p.name for p in FIXTURES.glob("*.json"))


@pytest.mark.parametrize(("fixture", "model"), SEEDS.items())
def test_every_seed_validates(registry: Registry, fixture: str, model: str) -> None:
    body = load_fixture(fixture)
    assert _errors(registry, model, body) == []
    # the validator does look into the schemas: a wrong state fails
    assert _errors(registry, model, {**body, next(iter(body)): "Finished"}) != []


def test_refs_are_followed_into_the_other_files(registry: Registry) -> None:
    body = load_fixture("data_loss_progress_completed.json")
    result = body["InvokeDataLossResult"]
    result["ErrorCode"] = "zero"
    result["SelectedPartition"]["PartitionId"] = "not-a-guid"
    errors = _errors(registry, "PartitionDataLossProgress", body)
    assert len(errors) == 1  # the oneOf [InvokeDataLossResult, null] fails as a whole
    result_errors = _errors(registry, "InvokeDataLossResult", result)
    assert sorted(result_errors) == [
        "['ErrorCode']: 'zero' does not match '^-?[0-9]+$'",
        "['SelectedPartition', 'PartitionId']: 'not-a-guid' is not a 'uuid'",
    ]


def test_the_bundle_validates_the_same(
    documents: dict[str, dict[str, Any]], registry: Registry
) -> None:
    bundle = documents["all"]
    for fixture, model in SEEDS.items():
        validator = Draft202012Validator(
            {**bundle, "$ref": f"#/$defs/{model}"},
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        body = load_fixture(fixture)
        assert list(validator.iter_errors(body)) == [], fixture
        assert not validator.is_valid({next(iter(body)): 7})


@pytest.mark.parametrize("wire", [0, -2147467259, "0", "-2147467259"])
def test_error_code_number_or_decimal_string(registry: Registry, wire: object) -> None:
    # A number on the wire; the reference page's "0" is tolerated as the models do.
    assert _errors(registry, "ErrorCode", wire) == []


@pytest.mark.parametrize("wire", ["zero", "0x1", "", 1.5, True, None, [0]])
def test_error_code_rejects_anything_else(registry: Registry, wire: object) -> None:
    assert _errors(registry, "ErrorCode", wire) != []


def test_lsns_and_epochs_take_strings_and_numbers(registry: Registry) -> None:
    body = {
        "RestoreState": "Success",
        "RestoredEpoch": {"ConfigurationVersion": 8589934592, "DataLossVersion": "1"},
        "RestoredLsn": 54719,
    }
    assert _errors(registry, "RestoreProgressInfo", body) == []
    assert _errors(registry, "RestoreProgressInfo", {"RestoredLsn": 1.5}) != []
    assert _errors(registry, "RestoreProgressInfo", {"TimeStampUtc": "yesterday"}) != []


def test_polymorphic_storage_is_told_apart_by_storage_kind(registry: Registry) -> None:
    share = {"StorageKind": "FileShare", "Path": "\\\\share\\backups"}
    assert _errors(registry, "BackupStorageDescription", share) == []
    assert _errors(registry, "BackupStorageDescription", {**share, "StorageKind": "X"})
    body = {"BackupId": "3a056ac9-7206-43c3-8424-6f6103003eba", "BackupLocation": "a"}
    assert _errors(registry, "RestorePartitionDescription", body) == []
    assert _errors(registry, "RestorePartitionDescription", {"BackupLocation": "a"})


def test_contract_schema_rewrites_refs_and_drops_openapi_keywords() -> None:
    schema = {
        "oneOf": [{"$ref": "#/components/schemas/A"}],
        "discriminator": {"propertyName": "K"},
        "x-vendor": 1,
        "properties": {
            "discriminator": {"$ref": "#/components/schemas/B/properties/C"},
            "example": {"type": "string", "example": "e", "examples": ["e"]},
        },
    }
    out = generate._contract_schema(
        schema, lambda n, p: f"{n}.json" + (f"#{p}" if p else "")
    )
    assert out == {
        "oneOf": [{"$ref": "A.json"}],
        "properties": {
            "discriminator": {"$ref": "B.json#/properties/C"},
            "example": {"type": "string", "examples": ["e"]},
        },
    }
    with pytest.raises(SystemExit):
        generate._contract_schema({"$ref": "#/components/responses/R"}, str)
    with pytest.raises(SystemExit):
        generate._contract_schema({"type": "boolean", "x-also-accept": ["string"]}, str)


def test_contract_is_byte_deterministic(spec: dict[str, Any], tmp_path: Path) -> None:
    generate._render_contract(spec, tmp_path / "a")
    generate._render_contract(json.loads(json.dumps(spec)), tmp_path / "b")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()}
    assert a == b
    assert a == {p.name: p.read_bytes() for p in CONTRACT.glob("*.schema.json")}
