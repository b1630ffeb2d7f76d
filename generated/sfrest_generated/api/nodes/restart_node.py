# generated from spec/ by make generate — do not edit
"""RestartNode: Restarts a Service Fabric cluster node."""

from typing import Any

from ...models import RestartNodeDescription
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "RestartNode"
METHOD = "POST"
PATH = "/Nodes/{node_name}/$/Restart"
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
    "timeout": {
        "required": False,
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 4294967295,
    },
}
"""Each argument's validation rule, read from its parameter and schema in the spec."""
BODY = RestartNodeDescription
BODY_REQUIRED = True
BODY_SECONDS: frozenset[str] = frozenset()
"""The body properties that also take a timedelta (x-seconds)."""


def request_kwargs(
    node_name: str,
    *,
    body: RestartNodeDescription,
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

    _kwargs["json"] = body.model_dump(
        mode="json", by_alias=True, exclude_none=True, exclude_unset=True
    )

    return _kwargs


def parse_response(response: Answer) -> None:
    """Parses a 200 response.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return
