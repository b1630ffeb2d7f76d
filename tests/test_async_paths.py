"""The async client's two paths give the same answers: aiohttp (what production uses, no
transport= given) against the emulator's HTTP server, and httpx through the in-process
transport that sfrest.testing's fixtures and most tests use.

One drill runs on each path, on its own emulator and ManualClock with the same seed of
inputs, and records what it saw; the records must be equal, and right.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

import sfrest
from sfrest import AsyncServiceFabricClient
from sfrest.testing import (
    CALC_PARTITIONS,
    CALC_SERVICE,
    NODES,
    Emulator,
    ManualClock,
)

P0, P1 = CALC_PARTITIONS[0], CALC_PARTITIONS[1]
NODE = sorted(NODES)[1]
OPS = [uuid.UUID(int=n) for n in range(1, 6)]


@asynccontextmanager
async def _client(path: str) -> AsyncIterator[AsyncServiceFabricClient]:
    clock = ManualClock()
    emulator = Emulator(clock=clock, page_size=2)
    settings: dict[str, Any] = {"clock": clock, "sleep": clock.async_sleep}
    if path == "httpx in-process":
        async with AsyncServiceFabricClient(
            transport=emulator.async_transport(), **settings
        ) as client:
            yield client
        return
    with emulator.serve(port=0) as server:
        async with AsyncServiceFabricClient(server.url, **settings) as client:
            yield client
            assert isinstance(
                client._session, aiohttp.ClientSession
            )  # it went by aiohttp


async def _drill(client: AsyncServiceFabricClient) -> list[Any]:
    seen: list[Any] = []
    seen.append([n.name async for n in client.iter_nodes()])  # three pages of 2
    partitions = [
        p.partition_information async for p in client.iter_partitions(CALC_SERVICE)
    ]
    seen.append([str(info.id) for info in partitions if info is not None])
    seen.append(await client.get_partition_info(uuid.uuid4()))  # 204: None
    loss = await client.start_data_loss(
        CALC_SERVICE, P0, "PartialDataLoss", operation_id=OPS[0]
    )
    seen.append((await client.get_cluster_health()).aggregated_health_state)
    seen.append((await loss.wait()).state)
    quorum = await client.start_quorum_loss(
        CALC_SERVICE, P1, "QuorumReplicas", 600, operation_id=OPS[1]
    )
    await client.recover_partition(P1)
    seen.append((await quorum.wait()).state)
    restart = await client.start_partition_restart(
        CALC_SERVICE, P0, "AllReplicasOrInstances", operation_id=OPS[2]
    )
    await restart.cancel()
    seen.append((await restart.wait()).state)
    stop = await client.start_node_transition(
        NODE, "Stop", NODES[NODE], 600, operation_id=OPS[3]
    )
    await stop.wait()
    node = await client.get_node_info(NODE)
    seen.append(node.node_status if node else None)
    backup = await (await client.backup_partition(P0)).wait()
    seen.append(backup.backup_state)
    latest = (await client.get_partition_backup_list(P0, latest=True)).items or []
    seen.append(latest[0].backup_id == backup.backup_id)
    assert backup.backup_id is not None and backup.backup_location is not None
    restore = await client.restore_partition(
        P1, backup.backup_id, backup.backup_location
    )
    seen.append((await restore.wait()).restore_state)
    listed = await client.get_fault_operation_list()
    seen.append(
        sorted((str(s.operation_id), str(s.type), str(s.state)) for s in listed)
    )
    for bad in (
        lambda: client.get_data_loss_progress(CALC_SERVICE, P0, OPS[4]),  # unknown id
        lambda: client.start_data_loss(
            CALC_SERVICE, P0, "PartialDataLoss", operation_id=OPS[0]
        ),
    ):
        with pytest.raises(sfrest.FabricError) as raised:
            await bad()
        seen.append(
            (type(raised.value).__name__, raised.value.status_code, raised.value.code)
        )
    return seen


@pytest.mark.anyio
async def test_aiohttp_against_the_server_sees_what_httpx_in_process_sees() -> None:
    records = {}
    for path in ("aiohttp over HTTP", "httpx in-process"):
        async with _client(path) as client:
            records[path] = await _drill(client)
    over_http = records["aiohttp over HTTP"]
    assert over_http == records["httpx in-process"]
    assert over_http[0] == sorted(NODES)
    assert over_http[1] == [str(p) for p in CALC_PARTITIONS]
    assert over_http[2] is None
    assert over_http[3:8] == ["Warning", "Completed", "Completed", "Cancelled", "Down"]
    assert over_http[8:11] == ["Success", True, "Success"]
    assert [state for _, _, state in over_http[11]] == [
        "Completed",
        "Completed",
        "Cancelled",
        "Completed",
    ]
    assert over_http[12][1:] == (404, "FABRIC_E_KEY_NOT_FOUND")
    assert over_http[13][1:] == (
        409,
        "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
    )
