# generated from spec/ by make generate — do not edit
"""GetNodeInfoList: Gets the list of nodes in the Service Fabric cluster."""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import NodeStatusFilter, PagedNodeInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetNodeInfoList"
METHOD = "GET"
PATH = "/Nodes"
API_VERSION = "6.3"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    *,
    api_version: str = "6.3",
    continuation_token: str | Unset = UNSET,
    node_status_filter: NodeStatusFilter | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["ContinuationToken"] = continuation_token

    json_node_status_filter: str | Unset = UNSET
    if not isinstance(node_status_filter, Unset):
        json_node_status_filter = node_status_filter.value

    params["NodeStatusFilter"] = json_node_status_filter

    params["MaxResults"] = max_results

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedNodeInfoList:
    """Parses a 200 response into PagedNodeInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedNodeInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedNodeInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedNodeInfoList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.3",
    continuation_token: str | Unset = UNSET,
    node_status_filter: NodeStatusFilter | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> Response[PagedNodeInfoList]:
    """Gets the list of nodes in the Service Fabric cluster.

     Lists the cluster's nodes with their status, instance ids (needed by
    StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
    ContinuationToken of one page to get the next; MaxResults caps a page.

    Args:
        api_version (str):  Default: '6.3'.
        continuation_token (str | Unset):
        node_status_filter (NodeStatusFilter | Unset): Which nodes GetNodeInfoList returns, in
            lower case as on the wire.
            - default - Every node except those whose status is Unknown or Removed.
            - all - Every node.
            - up - Nodes that are up.
            - down - Nodes that are down.
            - enabling - Nodes being enabled.
            - disabling - Nodes being disabled.
            - disabled - Disabled nodes.
            - unknown - Nodes whose status is not known.
            - removed - Removed nodes.
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedNodeInfoList]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        continuation_token=continuation_token,
        node_status_filter=node_status_filter,
        max_results=max_results,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.3",
    continuation_token: str | Unset = UNSET,
    node_status_filter: NodeStatusFilter | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> PagedNodeInfoList | None:
    """Gets the list of nodes in the Service Fabric cluster.

     Lists the cluster's nodes with their status, instance ids (needed by
    StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
    ContinuationToken of one page to get the next; MaxResults caps a page.

    Args:
        api_version (str):  Default: '6.3'.
        continuation_token (str | Unset):
        node_status_filter (NodeStatusFilter | Unset): Which nodes GetNodeInfoList returns, in
            lower case as on the wire.
            - default - Every node except those whose status is Unknown or Removed.
            - all - Every node.
            - up - Nodes that are up.
            - down - Nodes that are down.
            - enabling - Nodes being enabled.
            - disabling - Nodes being disabled.
            - disabled - Disabled nodes.
            - unknown - Nodes whose status is not known.
            - removed - Removed nodes.
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedNodeInfoList
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
        continuation_token=continuation_token,
        node_status_filter=node_status_filter,
        max_results=max_results,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.3",
    continuation_token: str | Unset = UNSET,
    node_status_filter: NodeStatusFilter | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> Response[PagedNodeInfoList]:
    """Gets the list of nodes in the Service Fabric cluster.

     Lists the cluster's nodes with their status, instance ids (needed by
    StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
    ContinuationToken of one page to get the next; MaxResults caps a page.

    Args:
        api_version (str):  Default: '6.3'.
        continuation_token (str | Unset):
        node_status_filter (NodeStatusFilter | Unset): Which nodes GetNodeInfoList returns, in
            lower case as on the wire.
            - default - Every node except those whose status is Unknown or Removed.
            - all - Every node.
            - up - Nodes that are up.
            - down - Nodes that are down.
            - enabling - Nodes being enabled.
            - disabling - Nodes being disabled.
            - disabled - Disabled nodes.
            - unknown - Nodes whose status is not known.
            - removed - Removed nodes.
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedNodeInfoList]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        continuation_token=continuation_token,
        node_status_filter=node_status_filter,
        max_results=max_results,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.3",
    continuation_token: str | Unset = UNSET,
    node_status_filter: NodeStatusFilter | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> PagedNodeInfoList | None:
    """Gets the list of nodes in the Service Fabric cluster.

     Lists the cluster's nodes with their status, instance ids (needed by
    StartNodeTransition), node type, upgrade and fault domains. Paged: pass the
    ContinuationToken of one page to get the next; MaxResults caps a page.

    Args:
        api_version (str):  Default: '6.3'.
        continuation_token (str | Unset):
        node_status_filter (NodeStatusFilter | Unset): Which nodes GetNodeInfoList returns, in
            lower case as on the wire.
            - default - Every node except those whose status is Unknown or Removed.
            - all - Every node.
            - up - Nodes that are up.
            - down - Nodes that are down.
            - enabling - Nodes being enabled.
            - disabling - Nodes being disabled.
            - disabled - Disabled nodes.
            - unknown - Nodes whose status is not known.
            - removed - Removed nodes.
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedNodeInfoList
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
            continuation_token=continuation_token,
            node_status_filter=node_status_filter,
            max_results=max_results,
            timeout=timeout,
        )
    ).parsed
