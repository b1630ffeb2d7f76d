# generated from spec/ by make generate — do not edit
"""GetFaultOperationList: Gets a list of user-induced fault operations filtered by provided input."""

from typing import Any

from ...models import OperationStatus, OperationStatusList
from ...types import UNSET, Answer, Unset

OPERATION_ID = "GetFaultOperationList"
METHOD = "GET"
PATH = "/Faults/"
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
    "api_version": {"required": True, "type": "string"},
    "type_filter": {
        "required": True,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 65535,
        "flags": "OperationTypeFilter",
    },
    "state_filter": {
        "required": True,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 65535,
        "flags": "OperationStateFilter",
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
    *,
    api_version: str = "6.0",
    type_filter: int = 65535,
    state_filter: int = 65535,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["TypeFilter"] = type_filter

    params["StateFilter"] = state_filter

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> list[OperationStatus]:
    """Parses a 200 response into OperationStatusList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return OperationStatusList.model_validate_json(response.content).root
