# generated from spec/ by make generate — do not edit
"""GetNodeInfo: Gets the information about a specific node in the Service Fabric cluster."""

from typing import Any

from ...models import NodeInfo
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "GetNodeInfo"
METHOD = "GET"
PATH = "/Nodes/{node_name}"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200, 204})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "api_version": {"required": True, "type": "string"},
    "node_name": {"required": True, "convention": "node-name"},
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
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> NodeInfo | None:
    """Parses a 200 or 204 response into NodeInfo.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    if response.status_code == 204:
        return None
    return NodeInfo.model_validate_json(response.content)
