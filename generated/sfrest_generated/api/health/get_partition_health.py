# generated from spec/ by make generate — do not edit
"""GetPartitionHealth: Gets the health of the specified Service Fabric partition."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PartitionHealth
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetPartitionHealth"
METHOD = "GET"
PATH = "/Partitions/{partition_id}/$/GetHealth"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    partition_id: UUID,
    *,
    api_version: str = "6.0",
    events_health_state_filter: int | Unset = 0,
    replicas_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["EventsHealthStateFilter"] = events_health_state_filter

    params["ReplicasHealthStateFilter"] = replicas_health_state_filter

    params["ExcludeHealthStatistics"] = exclude_health_statistics

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


def parse_response(response: httpx.Response) -> PartitionHealth:
    """Parses a 200 response into PartitionHealth.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PartitionHealth.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartitionHealth | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartitionHealth]:
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
    events_health_state_filter: int | Unset = 0,
    replicas_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> Response[PartitionHealth]:
    """Gets the health of the specified Service Fabric partition.

     The partition's aggregated health, its health events and its replicas' health states, each list
    filtered by health state.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        events_health_state_filter (int | Unset):  Default: 0.
        replicas_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartitionHealth]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        events_health_state_filter=events_health_state_filter,
        replicas_health_state_filter=replicas_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
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
    events_health_state_filter: int | Unset = 0,
    replicas_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> PartitionHealth | None:
    """Gets the health of the specified Service Fabric partition.

     The partition's aggregated health, its health events and its replicas' health states, each list
    filtered by health state.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        events_health_state_filter (int | Unset):  Default: 0.
        replicas_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartitionHealth
    """

    return sync_detailed(
        partition_id=partition_id,
        client=client,
        api_version=api_version,
        events_health_state_filter=events_health_state_filter,
        replicas_health_state_filter=replicas_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    events_health_state_filter: int | Unset = 0,
    replicas_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> Response[PartitionHealth]:
    """Gets the health of the specified Service Fabric partition.

     The partition's aggregated health, its health events and its replicas' health states, each list
    filtered by health state.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        events_health_state_filter (int | Unset):  Default: 0.
        replicas_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartitionHealth]
    """

    kwargs = request_kwargs(
        partition_id=partition_id,
        api_version=api_version,
        events_health_state_filter=events_health_state_filter,
        replicas_health_state_filter=replicas_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    events_health_state_filter: int | Unset = 0,
    replicas_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> PartitionHealth | None:
    """Gets the health of the specified Service Fabric partition.

     The partition's aggregated health, its health events and its replicas' health states, each list
    filtered by health state.

    Args:
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        events_health_state_filter (int | Unset):  Default: 0.
        replicas_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartitionHealth
    """

    return (
        await asyncio_detailed(
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            events_health_state_filter=events_health_state_filter,
            replicas_health_state_filter=replicas_health_state_filter,
            exclude_health_statistics=exclude_health_statistics,
            timeout=timeout,
        )
    ).parsed
