"""The `sfrest` pytest plugin: fixtures for testing code that calls Service Fabric.

Installed with sfrest (the `pytest11` entry point `sfrest`), so there is nothing to
enable: any test can ask for the four fixtures, each fresh per test.

    import time

    import pytest

    import sfrest
    from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE


    def test_a_600_s_quorum_loss_waits_in_virtual_time(sf_client, sf_clock):
        started = time.monotonic()
        op = sf_client.start_quorum_loss(CALC_SERVICE, CALC_PARTITIONS[0], "QuorumReplicas", 600)
        with pytest.raises(sfrest.WaitTimeoutError):
            op.wait(timeout=5)                    # 5 s of the manual clock, not 600
        assert 5 <= sf_clock.now < 10
        assert op.wait().state == "Completed"     # the rest of the 600 s, also virtual
        assert sf_clock.now >= 600 and time.monotonic() - started < 60


    @pytest.mark.anyio                            # or pytest-asyncio's mark, or asyncio.run
    async def test_async(sf_async_client, sf_emulator):
        sf_emulator.inject_fault(CALC_PARTITIONS[1], kind="PartitionRestart")
        op = await sf_async_client.start_partition_restart(
            CALC_SERVICE, CALC_PARTITIONS[1], "AllReplicasOrInstances"
        )
        assert (await op.wait()).state == "Faulted"

- sf_clock: a ManualClock at 0.0.
- sf_emulator: Emulator(clock=sf_clock), the seeded topology and DEFAULT_DURATIONS.
- sf_client: ServiceFabricClient(transport=sf_emulator.transport(), sleep=sf_clock.sleep,
  clock=sf_clock), closed after the test. Both sleep= and clock= are the manual clock's:
  with only sleep=, wait(timeout=5) would measure its deadline in wall time while the
  sleeps fly through virtual time, and a 600 s operation would seem to finish within 5 s.
- sf_async_client: the AsyncServiceFabricClient twin (sleep=sf_clock.async_sleep,
  clock=sf_clock). It is made outside any event loop (the in-process transport holds no
  connection and nothing bound to a loop), so it works in an `async def` test under any
  asyncio runner (anyio's pytest plugin, which comes with httpx; pytest-asyncio) and in a
  plain test through `asyncio.run(...)`, even several times; `async with sf_async_client`
  is allowed too. The async client needs asyncio (it uses asyncio.timeout), not trio.

For another topology or other durations, override sf_emulator in a conftest.py, keeping
sf_clock as its clock (sf_client and sf_async_client refuse an emulator on another
clock):

    @pytest.fixture
    def sf_emulator(sf_clock):
        return Emulator(clock=sf_clock, durations={"PartitionQuorumLoss": 30.0}, page_size=2)

`pytest -p no:sfrest` turns the plugin off.
"""

from __future__ import annotations

from collections.abc import Coroutine, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # imported in the fixtures: a pytest run that uses none pays nothing
    from sfrest import AsyncServiceFabricClient, ServiceFabricClient

    from . import Emulator, ManualClock

__all__ = ["sf_async_client", "sf_client", "sf_clock", "sf_emulator"]


@pytest.fixture
def sf_clock() -> ManualClock:
    """A ManualClock at 0.0, shared by sf_emulator and the clients.

    For example::

        def test_clock(sf_clock):
            sf_clock.advance(2.5)
            assert sf_clock.now == 2.5
    """
    from . import ManualClock

    return ManualClock()


@pytest.fixture
def sf_emulator(sf_clock: ManualClock) -> Emulator:
    """A fresh Emulator of the seeded topology on sf_clock.

    For example::

        def test_fault(sf_emulator, sf_client):
            sf_emulator.inject_fault(CALC_PARTITIONS[0], kind="PartitionDataLoss")
            op = sf_client.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "FullDataLoss")
            assert op.wait().state == "Faulted"
    """
    from . import Emulator

    return Emulator(clock=sf_clock)


def _same_clock(emulator: Emulator, clock: ManualClock) -> None:
    if emulator.clock is not clock:
        pytest.fail(
            "sf_emulator runs on another clock than sf_clock, so waits would not advance "
            "its time: build it with Emulator(clock=sf_clock)",
            pytrace=False,
        )


@pytest.fixture
def sf_client(
    sf_emulator: Emulator, sf_clock: ManualClock
) -> Iterator[ServiceFabricClient]:
    """A ServiceFabricClient answered in-process by sf_emulator, its sleep and clock sf_clock's.

    For example::

        def test_wait(sf_client, sf_clock):
            op = sf_client.backup_partition(CALC_PARTITIONS[0])
            assert op.wait().backup_state == "Success" and sf_clock.now >= 2.0
    """
    from sfrest import ServiceFabricClient

    _same_clock(sf_emulator, sf_clock)
    with ServiceFabricClient(
        transport=sf_emulator.transport(), sleep=sf_clock.sleep, clock=sf_clock
    ) as client:
        yield client


def _finish(coroutine: Coroutine[Any, Any, None]) -> None:
    """Run a coroutine that never suspends to its end, without an event loop."""
    try:
        coroutine.send(None)
    except StopIteration:
        return
    coroutine.close()
    raise RuntimeError("closing the in-process async client waited on the event loop")


@pytest.fixture
def sf_async_client(
    sf_emulator: Emulator, sf_clock: ManualClock
) -> Iterator[AsyncServiceFabricClient]:
    """An AsyncServiceFabricClient answered in-process by sf_emulator, on sf_clock.

    A plain fixture: use it in an async test of any asyncio runner, or in a sync one::

        def test_async(sf_async_client):
            async def main():
                op = await sf_async_client.backup_partition(CALC_PARTITIONS[0])
                return await op.wait()
            assert asyncio.run(main()).backup_state == "Success"
    """
    from sfrest import AsyncServiceFabricClient

    _same_clock(sf_emulator, sf_clock)
    client = AsyncServiceFabricClient(
        transport=sf_emulator.async_transport(),
        sleep=sf_clock.async_sleep,
        clock=sf_clock,
    )
    yield client
    # the transport has nothing to close, so close() completes without suspending
    _finish(client.close())
