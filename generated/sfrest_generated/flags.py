# generated from spec/ by make generate — do not edit
"""The bit-mask filters of the spec (x-flags): an int, or an OR of the members."""

import enum


class OperationTypeFilter(enum.IntFlag):
    """The OperationTypeFilter bit mask.

    OperationTypeFilter.PARTITION_DATA_LOSS | OperationTypeFilter.PARTITION_QUORUM_LOSS
    """

    PARTITION_DATA_LOSS = 1
    PARTITION_QUORUM_LOSS = 2
    PARTITION_RESTART = 4
    NODE_TRANSITION = 8
    ALL = 65535


class OperationStateFilter(enum.IntFlag):
    """The OperationStateFilter bit mask.

    OperationStateFilter.RUNNING | OperationStateFilter.ROLLING_BACK
    """

    RUNNING = 1
    ROLLING_BACK = 2
    COMPLETED = 8
    FAULTED = 16
    CANCELLED = 32
    FORCE_CANCELLED = 64
    ALL = 65535
