# generated from spec/ by make generate — do not edit
"""GetServiceInfoList: Gets the information about all services belonging to the application specified by the application ID."""

from typing import Any

from ...models import PagedServiceInfoList
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "GetServiceInfoList"
METHOD = "GET"
PATH = "/Applications/{application_id}/$/GetServices"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "application_id": {"required": True, "convention": "fabric-name"},
    "service_type_name": {"required": False, "type": "string"},
    "api_version": {"required": True, "type": "string"},
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
    application_id: str,
    *,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["ServiceTypeName"] = service_type_name

    params["api-version"] = api_version

    params["ContinuationToken"] = continuation_token

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            application_id=segment(application_id),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> PagedServiceInfoList:
    """Parses a 200 response into PagedServiceInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedServiceInfoList.model_validate_json(response.content)
