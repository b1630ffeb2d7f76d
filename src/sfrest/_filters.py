"""Bit-mask filters of GetFaultOperationList."""

from __future__ import annotations

import enum


class OperationTypeFilter(enum.IntFlag):
    """Which operation types get_fault_operation_list returns.

    client.get_fault_operation_list(
        type_filter=OperationTypeFilter.PARTITION_DATA_LOSS | OperationTypeFilter.PARTITION_RESTART
    )
    """

    PARTITION_DATA_LOSS = 1
    PARTITION_QUORUM_LOSS = 2
    PARTITION_RESTART = 4
    NODE_TRANSITION = 8
    ALL = 65535


class OperationStateFilter(enum.IntFlag):
    """Which operation states get_fault_operation_list returns.

    client.get_fault_operation_list(state_filter=OperationStateFilter.RUNNING)
    """

    RUNNING = 1
    ROLLING_BACK = 2
    COMPLETED = 8
    FAULTED = 16
    CANCELLED = 32
    FORCE_CANCELLED = 64
    ALL = 65535
