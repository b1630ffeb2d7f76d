# generated from spec/ by make generate — do not edit
"""RestorePartition: Triggers restore of the partition's state using the specified backup."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import RestorePartitionDescription
from ...types import UNSET, Response, Unset

OPERATION_ID = "RestorePartition"
METHOD = "POST"
PATH = "/Partitions/{partition_id}/$/Restore"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202


def request_kwargs(
    partition_id: UUID,
    *,
    body: RestorePartitionDescription,
    api_version: str = "6.4",
    restore_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["RestoreTimeout"] = restore_timeout

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            partition_id=quote(str(partition_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.model_dump(mode="json", by_alias=True, exclude_none=True)

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
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RestorePartitionDescription,
    api_version: str = "6.4",
    restore_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Triggers restore of the partition's state using the specified backup.

     Restores the partition from a backup. Follow it with GetPartitionRestoreProgress.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        restore_timeout (int | Unset):  Default: 10.
        timeout (int | Unset):  Default: 60.
        body (RestorePartitionDescription): Specifies the parameters needed to trigger a restore
            of a specific partition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        body=body,
        api_version=api_version,
        restore_timeout=restore_timeout,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: RestorePartitionDescription,
    api_version: str = "6.4",
    restore_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Triggers restore of the partition's state using the specified backup.

     Restores the partition from a backup. Follow it with GetPartitionRestoreProgress.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        restore_timeout (int | Unset):  Default: 10.
        timeout (int | Unset):  Default: 60.
        body (RestorePartitionDescription): Specifies the parameters needed to trigger a restore
            of a specific partition.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        body=body,
        api_version=api_version,
        restore_timeout=restore_timeout,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
