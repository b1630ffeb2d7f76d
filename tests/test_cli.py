"""The sfrest command line: JSON output, --wait, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys

import httpx
import pytest
from pytest_httpx import HTTPXMock

from sfrest import cli

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
DATA_LOSS = ["partition", "data-loss", "--service-id", "fabric:/app/svc", "--partition-id", PID,
             "--data-loss-mode", "PartialDataLoss", "--operation-id", OID]  # fmt: skip


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_start_prints_the_operation_id(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    code, out, err = run(DATA_LOSS)
    assert (code, json.loads(out), err) == (0, {"OperationId": OID}, "")
    request = httpx_mock.get_request()
    assert (
        request is not None and request.url.params["DataLossMode"] == "PartialDataLoss"
    )
    assert request.url.host == "localhost" and request.url.port == 19080


def test_endpoint_from_environment(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SFREST_ENDPOINT", "http://127.0.0.1:29080")
    httpx_mock.add_response(
        json=[{"OperationId": OID, "State": "Running", "Type": "PartitionRestart"}]
    )
    code, out, _ = run(["cluster", "operation-list", "--state-filter", "1"])
    assert code == 0 and json.loads(out)[0]["Type"] == "PartitionRestart"
    request = httpx_mock.get_request()
    assert (
        request is not None
        and request.url.port == 29080
        and request.url.params["StateFilter"] == "1"
    )


@pytest.mark.parametrize(
    ("final", "expected_code"),
    [("Completed", 0), ("Faulted", 1), ("Cancelled", 1), ("ForceCancelled", 1)],
)
def test_wait_exit_codes_and_plain_state_lines(
    httpx_mock: HTTPXMock, final: str, expected_code: int
) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": "Running"})
    httpx_mock.add_response(json={"State": "Running"})
    httpx_mock.add_response(json={"State": final})
    code, out, err = run([*DATA_LOSS, "--wait", "--poll-interval", "0.001"])
    assert code == expected_code
    assert json.loads(out) == {"OperationId": OID, "State": final}
    first, *lines = err.splitlines()
    assert first == f"OperationId {OID}"  # at once, before the first poll
    assert [line.split()[0] for line in lines] == [
        "Running",
        final,
    ]  # one line per state change


def test_backup_wait_success_and_failure(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(
        json={"BackupState": "Success", "LsnOfLastBackupRecord": 12}
    )
    code, out, _ = run(
        [
            "partition",
            "backup",
            "--partition-id",
            PID,
            "--wait",
            "--poll-interval",
            "0.001",
        ]
    )
    assert code == 0 and json.loads(out)["LsnOfLastBackupRecord"] == "12"
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"RestoreState": "Timeout"})
    code, _, _ = run(["partition", "restore", "--partition-id", PID, "--backup-id", OID,
                      "--backup-location", "x.zip", "--wait", "--poll-interval", "0.001"])  # fmt: skip
    assert code == 1


def test_wait_timeout_exit_code(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": "Running"}, is_reusable=True)
    code, _, err = run(
        [*DATA_LOSS, "--wait", "--wait-timeout", "0.05", "--poll-interval", "0.01"]
    )
    assert code == 4 and "still Running" in err
    assert f"sfrest cluster operation-cancel --operation-id {OID}" in err


def test_ctrl_c_names_the_operation_and_may_cancel_it(httpx_mock: HTTPXMock) -> None:
    def interrupt(_: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt  # Ctrl-C during the first poll

    for cancel in ([], ["--cancel-on-interrupt"]):
        httpx_mock.add_response(status_code=202)
        httpx_mock.add_callback(interrupt)
        if cancel:
            httpx_mock.add_response(status_code=200)
        code, out, err = run([*DATA_LOSS, "--wait", *cancel])
        assert (code, out) == (130, "") and "Traceback" not in err
        assert (f"cancelled {OID}" if cancel else f"--operation-id {OID}") in err
    assert httpx_mock.get_requests()[-1].url.path == "/Faults/$/Cancel"


def test_hostile_server_text_is_one_escaped_line(httpx_mock: HTTPXMock) -> None:
    hostile = "no\nsfrest: 200 OK: forged line\x1b]0;title\x07\x1b[2J"
    httpx_mock.add_response(
        status_code=404, json={"Error": {"Code": "X\r\nY", "Message": hostile}}
    )
    code, _, err = run(["partition", "data-loss-status", "--service-id", "app~svc",
                        "--partition-id", PID, "--operation-id", OID])  # fmt: skip
    assert code == 3 and err.count("\n") == 1 and "\x1b" not in err
    assert err.startswith("sfrest: 404 X\\r\\nY: no\\nsfrest: 200 OK")


@pytest.mark.parametrize("flag", ["--cert", "--key", "--ca"])
def test_a_missing_tls_file_is_one_line_and_exit_2(flag: str) -> None:
    argv = ["partition", "backup-status", "--partition-id", PID, "--endpoint",
            "https://localhost:1", flag, "/nonexistent/file.pem"]  # fmt: skip
    if flag == "--key":
        argv += ["--cert", "/nonexistent/cert.pem"]
    code, out, err = run(argv)
    assert (code, out, err.count("\n")) == (2, "", 1) and "/nonexistent/" in err


def test_the_emulator_on_a_busy_or_impossible_port_is_one_line() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code, _, err = run(["emulator", "--port", str(busy.getsockname()[1])])
    assert code == 2 and err.count("\n") == 1 and "cannot serve" in err
    with pytest.raises(SystemExit) as caught:
        run(["emulator", "--port", "99999"])
    assert caught.value.code == 2


def test_abbreviations_are_refused_and_version_is_known(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(
            [
                "partition",
                "data-loss",
                "--serv",
                "a~b",
                "--part",
                PID,
                "--data",
                "FullDataLoss",
            ]
        )
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        run(["--version"])
    assert caught.value.code == 0 and capsys.readouterr().out.startswith("sfrest 0.")


def test_fabric_error_is_one_line(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=404,
        json={
            "Error": {"Code": "FABRIC_E_KEY_NOT_FOUND", "Message": "no such operation"}
        },
    )
    code, out, err = run(["partition", "data-loss-status", "--service-id", "app~svc",
                          "--partition-id", PID, "--operation-id", OID])  # fmt: skip
    assert (code, out) == (3, "")
    assert err == "sfrest: 404 FABRIC_E_KEY_NOT_FOUND: no such operation\n"


def test_html_error_is_one_line(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=403, content=b"")
    code, _, err = run(
        ["cluster", "operation-cancel", "--operation-id", OID, "--force"]
    )
    assert code == 3 and err == "sfrest: 403 -\n"
    request = httpx_mock.get_request()
    assert request is not None and request.url.params["Force"] == "true"


def test_bad_argument_is_one_line_and_sends_nothing(httpx_mock: HTTPXMock) -> None:
    code, out, err = run(["partition", "backup-status", "--partition-id", "not-a-guid"])
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "partition_id must be a GUID" in err
    assert httpx_mock.get_requests() == []


def test_unknown_mode_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        run(["partition", "restart", "--service-id", "a~b", "--partition-id", PID,
             "--restart-partition-mode", "Everything"])  # fmt: skip
    assert caught.value.code == 2


def test_console_script_runs_without_traceback() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sfrest",
            "partition",
            "backup-status",
            "--partition-id",
            "x",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        "Traceback" not in result.stderr
        and "partition_id must be a GUID" in result.stderr
    )


def test_exit_codes_against_the_emulator_over_http() -> None:
    """The CLI against the emulator on loopback: 0 Completed, 1 Faulted, 3 an error, 0 a list."""
    from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator

    emulator = Emulator(durations={"PartitionDataLoss": 0.05, "PartitionRestart": 0.05})
    emulator.inject_fault(CALC_PARTITIONS[1], kind="PartitionRestart")
    with emulator.serve(port=0) as server:
        base = ["--endpoint", server.url]
        wait = ["--wait", "--poll-interval", "0.02"]
        code, out, _ = run(["partition", "data-loss", *base, "--service-id", CALC_SERVICE,
                            "--partition-id", str(CALC_PARTITIONS[0]), "--data-loss-mode", "FullDataLoss", *wait])  # fmt: skip
        assert code == 0 and json.loads(out)["State"] == "Completed"
        code, out, _ = run(["partition", "restart", *base, "--service-id", CALC_SERVICE, "--partition-id",
                            str(CALC_PARTITIONS[1]), "--restart-partition-mode", "AllReplicasOrInstances", *wait])  # fmt: skip
        assert code == 1 and json.loads(out)["RestartPartitionResult"]["ErrorCode"] < 0
        code, _, err = run(
            ["cluster", "operation-cancel", *base, "--operation-id", OID]
        )
        assert code == 3 and err.startswith("sfrest: 404 FABRIC_E_KEY_NOT_FOUND")
        code, out, _ = run(["cluster", "operation-list", *base, "--type-filter", "4"])
        assert code == 0 and [op["State"] for op in json.loads(out)] == ["Faulted"]
