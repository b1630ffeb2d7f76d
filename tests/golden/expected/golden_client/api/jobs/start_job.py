# generated from spec/ by make generate — do not edit
"""StartJob: Starts a job."""

from typing import Any
from uuid import UUID

from ...models import JobMode
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "StartJob"
METHOD = "POST"
PATH = "/Jobs/{job_id}/$/Start"
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
    "job_id": {"required": True, "type": "string", "format": "uuid"},
    "api_version": {"required": True, "type": "string"},
    "timeout": {
        "required": False,
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 4294967295,
    },
    "operation_id": {"required": True, "type": "string", "format": "uuid"},
    "mode": {"required": True, "enum": JobMode},
    "owner": {"required": True, "convention": "node-name"},
    "retries": {
        "required": False,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
        "maximum": 5,
    },
}
"""Each argument's validation rule, read from its parameter and schema in the spec."""
BODY = None
BODY_REQUIRED = False
BODY_SECONDS: frozenset[str] = frozenset()
"""The body properties that also take a timedelta (x-seconds)."""


def request_kwargs(
    job_id: UUID,
    *,
    api_version: str = "6.0",
    timeout: int | Unset = UNSET,
    operation_id: UUID,
    mode: JobMode,
    owner: str,
    retries: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["timeout"] = timeout

    json_operation_id = str(operation_id)
    params["OperationId"] = json_operation_id

    json_mode = mode.value
    params["Mode"] = json_mode

    params["Owner"] = owner

    params["Retries"] = retries

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            job_id=segment(job_id),
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
