# generated from spec/ by make generate — do not edit
"""GetServiceInfo: Gets the information about the specific service belonging to the Service Fabric application."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import (
    ServiceInfo,
    StatefulServiceInfo,
    StatelessServiceInfo,
    UnknownServiceInfo,
)
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetServiceInfo"
METHOD = "GET"
PATH = "/Applications/{application_id}/$/GetServices/{service_id}"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    application_id: str,
    service_id: str,
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
            application_id=quote(str(application_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response,
) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo:
    """Parses a 200 response into ServiceInfo.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return ServiceInfo.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]:
    """Gets the information about the specific service belonging to the Service Fabric application.

     One service of the application. A service not found there answers 204 with no body.

    Args:
        application_id (str):
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]
    """

    kwargs = request_kwargs(
        application_id=application_id,
        service_id=service_id,
        api_version=api_version,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo | None:
    """Gets the information about the specific service belonging to the Service Fabric application.

     One service of the application. A service not found there answers 204 with no body.

    Args:
        application_id (str):
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo
    """

    return sync_detailed(
        application_id=application_id,
        service_id=service_id,
        client=client,
        api_version=api_version,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]:
    """Gets the information about the specific service belonging to the Service Fabric application.

     One service of the application. A service not found there answers 204 with no body.

    Args:
        application_id (str):
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]
    """

    kwargs = request_kwargs(
        application_id=application_id,
        service_id=service_id,
        api_version=api_version,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo | None:
    """Gets the information about the specific service belonging to the Service Fabric application.

     One service of the application. A service not found there answers 204 with no body.

    Args:
        application_id (str):
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            service_id=service_id,
            client=client,
            api_version=api_version,
            timeout=timeout,
        )
    ).parsed
