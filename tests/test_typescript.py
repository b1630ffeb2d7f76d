"""A second language proves the contract: openapi-typescript types type-check the seeds.

`npx openapi-typescript spec/servicefabric.yaml -o <tmp>/sf.d.ts`, then `tsc --strict` on
tests/typescript/examples.ts, which assigns the seed example bodies to the generated
types and expects two deliberate errors (`// @ts-expect-error`). Running the compiled
file prints the seeds, compared with tests/fixtures/, and the official drill examples,
compared with tests/fixtures/reference/.
"""

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, ROOT, SPEC_PATH, load_fixture
from node_tools import npx

EXAMPLES = ROOT / "tests" / "typescript" / "examples.ts"
TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "exactOptionalPropertyTypes": True,
        "noUnusedLocals": True,
        "target": "ES2022",
        "module": "commonjs",
        "moduleResolution": "node10",
        "types": [],
        "outDir": "out",
    },
    "files": ["examples.ts"],
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A temporary TypeScript project: the generated sf.d.ts, examples.ts, tsconfig.json."""
    folder = tmp_path_factory.mktemp("typescript")
    generated = npx("openapi-typescript", SPEC_PATH, "-o", folder / "sf.d.ts")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    shutil.copy(EXAMPLES, folder / "examples.ts")
    (folder / "tsconfig.json").write_text(json.dumps(TSCONFIG), encoding="utf-8")
    return folder


def _tsc(project: Path, *args: str) -> tuple[int, str]:
    result = npx("tsc", "-p", project / "tsconfig.json", *args, cwd=project)
    return result.returncode, result.stdout + result.stderr


def test_generated_types_name_every_operation_and_model(
    project: Path, spec: dict[str, Any]
) -> None:
    types = (project / "sf.d.ts").read_text(encoding="utf-8")
    for item in spec["paths"].values():
        for operation in item.values():
            assert f"    {operation['operationId']}: {{" in types
    for name in spec["components"]["schemas"]:
        assert re.search(rf"^        {name}: ", types, re.MULTILINE), name
    assert '"Completed"' in types  # enums are string-literal unions, not string


def test_seed_bodies_type_check_with_tsc_noemit(project: Path) -> None:
    code, output = _tsc(project, "--noEmit")
    assert code == 0, output
    assert "error" not in output


def test_type_checking_is_real(project: Path) -> None:
    # Without the two directives tsc reports exactly the two expected errors ...
    text = (project / "examples.ts").read_text(encoding="utf-8")
    directives = re.findall(r"^// @ts-expect-error.*$", text, re.MULTILINE)
    assert len(directives) == 2
    unguarded = project / "unguarded"
    unguarded.mkdir()
    shutil.copy(project / "sf.d.ts", unguarded / "sf.d.ts")
    (unguarded / "examples.ts").write_text(
        re.sub(r"^// @ts-expect-error.*$", "//", text, flags=re.MULTILINE),
        encoding="utf-8",
    )
    (unguarded / "tsconfig.json").write_text(json.dumps(TSCONFIG), encoding="utf-8")
    code, output = _tsc(unguarded, "--noEmit")
    assert code != 0
    errors = re.findall(r"examples\.ts\(\d+,\d+\): error (TS\d+): (.*)", output)
    assert [e[0] for e in errors] == ["TS2322", "TS2322"], output
    assert "'\"Finished\"' is not assignable" in errors[0][1]
    assert "Property 'Path' is missing" in output
    # ... and a directive with nothing to expect is itself an error (TS2578).
    (unguarded / "examples.ts").write_text(
        text.replace('{ State: "Finished" }', '{ State: "Completed" }'),
        encoding="utf-8",
    )
    code, output = _tsc(unguarded, "--noEmit")
    assert code != 0
    assert "error TS2578: Unused '@ts-expect-error' directive." in output


def test_the_typescript_examples_are_the_seed_fixtures(project: Path) -> None:
    code, output = _tsc(project)
    assert code == 0, output
    node = shutil.which("node")
    assert node is not None
    printed = subprocess.run(
        [node, str(project / "out" / "examples.js")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    output = json.loads(printed)
    seeds = output["seeds"]
    assert sorted(seeds) == sorted(p.name for p in FIXTURES.glob("*.json"))
    official = output["official"]
    assert len(official) == 3
    for name, body in official.items():
        expected = load_fixture(f"reference/{name}")["responses"]["200"]["body"]
        assert body == expected, name
    for name, body in seeds.items():
        expected = load_fixture(name)
        result = expected.get("InvokeDataLossResult")
        if result is not None and result["ErrorCode"] == "0":
            result["ErrorCode"] = 0  # the reference page's string; the wire's number
        assert body == expected, name
