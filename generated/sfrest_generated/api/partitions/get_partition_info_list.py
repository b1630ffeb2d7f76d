# generated from spec/ by make generate — do not edit
"""GetPartitionInfoList: Gets the list of partitions of a Service Fabric service."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PagedServicePartitionInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetPartitionInfoList"
METHOD = "GET"
PATH = "/Services/{service_id}/$/GetPartitions"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    service_id: str,
    *,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
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
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedServicePartitionInfoList:
    """Parses a 200 response into PagedServicePartitionInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedServicePartitionInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedServicePartitionInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedServicePartitionInfoList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedServicePartitionInfoList]:
    """Gets the list of partitions of a Service Fabric service.

     Lists the service's partitions with their partitioning scheme, status and health. Paged through
    ContinuationToken (no MaxResults).

    Args:
        service_id (str):
        api_version (str):  Default: '6.4'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedServicePartitionInfoList]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedServicePartitionInfoList | None:
    """Gets the list of partitions of a Service Fabric service.

     Lists the service's partitions with their partitioning scheme, status and health. Paged through
    ContinuationToken (no MaxResults).

    Args:
        service_id (str):
        api_version (str):  Default: '6.4'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedServicePartitionInfoList
    """

    return sync_detailed(
        service_id=service_id,
        client=client,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedServicePartitionInfoList]:
    """Gets the list of partitions of a Service Fabric service.

     Lists the service's partitions with their partitioning scheme, status and health. Paged through
    ContinuationToken (no MaxResults).

    Args:
        service_id (str):
        api_version (str):  Default: '6.4'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedServicePartitionInfoList]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedServicePartitionInfoList | None:
    """Gets the list of partitions of a Service Fabric service.

     Lists the service's partitions with their partitioning scheme, status and health. Paged through
    ContinuationToken (no MaxResults).

    Args:
        service_id (str):
        api_version (str):  Default: '6.4'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedServicePartitionInfoList
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            client=client,
            api_version=api_version,
            continuation_token=continuation_token,
            timeout=timeout,
        )
    ).parsed
