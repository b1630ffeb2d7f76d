"""In-process httpx transports: the fast front end, no sockets and no threads."""

from __future__ import annotations

import httpx

from ._wire import EmulatorResponse, Gateway


def _target(request: httpx.Request) -> str:
    """The raw request target (path?query) exactly as it would go on the wire."""
    return request.url.raw_path.decode("ascii")


def _response(reply: EmulatorResponse) -> httpx.Response:
    return httpx.Response(reply.status, headers=list(reply.headers), content=reply.body)


class EmulatorTransport(httpx.BaseTransport):
    """An httpx transport answered by an Emulator: `ServiceFabricClient(transport=emu.transport())`."""

    def __init__(self, emulator: Gateway) -> None:
        self.emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        return _response(self.emulator.handle(request.method, _target(request), body))


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    """The async twin: `AsyncServiceFabricClient(transport=emu.async_transport())`."""

    def __init__(self, emulator: Gateway) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        return _response(self.emulator.handle(request.method, _target(request), body))
