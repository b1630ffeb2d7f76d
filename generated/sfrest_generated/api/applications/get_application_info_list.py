# generated from spec/ by make generate — do not edit
"""GetApplicationInfoList: Gets the list of applications created in the Service Fabric cluster."""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models import PagedApplicationInfoList
from ...types import UNSET, Response, Unset

OPERATION_ID = "GetApplicationInfoList"
METHOD = "GET"
PATH = "/Applications"
API_VERSION = "6.1"
"""The api-version sent when the caller does not choose one."""
MIN_API_VERSION = "6.1"
"""The oldest api-version a client may send (the spec's x-min-api-version)."""
SUCCESS_STATUS = 200


def request_kwargs(
    *,
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = 0,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = False,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> dict[str, Any]:
    """The keyword arguments of httpx's request() for one call: method, url, params, body."""

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params["ApplicationDefinitionKindFilter"] = application_definition_kind_filter

    params["ApplicationTypeName"] = application_type_name

    params["ExcludeApplicationParameters"] = exclude_application_parameters

    params["ContinuationToken"] = continuation_token

    params["MaxResults"] = max_results

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PagedApplicationInfoList:
    """Parses a 200 response into PagedApplicationInfoList.

    Raises ValueError (pydantic.ValidationError or json.JSONDecodeError are
    subclasses) when the body does not match the spec.
    """
    return PagedApplicationInfoList.model_validate_json(response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagedApplicationInfoList | None:
    if response.status_code == SUCCESS_STATUS:
        return parse_response(response)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PagedApplicationInfoList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = 0,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = False,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> Response[PagedApplicationInfoList]:
    """Gets the list of applications created in the Service Fabric cluster.

     Lists the applications, optionally only those of one application type or of some
    definition kinds (not both filters at once). Paged through ContinuationToken and
    MaxResults.

    Args:
        api_version (str):  Default: '6.1'.
        application_definition_kind_filter (int | Unset):  Default: 0.
        application_type_name (str | Unset):
        exclude_application_parameters (bool | Unset):  Default: False.
        continuation_token (str | Unset):
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedApplicationInfoList]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        application_definition_kind_filter=application_definition_kind_filter,
        application_type_name=application_type_name,
        exclude_application_parameters=exclude_application_parameters,
        continuation_token=continuation_token,
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
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = 0,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = False,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> PagedApplicationInfoList | None:
    """Gets the list of applications created in the Service Fabric cluster.

     Lists the applications, optionally only those of one application type or of some
    definition kinds (not both filters at once). Paged through ContinuationToken and
    MaxResults.

    Args:
        api_version (str):  Default: '6.1'.
        application_definition_kind_filter (int | Unset):  Default: 0.
        application_type_name (str | Unset):
        exclude_application_parameters (bool | Unset):  Default: False.
        continuation_token (str | Unset):
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedApplicationInfoList
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
        application_definition_kind_filter=application_definition_kind_filter,
        application_type_name=application_type_name,
        exclude_application_parameters=exclude_application_parameters,
        continuation_token=continuation_token,
        max_results=max_results,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = 0,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = False,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> Response[PagedApplicationInfoList]:
    """Gets the list of applications created in the Service Fabric cluster.

     Lists the applications, optionally only those of one application type or of some
    definition kinds (not both filters at once). Paged through ContinuationToken and
    MaxResults.

    Args:
        api_version (str):  Default: '6.1'.
        application_definition_kind_filter (int | Unset):  Default: 0.
        application_type_name (str | Unset):
        exclude_application_parameters (bool | Unset):  Default: False.
        continuation_token (str | Unset):
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagedApplicationInfoList]
    """

    kwargs = request_kwargs(
        api_version=api_version,
        application_definition_kind_filter=application_definition_kind_filter,
        application_type_name=application_type_name,
        exclude_application_parameters=exclude_application_parameters,
        continuation_token=continuation_token,
        max_results=max_results,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: str = "6.1",
    application_definition_kind_filter: int | Unset = 0,
    application_type_name: str | Unset = UNSET,
    exclude_application_parameters: bool | Unset = False,
    continuation_token: str | Unset = UNSET,
    max_results: int | Unset = 0,
    timeout: int | Unset = 60,
) -> PagedApplicationInfoList | None:
    """Gets the list of applications created in the Service Fabric cluster.

     Lists the applications, optionally only those of one application type or of some
    definition kinds (not both filters at once). Paged through ContinuationToken and
    MaxResults.

    Args:
        api_version (str):  Default: '6.1'.
        application_definition_kind_filter (int | Unset):  Default: 0.
        application_type_name (str | Unset):
        exclude_application_parameters (bool | Unset):  Default: False.
        continuation_token (str | Unset):
        max_results (int | Unset):  Default: 0.
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagedApplicationInfoList
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
            application_definition_kind_filter=application_definition_kind_filter,
            application_type_name=application_type_name,
            exclude_application_parameters=exclude_application_parameters,
            continuation_token=continuation_token,
            max_results=max_results,
            timeout=timeout,
        )
    ).parsed
