# generated from spec/ by make generate — do not edit
"""StartNodeTransition: Starts or stops a cluster node."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import NodeTransitionType
from ...types import UNSET, Response, Unset

OPERATION_ID = "StartNodeTransition"
METHOD = "POST"
PATH = "/Faults/Nodes/{node_name}/$/StartTransition/"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 202


def request_kwargs(
    node_name: str,
    *,
    api_version: str = "6.0",
    operation_id: UUID,
    node_transition_type: NodeTransitionType,
    node_instance_id: str,
    stop_duration_in_seconds: int,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    json_operation_id = str(operation_id)
    params["OperationId"] = json_operation_id

    json_node_transition_type = node_transition_type.value
    params["NodeTransitionType"] = json_node_transition_type

    params["NodeInstanceId"] = node_instance_id

    params["StopDurationInSeconds"] = stop_duration_in_seconds

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


def parse_response(response: httpx.Response) -> None:
    """Parses a 202 response.

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
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    node_transition_type: NodeTransitionType,
    node_instance_id: str,
    stop_duration_in_seconds: int,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Starts or stops a cluster node.

     Starts or stops a node (Start or Stop). The path ends with a slash, as on the wire.
    Follow it with GetNodeTransitionProgress and the same OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        node_transition_type (NodeTransitionType): The kind of node transition. Sent exactly as
            written (case-sensitive); the gateway
            rejects Invalid with 400.
            - Invalid - Reserved. Do not pass into API.
            - Start - Transition a stopped node to up.
            - Stop - Transition an up node to stopped.
        node_instance_id (str):
        stop_duration_in_seconds (int):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        operation_id=operation_id,
        node_transition_type=node_transition_type,
        node_instance_id=node_instance_id,
        stop_duration_in_seconds=stop_duration_in_seconds,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    node_name: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    node_transition_type: NodeTransitionType,
    node_instance_id: str,
    stop_duration_in_seconds: int,
    timeout: int | Unset = 60,
) -> Response[None]:
    """Starts or stops a cluster node.

     Starts or stops a node (Start or Stop). The path ends with a slash, as on the wire.
    Follow it with GetNodeTransitionProgress and the same OperationId.

    Args:
        node_name (str):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        node_transition_type (NodeTransitionType): The kind of node transition. Sent exactly as
            written (case-sensitive); the gateway
            rejects Invalid with 400.
            - Invalid - Reserved. Do not pass into API.
            - Start - Transition a stopped node to up.
            - Stop - Transition an up node to stopped.
        node_instance_id (str):
        stop_duration_in_seconds (int):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None]
    """

    kwargs = request_kwargs(
        node_name=node_name,
        api_version=api_version,
        operation_id=operation_id,
        node_transition_type=node_transition_type,
        node_instance_id=node_instance_id,
        stop_duration_in_seconds=stop_duration_in_seconds,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
