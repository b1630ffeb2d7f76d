# generated from spec/ by make generate — do not edit
"""GetJobProgress: Gets the progress of a job."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import JobProgress
from ...types import UNSET, Response

OPERATION_ID = "GetJobProgress"
METHOD = "GET"
PATH = "/Jobs/{job_id}/$/GetProgress"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    job_id: UUID,
    *,
    api_version: str = "6.0",
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> JobProgress:
    """Parses a 200 response into JobProgress.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return JobProgress.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobProgress | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobProgress]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
) -> Response[JobProgress]:
    """Gets the progress of a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobProgress]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
) -> JobProgress | None:
    """Gets the progress of a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobProgress
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
) -> Response[JobProgress]:
    """Gets the progress of a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobProgress]
    """

    kwargs = request_kwargs(
        job_id=job_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
) -> JobProgress | None:
    """Gets the progress of a job.

    Args:
        job_id (UUID):
        api_version (str):  Default: '6.0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobProgress
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
