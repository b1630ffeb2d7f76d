# generated from spec/ by make generate — do not edit
"""GetFaultOperationList: Gets a list of user-induced fault operations filtered by provided input."""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import OperationStatus, OperationStatusList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetFaultOperationList"
METHOD = "GET"
PATH = "/Faults/"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    *,
    api_version: str = "6.0",
    type_filter: int | Unset = 65535,
    state_filter: int | Unset = 65535,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["TypeFilter"] = type_filter

    params["StateFilter"] = state_filter

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[OperationStatus]:
    """Parses a 200 response into OperationStatusList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return OperationStatusList.model_validate_json(response.content).root


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OperationStatus] | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OperationStatus]]:
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
    type_filter: int | Unset = 65535,
    state_filter: int | Unset = 65535,
    timeout: int | Unset = 60,
) -> Response[list[OperationStatus]]:
    """Gets a list of user-induced fault operations filtered by provided input.

     The path ends with a slash, as on the wire. The filters are bit masks; an absent or 0 filter matches
    everything.

    Args:
        api_version (str):  Default: '6.0'.
        type_filter (int | Unset):  Default: 65535.
        state_filter (int | Unset):  Default: 65535.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OperationStatus]]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        type_filter=type_filter,
        state_filter=state_filter,
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
    type_filter: int | Unset = 65535,
    state_filter: int | Unset = 65535,
    timeout: int | Unset = 60,
) -> list[OperationStatus] | None:
    """Gets a list of user-induced fault operations filtered by provided input.

     The path ends with a slash, as on the wire. The filters are bit masks; an absent or 0 filter matches
    everything.

    Args:
        api_version (str):  Default: '6.0'.
        type_filter (int | Unset):  Default: 65535.
        state_filter (int | Unset):  Default: 65535.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OperationStatus]
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
        type_filter=type_filter,
        state_filter=state_filter,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    type_filter: int | Unset = 65535,
    state_filter: int | Unset = 65535,
    timeout: int | Unset = 60,
) -> Response[list[OperationStatus]]:
    """Gets a list of user-induced fault operations filtered by provided input.

     The path ends with a slash, as on the wire. The filters are bit masks; an absent or 0 filter matches
    everything.

    Args:
        api_version (str):  Default: '6.0'.
        type_filter (int | Unset):  Default: 65535.
        state_filter (int | Unset):  Default: 65535.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[OperationStatus]]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        type_filter=type_filter,
        state_filter=state_filter,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    type_filter: int | Unset = 65535,
    state_filter: int | Unset = 65535,
    timeout: int | Unset = 60,
) -> list[OperationStatus] | None:
    """Gets a list of user-induced fault operations filtered by provided input.

     The path ends with a slash, as on the wire. The filters are bit masks; an absent or 0 filter matches
    everything.

    Args:
        api_version (str):  Default: '6.0'.
        type_filter (int | Unset):  Default: 65535.
        state_filter (int | Unset):  Default: 65535.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[OperationStatus]
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
            type_filter=type_filter,
            state_filter=state_filter,
            timeout=timeout,
        )
    ).parsed
