# generated from spec/ by make generate — do not edit
"""StartJob: Starts a job."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import JobMode
from ...types import UNSET, Response

OPERATION_ID = "StartJob"
METHOD = "POST"
PATH = "/Jobs/{job_id}/$/Start"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202


def request_kwargs(
    job_id: UUID,
    *,
    api_version: str = "6.0",
    mode: JobMode,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    json_mode = mode.value
    params["Mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Parses a 202 response.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    mode: JobMode,
) -> Response[None]:
    """Starts a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.
        mode (JobMode): How to run the job.
            - Partial - Some of it.
            - Full - All of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        api_version=api_version,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    mode: JobMode,
) -> Response[None]:
    """Starts a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.
        mode (JobMode): How to run the job.
            - Partial - Some of it.
            - Full - All of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        api_version=api_version,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
