# generated from spec/ by make generate — do not edit
"""GetQuorumLossProgress: Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PartitionQuorumLossProgress
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetQuorumLossProgress"
METHOD = "GET"
PATH = "/Faults/Services/{service_id}/$/GetPartitions/{partition_id}/$/GetQuorumLossProgress"
API_VERSION = "6.0"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "3.0"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    service_id: str,
    partition_id: UUID,
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
            service_id=quote(str(service_id), safe=""),
            partition_id=quote(str(partition_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PartitionQuorumLossProgress:
    """Parses a 200 response into PartitionQuorumLossProgress.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PartitionQuorumLossProgress.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartitionQuorumLossProgress | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartitionQuorumLossProgress]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_id: str,
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> Response[PartitionQuorumLossProgress]:
    """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API.

     Gets the progress of a quorum loss operation started with StartQuorumLoss, using the OperationId.

    Args:
        service_id (str):
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartitionQuorumLossProgress]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        partition_id=partition_id,
        api_version=api_version,
        operation_id=operation_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_id: str,
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> PartitionQuorumLossProgress | None:
    """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API.

     Gets the progress of a quorum loss operation started with StartQuorumLoss, using the OperationId.

    Args:
        service_id (str):
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartitionQuorumLossProgress
    """

    return sync_detailed(
        service_id=service_id,
        partition_id=partition_id,
        client=client,
        api_version=api_version,
        operation_id=operation_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    service_id: str,
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> Response[PartitionQuorumLossProgress]:
    """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API.

     Gets the progress of a quorum loss operation started with StartQuorumLoss, using the OperationId.

    Args:
        service_id (str):
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartitionQuorumLossProgress]
    """

    kwargs = request_kwargs(
        service_id=service_id,
        partition_id=partition_id,
        api_version=api_version,
        operation_id=operation_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_id: str,
    partition_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.0",
    operation_id: UUID,
    timeout: int | Unset = 60,
) -> PartitionQuorumLossProgress | None:
    """Gets the progress of a quorum loss operation on a partition started using the StartQuorumLoss API.

     Gets the progress of a quorum loss operation started with StartQuorumLoss, using the OperationId.

    Args:
        service_id (str):
        partition_id (UUID):
        api_version (str):  Default: '6.0'.
        operation_id (UUID):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartitionQuorumLossProgress
    """

    return (
        await asyncio_detailed(
            service_id=service_id,
            partition_id=partition_id,
            client=client,
            api_version=api_version,
            operation_id=operation_id,
            timeout=timeout,
        )
    ).parsed
