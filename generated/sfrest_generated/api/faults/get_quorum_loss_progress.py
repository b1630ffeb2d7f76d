# generated from spec/ by make generate — do not edit
"""GetQuorumLossProgress: Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API."""

from typing import Any
from uuid import UUID

from ...models import PartitionQuorumLossProgress
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "GetQuorumLossProgress"
METHOD = "GET"
PATH = "/Faults/Services/{service_id}/$/GetPartitions/{partition_id}/$/GetQuorumLossProgress"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "service_id": {"required": True, "convention": "fabric-name"},
    "partition_id": {"required": True, "type": "string", "format": "uuid"},
    "api_version": {"required": True, "type": "string"},
    "operation_id": {"required": True, "type": "string", "format": "uuid"},
    "timeout": {
        "required": False,
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 4294967295,
    },
}
"""Each argument's validation rule, read from its parameter and schema in the spec."""
BODY = None
BODY_REQUIRED = False
BODY_SECONDS: frozenset[str] = frozenset()
"""The body properties that also take a timedelta (x-seconds)."""


def request_kwargs(
    service_id: str,
    partition_id: UUID,
    *,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    json_operation_id = str(operation_id)
    params["OperationId"] = json_operation_id

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            service_id=segment(service_id),
            partition_id=segment(partition_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> PartitionQuorumLossProgress:
    """Parses a 200 response into PartitionQuorumLossProgress.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PartitionQuorumLossProgress.model_validate_json(response.content)
