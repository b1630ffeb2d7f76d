"""The sfrest pytest plugin: declared as an entry point, loaded in this very run, and its
fixtures at work in a user's test run (pytester), with `filterwarnings = error`.

The user's runs are in-process (a fresh pytest configuration, which loads the plugin from
its entry point as any run does) except one in a fresh interpreter.
"""

from __future__ import annotations

import re
from importlib.metadata import entry_points

import pytest
from conftest import ROOT
from test_docstring_examples import EXAMPLES, PLUGIN

from sfrest.testing import pytest_plugin

pytest_plugins = ["pytester"]

INI = """\
[pytest]
addopts = --strict-markers
filterwarnings = error
"""

USER_TESTS = """\
import asyncio
import time
import uuid

import pytest

import sfrest
from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator, ManualClock

OID = uuid.UUID("7216486c-1ee9-4b00-99b2-92b26fcb07f5")


def quorum_loss(client):
    return client.start_quorum_loss(
        CALC_SERVICE, CALC_PARTITIONS[0], "QuorumReplicas", 600, operation_id=OID
    )


def test_the_four_fixtures_are_wired_together(
    sf_clock, sf_emulator, sf_client, sf_async_client
):
    assert isinstance(sf_clock, ManualClock) and sf_clock.now == 0.0
    assert isinstance(sf_emulator, Emulator) and sf_emulator.clock is sf_clock
    assert isinstance(sf_client, sfrest.ServiceFabricClient)
    assert isinstance(sf_async_client, sfrest.AsyncServiceFabricClient)


def test_a_wait_on_a_600_s_quorum_loss_runs_on_the_manual_clock(sf_client, sf_clock):
    started = time.monotonic()
    op = quorum_loss(sf_client)
    with pytest.raises(sfrest.WaitTimeoutError) as raised:
        op.wait(timeout=5)
    assert raised.value.last_progress.state == "Running"
    assert 5.0 <= sf_clock.now < 6.0  # the deadline is on the manual clock
    assert op.wait().state == "Completed"
    assert 602.0 <= sf_clock.now < 606.0  # 2 s + 600 s, polled at most 3.85 s apart
    assert time.monotonic() - started < 60


def test_every_test_has_its_own_emulator_and_clock(sf_client, sf_clock):
    assert sf_clock.now == 0.0
    assert quorum_loss(sf_client).progress().state == "Running"  # OID is new here
    assert [o.operation_id for o in sf_client.get_fault_operation_list()] == [OID]


@pytest.mark.anyio
async def test_the_async_client_under_anyio(sf_async_client, sf_clock):
    op = await quorum_loss(sf_async_client)
    with pytest.raises(sfrest.WaitTimeoutError):
        await op.wait(timeout=5)
    assert 5.0 <= sf_clock.now < 6.0
    assert (await op.wait()).state == "Completed"
    assert sf_clock.now >= 602.0


def test_the_async_client_in_asyncio_run_twice(sf_async_client, sf_emulator):
    sf_emulator.inject_fault(CALC_PARTITIONS[1], kind="PartitionRestart")

    async def restart():
        op = await sf_async_client.start_partition_restart(
            CALC_SERVICE, CALC_PARTITIONS[1], "AllReplicasOrInstances"
        )
        return await op.wait(timeout=30)

    assert asyncio.run(restart()).state == "Faulted"
    assert asyncio.run(restart()).state == "Completed"  # another loop, the same client


def test_the_async_client_may_be_closed_by_the_test(sf_async_client):
    async def health():
        async with sf_async_client as client:
            return await client.get_cluster_health()

    assert asyncio.run(health()).aggregated_health_state == "Ok"
"""


def test_the_entry_point_is_declared() -> None:
    found = [ep for ep in entry_points(group="pytest11") if ep.name == "sfrest"]
    assert [(ep.value, ep.dist and ep.dist.name) for ep in found] == [
        ("sfrest.testing.pytest_plugin", "sfrest")
    ]
    assert found[0].load() is pytest_plugin


def test_this_run_loaded_it_beside_the_conftest(pytestconfig: pytest.Config) -> None:
    manager = pytestconfig.pluginmanager
    assert manager.get_plugin("sfrest") is pytest_plugin
    conftest = manager.get_plugin(str(ROOT / "tests" / "conftest.py"))
    assert conftest is not None
    assert not {name for name in vars(conftest) if name.startswith("sf_")}


def test_a_users_run_gets_the_fixtures_in_a_fresh_interpreter(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeini(INI)
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)
    assert "warning" not in result.stdout.str().lower()


def test_the_plugin_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI)
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest("-p", "no:sfrest")
    result.assert_outcomes(errors=6)
    result.stdout.fnmatch_lines(["*fixture 'sf_clock' not found*"])


def test_an_emulator_on_another_clock_is_refused(pytester: pytest.Pytester) -> None:
    pytester.makeini(INI)
    pytester.makeconftest(
        """
        import pytest
        from sfrest.testing import Emulator

        @pytest.fixture
        def sf_emulator():
            return Emulator()  # time.monotonic: waits would not move it
        """
    )
    pytester.makepyfile(
        """
        def test_sync(sf_client):
            pass

        def test_async(sf_async_client):
            pass
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        ["*sf_emulator runs on another clock than sf_clock*Emulator(clock=sf_clock)*"]
    )


HEADER = """\
import asyncio

import pytest

from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator

"""


def test_the_plugins_docstring_examples_run_under_pytest(
    pytester: pytest.Pytester,
) -> None:
    """The examples tests/test_docstring_examples.py leaves to this test: the module's
    tests and each fixture's, as written, then again under the sf_emulator override the
    module's docstring shows, as a conftest.py."""
    module, override = EXAMPLES[PLUGIN]
    pytester.makeini(INI)
    files = {"test_module_doc": module}
    for name in pytest_plugin.__all__:
        (example,) = EXAMPLES[f"{PLUGIN}.{name}"]
        files[f"test_{name}_doc"] = HEADER + example
    assert {k for k in EXAMPLES if k.startswith(PLUGIN)} == {
        PLUGIN,
        *(f"{PLUGIN}.{name}" for name in pytest_plugin.__all__),
    }
    pytester.makepyfile(**files)
    result = pytester.runpytest()
    result.assert_outcomes(passed=6)

    pytester.makeconftest(HEADER + override)
    pytester.makepyfile(
        test_override="""
        def test_the_override_is_used(sf_emulator, sf_client, sf_clock):
            assert sf_emulator.page_size == 2
            assert sf_emulator.durations["PartitionQuorumLoss"] == 30.0
            assert len(sf_client.get_node_info_list().items) == 2
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(passed=7)


def test_the_readme_example_runs_under_pytest(pytester: pytest.Pytester) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## The emulator: `sfrest.testing`\n", 1)[1]
    section = section.split("\n## ", 1)[0]
    (example,) = [
        block
        for block in re.findall(r"```python\n(.*?)```", section, re.DOTALL)
        if "sf_client" in block
    ]
    pytester.makeini(INI)
    pytester.makepyfile(test_readme_example=example)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2)
