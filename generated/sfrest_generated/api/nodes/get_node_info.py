# generated from spec/ by make generate — do not edit
"""GetNodeInfo: Gets the information about a specific node in the Service Fabric cluster."""

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import NodeInfo
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetNodeInfo"
METHOD = "GET"
PATH = "/Nodes/{node_name}"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    node_name: str,
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
            node_name=quote(str(node_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> NodeInfo:
    """Parses a 200 response into NodeInfo.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return NodeInfo.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NodeInfo | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NodeInfo]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[NodeInfo]:
    """Gets the information about a specific node in the Service Fabric cluster.

     One node's status, instance id and domains. An unknown node answers 204 with no body, not an error.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NodeInfo]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> NodeInfo | None:
    """Gets the information about a specific node in the Service Fabric cluster.

     One node's status, instance id and domains. An unknown node answers 204 with no body, not an error.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NodeInfo
    """

    return sync_detailed(
        node_name=node_name,
        client=client,
        api_version=api_version,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> Response[NodeInfo]:
    """Gets the information about a specific node in the Service Fabric cluster.

     One node's status, instance id and domains. An unknown node answers 204 with no body, not an error.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NodeInfo]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    timeout: int | Unset = 60,
) -> NodeInfo | None:
    """Gets the information about a specific node in the Service Fabric cluster.

     One node's status, instance id and domains. An unknown node answers 204 with no body, not an error.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NodeInfo
    """

    return (
        await asyncio_detailed(
            node_name=node_name,
            client=client,
            api_version=api_version,
            timeout=timeout,
        )
    ).parsed
