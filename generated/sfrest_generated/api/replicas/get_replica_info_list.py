# generated from spec/ by make generate — do not edit
"""GetReplicaInfoList: Gets the information about replicas of a Service Fabric service partition."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PagedReplicaInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetReplicaInfoList"
METHOD = "GET"
PATH = "/Partitions/{partition_id}/$/GetReplicas"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    partition_id: UUID,
    *,
    api_version: str = "6.0",
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
            partition_id=quote(str(partition_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedReplicaInfoList:
    """Parses a 200 response into PagedReplicaInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedReplicaInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedReplicaInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedReplicaInfoList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedReplicaInfoList]:
    """Gets the information about replicas of a Service Fabric service partition.

     Lists the partition's replicas (stateful) or instances (stateless) with their node, role and status.
    Paged through ContinuationToken (no MaxResults).

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedReplicaInfoList]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedReplicaInfoList | None:
    """Gets the information about replicas of a Service Fabric service partition.

     Lists the partition's replicas (stateful) or instances (stateless) with their node, role and status.
    Paged through ContinuationToken (no MaxResults).

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedReplicaInfoList
    """

    return sync_detailed(
        partition_id=partition_id,
        client=client,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedReplicaInfoList]:
    """Gets the information about replicas of a Service Fabric service partition.

     Lists the partition's replicas (stateful) or instances (stateless) with their node, role and status.
    Paged through ContinuationToken (no MaxResults).

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedReplicaInfoList]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedReplicaInfoList | None:
    """Gets the information about replicas of a Service Fabric service partition.

     Lists the partition's replicas (stateful) or instances (stateless) with their node, role and status.
    Paged through ContinuationToken (no MaxResults).

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedReplicaInfoList
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            continuation_token=continuation_token,
            timeout=timeout,
        )
    ).parsed
