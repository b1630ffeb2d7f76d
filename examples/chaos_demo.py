"""A chaos drill against a Service Fabric cluster, by default the sfrest emulator.

    python examples/chaos_demo.py                      # starts the emulator, runs, stops it
    python examples/chaos_demo.py --endpoint http://localhost:19080   # a cluster you run

The drill: partial data loss on one partition, a restart cancelled half-way, quorum
loss, a node stopped and started again, a restart of every partition at once (async),
a backup and a restore from it, and the list of every fault operation.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import sfrest
from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, NODES

SERVICE = CALC_SERVICE  # fabric:/CalcApp/CalcService, stateful, backup enabled
PARTITION = CALC_PARTITIONS[0]
NODE, NODE_INSTANCE_ID = "_Node_1", NODES["_Node_1"]


def say(text: str) -> None:
    print(text, flush=True)


def follow(what: str) -> Callable[[Any], None]:
    """An on_progress callback printing each state change with the time since the start."""
    start, last = time.monotonic(), [""]

    def on_progress(progress: Any) -> None:
        state = str(progress.state if hasattr(progress, "state") else
                    getattr(progress, "backup_state", None) or getattr(progress, "restore_state", None))  # fmt: skip
        if state != last[0]:
            say(f"    {what}: {state} after {time.monotonic() - start:.1f}s")
            last[0] = state

    return on_progress


def drill(endpoint: str) -> None:
    with sfrest.ServiceFabricClient(endpoint) as client:
        say(f"1. Partial data loss on partition {PARTITION} of {SERVICE}")
        progress = client.start_data_loss(SERVICE, PARTITION, "PartialDataLoss").wait(
            on_progress=follow("data loss")
        )
        result = progress.invoke_data_loss_result
        assert result is not None and result.selected_partition is not None
        say(f"   -> data loss invoked on partition {result.selected_partition.partition_id} "
            f"(error code {result.error_code}); the service now recovers from its replicas")  # fmt: skip

        say("2. Restart of every replica, cancelled while it runs")
        restart = client.start_partition_restart(
            SERVICE, PARTITION, "AllReplicasOrInstances"
        )
        restart.cancel()
        restarted = restart.wait(on_progress=follow("restart"))
        say(
            f"   -> the restart ended {restarted.state}: the system rolled back its own state"
        )

        say("3. Quorum loss on the partition for 3 seconds")
        quorum = client.start_quorum_loss(SERVICE, PARTITION, "QuorumReplicas", 3).wait(
            on_progress=follow("quorum loss")
        )
        say(
            f"   -> quorum loss {quorum.state}: writes were blocked, then quorum came back"
        )

        say(f"4. Stop node {NODE}, then start it again")
        stop = client.start_node_transition(NODE, "Stop", NODE_INSTANCE_ID, 600)
        stop.wait(on_progress=follow("stop"))
        start = client.start_node_transition(NODE, "Start", NODE_INSTANCE_ID, 0)
        started = start.wait(on_progress=follow("start"))
        transition = started.node_transition_result
        node = transition.node_result if transition else None
        say(f"   -> node {node.node_name if node else NODE} is back ({started.state})")

        say(
            f"5. Restart the secondaries of all {len(CALC_PARTITIONS)} partitions at once (async)"
        )
        states = asyncio.run(restart_all(endpoint))
        say(f"   -> {', '.join(f'{str(pid)[:8]}…: {state}' for pid, state in states)}")

        say(f"6. Back up partition {PARTITION}")
        backup = client.backup_partition(PARTITION).wait(on_progress=follow("backup"))
        say(f"   -> backup {backup.backup_state}: {backup.backup_location} "
            f"(LSN {backup.lsn_of_last_backup_record})")  # fmt: skip
        assert backup.backup_id is not None and backup.backup_location is not None

        say("7. Restore the partition from that backup")
        restore = client.restore_partition(
            PARTITION, backup.backup_id, backup.backup_location
        ).wait(on_progress=follow("restore"))
        say(f"   -> restore {restore.restore_state} up to LSN {restore.restored_lsn}")

        say("8. Every fault operation the cluster knows of")
        for status in client.get_fault_operation_list():
            say(f"    {status.type!s:20} {status.state!s:15} {status.operation_id}")


async def restart_all(endpoint: str) -> list[tuple[object, str]]:
    async with sfrest.AsyncServiceFabricClient(endpoint) as client:
        ops = [await client.start_partition_restart(SERVICE, pid, "OnlyActiveSecondaries")
               for pid in CALC_PARTITIONS]  # fmt: skip
        done = await asyncio.gather(*(op.wait() for op in ops))
    return [
        (pid, str(progress.state))
        for pid, progress in zip(CALC_PARTITIONS, done, strict=True)
    ]


def _free_port(preferred: int) -> int:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def emulator() -> Iterator[str]:
    """Run `sfrest emulator` in a child process; stop it (by its pid) on the way out."""
    port = _free_port(19080)
    child = subprocess.Popen([sys.executable, "-m", "sfrest", "emulator", "--port", str(port)],
                             stdout=subprocess.DEVNULL)  # fmt: skip
    endpoint = f"http://127.0.0.1:{port}"
    try:
        with sfrest.ServiceFabricClient(
            endpoint, retry=sfrest.RetryPolicy(max_retries=0)
        ) as probe:
            for _ in range(100):
                with contextlib.suppress(sfrest.TransportError):
                    probe.get_fault_operation_list()
                    break
                time.sleep(0.05)
        say(f"Emulator running at {endpoint} (pid {child.pid})")
        yield endpoint
    finally:
        child.terminate()
        child.wait(timeout=10)
        say(f"Emulator (pid {child.pid}) stopped")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--endpoint", help="a running cluster or emulator; default: start the emulator"
    )
    args = parser.parse_args()
    if args.endpoint:
        drill(args.endpoint)
    else:
        with emulator() as endpoint:
            drill(endpoint)
    say(
        "Chaos drill complete: every fault was induced, observed to its end and cleaned up."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
