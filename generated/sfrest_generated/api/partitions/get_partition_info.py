# generated from spec/ by make generate — do not edit
"""GetPartitionInfo: Gets the information about a Service Fabric partition."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import (
    ServicePartitionInfo,
    StatefulServicePartitionInfo,
    StatelessServicePartitionInfo,
    UnknownServicePartitionInfo,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetPartitionInfo"
METHOD = "GET"
PATH = "/Partitions/{partition_id}"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    partition_id: UUID,
    *,
    api_version: str = "6.0",
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


def parse_response(
    response: httpx.Response,
) -> (
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
):
    """Parses a 200 response into ServicePartitionInfo.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return ServicePartitionInfo.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
    | None
):
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
]:
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
    timeout: int | Unset = 60,
) -> Response[
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
]:
    """Gets the information about a Service Fabric partition.

     One partition, looked up by id alone. An unknown partition answers 204 with no body.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatefulServicePartitionInfo | StatelessServicePartitionInfo | UnknownServicePartitionInfo]
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
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> (
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
    | None
):
    """Gets the information about a Service Fabric partition.

     One partition, looked up by id alone. An unknown partition answers 204 with no body.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatefulServicePartitionInfo | StatelessServicePartitionInfo | UnknownServicePartitionInfo
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
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
]:
    """Gets the information about a Service Fabric partition.

     One partition, looked up by id alone. An unknown partition answers 204 with no body.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatefulServicePartitionInfo | StatelessServicePartitionInfo | UnknownServicePartitionInfo]
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
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> (
    StatefulServicePartitionInfo
    | StatelessServicePartitionInfo
    | UnknownServicePartitionInfo
    | None
):
    """Gets the information about a Service Fabric partition.

     One partition, looked up by id alone. An unknown partition answers 204 with no body.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatefulServicePartitionInfo | StatelessServicePartitionInfo | UnknownServicePartitionInfo
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            timeout=timeout,
        )
    ).parsed
