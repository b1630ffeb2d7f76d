# generated from spec/ by make generate — do not edit
"""RecoverServicePartitions: Indicates to the Service Fabric cluster that it should attempt to recover the specified service that is currently stuck in quorum loss."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

OPERATION_ID = "RecoverServicePartitions"
METHOD = "POST"
PATH = "/Services/$/{service_id}/$/GetPartitions/$/Recover"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
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
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """Parses a 200 response.

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
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[None]:
    """Indicates to the Service Fabric cluster that it should attempt to recover the specified service that
    is currently stuck in quorum loss.

     Asks the cluster to bring every partition of the service out of quorum loss (data
    may be lost). Note the path: a `$` segment comes before the service id
    (`/Services/$/{serviceId}/...`), unlike every other service-scoped path; that is
    how the reference and the Microsoft clients spell it.

    Args:
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        api_version=api_version,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[None]:
    """Indicates to the Service Fabric cluster that it should attempt to recover the specified service that
    is currently stuck in quorum loss.

     Asks the cluster to bring every partition of the service out of quorum loss (data
    may be lost). Note the path: a `$` segment comes before the service id
    (`/Services/$/{serviceId}/...`), unlike every other service-scoped path; that is
    how the reference and the Microsoft clients spell it.

    Args:
        service_id (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        api_version=api_version,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
