"""sfrest: a typed Python SDK for Service Fabric fault analysis and backup progress.

    import sfrest

    with sfrest.ServiceFabricClient("http://localhost:19080") as client:
        op = client.start_data_loss("fabric:/app/svc", partition_id, "PartialDataLoss")
        progress = op.wait(timeout=300)
        print(progress.state)  # Completed

ServiceFabricClient, AsyncServiceFabricClient and the filters are rendered from the spec
(sfrest_generated); the generated models (sfrest_generated.models) are re-exported here. They (with pydantic),
each operation's generated module and the async client (with asyncio) are imported when
first used, so `import sfrest` costs little more than `import httpx` (docs/benchmarks.md).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sfrest_generated.async_client import AsyncServiceFabricClient
    from sfrest_generated.models import (
        BackupProgressInfo,
        BackupState,
        DataLossMode,
        NodeTransitionProgress,
        NodeTransitionType,
        OperationState,
        OperationStatus,
        OperationType,
        PartitionDataLossProgress,
        PartitionQuorumLossProgress,
        PartitionRestartProgress,
        QuorumLossMode,
        RestartPartitionMode,
        RestoreProgressInfo,
        RestoreState,
    )

from sfrest_generated.flags import OperationStateFilter, OperationTypeFilter
from sfrest_generated.sync_client import ServiceFabricClient

from ._auth import TokenCredential
from ._errors import (
    BadRequestError,
    ConflictError,
    FabricError,
    ForbiddenError,
    GatewayTimeoutError,
    InvalidArgumentError,
    NotFoundError,
    PageLimitError,
    PagingError,
    RepeatedTokenError,
    RequestTimeoutError,
    ResponseDecodeError,
    ServerError,
    ServiceUnavailableError,
    SFRestError,
    TransportError,
    UnauthorizedError,
    WaitTimeoutError,
    hresult_name,
)
from ._operation import (
    TERMINAL_STATES,
    AsyncFaultOperation,
    AsyncOperation,
    FaultOperation,
    Operation,
    state_of,
)
from ._policies import PollPolicy, RetryPolicy
from ._version import __version__ as __version__

__all__ = [
    "TERMINAL_STATES",
    "AsyncFaultOperation",
    "AsyncOperation",
    "AsyncServiceFabricClient",
    "BackupProgressInfo",
    "BackupState",
    "BadRequestError",
    "ConflictError",
    "DataLossMode",
    "FabricError",
    "FaultOperation",
    "ForbiddenError",
    "GatewayTimeoutError",
    "InvalidArgumentError",
    "NodeTransitionProgress",
    "NodeTransitionType",
    "NotFoundError",
    "Operation",
    "OperationState",
    "OperationStateFilter",
    "OperationStatus",
    "OperationType",
    "OperationTypeFilter",
    "PageLimitError",
    "PagingError",
    "PartitionDataLossProgress",
    "PartitionQuorumLossProgress",
    "PartitionRestartProgress",
    "PollPolicy",
    "QuorumLossMode",
    "RepeatedTokenError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "RestartPartitionMode",
    "RestoreProgressInfo",
    "RestoreState",
    "RetryPolicy",
    "SFRestError",
    "ServerError",
    "ServiceFabricClient",
    "ServiceUnavailableError",
    "TokenCredential",
    "TransportError",
    "UnauthorizedError",
    "WaitTimeoutError",
    "hresult_name",
    "state_of",
]


def __getattr__(name: str) -> Any:
    """A name of __all__ imported on first use: the async client (and asyncio) or a
    generated model (and pydantic), the names under TYPE_CHECKING above."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = "async_client" if name == "AsyncServiceFabricClient" else "models"
    value = getattr(importlib.import_module(f"sfrest_generated.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
