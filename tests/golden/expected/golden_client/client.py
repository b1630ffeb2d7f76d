# generated from spec/ by make generate — do not edit
"""The minimal client the operation modules take: a base URL and httpx clients."""

from types import TracebackType
from typing import Any, Self

import httpx


class Client:
    """A base URL and lazily created httpx clients.

        client = Client("http://localhost:19080")
        progress = get_data_loss_progress.sync(service_id, partition_id, client=client, operation_id=op)

    Args:
        base_url: the gateway, e.g. http://localhost:19080.
        raise_on_unexpected_status: raise errors.UnexpectedStatus on any status other than
            the operation's success status, instead of returning None.
        httpx_args: passed to httpx.Client / httpx.AsyncClient (timeout, verify, cert, ...).
    """

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        headers: dict[str, str] | None = None,
        **httpx_args: Any,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._headers = dict(headers or {})
        self._httpx_args = httpx_args
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client for sync calls (its base_url must be set)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url, headers=self._headers, **self._httpx_args
            )
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient for async calls (its base_url must be set)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url, headers=self._headers, **self._httpx_args
            )
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, tb)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc, tb)


class AuthenticatedClient(Client):
    """A Client that sends `Authorization: Bearer <token>` with every request."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        headers = dict(kwargs.pop("headers", None) or {})
        headers[auth_header_name] = f"{prefix} {token}" if prefix else token
        super().__init__(base_url, headers=headers, **kwargs)

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token=<hidden>)"
