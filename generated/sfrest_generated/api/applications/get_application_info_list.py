# generated from spec/ by make generate — do not edit
"""GetApplicationInfoList: Gets the list of applications created in the Service Fabric cluster."""

from typing import Any

from ...models import PagedApplicationInfoList
from ...types import UNSET, Answer, Unset

OPERATION_ID = "GetApplicationInfoList"
METHOD = "GET"
PATH = "/Applications"
API_VERSION = "6.1"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.1"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200
SUCCESS_STATUSES = frozenset({200})
IDEMPOTENT = True
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "api_version": {"required": True, "type": "string"},
    "application_definition_kind_filter": {
        "required": False,
        "exclusive": ("application_type_name",),
        "type": "integer",
        "minimum": 0,
        "maximum": 65535,
        "flags": "ApplicationDefinitionKindFilter",
    },
    "application_type_name": {
        "required": False,
        "exclusive": ("application_definition_kind_filter",),
        "type": "string",
    },
    "exclude_application_parameters": {"required": False, "type": "boolean"},
    "continuation_token": {
        "required": False,
        "allow_reserved": "ContinuationToken",
        "type": "string",
    },
    "max_results": {
        "required": False,
        "type": "integer",
        "format": "int64",
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
    *,
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = UNSET,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = UNSET,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["ApplicationDefinitionKindFilter"] = application_definition_kind_filter

    params["ApplicationTypeName"] = application_type_name

    params["ExcludeApplicationParameters"] = exclude_application_parameters

    params["ContinuationToken"] = continuation_token

    params["MaxResults"] = max_results

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: Answer) -> PagedApplicationInfoList:
    """Parses a 200 response into PagedApplicationInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedApplicationInfoList.model_validate_json(response.content)
