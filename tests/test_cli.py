"""The sfrest command line: JSON, table and YAML output, --query, --debug, --wait, exit
codes, one-line errors, and `sfrest emulator`'s options."""

from __future__ import annotations

import contextlib
import io
import json
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from conftest import ROOT
from pytest_httpx import HTTPXMock

from sfrest import cli
from sfrest.testing import NODES

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
    assert err.count("\n") == 1 and "--partition-id must be a GUID" in err
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
        and "--partition-id must be a GUID" in result.stderr
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


@pytest.fixture
def gateway() -> Iterator[str]:
    """The emulator on a free loopback port, operations quick: its URL."""
    from sfrest.testing import KINDS, Emulator

    with Emulator(durations=dict.fromkeys(KINDS, 0.05)).serve(port=0) as server:
        yield server.url


def test_output_table_yaml_and_query(gateway: str) -> None:
    base = ["--endpoint", gateway]
    code, out, _ = run(["node", "list", *base, "-o", "table"])
    header, dashes, *rows = out.splitlines()
    assert code == 0 and header.split()[:2] == ["Name", "Id.Id"]
    assert dashes.split()[0] == "----" and [r.split()[0] for r in rows] == list(NODES)
    assert "Id.Id" in header.split()  # a nested key, dotted
    code, out, _ = run(["partition", "info", *base, "--partition-id", PID, "--output", "table"])  # fmt: skip
    assert f"PartitionInformation.Id                    {PID}" in out.splitlines()
    code, out, _ = run(
        ["partition", "info", *base, "--partition-id", PID, "-o", "yaml"]
    )
    _, as_json, _ = run(["partition", "info", *base, "--partition-id", PID])
    assert code == 0 and yaml.safe_load(out) == json.loads(as_json)
    query = "[?NodeStatus=='Up'].{N: Name, S: NodeStatus} | [:2]"
    code, out, _ = run(["node", "list", *base, "--query", query])
    assert json.loads(out) == [{"N": "_Node_0", "S": "Up"}, {"N": "_Node_1", "S": "Up"}]
    code, out, _ = run(["node", "list", *base, "--query", query, "-o", "table"])
    assert out.splitlines() == [
        "N        S",
        "-        -",
        "_Node_0  Up",
        "_Node_1  Up",
    ]
    code, out, _ = run(["node", "list", *base, "--query", "[].Name", "-o", "table"])
    assert out.splitlines() == list(NODES)


def test_a_bad_query_is_one_line_and_exit_2_before_sending() -> None:
    # nothing listens on port 1: a request sent would exit 3
    argv = ["node", "list", "--endpoint", "http://127.0.0.1:1", "--query", "[].["]
    code, out, err = run(argv)
    assert (code, out, err.count("\n")) == (2, "", 1) and "Invalid jmespath" in err


def test_debug_shows_each_request_and_answer_but_no_secret(gateway: str) -> None:
    url = gateway.replace("http://", "http://user:pw-secret@")
    code, out, err = run(["partition", "backup", "--partition-id", PID, "--endpoint", url,
                          "--token", "token-secret", "--debug", "--wait", "--poll-interval", "0.02"])  # fmt: skip
    assert code == 0 and json.loads(out)["BackupState"] == "Success"
    debug = [line for line in err.splitlines() if line.startswith("sfrest: debug: ")]
    backup = f"{gateway}/Partitions/{PID}/$/Backup?api-version=6.4&timeout=60"
    assert re.fullmatch(
        rf"sfrest: debug: POST {re.escape(backup)} -> 202 in \d+\.\d ms \(attempt 1\)",
        debug[0],
    )
    poll = f"sfrest: debug: GET {gateway}/Partitions/{PID}/$/GetBackupProgress?"
    assert debug[1].startswith(poll) and " -> 200 in " in debug[1]
    assert len(debug) >= 2 and all(" -> 200 in " in line for line in debug[1:])
    assert "secret" not in err
    code, _, err = run(["node", "list", "--endpoint", "http://127.0.0.1:1", "--debug"])
    assert code == 3 and " -> ConnectError (attempt 1)" in err
    assert "\nsfrest: TransportError: GET http://127.0.0.1:1/Nodes" in err


def test_commands_without_a_body_say_what_was_done(gateway: str) -> None:
    from sfrest.testing import CALC_SERVICE, Emulator

    with Emulator(durations={"PartitionQuorumLoss": 60}).serve(port=0) as server:
        base = ["--endpoint", server.url]
        code, out, _ = run(["partition", "quorum-loss", *base, "--service-id", CALC_SERVICE, "--partition-id", PID,
                            "--quorum-loss-mode", "AllReplicas", "--quorum-loss-duration", "60", "--operation-id", OID])  # fmt: skip
        assert code == 0
        code, out, _ = run(
            ["cluster", "operation-cancel", *base, "--operation-id", OID]
        )
        assert (code, json.loads(out)) == (
            0,
            {"Done": "cluster operation-cancel", "OperationId": OID},
        )
        code, out, _ = run(
            ["partition", "recover", *base, "--partition-id", PID, "-o", "table"]
        )
        assert out.split() == ["Done", "partition", "recover", "PartitionId", PID]
    code, out, _ = run(
        ["node", "info", "--endpoint", gateway, "--node-name", "nowhere"]
    )
    assert (code, out) == (cli.EXIT_NOT_FOUND, "null\n")  # 204: no such node


def test_a_mistyped_flag_is_named_with_the_closest_under_the_commands_usage(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv, usage, typo, hint in [
        (["partition", "data-loss", "--service-id", "a~b", "--partition-id", PID, "--data-los-mode", "X"],
         "usage: sfrest partition data-loss ", "--data-los-mode", "--data-loss-mode"),
        (["cluster", "operation-list", "--state-filter=1", "--querry", "[]"],
         "usage: sfrest cluster operation-list ", "--querry", "--query"),
        (["emulator", "--durations", "Backup=1"], "usage: sfrest emulator ", "--durations", "--duration"),
    ]:  # fmt: skip
        with pytest.raises(SystemExit) as caught:
            run(argv)
        err = capsys.readouterr().err
        assert caught.value.code == 2 and err.startswith(usage)
        assert err.endswith(
            f"error: unrecognized argument {typo}; did you mean {hint}?\n"
        )


def test_a_refused_connection_names_the_endpoint() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    code, out, err = run(["node", "list", "--endpoint", f"http://127.0.0.1:{port}"])
    assert (code, out, err.count("\n")) == (3, "", 1)
    assert "ConnectError" in err and f"http://127.0.0.1:{port}" in err


def test_a_look_alike_service_id_is_a_usage_error() -> None:
    for service_id in ("fabric://CalcApp/CalcService", "/CalcApp/CalcService"):
        code, _, err = run(["partition", "list", "--service-id", service_id, "--endpoint", "http://127.0.0.1:1"])  # fmt: skip
        assert code == 2 and f"invalid --service-id {service_id!r}" in err
        assert "fabric:/App/Svc, App/Svc or App~Svc" in err


@contextlib.contextmanager
def emulator_process(*options: str) -> Iterator[str]:
    """`sfrest emulator --port 0 OPTIONS` in a process of its own: its URL, then Ctrl-C."""
    with subprocess.Popen(
        [sys.executable, "-m", "sfrest", "emulator", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            found = re.match(r"sfrest emulator listening on (http://\S+) ", banner)
            assert found, banner
            yield found.group(1)
        finally:
            process.send_signal(signal.SIGINT)
            _, errors = process.communicate(timeout=10)
            assert process.returncode == 0, errors


def test_an_injected_fault_ends_the_wait_faulted_exit_1() -> None:
    from sfrest.testing import CALC_SERVICE

    target = f"kind=PartitionRestart,target={CALC_SERVICE}"
    with emulator_process(
        "--duration", "PartitionRestart=0.05", "--fault", target
    ) as url:
        restart = ["partition", "restart", "--endpoint", url, "--service-id", CALC_SERVICE, "--partition-id", PID,
                   "--restart-partition-mode", "AllReplicasOrInstances", "--wait", "--poll-interval", "0.02"]  # fmt: skip
        code, out, err = run(restart)
        assert (code, json.loads(out)["State"]) == (1, "Faulted")
        assert json.loads(out)["RestartPartitionResult"]["ErrorCode"] == -2147467259
        assert err.splitlines()[-1].startswith("Faulted after ")
        code, out, _ = run(restart)  # the fault applied once (times=1)
        assert (code, json.loads(out)["State"]) == (0, "Completed")


def test_an_injected_http_error_is_retried_or_reported() -> None:
    faults = ("--fault", "status=503,operation=GetNodeInfoList,times=1",
              "--fault", "status=404,code=FABRIC_E_NODE_NOT_FOUND,operation=GetNodeInfo")  # fmt: skip
    with emulator_process(*faults) as url:
        code, out, err = run(["node", "list", "--endpoint", url, "--debug", "--query", "length(@)"])  # fmt: skip
        assert (code, json.loads(out)) == (0, 5)
        assert " -> 503 in " in err and " -> 200 in " in err  # retried once
        code, _, err = run(
            ["node", "info", "--endpoint", url, "--node-name", "_Node_0"]
        )
        assert code == 3
        assert err == (
            "sfrest: 404 FABRIC_E_NODE_NOT_FOUND: error injected by the sfrest emulator\n"
        )


def test_a_bad_injected_error_is_one_line_and_exit_2() -> None:
    code, _, err = run(["emulator", "--fault", "status=200"])
    assert code == 2 and "HTTP error status (400-599), got 200" in err
    code, _, err = run(["emulator", "--fault", "status=503,operation=NoSuchThing"])
    assert code == 2 and "operationId of the spec" in err


def readme_topology() -> str:
    """The README's topology example (its yaml block), served as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert found, "no yaml block in the README"
    return found.group(1)


def test_a_topology_file_and_a_runtime_version(tmp_path: Path) -> None:
    (tmp_path / "shop.yaml").write_text(readme_topology(), encoding="utf-8")
    options = ("--topology", str(tmp_path / "shop.yaml"), "--runtime-version", "6.3")
    with emulator_process(*options) as url:
        base = ["--endpoint", url]
        code, out, _ = run(["service", "list", *base, "--application-id", "fabric:/Shop", "--query", "[].Name"])  # fmt: skip
        assert (code, json.loads(out)) == (0, ["fabric:/Shop/Cart", "fabric:/Shop/Web"])
        code, out, _ = run(["node", "list", *base, "--query", "[].[Name, InstanceId, NodeStatus]"])  # fmt: skip
        assert json.loads(out) == [["n0", "1", "Up"], ["n1", "2", "Down"]]
        code, _, err = run(["partition", "backup-status", *base, "--partition-id", "0b1c2d3e-0000-4000-8000-000000000001"])  # fmt: skip
        assert code == 3 and err.startswith("sfrest: 400 E_INVALIDARG")  # 6.4 > 6.3


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("applications: []\nnodes: [{name: n0, instance_id: 1, zone: eu}]\n", "nodes.0.zone: Unexpected"),
        ("applications: [{name: fabric:/A, services: [{name: fabric:/B/S, partitions: [{id: x}]}]}]\nnodes: []\n",
         "applications.0.services.0.partitions.0.id: Input should be a valid UUID"),
        ("applications: [\n", "while parsing"),
        ("nodes: []\n", "applications: Field required"),
    ],
)  # fmt: skip
def test_a_bad_topology_file_is_one_line_and_exit_2(
    tmp_path: Path, text: str, problem: str
) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    code, out, err = run(["emulator", "--topology", str(tmp_path / "bad.yaml")])
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert (
        err.startswith(f"sfrest: error: {tmp_path / 'bad.yaml'}: ") and problem in err
    )


def test_a_plain_run_imports_neither_jmespath_nor_yaml_nor_the_emulator() -> None:
    code = (
        "import sys\n"
        "from sfrest import cli\n"
        "assert cli.main(['node', 'list', '--endpoint', 'http://127.0.0.1:1']) == 3\n"
        "loaded = [m for m in ('jmespath', 'yaml', 'sfrest.testing') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
        "assert cli.main(['node', 'list', '--endpoint', 'http://127.0.0.1:1', '-o', 'yaml',\n"
        "                 '--query', '[0]']) == 3\n"
        "assert 'jmespath' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_ctrl_c_stops_an_emulator_a_shell_started_in_the_background() -> None:
    """A shell's background job starts with SIGINT ignored (`sfrest emulator &`)."""
    with subprocess.Popen(
        [sys.executable, "-m", "sfrest", "emulator", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),  # noqa: PLW1509
    ) as process:
        assert process.stdout is not None
        assert process.stdout.readline().startswith("sfrest emulator listening on ")
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0, errors


@pytest.mark.parametrize(
    ("flag", "sent"),
    [
        (["--force-remove"], "true"),
        (["--force-remove=true"], "true"),  # sfctl's spelling
        (["--force-remove", "False"], "false"),
        ([], None),
    ],
)
def test_a_switch_also_takes_sfctls_true_or_false(
    httpx_mock: HTTPXMock, flag: list[str], sent: str | None
) -> None:
    httpx_mock.add_response(status_code=200)
    argv = ["replica", "remove", "--node-name", "N", "--partition-id", PID]
    code, _, err = run([*argv, "--replica-id", "1", *flag])
    request = httpx_mock.get_request()
    assert (code, err) == (0, "") and request is not None
    assert request.url.params.get("ForceRemove") == sent


def test_a_switch_refuses_a_value_it_cannot_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["replica", "remove", "--node-name", "N", "--partition-id", PID]
    with pytest.raises(SystemExit) as exc:
        run([*argv, "--replica-id", "1", "--force-remove=maybe"])
    assert exc.value.code == 2
    assert (
        "--force-remove: expected true or false, got 'maybe'" in capsys.readouterr().err
    )
