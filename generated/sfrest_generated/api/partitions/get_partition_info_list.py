# generated from spec/ by make generate — do not edit
"""GetPartitionInfoList: Gets the list of partitions of a Service Fabric service."""

from typing import Any

from ...models import PagedServicePartitionInfoList
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "GetPartitionInfoList"
METHOD = "GET"
PATH = "/Services/{service_id}/$/GetPartitions"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "api_version": {"required": True, "type": "string"},
    "service_id": {"required": True, "convention": "fabric-name"},
    "continuation_token": {
        "required": False,
        "allow_reserved": "ContinuationToken",
        "type": "string",
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
    service_id: str,
    *,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["ContinuationToken"] = continuation_token

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            service_id=segment(service_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> PagedServicePartitionInfoList:
    """Parses a 200 response into PagedServicePartitionInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedServicePartitionInfoList.model_validate_json(response.content)
