"""What drills need beyond single calls, written once: steady-state probes that are
natural tolerances (a bool or a state name) and the rollbacks that clean up after an
experiment. chaossfrest.probes and chaossfrest.actions export them."""

from typing import Any

from chaoslib.exceptions import ActivityFailed
from chaoslib.types import Configuration, Secrets

import sfrest
from chaossfrest._activity import client, failed

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
    with client(configuration, secrets) as sf:
        try:
            return str(sf.get_cluster_health().aggregated_health_state) == "Ok"
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("cluster_is_healthy", exc) from None


def partition_health_state(
    partition_id: str, configuration: Configuration = None, secrets: Secrets = None
) -> str:
    """The partition's aggregated health state: Ok, Warning, Error or Unknown
    (tolerance: "Ok")."""
    with client(configuration, secrets) as sf:
        try:
            health = sf.get_partition_health(partition_id)
            return str(health.aggregated_health_state)
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("partition_health_state", exc) from None


def service_partitions_ready(
    service_id: str, configuration: Configuration = None, secrets: Secrets = None
) -> bool:
    """Whether the service has partitions and every one is Ready (tolerance: true)."""
    with client(configuration, secrets) as sf:
        try:
            statuses = [
                str(getattr(p, "partition_status", None))
                for p in sf.iter_partitions(service_id)
            ]
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("service_partitions_ready", exc) from None
    return bool(statuses) and all(s == "Ready" for s in statuses)


def operation_state(
    operation_id: str,
    type_filter: int = int(sfrest.OperationTypeFilter.ALL),
    configuration: Configuration = None,
    secrets: Secrets = None,
) -> str:
    """The State of a fault operation by its OperationId (what Start* actions return):
    Running, RollingBack, Completed, Faulted, Cancelled or ForceCancelled."""
    with client(configuration, secrets) as sf:
        try:
            operations = sf.get_fault_operation_list(type_filter=type_filter)
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("operation_state", exc) from None
    for operation in operations:
        if str(operation.operation_id) == str(operation_id).strip().lower():
            return str(operation.state)
    raise ActivityFailed(f"operation_state: no fault operation {operation_id}")


def cancel_running_operations(
    force: bool = False, configuration: Configuration = None, secrets: Secrets = None
) -> list[str]:
    """Cancel every Running fault operation (it rolls back); with force, also force-cancel
    those already RollingBack (Service Fabric allows force only after a cancel). Returns
    the OperationIds cancelled."""
    done: list[str] = []
    with client(configuration, secrets) as sf:
        try:
            for operation in sf.get_fault_operation_list():
                state = str(operation.state)
                if operation.operation_id is None:
                    continue
                if state == "Running":
                    sf.cancel_operation(operation.operation_id)
                elif state == "RollingBack" and force:
                    sf.cancel_operation(operation.operation_id, force=True)
                else:
                    continue
                done.append(str(operation.operation_id))
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("cancel_running_operations", exc) from None
    return done


def recover_all(
    configuration: Configuration = None, secrets: Secrets = None
) -> dict[str, Any]:
    """Stop Chaos, recover every partition stuck in quorum loss (RecoverAllPartitions and
    RecoverSystemPartitions) and start every node a drill left Down. Returns what it did."""
    started: list[str] = []
    with client(configuration, secrets) as sf:
        try:
            sf.stop_chaos()
            sf.recover_all_partitions()
            sf.recover_system_partitions()
            for node in sf.iter_nodes():
                if str(node.node_status) == "Down" and node.name and node.instance_id:
                    sf.start_node_transition(
                        node.name,
                        node_transition_type="Start",
                        node_instance_id=str(node.instance_id),
                        stop_duration_in_seconds=60,
                    ).wait(timeout=120)
                    started.append(node.name)
        except (sfrest.SFRestError, ValueError, TypeError) as exc:
            raise failed("recover_all", exc) from None
    return {"ChaosStopped": True, "PartitionsRecovered": True, "NodesStarted": started}
