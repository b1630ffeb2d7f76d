# generated from spec/ by make generate — do not edit
"""RestorePartition: Triggers restore of the partition's state using the specified backup."""

from typing import Any
from uuid import UUID

from ...models import RestorePartitionDescription
from ...types import UNSET, Answer, Unset, segment

OPERATION_ID = "RestorePartition"
METHOD = "POST"
PATH = "/Partitions/{partition_id}/$/Restore"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202
SUCCESS_STATUSES = frozenset({202})
IDEMPOTENT = False
"""Whether the request may be repeated safely (x-idempotent): retried after a lost answer."""
IDEMPOTENCY_KEY = None
"""The parameter that makes a repeat safe (x-idempotency-key)."""
ARGUMENTS: dict[str, dict[str, Any]] = {
    "partition_id": {"required": True, "type": "string", "format": "uuid"},
    "api_version": {"required": True, "type": "string"},
    "restore_timeout": {
        "required": False,
        "type": "integer",
        "format": "int32",
        "minimum": 0,
    },
    "latest": {"required": False, "type": "boolean"},
    "timeout": {
        "required": False,
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 4294967295,
    },
}
"""Each argument's validation rule, read from its parameter and schema in the spec."""
BODY = RestorePartitionDescription
BODY_REQUIRED = False
BODY_SECONDS: frozenset[str] = frozenset()
"""The body properties that also take a timedelta (x-seconds)."""


def request_kwargs(
    partition_id: UUID,
    *,
    body: RestorePartitionDescription | Unset = UNSET,
    api_version: str = "6.4",
    restore_timeout: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
    timeout: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["RestoreTimeout"] = restore_timeout

    params["Latest"] = latest

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            partition_id=segment(partition_id),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.model_dump(
            mode="json", by_alias=True, exclude_none=True, exclude_unset=True
        )

    return _kwargs


def parse_response(response: Answer) -> None:
    """Parses a 202 response.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return
