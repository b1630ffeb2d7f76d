"""The emulator over real HTTP/1.1 on loopback: stdlib ThreadingHTTPServer, keep-alive."""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import sys
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import urlsplit

from ._emulator import DEFAULT_RUNTIME_VERSION, Emulator, _error
from ._topology import Topology

log = logging.getLogger("sfrest.testing")
_JOIN_TIMEOUT = 5.0


class _Handler(BaseHTTPRequestHandler):
    """Hands every request, whatever its method, to the Emulator."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes
    server: _HTTPServer

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError as exc:
            self.send_error(400, str(exc))
            return
        target = self.path
        if not target.startswith("/"):  # absolute-form: http://host:port/path?query
            parts = urlsplit(target)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        reply = self.server.emulator.handle(self.command, target, body)
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def __getattr__(self, name: str) -> Any:
        """do_GET, do_POST, do_QUERY…: every method goes to the Emulator (405 off its routes)."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(1024).split(b";", 1)[0].strip()
                size = int(size_line, 16)
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        if not length.strip().isdigit():
            raise ValueError(f"bad Content-Length {length!r}")
        return self.rfile.read(int(length))

    def send_error(
        self, code: int, message: str | None = None, explain: str | None = None
    ) -> None:
        """Errors http.server raises itself (bad request line, unknown method) as FabricError JSON."""
        error = (
            "NotFound" if code == 404 else "E_INVALIDARG" if code < 500 else "E_NOTIMPL"
        )
        reply = _error(
            code, error, message or explain or self.responses.get(code, ("",))[0]
        )
        self.close_connection = True
        if self.request_version == "HTTP/0.9":  # the request line did not parse
            self.request_version = self.protocol_version  # answer with a status line
        try:
            self.send_response(code, message)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD" and code >= 200 and code not in (204, 304):
                self.wfile.write(reply.body)
        except OSError:
            pass  # the client is gone

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s - %s", self.address_string(), format % args)


class _HTTPServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that can close its open keep-alive connections and join them."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.emulator = emulator
        self._live: dict[threading.Thread, socket.socket] = {}
        self._live_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup of the host (slow in some sandboxes)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._process,
            args=(request, client_address),
            name=f"sfrest-emulator-conn-{client_address[1]}",
            daemon=True,
        )
        with self._live_lock:
            self._live[thread] = request
        thread.start()

    def _process(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._live_lock:
                self._live.pop(threading.current_thread(), None)

    def close_connections(self) -> None:
        """End every open connection (its thread sees EOF) and join the threads."""
        with self._live_lock:
            live = list(self._live.items())
        for _, sock in live:
            with contextlib.suppress(OSError):  # closed already
                sock.shutdown(socket.SHUT_RDWR)
        for thread, _ in live:
            thread.join(_JOIN_TIMEOUT)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("error while serving %s: %s", client_address, sys.exc_info()[1])


class EmulatorServer:
    """An Emulator served over HTTP/1.1 (keep-alive) by the stdlib, on its own thread.

        with emu.serve(host="127.0.0.1", port=0) as server:   # port 0: a free port
            with ServiceFabricClient(server.url) as client:
                client.get_fault_operation_list()
        # leaving the block stops the server, closes its connections, joins its threads

    Attributes: emulator, host, port (the bound one), url ("http://127.0.0.1:PORT").
    """

    def __init__(
        self, emulator: Emulator, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.emulator = emulator
        self._httpd = _HTTPServer((host, port), emulator)
        self.host = host
        self.port: int = self._httpd.server_address[1]
        self.url = (
            f"http://[{host}]:{self.port}"
            if ":" in host
            else f"http://{host}:{self.port}"
        )
        self._lock = threading.Lock()
        self._started = self._closed = False
        self._thread: threading.Thread | None = None

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
        """Serve on this thread until stop() (from another thread) or KeyboardInterrupt."""
        with self._lock:
            if self._closed:
                return
            self._started = True
        log.info("sfrest emulator listening on %s", self.url)
        self._httpd.serve_forever(poll_interval=0.02)

    def stop(self) -> None:
        """Stop serving, close the listening socket and every connection, join the threads."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            started = self._started
        if started:
            self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd.close_connections()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(_JOIN_TIMEOUT)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def banner(server: EmulatorServer) -> str:
    """What run() prints: the URL and the names tests and demos need."""
    emulator = server.emulator
    lines = [
        f"sfrest emulator listening on {server.url} "
        + f"(runtime {emulator.runtime_version}; Ctrl-C to stop)"
    ]
    for service in emulator.topology.services():
        kind = "stateful" if service.stateful else "stateless"
        path_id = service.name.removeprefix("fabric:/").replace("/", "~")
        lines.append(f"  {service.name}  ({kind}; path id {path_id})")
        for partition in service.partitions:
            backup = "  backup enabled" if partition.backup_enabled else ""
            lines.append(f"    partition {partition.id}{backup}")
    for node in emulator.topology.nodes:
        lines.append(f"  node {node.name}  instance {node.instance_id}")
    return "\n".join(lines)


def run(
    host: str = "127.0.0.1",
    port: int = 19080,
    *,
    emulator: Emulator | None = None,
    topology: Topology | None = None,
    durations: Mapping[str, float] | None = None,
    runtime_version: str = DEFAULT_RUNTIME_VERSION,
    on_ready: Callable[[EmulatorServer], object] | None = None,
) -> None:
    """Serve an emulator on this thread until Ctrl-C (or server.stop() from elsewhere).

    emulator: serve this one; else a new Emulator(topology, durations=, runtime_version=).
    on_ready: called with the bound EmulatorServer before serving (default: print the
    URL and the seeded names to stdout).
    """
    if emulator is None:
        emulator = Emulator(
            topology, durations=durations, runtime_version=runtime_version
        )
    elif (
        topology is not None
        or durations is not None
        or runtime_version != DEFAULT_RUNTIME_VERSION
    ):
        raise ValueError(
            "pass either emulator= or topology/durations/runtime_version, not both"
        )
    server = EmulatorServer(emulator, host, port)
    try:
        if on_ready is None:
            print(banner(server), file=sys.stdout, flush=True)
        else:
            on_ready(server)
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("sfrest emulator interrupted")
    finally:
        server.stop()
