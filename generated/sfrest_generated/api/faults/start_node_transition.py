# generated from spec/ by make generate — do not edit
"""StartNodeTransition: Starts or stops a cluster node."""

from typing import Any
from uuid import UUID

from ...models import NodeTransitionType
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "StartNodeTransition"
METHOD = "POST"
PATH = "/Faults/Nodes/{node_name}/$/StartTransition/"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202
SUCCESS_STATUSES = frozenset({202})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = "OperationId"
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "node_name": {"required": True, "convention": "node-name"},
    "api_version": {"required": True, "type": "string"},
    "operation_id": {"required": True, "type": "string", "format": "uuid"},
    "node_transition_type": {"required": True, "enum": NodeTransitionType},
    "node_instance_id": {
        "required": True,
        "type": "string",
        "pattern": "^[0-9]{1,20}$",
        "also_int": True,
    },
    "stop_duration_in_seconds": {
        "required": True,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
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
    *,
    api_version: str = "6.0",
    operation_id: UUID,
    node_transition_type: NodeTransitionType,
    node_instance_id: str,
    stop_duration_in_seconds: int,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    json_operation_id = str(operation_id)
    params["OperationId"] = json_operation_id

    json_node_transition_type = node_transition_type.value
    params["NodeTransitionType"] = json_node_transition_type

    params["NodeInstanceId"] = node_instance_id

    params["StopDurationInSeconds"] = stop_duration_in_seconds

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            node_name=segment(node_name),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> None:
    """Parses a 202 response.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return
