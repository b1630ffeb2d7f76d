"""The fault operations: data loss, quorum loss, partition restart, node transition,
their progress, the operation list and CancelOperation."""

from __future__ import annotations

import uuid

from pydantic import BaseModel
from sfrest_generated.flags import OperationStateFilter, OperationTypeFilter
from sfrest_generated.models import (
    NodeResult,
    NodeTransitionProgress,
    NodeTransitionResult,
    NodeTransitionType,
    OperationState,
    OperationStatus,
    OperationStatusList,
    OperationType,
    PartitionDataLossProgress,
    PartitionQuorumLossProgress,
    PartitionRestartProgress,
)

from ._registry import handles
from ._state import ROLLING_BACK, Cluster, FaultOp, instance_id
from ._wire import Call, EmulatorResponse, Fail, not_found, reply

_TERMINAL = frozenset(
    {
        OperationState.COMPLETED,
        OperationState.FAULTED,
        OperationState.CANCELLED,
        OperationState.FORCE_CANCELLED,
    }
)
_PROGRESS: dict[OperationType, tuple[type[BaseModel], str]] = {
    OperationType.PARTITION_DATA_LOSS: (
        PartitionDataLossProgress,
        "InvokeDataLossResult",
    ),
    OperationType.PARTITION_QUORUM_LOSS: (
        PartitionQuorumLossProgress,
        "InvokeQuorumLossResult",
    ),
    OperationType.PARTITION_RESTART: (
        PartitionRestartProgress,
        "RestartPartitionResult",
    ),
}
"""Each partition fault's progress model and the (wire) name of its result."""
_PARTITION_KINDS = {
    "StartDataLoss": OperationType.PARTITION_DATA_LOSS,
    "GetDataLossProgress": OperationType.PARTITION_DATA_LOSS,
    "StartQuorumLoss": OperationType.PARTITION_QUORUM_LOSS,
    "GetQuorumLossProgress": OperationType.PARTITION_QUORUM_LOSS,
    "StartPartitionRestart": OperationType.PARTITION_RESTART,
    "GetPartitionRestartProgress": OperationType.PARTITION_RESTART,
}


def _new_operation_id(cluster: Cluster, call: Call) -> uuid.UUID:
    op_id = call.uuid("operation_id")
    if op_id in cluster.operations:
        raise Fail(
            409,
            "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
            f"an operation with OperationId {op_id} was started already",
        )
    return op_id


def _operation(cluster: Cluster, call: Call, kind: OperationType) -> FaultOp:
    op_id = call.uuid("operation_id")
    op = cluster.operations.get(op_id)
    if op is None or op.type != kind:
        raise not_found(
            "FABRIC_E_KEY_NOT_FOUND",
            f"no {kind.value} operation with OperationId {op_id}",
        )
    return op


def _error_code(op: FaultOp, state: OperationState) -> int | None:
    """The ErrorCode of a terminal operation's result (None: no result before then)."""
    if state not in (OperationState.COMPLETED, OperationState.FAULTED):
        return None
    return 0 if op.error_code is None else op.error_code


@handles("StartDataLoss", "StartQuorumLoss", "StartPartitionRestart")
def start_partition_fault(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    kind = _PARTITION_KINDS[call.route.operation_id]
    op_id = _new_operation_id(cluster, call)
    service = cluster.known_service(call)
    pid = call.uuid("partition_id")
    if all(p.id != pid for p in service.partitions):
        raise not_found(
            "FABRIC_E_PARTITION_NOT_FOUND",
            f"partition {pid} not found in {service.name}",
        )
    if not service.stateful and kind != OperationType.PARTITION_RESTART:
        raise Fail(
            400,
            "FABRIC_E_ONLY_VALID_FOR_STATEFUL_PERSISTENT_SERVICES",
            f"{kind.value} needs a stateful service; {service.name} is stateless",
        )
    duration = cluster.durations[kind.value]
    if kind == OperationType.PARTITION_QUORUM_LOSS:
        # the partition stays in quorum loss for QuorumLossDuration before recovering
        duration += call.int("quorum_loss_duration", 0)
    injection = cluster.take_injection(kind.value, (str(pid), service.name))
    mode = call.values.get("quorum_loss_mode")
    cluster.operations[op_id] = FaultOp(
        op_id,
        kind,
        now,
        duration,
        cluster.durations[ROLLING_BACK],
        None if injection is None else injection.error_code,
        service=service.name,
        partition=pid,
        mode=None if mode is None else str(mode),
    )
    return call.done()


@handles("GetDataLossProgress", "GetQuorumLossProgress", "GetPartitionRestartProgress")
def partition_fault_progress(
    cluster: Cluster, call: Call, now: float
) -> EmulatorResponse:
    kind = _PARTITION_KINDS[call.route.operation_id]
    op = _operation(cluster, call, kind)
    state = op.state(now)
    code = _error_code(op, state)
    model, result = _PROGRESS[kind]
    selected = {"ServiceName": op.service, "PartitionId": op.partition}
    return reply(
        200,
        model.model_validate(
            {
                "State": state,
                result: None
                if code is None
                else {"ErrorCode": code, "SelectedPartition": selected},
            }
        ),
    )


@handles("StartNodeTransition")
def start_node_transition(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    op_id = _new_operation_id(cluster, call)
    name = call.text("node_name")
    node_state = cluster.known_node(name)
    given = call.text("node_instance_id")
    if instance_id(given) != int(node_state.instance_id):
        raise Fail(
            400,
            "FABRIC_E_INSTANCE_ID_MISMATCH",
            f"node {name} has instance id {node_state.instance_id}, not {given}",
        )
    transition = NodeTransitionType(call.text("node_transition_type"))
    up = node_state.is_up(now)
    if transition == NodeTransitionType.STOP and not up:
        raise Fail(400, "FABRIC_E_NODE_IS_DOWN", f"node {name} is already down")
    if transition == NodeTransitionType.START and up:
        raise Fail(400, "FABRIC_E_NODE_IS_UP", f"node {name} is already up")
    kind = OperationType.NODE_TRANSITION
    injection = cluster.take_injection(kind.value, (name,))
    cluster.operations[op_id] = FaultOp(
        op_id,
        kind,
        now,
        cluster.durations[kind.value],
        cluster.durations[ROLLING_BACK],
        None if injection is None else injection.error_code,
        node=name,
        instance_id=node_state.instance_id,
    )
    if injection is None:  # a faulted transition leaves the node as it was
        if transition == NodeTransitionType.STOP:
            stop_for = call.int("stop_duration_in_seconds", 0)
            node_state.down_until, node_state.stopped_by = now + stop_for, op_id
            node_state.down_since = now
        else:
            node_state.down_until, node_state.stopped_by = now, None
    return call.done()


@handles("GetNodeTransitionProgress")
def node_transition_progress(
    cluster: Cluster, call: Call, now: float
) -> EmulatorResponse:
    op = _operation(cluster, call, OperationType.NODE_TRANSITION)
    state = op.state(now)
    code = _error_code(op, state)
    node = NodeResult(node_name=op.node, node_instance_id=op.instance_id)
    result = (
        None
        if code is None
        else NodeTransitionResult(error_code=code, node_result=node)
    )
    return reply(
        200, NodeTransitionProgress(state=state, node_transition_result=result)
    )


@handles("GetFaultOperationList")
def fault_operation_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    # the spec's x-flags: absent or 0 match every type and state
    types = OperationTypeFilter(call.int("type_filter", 0) or OperationTypeFilter.ALL)
    states = OperationStateFilter(
        call.int("state_filter", 0) or OperationStateFilter.ALL
    )
    statuses = [
        OperationStatus(operation_id=op.id, state=state, type=op.type)
        for op in cluster.operations.values()
        if OperationTypeFilter[op.type.name] & types
        and OperationStateFilter[(state := op.state(now)).name] & states
    ]
    return reply(200, OperationStatusList(root=statuses))


@handles("CancelOperation")
def cancel(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    op_id = call.uuid("operation_id")
    op = cluster.operations.get(op_id)
    if op is None:
        raise not_found(
            "FABRIC_E_KEY_NOT_FOUND", f"no operation with OperationId {op_id}"
        )
    state = op.state(now)
    if state in _TERMINAL:
        raise Fail(
            400,
            "FABRIC_E_INVALID_TEST_COMMAND_STATE",
            f"operation {op_id} is {state.value} already",
        )
    if call.flag("force"):
        if op.cancelled is None:
            raise Fail(
                400,
                "FABRIC_E_INVALID_TEST_COMMAND_STATE",
                f"cancel operation {op_id} without Force first",
            )
        op.force_cancelled = now
    elif op.cancelled is None:
        op.cancelled = now
    if op.node is not None:
        node_state = cluster.nodes[op.node]
        if node_state.stopped_by == op.id:  # a cancelled Stop brings the node back
            node_state.down_until = min(node_state.down_until, now)
    return call.done()
