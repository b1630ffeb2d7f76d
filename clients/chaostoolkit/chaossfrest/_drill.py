"""What drills need beyond single calls, written once: steady-state probes that are
natural tolerances (a bool or a state name) and the rollbacks that clean up after an
experiment. chaossfrest.probes and chaossfrest.actions export them."""

import contextlib
from collections.abc import Iterator
from typing import Any

from chaoslib.exceptions import ActivityFailed
from chaoslib.types import Configuration, Secrets

import sfrest
from chaossfrest._activity import ERRORS, client, failed, failing

__all__ = [
    "cancel_running_operations",
    "cluster_is_healthy",
    "operation_state",
    "partition_health_state",
    "recover_all",
    "service_partitions_ready",
]


def cluster_is_healthy(
    configuration: Configuration = None, secrets: Secrets = None
) -> bool:
    """Whether the cluster's aggregated health state is Ok (tolerance: true)."""
    with client(configuration, secrets) as sf, failing("cluster_is_healthy"):
        return str(sf.get_cluster_health().aggregated_health_state) == "Ok"


def partition_health_state(
    partition_id: str, configuration: Configuration = None, secrets: Secrets = None
) -> str:
    """The partition's aggregated health state: Ok, Warning, Error or Unknown
    (tolerance: "Ok")."""
    with client(configuration, secrets) as sf, failing("partition_health_state"):
        return str(sf.get_partition_health(partition_id).aggregated_health_state)


def service_partitions_ready(
    service_id: str, configuration: Configuration = None, secrets: Secrets = None
) -> bool:
    """Whether the service has partitions and every one is Ready (tolerance: true)."""
    with client(configuration, secrets) as sf, failing("service_partitions_ready"):
        statuses = [
            str(getattr(p, "partition_status", None))
            for p in sf.iter_partitions(service_id)
        ]
    return bool(statuses) and all(s == "Ready" for s in statuses)


def operation_state(
    operation_id: str,
    type_filter: int = int(sfrest.OperationTypeFilter.ALL),
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str:
    """The State of a fault operation by its OperationId (what Start* actions return):
    Running, RollingBack, Completed, Faulted, Cancelled or ForceCancelled."""
    with client(configuration, secrets) as sf, failing("operation_state"):
        operations = sf.get_fault_operation_list(type_filter=type_filter)
    for operation in operations:
        if str(operation.operation_id) == str(operation_id).strip().lower():
            return str(operation.state)
    raise ActivityFailed(f"operation_state: no fault operation {operation_id}")


def cancel_running_operations(
    force: bool = False, configuration: Configuration = None, secrets: Secrets = None
) -> list[str]:
    """Cancel every Running fault operation (it rolls back); with force, also force-cancel
    those already RollingBack (Service Fabric allows force only after a cancel). Returns
    the OperationIds cancelled; one that fails does not stop the others (ActivityFailed
    at the end names each failure)."""
    done: list[str] = []
    with client(configuration, secrets) as sf:
        with failing("cancel_running_operations"):
            operations = sf.get_fault_operation_list()
        errors = _Errors("cancel_running_operations")
        for operation in operations:
            state, operation_id = str(operation.state), operation.operation_id
            if operation_id is None or not (
                state == "Running" or (state == "RollingBack" and force)
            ):
                continue
            with errors.step(f"OperationId {operation_id}"):
                sf.cancel_operation(operation_id, force=state == "RollingBack")
                done.append(str(operation_id))
    errors.raise_any(f"cancelled {done}")
    return done


def recover_all(
    configuration: Configuration = None, secrets: Secrets = None
) -> dict[str, Any]:
    """Stop Chaos, recover every partition stuck in quorum loss (RecoverAllPartitions and
    RecoverSystemPartitions) and start every node a drill left Down. Returns what it did;
    each step is tried whatever the others did (ActivityFailed at the end names each
    failure)."""
    started: list[str] = []
    errors = _Errors("recover_all")
    with client(configuration, secrets) as sf:
        with errors.step("StopChaos"):
            sf.stop_chaos()
        with errors.step("RecoverAllPartitions"):
            sf.recover_all_partitions()
        with errors.step("RecoverSystemPartitions"):
            sf.recover_system_partitions()
        nodes: list[Any] = []
        with errors.step("GetNodeInfoList"):
            nodes = list(sf.iter_nodes())
        for node in nodes:
            if str(node.node_status) == "Down" and node.name and node.instance_id:
                with errors.step(f"starting {node.name}"):
                    sf.start_node_transition(
                        node.name,
                        node_transition_type="Start",
                        node_instance_id=str(node.instance_id),
                        stop_duration_in_seconds=60,
                    ).wait(timeout=120)
                    started.append(node.name)
    errors.raise_any(f"nodes started {started}")
    return {"ChaosStopped": True, "PartitionsRecovered": True, "NodesStarted": started}


class _Errors:
    """A rollback's failures: each step is tried, and one ActivityFailed names them all."""

    def __init__(self, activity: str) -> None:
        self.activity = activity
        self.failures: list[str] = []

    @contextlib.contextmanager
    def step(self, what: str) -> Iterator[None]:
        try:
            yield
        except ERRORS as exc:
            self.failures.append(str(failed(what, exc)))

    def raise_any(self, done: str) -> None:
        if self.failures:
            raise ActivityFailed(
                f"{self.activity}: {len(self.failures)} step(s) failed ({done}): "
                + "; ".join(self.failures)
            )
