"""The command line under a hostile gateway and under signals: every server value it prints
is escaped, and Ctrl-C or SIGTERM anywhere ends it with one line and exit 130 or 143."""

from __future__ import annotations

import contextlib
import io
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from pytest_httpx import HTTPXMock
from test_cli import DATA_LOSS, OID, PID, emulator_process, run

import sfrest
from sfrest import cli
from sfrest.testing import CALC_SERVICE

HOSTILE = "\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED"


def assert_no_hostile_escape(text: str) -> None:
    for sequence in ("\x1b]", "\x07", "\x1b[2J", "\x1b[31m"):
        assert sequence not in text, repr(text)


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, so the live progress line is drawn."""

    def isatty(self) -> bool:
        return True


def test_progress_lines_escape_the_servers_state(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": HOSTILE})
    httpx_mock.add_response(json={"State": "Completed"})
    code, _, err = run([*DATA_LOSS, "--wait", "--poll-interval", "0.001"])
    assert code == 0
    assert_no_hostile_escape(err)
    assert "\\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mRED after " in err


def test_the_live_line_escapes_the_servers_state(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": HOSTILE})
    httpx_mock.add_response(json={"State": "Completed"})
    out, err = io.StringIO(), Terminal()
    argv = [*DATA_LOSS, "--wait", "--poll-interval", "0.001"]
    assert cli.main(argv, stdout=out, stderr=err) == 0
    assert_no_hostile_escape(err.getvalue())
    assert "\r\x1b[K\\x1b]0;PWNED" in err.getvalue()  # only our own erase-line sequence


def test_the_wait_timeout_line_escapes_the_servers_state(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": HOSTILE}, is_reusable=True)
    code, _, err = run(
        [*DATA_LOSS, "--wait", "--wait-timeout", "0.05", "--poll-interval", "0.01"]
    )
    assert code == 4
    assert_no_hostile_escape(err)
    assert f"still \\x1b]0;PWNED\\x07\\x1b[2J\\x1b[31mRED when --wait-timeout passed; cancel it with: sfrest cluster operation-cancel --operation-id {OID}" in err  # fmt: skip


def test_every_output_escapes_the_servers_text(httpx_mock: HTTPXMock) -> None:
    body = {"State": HOSTILE, "OperationId": OID, "Type": HOSTILE}
    for output in ("json", "table", "yaml"):
        httpx_mock.add_response(json=[body])
        code, out, err = run(["cluster", "operation-list", "-o", output, "--debug"])
        assert code == 0, err
        assert_no_hostile_escape(out + err)
        assert "PWNED" in out


class Silent:
    """A gateway on loopback that accepts connections and never answers."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.accepted = threading.Event()
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = self._listener.accept()
                self._conns.append(conn)
                self.accepted.set()

    def close(self) -> None:
        self._listener.close()
        for conn in self._conns:
            conn.close()


@contextlib.contextmanager
def silent_gateway() -> Iterator[Silent]:
    server = Silent()
    try:
        yield server
    finally:
        server.close()


def interrupted(argv: list[str], sig: int, ready: threading.Event | None = None) -> tuple[int, str]:  # fmt: skip
    """`sfrest ARGV` in a process of its own, sent sig once ready is set (or once its
    stderr has a line): its exit code and stderr."""
    with subprocess.Popen(
        [sys.executable, "-m", "sfrest", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stderr is not None
        first = ""
        if ready is not None:
            assert ready.wait(30), "the command never connected"
            time.sleep(0.2)  # inside the request, blocked on the answer
        else:
            first = process.stderr.readline()
        process.send_signal(sig)
        out, err = process.communicate(timeout=30)
        assert out == ""
        return process.returncode, first + err


@pytest.mark.parametrize(
    ("sig", "code", "word"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_a_signal_while_the_gateway_never_answers_is_one_line(
    sig: int, code: int, word: str
) -> None:
    with silent_gateway() as gateway:
        returncode, err = interrupted(
            ["cluster", "health", "--endpoint", gateway.url], sig, gateway.accepted
        )
    assert (returncode, err) == (code, f"sfrest: {word}\n")


def test_a_signal_during_a_start_names_its_operation_id() -> None:
    with silent_gateway() as gateway:
        argv = ["partition", "data-loss", "--endpoint", gateway.url, "--service-id",
                "app~svc", "--partition-id", PID, "--data-loss-mode", "PartialDataLoss"]  # fmt: skip
        returncode, err = interrupted(argv, signal.SIGINT, gateway.accepted)
    assert returncode == 130 and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("sfrest: interrupted, operation ")
    operation_id = err.split()[3]
    assert f"--operation-id {operation_id}\n" in err


@pytest.mark.parametrize("cancel", [False, True])
def test_sigterm_during_wait_is_handled_as_ctrl_c(cancel: bool) -> None:
    with emulator_process("--duration", "PartitionQuorumLoss=120") as url:
        argv = ["partition", "quorum-loss", "--endpoint", url, "--service-id", CALC_SERVICE,
                "--partition-id", PID, "--quorum-loss-mode", "QuorumReplicas",
                "--quorum-loss-duration", "600", "--operation-id", OID, "--wait"]  # fmt: skip
        flags = ["--cancel-on-interrupt"] if cancel else []
        returncode, err = interrupted([*argv, *flags], signal.SIGTERM)
        assert returncode == 143 and "Traceback" not in err
        first, last = err.splitlines()[0], err.splitlines()[-1]
        assert first == f"OperationId {OID}"
        with sfrest.ServiceFabricClient(url) as client:
            state = client.get_quorum_loss_progress(CALC_SERVICE, PID, OID).state
    if cancel:
        assert last == f"sfrest: terminated; cancelled {OID}"
        assert state in ("RollingBack", "Cancelled")
    else:
        assert last == (
            f"sfrest: terminated, operation {OID} goes on; cancel it with:"
            f" sfrest cluster operation-cancel --operation-id {OID}"
        )
        assert state == "Running"


def test_the_sigterm_handler_is_put_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    code, _, _ = run(["partition", "backup-status", "--partition-id", "x"])
    assert code == 2 and signal.getsignal(signal.SIGTERM) is before
    assert before is not cli._terminate  # main's handler only while it runs


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_emulator_stops_on_a_signal_without_a_traceback(signum: int) -> None:
    command = [sys.executable, "-m", "sfrest", "emulator", "--port", "0"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        port = int(process.stdout.readline().split(":")[2].split()[0])
        request = b"GET /Nodes?api-version=6.0 HTTP/1.1\r\nHost: x\r\n\r\n"
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        for client in clients:  # connections being served when the signal comes
            client.sendall(request)
        process.send_signal(signum)
        _, errors = process.communicate(timeout=10)
        for client in clients:
            client.close()
    assert (process.returncode, errors) == (0, "")
