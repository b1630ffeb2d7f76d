# generated from spec/ by make generate — do not edit
"""GetNodeTransitionProgress: Gets the progress of an operation started using StartNodeTransition."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import NodeTransitionProgress
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetNodeTransitionProgress"
METHOD = "GET"
PATH = "/Faults/Nodes/{node_name}/$/GetTransitionProgress"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    node_name: str,
    *,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    json_operation_id = str(operation_id)
    params["OperationId"] = json_operation_id

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


def parse_response(response: httpx.Response) -> NodeTransitionProgress:
    """Parses a 200 response into NodeTransitionProgress.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return NodeTransitionProgress.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NodeTransitionProgress | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NodeTransitionProgress]:
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
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> Response[NodeTransitionProgress]:
    """Gets the progress of an operation started using StartNodeTransition.

     Gets the progress of a node transition started with StartNodeTransition, using the OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NodeTransitionProgress]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        operation_id=operation_id,
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
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> NodeTransitionProgress | None:
    """Gets the progress of an operation started using StartNodeTransition.

     Gets the progress of a node transition started with StartNodeTransition, using the OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NodeTransitionProgress
    """

    return sync_detailed(
        node_name=node_name,
        client=client,
        api_version=api_version,
        operation_id=operation_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> Response[NodeTransitionProgress]:
    """Gets the progress of an operation started using StartNodeTransition.

     Gets the progress of a node transition started with StartNodeTransition, using the OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NodeTransitionProgress]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        operation_id=operation_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> NodeTransitionProgress | None:
    """Gets the progress of an operation started using StartNodeTransition.

     Gets the progress of a node transition started with StartNodeTransition, using the OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NodeTransitionProgress
    """

    return (
        await asyncio_detailed(
            node_name=node_name,
            client=client,
            api_version=api_version,
            operation_id=operation_id,
            timeout=timeout,
        )
    ).parsed
