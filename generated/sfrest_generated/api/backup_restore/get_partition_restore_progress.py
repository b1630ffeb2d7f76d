# generated from spec/ by make generate — do not edit
"""GetPartitionRestoreProgress: Gets details for the latest restore operation triggered for this partition."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import RestoreProgressInfo
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetPartitionRestoreProgress"
METHOD = "GET"
PATH = "/Partitions/{partition_id}/$/GetRestoreProgress"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    partition_id: UUID,
    *,
    api_version: str = "6.4",
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

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


def parse_response(response: httpx.Response) -> RestoreProgressInfo:
    """Parses a 200 response into RestoreProgressInfo.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return RestoreProgressInfo.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RestoreProgressInfo | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RestoreProgressInfo]:
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
    api_version: str = "6.4",
    timeout: int | Unset = 60,
) -> Response[RestoreProgressInfo]:
    """Gets details for the latest restore operation triggered for this partition.

     Returns the state of the latest restore of the partition, with the restored epoch and LSN, or the
    failure reason once it has finished.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreProgressInfo]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
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
    api_version: str = "6.4",
    timeout: int | Unset = 60,
) -> RestoreProgressInfo | None:
    """Gets details for the latest restore operation triggered for this partition.

     Returns the state of the latest restore of the partition, with the restored epoch and LSN, or the
    failure reason once it has finished.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreProgressInfo
    """

    return sync_detailed(
        partition_id=partition_id,
        client=client,
        api_version=api_version,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    timeout: int | Unset = 60,
) -> Response[RestoreProgressInfo]:
    """Gets details for the latest restore operation triggered for this partition.

     Returns the state of the latest restore of the partition, with the restored epoch and LSN, or the
    failure reason once it has finished.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestoreProgressInfo]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    timeout: int | Unset = 60,
) -> RestoreProgressInfo | None:
    """Gets details for the latest restore operation triggered for this partition.

     Returns the state of the latest restore of the partition, with the restored epoch and LSN, or the
    failure reason once it has finished.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestoreProgressInfo
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            timeout=timeout,
        )
    ).parsed
