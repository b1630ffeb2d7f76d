# generated from spec/ by make generate — do not edit
"""GetDataLossProgress: Gets the progress of a partition data loss operation started using the StartDataLoss API."""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PartitionDataLossProgress
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetDataLossProgress"
METHOD = "GET"
PATH = (
    "/Faults/Services/{service_id}/$/GetPartitions/{partition_id}/$/GetDataLossProgress"
)
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


def parse_response(response: httpx.Response) -> PartitionDataLossProgress:
    """Parses a 200 response into PartitionDataLossProgress.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PartitionDataLossProgress.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartitionDataLossProgress | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartitionDataLossProgress]:
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
) -> Response[PartitionDataLossProgress]:
    """Gets the progress of a partition data loss operation started using the StartDataLoss API.

     Gets the progress of a data loss operation started with StartDataLoss, using the OperationId.

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
        Response[PartitionDataLossProgress]
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
) -> PartitionDataLossProgress | None:
    """Gets the progress of a partition data loss operation started using the StartDataLoss API.

     Gets the progress of a data loss operation started with StartDataLoss, using the OperationId.

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
        PartitionDataLossProgress
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
) -> Response[PartitionDataLossProgress]:
    """Gets the progress of a partition data loss operation started using the StartDataLoss API.

     Gets the progress of a data loss operation started with StartDataLoss, using the OperationId.

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
        Response[PartitionDataLossProgress]
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
) -> PartitionDataLossProgress | None:
    """Gets the progress of a partition data loss operation started using the StartDataLoss API.

     Gets the progress of a data loss operation started with StartDataLoss, using the OperationId.

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
        PartitionDataLossProgress
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
