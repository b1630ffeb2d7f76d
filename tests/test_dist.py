"""`make dist`'s sdist and wheel, and the wheel installed by pip into a bare venv.

The build is `make dist`'s command, scripts/dist.py (the files git tracks, built with the
pinned hatchling of this .venv, no isolated environment, so nothing is downloaded). The venv is made by `python -m venv`
with pip and nothing else; the runtime dependencies are copied into it file by file from
this .venv's site-packages with their dist-info, as tests/test_vendoring.py does, so
`pip install --no-index` of the wheel finds its requirements already met and reaches no
index. The installed `sfrest` console script then serves the emulator on a free loopback
port and drives it: a partition list and a data loss waited to Completed.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, load_script
from test_vendoring import RUNTIME, _files

from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE

WHEEL_PACKAGES = ("sfrest/", "sfrest/testing/", "sfrest_generated/")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # a file git does not track, as a test run leaves behind: never shipped
    (ROOT / ".hypothesis").mkdir(exist_ok=True)
    (ROOT / ".hypothesis" / "untracked-by-test_dist").write_text("")
    built = subprocess.run(
        [sys.executable, "scripts/dist.py", "--outdir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def _only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_the_wheel_holds_both_packages_typed_with_the_console_script(
    dist: Path,
) -> None:
    with zipfile.ZipFile(_only(dist, "sfrest-0.1.0-py3-none-any.whl")) as wheel:
        names = wheel.namelist()
        entry_points = wheel.read("sfrest-0.1.0.dist-info/entry_points.txt").decode()
        metadata = wheel.read("sfrest-0.1.0.dist-info/METADATA").decode()
    for package in WHEEL_PACKAGES:
        assert f"{package}__init__.py" in names, package
    assert "sfrest/py.typed" in names and "sfrest_generated/py.typed" in names
    assert "sfrest_generated/sync_client.py" in names
    assert "sfrest_generated/api/faults/start_data_loss.py" in names
    # every module of the two package trees, and nothing else at the top
    for tree in ("src/sfrest", "generated/sfrest_generated"):
        for module in (ROOT / tree).rglob("*.py"):
            relative = module.relative_to(ROOT / tree.split("/")[0]).as_posix()
            assert relative in names, relative
    tops = {name.split("/")[0] for name in names}
    assert tops == {"sfrest", "sfrest_generated", "sfrest-0.1.0.dist-info"}
    assert "sfrest = sfrest.cli:main" in entry_points
    requires = re.findall(r"^Requires-Dist: ([^;\n]+)$", metadata, re.MULTILINE)
    assert sorted(r.split("<")[0].split(">")[0] for r in requires) == [
        "aiohttp",
        "h11",
        "httpx",
        "jmespath",
        "pydantic",
        "pyyaml",
        "sniffio",
    ]
    assert "sfrest = sfrest.testing.pytest_plugin" in entry_points  # pytest11


def test_the_sdist_rebuilds_the_same_packages(dist: Path) -> None:
    with tarfile.open(_only(dist, "sfrest-0.1.0.tar.gz")) as sdist:
        names = sdist.getnames()
        files = [m.name for m in sdist.getmembers() if m.isfile()]
    for path in (
        "pyproject.toml",
        "src/sfrest/__init__.py",
        "generated/sfrest_generated/sync_client.py",
        "spec/servicefabric.yaml",
    ):
        assert f"sfrest-0.1.0/{path}" in names, path
    # only what git tracks (hatchling adds PKG-INFO)
    shipped = {name.removeprefix("sfrest-0.1.0/") for name in files}
    assert shipped - {"PKG-INFO"} <= set(load_script("dist").tracked())
    assert not [n for n in names if "/.hypothesis" in n or "/.venv" in n]


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare venv with the runtime dependencies copied in and the wheel pip-installed."""
    root = tmp_path_factory.mktemp("bare")
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(root)
    python = root / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for name in RUNTIME:
        for source, relative in _files(name):
            target = Path(site) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    wheel = _only(dist, "sfrest-0.1.0-py3-none-any.whl")
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    done = subprocess.run(
        [*pip, "--no-index", "--no-cache-dir", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        # no pip configuration of this machine (find-links, indexes): only the wheel
        env={**_clean_env(), "PIP_CONFIG_FILE": os.devnull},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Successfully installed sfrest-0.1.0" in done.stdout
    return root


def _clean_env() -> dict[str, str]:
    """PATH only, and no PYTHONPATH: nothing of this checkout or its .venv is importable."""
    return {"PATH": os.environ.get("PATH", ""), "PYTHONNOUSERSITE": "1"}


def _sfrest(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(root / "bin" / "sfrest"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=root,
        env=_clean_env(),
    )


@pytest.fixture
def emulator(installed: Path) -> Iterator[str]:
    """`sfrest emulator --port 0` of the installed wheel; its URL, from its first line."""
    child = subprocess.Popen(
        [str(installed / "bin" / "sfrest"), "emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=installed,
        env=_clean_env(),
    )
    try:
        assert child.stdout is not None
        deadline, seen = time.monotonic() + 60, ""
        while not (found := re.search(r"http://127\.0\.0\.1:\d+", seen)):
            left = deadline - time.monotonic()
            assert left > 0, f"no URL from the emulator: {seen!r}"
            if select.select([child.stdout], [], [], left)[0]:
                line = child.stdout.readline()
                assert line, f"the emulator exited: {child.wait()} {seen!r}"
                seen += line
        yield found[0]
    finally:
        child.send_signal(signal.SIGINT)
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def test_the_installed_package_is_the_wheel(installed: Path) -> None:
    program = "import sfrest, sfrest_generated; print(sfrest.__file__, sfrest_generated.__file__)"
    ran = subprocess.run(
        [str(installed / "bin" / "python"), "-c", program],
        capture_output=True,
        text=True,
        check=True,
        cwd=installed,
        env=_clean_env(),
    )
    paths = ran.stdout.split()
    assert [Path(path).parent.name for path in paths] == ["sfrest", "sfrest_generated"]
    for path in paths:
        assert Path(path).is_relative_to(installed / "lib"), path
        assert not Path(path).is_relative_to(ROOT)


def test_the_installed_console_script_drives_the_emulator(
    installed: Path, emulator: str
) -> None:
    listed = _sfrest(
        installed,
        "partition",
        "list",
        "--service-id",
        CALC_SERVICE,
        "--endpoint",
        emulator,
    )
    assert listed.returncode == 0, listed.stderr
    partitions = [p["PartitionInformation"]["Id"] for p in json.loads(listed.stdout)]
    assert partitions == [str(p) for p in CALC_PARTITIONS]

    lost = _sfrest(
        installed,
        "partition",
        "data-loss",
        "--service-id",
        CALC_SERVICE,
        "--partition-id",
        partitions[0],
        "--data-loss-mode",
        "PartialDataLoss",
        "--wait",
        "--endpoint",
        emulator,
    )
    assert lost.returncode == 0, lost.stderr
    final = json.loads(lost.stdout)
    assert final["State"] == "Completed", final
    assert final["InvokeDataLossResult"]["ErrorCode"] == 0


CHAOSTOOLKIT_RUNTIME = (
    "chaostoolkit",
    "chaostoolkit-lib",
    "charset-normalizer",
    "click",
    "click-plugins",
    "importlib_metadata",
    "lazy-importer",
    "python-json-logger",
    "requests",
    "urllib3",
    "zipp",
)
"""chaostoolkit and chaostoolkit-lib with what they need beyond sfrest's runtime."""


def test_the_chaostoolkit_wheel_holds_chaossfrest_as_the_checkout_has_it(
    dist: Path,
) -> None:
    package = ROOT / "clients" / "chaostoolkit" / "chaossfrest"
    wheel_path = _only(dist, "chaostoolkit_sfrest-0.1.0-py3-none-any.whl")
    with zipfile.ZipFile(wheel_path) as wheel:
        names = set(wheel.namelist())
        shipped = {n for n in names if n.startswith("chaossfrest/")}
        assert shipped == {
            f"chaossfrest/{p.name}"
            for p in package.iterdir()
            if p.suffix in (".py", ".typed")
        }
        for name in shipped:
            assert wheel.read(name) == (package.parent / name).read_bytes(), name
        metadata = wheel.read("chaostoolkit_sfrest-0.1.0.dist-info/METADATA").decode()
    assert "Requires-Dist: sfrest" in metadata
    assert "Requires-Dist: chaostoolkit-lib" in metadata
    assert _only(dist, "chaostoolkit_sfrest-0.1.0.tar.gz")


def test_the_installed_chaostoolkit_wheel_runs_the_example_experiment(
    dist: Path, installed: Path, emulator: str
) -> None:
    site = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import sysconfig; print(sysconfig.get_path('purelib'))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    for name in CHAOSTOOLKIT_RUNTIME:
        for source, relative in _files(name):
            target = Path(site) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    wheel = _only(dist, "chaostoolkit_sfrest-0.1.0-py3-none-any.whl")
    done = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-index",
            "--no-cache-dir",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**_clean_env(), "PIP_CONFIG_FILE": os.devnull},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Successfully installed chaostoolkit-sfrest-0.1.0" in done.stdout
    ran = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-m",
            "chaostoolkit",
            "--no-version-check",
            "--no-log-file",
            "run",
            str(ROOT / "examples" / "experiment.json"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=installed,
        env={**_clean_env(), "SF_ENDPOINT": emulator},
    )
    assert ran.returncode == 0, ran.stdout[-2000:] + ran.stderr[-2000:]
    journal = json.loads((installed / "journal.json").read_text(encoding="utf-8"))
    assert journal["status"] == "completed" and journal["deviated"] is False
    assert journal["steady_states"]["after"]["steady_state_met"] is True
    found = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import chaossfrest; print(chaossfrest.__file__)",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=installed,
        env=_clean_env(),
    ).stdout.strip()
    assert Path(found).is_relative_to(installed / "lib"), found
