"""The emulator over real HTTP/1.1 on loopback: asyncio streams and h11, keep-alive.

Why this and not the stdlib's ThreadingHTTPServer: that costs a thread per connection,
idle ones included, never closes an idle one, listens with a backlog of 5 (500 clients
connecting at once saw 218 time out) and reads whatever body a client announces. Here one
event loop on one background thread (asyncio.start_server) serves every connection, and
h11 (python-hyper's sans-I/O HTTP/1.1 parser, maintained with httpx, and installed with
it since httpcore depends on it) frames requests and responses, so no new dependency and
no hand-written HTTP parsing. uvicorn or hypercorn would add an ASGI stack and a
dependency for the same. Emulator.handle() is quick and takes its own lock, so it runs on
the loop. Limits: a listen backlog of BACKLOG (the kernel may cap it: somaxconn), a
request must arrive within IDLE_TIMEOUT of the previous answer (or of connecting), or
the connection is closed, and a body above MAX_BODY gets 413 without being read. 1,000
connections at once are all answered (tests/test_emulator.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import signal
import socket
import threading
from http.client import responses
from typing import Self
from urllib.parse import urlsplit

import h11

from ._wire import Gateway, error

log = logging.getLogger("sfrest.testing")
_JOIN_TIMEOUT = 5.0
BACKLOG = 4096
_STOPS = (signal.SIGINT, signal.SIGTERM)
"""What stops a server served on the main thread (sfrest emulator)."""
IDLE_TIMEOUT = 30.0
"""Seconds a connection may take to send its next request, head and body."""
MAX_BODY = 1 << 20
"""Bytes a request body may have (the emulator's largest is a restore's, under 1 KiB)."""


class _TooLarge(Exception):
    """The request body is above MAX_BODY."""


async def _next_event(conn: h11.Connection, reader: asyncio.StreamReader) -> object:
    while (event := conn.next_event()) is h11.NEED_DATA:
        conn.receive_data(await reader.read(65536))
    return event


class EmulatorServer:
    """An Emulator (any Gateway) served over HTTP/1.1 (keep-alive) by an asyncio loop on
    its own thread.

        with emu.serve(host="127.0.0.1", port=0) as server:   # port 0: a free port
            with ServiceFabricClient(server.url) as client:
                client.get_fault_operation_list()
        # leaving the block stops the server, closes its connections, joins its thread

    Attributes: emulator, host, port (the bound one), url ("http://127.0.0.1:PORT").
    """

    def __init__(
        self, emulator: Gateway, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.emulator = emulator
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock = socket.create_server((host, port), family=family, backlog=BACKLOG)
        self.host = host
        self.port: int = self._sock.getsockname()[1]
        self.url = (
            f"http://[{host}]:{self.port}"
            if ":" in host
            else f"http://{host}:{self.port}"
        )
        self._lock = threading.Lock()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = asyncio.Event()
        self._stopped = threading.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._serving: int | None = None
        """The thread serve_forever() runs on."""

    def __repr__(self) -> str:
        return f"EmulatorServer({self.url!r})"

    def start(self) -> Self:
        """Serve on a background thread; returns at once."""
        with self._lock:
            if self._thread is not None or self._closed:
                raise RuntimeError("the server was started or stopped already")
            self._thread = threading.Thread(
                target=self.serve_forever,
                name=f"sfrest-emulator-{self.port}",
                daemon=True,
            )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on this thread until stop() (from another thread), Ctrl-C or SIGTERM."""
        self._serving = threading.get_ident()
        held = _STOPS if threading.current_thread() is threading.main_thread() else ()
        main = self._main(held)
        before = {signum: signal.getsignal(signum) for signum in held}
        try:
            asyncio.run(main)
        except asyncio.CancelledError:  # asyncio's own Ctrl-C, before ours was in place
            raise KeyboardInterrupt from None
        finally:
            if inspect.getcoroutinestate(main) == inspect.CORO_CREATED:
                main.close()  # a signal came before it ran: no "never awaited" warning
            self._stopped.set()
            for signum, handler in before.items():  # ignored while the loop closed
                signal.signal(signum, handler)

    async def _main(self, held: tuple[signal.Signals, ...]) -> None:
        with self._lock:
            if self._closed:
                return
            self._loop = loop = asyncio.get_running_loop()
        # held (on the main thread): Ctrl-C and SIGTERM stop it as stop() does, not as an
        # exception raised inside whichever connection's callback runs (asyncio logs it)
        stops = []
        for signum in held:
            with contextlib.suppress(NotImplementedError):  # no such handlers there
                loop.add_signal_handler(signum, self._stopping.set)
                stops.append(signum)
        server = await asyncio.start_server(
            self._connection, sock=self._sock, backlog=BACKLOG
        )
        log.info("sfrest emulator listening on %s", self.url)
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()
            for signum in stops:  # a second one, while the loop closes, is ignored
                loop.remove_signal_handler(signum)
                signal.signal(signum, signal.SIG_IGN)

    def stop(self) -> None:
        """Stop serving, close the listening socket and every connection, join the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop = self._loop
        if loop is None:  # never served: the socket is still ours
            self._sock.close()
        else:  # the loop owns the socket; it closes it, then every connection
            with contextlib.suppress(RuntimeError):  # the loop is closed already
                loop.call_soon_threadsafe(self._stopping.set)
            if self._serving != threading.get_ident():  # else it has returned already
                self._stopped.wait(_JOIN_TIMEOUT)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(_JOIN_TIMEOUT)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def _connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Serve one connection: request after request until either side closes it."""
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        conn = h11.Connection(h11.SERVER)
        try:
            while await self._exchange(conn, reader, writer):
                conn.start_next_cycle()
        except (OSError, TimeoutError, h11.ProtocolError) as exc:
            log.debug("connection dropped: %r", exc)  # gone, idle too long, or broken
        except asyncio.CancelledError:  # stop(): asyncio would log a cancelled handler
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _exchange(
        self,
        conn: h11.Connection,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        """Read one request and answer it; whether the connection may carry another."""
        head = False
        try:
            async with asyncio.timeout(IDLE_TIMEOUT):
                request = await _next_event(conn, reader)
                if not isinstance(request, h11.Request):
                    return False  # the client closed the connection
                method = request.method.decode("ascii")
                head = method == "HEAD"
                body = await self._body(conn, reader, writer, request)
            reply = self.emulator.handle(method, _origin_form(request.target), body)
            log.debug("%s %s -> %d", method, request.target, reply.status)
        except _TooLarge:
            reply = error(413, "E_INVALIDARG", f"a body is at most {MAX_BODY} bytes")
        except h11.RemoteProtocolError as exc:
            if conn.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
                return False
            reply = error(exc.error_status_hint, "E_INVALIDARG", str(exc))
        close = conn.their_state is not h11.DONE
        headers = [*reply.headers, *([("Connection", "close")] if close else [])]
        data = conn.send(
            h11.Response(
                status_code=reply.status,
                headers=headers,
                reason=responses.get(reply.status, ""),
            )
        )
        if not head:
            data = (data or b"") + (conn.send(h11.Data(data=reply.body)) or b"")
        writer.write((data or b"") + (conn.send(h11.EndOfMessage()) or b""))
        await writer.drain()
        if (
            close
        ):  # unread input at close() would send RST, and could destroy the answer
            await _linger(reader, writer)
        return conn.our_state is h11.DONE and conn.their_state is h11.DONE

    async def _body(
        self,
        conn: h11.Connection,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        request: h11.Request,
    ) -> bytes:
        """The request body, at most MAX_BODY bytes (_TooLarge beyond, read no further)."""
        length = dict(request.headers).get(b"content-length", b"0")
        if int(length) > MAX_BODY:
            raise _TooLarge
        if conn.they_are_waiting_for_100_continue:
            writer.write(
                conn.send(h11.InformationalResponse(status_code=100, headers=[])) or b""
            )
        body = bytearray()
        while isinstance(event := await _next_event(conn, reader), h11.Data):
            body += event.data
            if len(body) > MAX_BODY:
                raise _TooLarge
        return bytes(body)


def _origin_form(target: bytes) -> str:
    """The path?query of a request target, also when absolute (http://host:port/path?query)."""
    text = target.decode("ascii", "replace")
    if text.startswith("/"):
        return text
    parts = urlsplit(text)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


async def _linger(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Half-close, then discard what the client still sends, for at most a second."""
    with contextlib.suppress(OSError, TimeoutError):
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(1.0):
            while await reader.read(65536):
                pass
