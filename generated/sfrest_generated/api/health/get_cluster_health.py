# generated from spec/ by make generate — do not edit
"""GetClusterHealth: Gets the health of a Service Fabric cluster."""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import ClusterHealth
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetClusterHealth"
METHOD = "GET"
PATH = "/$/GetClusterHealth"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    *,
    api_version: str = "6.0",
    nodes_health_state_filter: int | Unset = 0,
    applications_health_state_filter: int | Unset = 0,
    events_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    include_system_application_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["NodesHealthStateFilter"] = nodes_health_state_filter

    params["ApplicationsHealthStateFilter"] = applications_health_state_filter

    params["EventsHealthStateFilter"] = events_health_state_filter

    params["ExcludeHealthStatistics"] = exclude_health_statistics

    params["IncludeSystemApplicationHealthStatistics"] = (
        include_system_application_health_statistics
    )

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ClusterHealth:
    """Parses a 200 response into ClusterHealth.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return ClusterHealth.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterHealth | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterHealth]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    nodes_health_state_filter: int | Unset = 0,
    applications_health_state_filter: int | Unset = 0,
    events_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    include_system_application_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> Response[ClusterHealth]:
    """Gets the health of a Service Fabric cluster.

     The cluster's aggregated health, its health events, and its nodes' and applications' health states,
    each list filtered by health state.

    Args:
        api_version (str):  Default: '6.0'.
        nodes_health_state_filter (int | Unset):  Default: 0.
        applications_health_state_filter (int | Unset):  Default: 0.
        events_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        include_system_application_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterHealth]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        nodes_health_state_filter=nodes_health_state_filter,
        applications_health_state_filter=applications_health_state_filter,
        events_health_state_filter=events_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
        include_system_application_health_statistics=include_system_application_health_statistics,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    nodes_health_state_filter: int | Unset = 0,
    applications_health_state_filter: int | Unset = 0,
    events_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    include_system_application_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> ClusterHealth | None:
    """Gets the health of a Service Fabric cluster.

     The cluster's aggregated health, its health events, and its nodes' and applications' health states,
    each list filtered by health state.

    Args:
        api_version (str):  Default: '6.0'.
        nodes_health_state_filter (int | Unset):  Default: 0.
        applications_health_state_filter (int | Unset):  Default: 0.
        events_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        include_system_application_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterHealth
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
        nodes_health_state_filter=nodes_health_state_filter,
        applications_health_state_filter=applications_health_state_filter,
        events_health_state_filter=events_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
        include_system_application_health_statistics=include_system_application_health_statistics,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    nodes_health_state_filter: int | Unset = 0,
    applications_health_state_filter: int | Unset = 0,
    events_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    include_system_application_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> Response[ClusterHealth]:
    """Gets the health of a Service Fabric cluster.

     The cluster's aggregated health, its health events, and its nodes' and applications' health states,
    each list filtered by health state.

    Args:
        api_version (str):  Default: '6.0'.
        nodes_health_state_filter (int | Unset):  Default: 0.
        applications_health_state_filter (int | Unset):  Default: 0.
        events_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        include_system_application_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterHealth]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        nodes_health_state_filter=nodes_health_state_filter,
        applications_health_state_filter=applications_health_state_filter,
        events_health_state_filter=events_health_state_filter,
        exclude_health_statistics=exclude_health_statistics,
        include_system_application_health_statistics=include_system_application_health_statistics,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    nodes_health_state_filter: int | Unset = 0,
    applications_health_state_filter: int | Unset = 0,
    events_health_state_filter: int | Unset = 0,
    exclude_health_statistics: bool | Unset = False,
    include_system_application_health_statistics: bool | Unset = False,
    timeout: int | Unset = 60,
) -> ClusterHealth | None:
    """Gets the health of a Service Fabric cluster.

     The cluster's aggregated health, its health events, and its nodes' and applications' health states,
    each list filtered by health state.

    Args:
        api_version (str):  Default: '6.0'.
        nodes_health_state_filter (int | Unset):  Default: 0.
        applications_health_state_filter (int | Unset):  Default: 0.
        events_health_state_filter (int | Unset):  Default: 0.
        exclude_health_statistics (bool | Unset):  Default: False.
        include_system_application_health_statistics (bool | Unset):  Default: False.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterHealth
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
            nodes_health_state_filter=nodes_health_state_filter,
            applications_health_state_filter=applications_health_state_filter,
            events_health_state_filter=events_health_state_filter,
            exclude_health_statistics=exclude_health_statistics,
            include_system_application_health_statistics=include_system_application_health_statistics,
            timeout=timeout,
        )
    ).parsed
