# generated from spec/ by make generate — do not edit
"""RestartReplica: Restarts a service replica of a persisted service running on a node."""

from typing import Any
from uuid import UUID

from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "RestartReplica"
METHOD = "POST"
PATH = "/Nodes/{node_name}/$/GetPartitions/{partition_id}/$/GetReplicas/{replica_id}/$/Restart"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200})
IDEMPOTENT = False
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "api_version": {"required": True, "type": "string"},
    "node_name": {"required": True, "convention": "node-name"},
    "partition_id": {"required": True, "type": "string", "format": "uuid"},
    "replica_id": {
        "required": True,
        "type": "string",
        "pattern": "^[0-9]{1,20}$",
        "also_int": True,
    },
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
    node_name: str,
    partition_id: UUID,
    replica_id: str,
    *,
    api_version: str = "6.0",
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            node_name=segment(node_name),
            partition_id=segment(partition_id),
            replica_id=segment(replica_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> None:
    """Parses a 200 response.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return
