"""The vendored package: src/sfrest and generated/sfrest_generated copied into a project.

No pip install of sfrest: the two package folders are copied into a temporary project
tree, and a fresh `python -m venv` (no access to this .venv) imports them through
PYTHONPATH with only the runtime dependencies beside them: httpx, pydantic, sniffio, h11,
aiohttp, jmespath, PyYAML and what they need, copied file by file (their RECORD) from
this .venv's site-packages, so the test stays offline. The copy then calls the sfrest.testing emulator, served over
loopback HTTP by this test process, sync and async.
"""

import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from importlib.metadata import distribution
from pathlib import Path

import pytest
from conftest import ROOT
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator

RUNTIME = {
    "aiohappyeyeballs",
    "aiohttp",
    "aiosignal",
    "annotated-types",
    "anyio",
    "attrs",
    "certifi",
    "h11",
    "httpcore",
    "httpx",
    "frozenlist",
    "idna",
    "multidict",
    "propcache",
    "jmespath",
    "pydantic",
    "pydantic-core",
    "pyyaml",
    "sniffio",
    "typing-extensions",
    "typing-inspection",
    "yarl",
}
PROGRAM = """
import asyncio, json, sys
import sfrest, sfrest_generated, httpx, pydantic

url, service, partition, vendor = sys.argv[1:5]
for module in (sfrest, sfrest_generated):
    assert module.__file__.startswith(vendor), module.__file__
blocked = []
for name in ("hypothesis", "pytest", "openapi_python_client", "jsonschema"):
    try:
        __import__(name)
    except ImportError:
        blocked.append(name)

with sfrest.ServiceFabricClient(url) as client:
    op = client.start_data_loss(service, partition, "PartialDataLoss")
    first = op.progress().state
    done = op.wait(timeout=30)
    result = done.invoke_data_loss_result

async def restart():
    async with sfrest.AsyncServiceFabricClient(url) as client:
        op = await client.start_partition_restart(service, partition, "OnlyActiveSecondaries")
        return (await op.wait(timeout=30)).state

print(json.dumps({
    "sys_path": sys.path,
    "blocked": blocked,
    "first": first,
    "state": done.state,
    "error_code": result.error_code,
    "partition": str(result.selected_partition.partition_id),
    "async_state": asyncio.run(restart()),
    "versions": [httpx.__version__, pydantic.VERSION],
}))
"""


def runtime_closure() -> set[str]:
    """sfrest's runtime dependencies and theirs, as installed (markers evaluated)."""
    seen: set[str] = set()
    todo = ["sfrest"]
    while todo:
        requires = distribution(todo.pop()).requires or []
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            name = canonicalize_name(requirement.name)
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def _files(name: str) -> Iterator[tuple[Path, Path]]:
    """(installed file, path relative to site-packages) of a distribution, per RECORD."""
    dist = distribution(name)
    for file in dist.files or []:
        located = Path(str(dist.locate_file(file)))
        if (
            ".." not in file.parts
            and "__pycache__" not in file.parts
            and located.is_file()
        ):
            yield located, Path(*file.parts)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project tree: vendor/ (sfrest, sfrest_generated), site/ (runtime deps), venv/."""
    root = tmp_path_factory.mktemp("vendored")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "src" / "sfrest", root / "vendor" / "sfrest", ignore=ignore)
    shutil.copytree(
        ROOT / "generated" / "sfrest_generated",
        root / "vendor" / "sfrest_generated",
        ignore=ignore,
    )
    for name in RUNTIME:
        for installed, relative in _files(name):
            target = root / "site" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(installed, target)
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(root / "venv")
    return root


def test_the_runtime_dependencies_are_the_copied_ones() -> None:
    assert runtime_closure() == RUNTIME


def test_the_vendored_copy_calls_a_server(project: Path) -> None:
    python = project / "venv" / "bin" / "python"
    vendor, site = project / "vendor", project / "site"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": os.pathsep.join([str(vendor), str(site)]),
        "PYTHONNOUSERSITE": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    # long enough that the first poll sees Running on a busy machine (no bytecode here)
    emulator = Emulator(durations={"PartitionDataLoss": 2.0, "PartitionRestart": 2.0})
    arguments = [str(CALC_PARTITIONS[0]), str(vendor)]
    with emulator.serve("127.0.0.1", 0) as server:
        ran = subprocess.run(
            [str(python), "-c", PROGRAM, server.url, CALC_SERVICE, *arguments],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout)
    assert report["first"] == "Running"
    assert report["state"] == "Completed"
    assert report["error_code"] == 0
    assert report["partition"] == str(CALC_PARTITIONS[0])
    assert report["async_state"] == "Completed"
    # nothing of this .venv or the repository on the path: only the copies and the stdlib
    venv_root = str(Path(sys.prefix).resolve())
    assert not [p for p in report["sys_path"] if p.startswith(venv_root)]
    assert not [p for p in report["sys_path"] if p.startswith(str(ROOT))]
    assert report["sys_path"][1:3] == [str(vendor), str(site)]
    # the dev tools are not there: the copy needs none of them
    assert report["blocked"] == [
        "hypothesis",
        "pytest",
        "openapi_python_client",
        "jsonschema",
    ]
