# generated from spec/ by make generate — do not edit
"""GetServiceInfoList: Gets the information about all services belonging to the application specified by the application ID."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PagedServiceInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetServiceInfoList"
METHOD = "GET"
PATH = "/Applications/{application_id}/$/GetServices"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    application_id: str,
    *,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["ServiceTypeName"] = service_type_name

    params["api-version"] = api_version

    params["ContinuationToken"] = continuation_token

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedServiceInfoList:
    """Parses a 200 response into PagedServiceInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedServiceInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedServiceInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedServiceInfoList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedServiceInfoList]:
    """Gets the information about all services belonging to the application specified by the application
    ID.

     Lists an application's services, stateful and stateless, optionally of one service type. Paged
    through ContinuationToken (no MaxResults).

    Args:
        application_id (str):
        service_type_name (str | Unset):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedServiceInfoList]
    """

    kwargs = request_kwargs(
        application_id=application_id,
        service_type_name=service_type_name,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedServiceInfoList | None:
    """Gets the information about all services belonging to the application specified by the application
    ID.

     Lists an application's services, stateful and stateless, optionally of one service type. Paged
    through ContinuationToken (no MaxResults).

    Args:
        application_id (str):
        service_type_name (str | Unset):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedServiceInfoList
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        service_type_name=service_type_name,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> Response[PagedServiceInfoList]:
    """Gets the information about all services belonging to the application specified by the application
    ID.

     Lists an application's services, stateful and stateless, optionally of one service type. Paged
    through ContinuationToken (no MaxResults).

    Args:
        application_id (str):
        service_type_name (str | Unset):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedServiceInfoList]
    """

    kwargs = request_kwargs(
        application_id=application_id,
        service_type_name=service_type_name,
        api_version=api_version,
        continuation_token=continuation_token,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_type_name: str | Unset = UNSET,
    api_version: str = "6.0",
    continuation_token: str | Unset = UNSET,
    timeout: int | Unset = 60,
) -> PagedServiceInfoList | None:
    """Gets the information about all services belonging to the application specified by the application
    ID.

     Lists an application's services, stateful and stateless, optionally of one service type. Paged
    through ContinuationToken (no MaxResults).

    Args:
        application_id (str):
        service_type_name (str | Unset):
        api_version (str):  Default: '6.0'.
        continuation_token (str | Unset):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedServiceInfoList
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            service_type_name=service_type_name,
            api_version=api_version,
            continuation_token=continuation_token,
            timeout=timeout,
        )
    ).parsed
