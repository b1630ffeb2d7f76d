"""A chaos drill against a Service Fabric cluster, by default the sfrest emulator.

    python examples/chaos_demo.py                      # starts the emulator, runs, stops it
    python examples/chaos_demo.py --endpoint http://localhost:19080   # a cluster you run

The drill: find a stateful service, its partitions and a node through the API, check
the steady state (cluster and partition health), then partial data loss, a restart
cancelled half-way, quorum loss ended by RecoverPartition, a node stopped and started
again, a restart of every partition at once (async), a backup and a restore from the
latest backup the backup list names, and the list of every fault operation; the steady
state is checked after each fault.
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

from sfrest_generated.models import ChaosTargetFilter

import sfrest

START = time.monotonic()


def say(text: str) -> None:
    print(text, flush=True)


def step(text: str) -> None:
    say(f"{text}  [{at()}]")


def at() -> str:
    """The time since the demo started, as +1.2s."""
    return f"+{time.monotonic() - START:.1f}s"


def started(operation: Any) -> Any:
    """Print a fault operation's OperationId as it starts (to find it in the cluster's
    events, or cancel it with `sfrest cluster operation-cancel`), and return it."""
    say(f"   started OperationId {operation.operation_id} at {at()}")
    return operation


def follow(what: str) -> Callable[[Any], None]:
    """An on_progress callback printing each state change with the time since the start."""
    last = [""]

    def on_progress(progress: Any) -> None:
        state = sfrest.state_of(progress) or "Unknown"
        if state != last[0]:
            say(f"    {what}: {state} at {at()}")
            last[0] = state

    return on_progress


def steady_state(client: sfrest.ServiceFabricClient, partition_id: Any) -> str:
    """Cluster and partition health, and the partition's status, on one line."""
    cluster = client.get_cluster_health().aggregated_health_state
    partition = client.get_partition_health(partition_id).aggregated_health_state
    info = client.get_partition_info(partition_id)
    status = getattr(info, "partition_status", None)
    return f"cluster {cluster}, partition {partition} ({status})"


def app_of(service: str) -> str:
    """fabric:/App/Svc -> fabric:/App."""
    return service.rsplit("/", 1)[0]


def targets(client: sfrest.ServiceFabricClient) -> tuple[str, list[Any], Any]:
    """The first stateful service with its partitions, and a node that is up."""
    for application in client.iter_applications():
        for service in client.iter_services(application.id or ""):
            if str(service.service_kind) == "Stateful" and service.id:
                partitions = [
                    p.partition_information.id
                    for p in client.iter_partitions(service.id)
                    if p.partition_information is not None
                ]
                node = next(
                    n for n in client.iter_nodes() if str(n.node_status) == "Up"
                )
                return str(service.name), partitions, node
    raise SystemExit("no stateful service found")


def drill(endpoint: str) -> None:
    with sfrest.ServiceFabricClient(endpoint) as client:
        step("0. Find the targets")
        service, partitions, node = targets(client)
        partition = partitions[0]
        say(f"   -> {service}: partitions {', '.join(str(p)[:8] + '…' for p in partitions)}; "
            f"node {node.name} (instance {node.instance_id})")  # fmt: skip
        say(f"   -> steady state: {steady_state(client, partition)}")

        step(f"1. Partial data loss on partition {partition}")
        data_loss = started(
            client.start_data_loss(service, partition, "PartialDataLoss")
        )
        progress = data_loss.wait(on_progress=follow("data loss"))
        result = progress.invoke_data_loss_result
        assert result is not None and result.selected_partition is not None
        say(f"   -> data loss invoked on partition {result.selected_partition.partition_id} "
            f"(error code {result.error_code}); now {steady_state(client, partition)}")  # fmt: skip

        step("2. Restart of every replica, cancelled while it runs")
        restart = started(
            client.start_partition_restart(service, partition, "AllReplicasOrInstances")
        )
        say(f"   -> while it runs: {steady_state(client, partition)}")
        restart.cancel()
        restarted = restart.wait(on_progress=follow("restart"))
        say(
            f"   -> the restart ended {restarted.state}: the system rolled back its own state"
        )

        step("3. Quorum loss for 10 minutes, ended early by RecoverPartition")
        quorum = started(
            client.start_quorum_loss(service, partition, "QuorumReplicas", 600)
        )
        while "InQuorumLoss" not in steady_state(client, partition):
            time.sleep(0.2)
        say(f"   -> in quorum loss: {steady_state(client, partition)}")
        client.recover_partition(partition)
        ended = quorum.wait(on_progress=follow("quorum loss"))
        say(
            f"   -> recovered, quorum loss {ended.state}: {steady_state(client, partition)}"
        )

        step(f"4. Stop node {node.name}, then start it again")
        instance = str(node.instance_id)
        stop = started(client.start_node_transition(node.name, "Stop", instance, 600))
        stop.wait(on_progress=follow("stop"))
        down = client.get_node_info(node.name)
        say(f"   -> node {node.name} is {down.node_status if down else '?'}; "
            f"cluster {client.get_cluster_health().aggregated_health_state}")  # fmt: skip
        start = started(client.start_node_transition(node.name, "Start", instance, 0))
        back = start.wait(on_progress=follow("start"))
        say(f"   -> node {node.name} is back ({back.state}); "
            f"cluster {client.get_cluster_health().aggregated_health_state}")  # fmt: skip

        step(
            f"5. Restart the secondaries of all {len(partitions)} partitions at once (async)"
        )
        states = asyncio.run(restart_all(endpoint, service, partitions))
        say(f"   -> {', '.join(f'{str(pid)[:8]}…: {state}' for pid, state in states)}")

        step(f"6. Back up partition {partition}")
        backup = client.backup_partition(partition).wait(on_progress=follow("backup"))
        say(
            f"   -> backup {backup.backup_state} (LSN {backup.lsn_of_last_backup_record})"
        )

        step(
            "7. Restore the partition from its latest backup, as the backup list gives it"
        )
        page = client.get_partition_backup_list(partition, latest=True)
        latest = (page.items or [])[0]
        assert latest.backup_id is not None and latest.backup_location is not None
        say(f"   -> latest backup {latest.backup_id} at {latest.backup_location}")
        restore = client.restore_partition(
            partition, latest.backup_id, latest.backup_location
        ).wait(on_progress=follow("restore"))
        say(f"   -> restore {restore.restore_state} up to LSN {restore.restored_lsn}")

        step(
            "8. Every fault operation the cluster knows of, and the steady state again"
        )
        for status in client.get_fault_operation_list():
            say(f"    {status.type!s:20} {status.state!s:15} {status.operation_id}")
        say(f"   -> {steady_state(client, partition)}")

        step(
            f"9. Chaos for 6 seconds, only on {app_of(service)}; its events as they come"
        )
        client.start_chaos(
            time_to_run_in_seconds=6,
            max_concurrent_faults=2,
            wait_time_between_faults_in_seconds=0,
            wait_time_between_iterations_in_seconds=2,
            chaos_target_filter=ChaosTargetFilter(
                application_inclusion_list=[app_of(service)]
            ),
        )
        seen = 0
        while True:
            events = [w.chaos_event for w in client.iter_chaos_events()]
            for event in events[seen:]:
                assert event is not None
                what = getattr(event, "faults", None) or [
                    getattr(event, "reason", None) or ""
                ]
                say(f"    {event.kind:16} {'; '.join(what)}  [{at()}]")
            seen = len(events)
            if events and events[-1] is not None and events[-1].kind == "Stopped":
                break
            time.sleep(0.5)
        time.sleep(2.5)  # the last faults heal
        say(
            f"   -> Chaos {client.get_chaos().status}; {steady_state(client, partition)}"
        )


async def restart_all(
    endpoint: str, service: str, partitions: list[Any]
) -> list[tuple[object, str]]:
    async with sfrest.AsyncServiceFabricClient(endpoint) as client:
        ops = [started(await client.start_partition_restart(service, pid, "OnlyActiveSecondaries"))
               for pid in partitions]  # fmt: skip
        done = await asyncio.gather(*(op.wait() for op in ops))
    return [(pid, str(p.state)) for pid, p in zip(partitions, done, strict=True)]


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
