# generated from spec/ by make generate — do not edit
"""BackupPartition: Triggers backup of the partition's state."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import BackupPartitionDescription
from ...types import UNSET, Response, Unset

OPERATION_ID = "BackupPartition"
METHOD = "POST"
PATH = "/Partitions/{partition_id}/$/Backup"
API_VERSION = "6.4"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.4"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202


def request_kwargs(
    partition_id: UUID,
    *,
    body: BackupPartitionDescription | Unset = UNSET,
    api_version: str = "6.4",
    backup_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["BackupTimeout"] = backup_timeout

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            partition_id=quote(str(partition_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
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
    body: BackupPartitionDescription | Unset = UNSET,
    api_version: str = "6.4",
    backup_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Triggers backup of the partition's state.

     Creates a backup of the stateful partition's state. Follow it with
    GetPartitionBackupProgress. Without a body the partition's backup policy names the
    storage. A second backup while one runs answers 409 FABRIC_E_BACKUP_IN_PROGRESS.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        backup_timeout (int | Unset):  Default: 10.
        timeout (int | Unset):  Default: 60.
        body (BackupPartitionDescription | Unset): Describes the parameters for triggering a
            partition's backup.

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
        backup_timeout=backup_timeout,
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
    body: BackupPartitionDescription | Unset = UNSET,
    api_version: str = "6.4",
    backup_timeout: int | Unset = 10,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Triggers backup of the partition's state.

     Creates a backup of the stateful partition's state. Follow it with
    GetPartitionBackupProgress. Without a body the partition's backup policy names the
    storage. A second backup while one runs answers 409 FABRIC_E_BACKUP_IN_PROGRESS.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        backup_timeout (int | Unset):  Default: 10.
        timeout (int | Unset):  Default: 60.
        body (BackupPartitionDescription | Unset): Describes the parameters for triggering a
            partition's backup.

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
        backup_timeout=backup_timeout,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
