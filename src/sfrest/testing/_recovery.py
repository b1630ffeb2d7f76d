"""Recovery: Recover* end the quorum loss of their partitions at once (the quorum-loss
operation is Completed from that moment); on a partition not in quorum loss they do
nothing, and RecoverSystemPartitions always does nothing (there is no fabric:/System)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from ._registry import handles
from ._state import Cluster
from ._wire import Call, EmulatorResponse


def _recover(cluster: Cluster, partitions: Iterable[uuid.UUID], now: float) -> None:
    for pid in partitions:
        quorum_loss = cluster.quorum_loss(pid, now)
        if quorum_loss is not None:
            quorum_loss.recovered = now


@handles("RecoverPartition")
def recover_partition(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid = cluster.known_partition(call)
    _recover(cluster, [pid], now)
    return call.done()


@handles("RecoverServicePartitions")
def recover_service(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service = cluster.known_service(call)
    _recover(cluster, (p.id for p in service.partitions), now)
    return call.done()


@handles("RecoverSystemPartitions")
def recover_system(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    return call.done()  # the emulated cluster has no system services: nothing to do


@handles("RecoverAllPartitions")
def recover_all(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    services = cluster.topology.services()
    _recover(cluster, (p.id for s in services for p in s.partitions), now)
    return call.done()
