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


class HealthStateFilter(enum.IntFlag):
    """The HealthStateFilter bit mask.

    HealthStateFilter.DEFAULT | HealthStateFilter.NONE
    """

    DEFAULT = 0
    NONE = 1
    OK = 2
    WARNING = 4
    ERROR = 8
    ALL = 65535


class ApplicationDefinitionKindFilter(enum.IntFlag):
    """The ApplicationDefinitionKindFilter bit mask.

    ApplicationDefinitionKindFilter.DEFAULT | ApplicationDefinitionKindFilter.SERVICE_FABRIC_APPLICATION_DESCRIPTION
    """

    DEFAULT = 0
    SERVICE_FABRIC_APPLICATION_DESCRIPTION = 1
    COMPOSE = 2
    ALL = 65535
