# generated from spec/ by make generate — do not edit
"""GetPartitionBackupList: Gets the list of backups available for the specified partition."""

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PagedBackupInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetPartitionBackupList"
METHOD = "GET"
PATH = "/Partitions/{partition_id}/$/GetBackups"
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
    latest: bool | Unset = False,
    start_date_time_filter: datetime.datetime | Unset = UNSET,
    end_date_time_filter: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["timeout"] = timeout

    params["Latest"] = latest

    json_start_date_time_filter: str | Unset = UNSET
    if not isinstance(start_date_time_filter, Unset):
        json_start_date_time_filter = start_date_time_filter.isoformat()
    params["StartDateTimeFilter"] = json_start_date_time_filter

    json_end_date_time_filter: str | Unset = UNSET
    if not isinstance(end_date_time_filter, Unset):
        json_end_date_time_filter = end_date_time_filter.isoformat()
    params["EndDateTimeFilter"] = json_end_date_time_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            partition_id=quote(str(partition_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedBackupInfoList:
    """Parses a 200 response into PagedBackupInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedBackupInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedBackupInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedBackupInfoList]:
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
    latest: bool | Unset = False,
    start_date_time_filter: datetime.datetime | Unset = UNSET,
    end_date_time_filter: datetime.datetime | Unset = UNSET,
) -> Response[PagedBackupInfoList]:
    """Gets the list of backups available for the specified partition.

     The partition's backups, oldest first, optionally only the newest (Latest=true) or
    those created in a time range. The reference gives this operation no
    ContinuationToken or MaxResults parameter although the answer has a
    ContinuationToken property, so it is not marked x-pageable: expect one page.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.
        latest (bool | Unset):  Default: False.
        start_date_time_filter (datetime.datetime | Unset):
        end_date_time_filter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedBackupInfoList]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        timeout=timeout,
        latest=latest,
        start_date_time_filter=start_date_time_filter,
        end_date_time_filter=end_date_time_filter,
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
    latest: bool | Unset = False,
    start_date_time_filter: datetime.datetime | Unset = UNSET,
    end_date_time_filter: datetime.datetime | Unset = UNSET,
) -> PagedBackupInfoList | None:
    """Gets the list of backups available for the specified partition.

     The partition's backups, oldest first, optionally only the newest (Latest=true) or
    those created in a time range. The reference gives this operation no
    ContinuationToken or MaxResults parameter although the answer has a
    ContinuationToken property, so it is not marked x-pageable: expect one page.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.
        latest (bool | Unset):  Default: False.
        start_date_time_filter (datetime.datetime | Unset):
        end_date_time_filter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedBackupInfoList
    """

    return sync_detailed(
        partition_id=partition_id,
        client=client,
        api_version=api_version,
        timeout=timeout,
        latest=latest,
        start_date_time_filter=start_date_time_filter,
        end_date_time_filter=end_date_time_filter,
    ).parsed


async def asyncio_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    timeout: int | Unset = 60,
    latest: bool | Unset = False,
    start_date_time_filter: datetime.datetime | Unset = UNSET,
    end_date_time_filter: datetime.datetime | Unset = UNSET,
) -> Response[PagedBackupInfoList]:
    """Gets the list of backups available for the specified partition.

     The partition's backups, oldest first, optionally only the newest (Latest=true) or
    those created in a time range. The reference gives this operation no
    ContinuationToken or MaxResults parameter although the answer has a
    ContinuationToken property, so it is not marked x-pageable: expect one page.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.
        latest (bool | Unset):  Default: False.
        start_date_time_filter (datetime.datetime | Unset):
        end_date_time_filter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedBackupInfoList]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        timeout=timeout,
        latest=latest,
        start_date_time_filter=start_date_time_filter,
        end_date_time_filter=end_date_time_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.4",
    timeout: int | Unset = 60,
    latest: bool | Unset = False,
    start_date_time_filter: datetime.datetime | Unset = UNSET,
    end_date_time_filter: datetime.datetime | Unset = UNSET,
) -> PagedBackupInfoList | None:
    """Gets the list of backups available for the specified partition.

     The partition's backups, oldest first, optionally only the newest (Latest=true) or
    those created in a time range. The reference gives this operation no
    ContinuationToken or MaxResults parameter although the answer has a
    ContinuationToken property, so it is not marked x-pageable: expect one page.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.4'.
        timeout (int | Unset):  Default: 60.
        latest (bool | Unset):  Default: False.
        start_date_time_filter (datetime.datetime | Unset):
        end_date_time_filter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedBackupInfoList
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            timeout=timeout,
            latest=latest,
            start_date_time_filter=start_date_time_filter,
            end_date_time_filter=end_date_time_filter,
        )
    ).parsed
