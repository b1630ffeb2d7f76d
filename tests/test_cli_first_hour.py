"""The command line a new user (often an sfctl user) meets: close names suggested, messages
in flag words, -t, -o tsv, a distinct exit code for an unknown entity, what cannot be
undone and the exit codes in --help."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from sfrest import cli
from sfrest.testing import Emulator

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OTHER = "00000000-0000-0000-0000-0000000000aa"  # no partition of the emulator's


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = cli.main(argv, stdout=out, stderr=err)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with Emulator().serve(port=0) as server:
        yield server.url


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["nod", "list"], "invalid command 'nod'; did you mean 'node'?"),
        (["node", "lst"], "invalid command 'lst'; did you mean 'list'?"),
        (["chaos", "schedule", "gett"], "invalid command 'gett'; did you mean 'get'?"),
        (
            ["cluster", "operation-list", "--state-filter", "Runing"],
            "did you mean running?",
        ),
        (
            [
                "partition",
                "restart",
                "--service-id",
                "a~b",
                "--partition-id",
                PID,
                "--restart-partition-mode",
                "AllReplicas",
            ],
            "did you mean 'AllReplicasOrInstances'?",
        ),
        (["node", "list", "--max-result", "1"], "did you mean --max-results?"),
    ],
)
def test_a_close_name_is_suggested(
    capsys: pytest.CaptureFixture[str], argv: list[str], hint: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == cli.EXIT_USAGE
    assert hint in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["partition", "info", "--partition-id", "nope"],
            "sfrest: error: --partition-id must be a GUID, got 'nope'",
        ),
        (
            ["node", "list", "-t", "0"],
            "sfrest: error: --timeout must be an int from 1 to 4294967295, got 0",
        ),
        (
            [
                "application",
                "list",
                "--application-type-name",
                "T",
                "--application-definition-kind-filter",
                "1",
            ],
            (
                "--application-definition-kind-filter cannot be combined with"
                " --application-type-name"
            ),
        ),
        (
            ["chaos", "events", "--continuation-token", "t", "--start-time-utc", "0"],
            "--continuation-token cannot be combined with --start-time-utc",
        ),
    ],
)
def test_value_errors_name_the_flag(argv: list[str], message: str) -> None:
    code, out, err = run(argv)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert message in err and err.count("\n") == 1


def test_an_unknown_entity_exits_5_with_null_on_stdout(endpoint: str) -> None:
    for argv, named in [
        (["node", "info", "--node-name", "_Node_9"], "--node-name _Node_9"),
        (["partition", "info", "--partition-id", OTHER], f"--partition-id {OTHER}"),
        (
            ["service", "info", "--application-id", "CalcApp", "--service-id", "No"],
            "No",
        ),
    ]:
        code, out, err = run([*argv, "--endpoint", endpoint])
        assert (code, out) == (cli.EXIT_NOT_FOUND, "null\n"), argv
        assert err.startswith(f"sfrest: {argv[0]} info: none found (") and named in err
    code, out, _ = run(
        ["node", "info", "--node-name", "_Node_0", "--endpoint", endpoint]
    )
    assert code == cli.EXIT_OK and '"_Node_0"' in out


def test_tsv_and_table(endpoint: str) -> None:
    code, out, _ = run(["node", "list", "-o", "tsv", "--endpoint", endpoint])
    header, *rows = out.splitlines()
    assert code == 0 and header.split("\t")[:4] == [
        "Name",
        "Id.Id",
        "NodeStatus",
        "HealthState",
    ]
    assert [row.split("\t")[0] for row in rows] == [f"_Node_{i}" for i in range(5)]
    code, out, _ = run(["node", "list", "-o", "table", "--endpoint", endpoint])
    assert out.splitlines()[0].split()[:3] == ["Name", "Id.Id", "NodeStatus"]
    # an empty list: no header, no blank line
    argv = ["cluster", "operation-list", "--endpoint", endpoint]
    assert run([*argv, "-o", "table"]) == (0, "", "")
    assert run([*argv, "-o", "tsv"]) == (0, "", "")
    assert run(argv)[1] == "[]\n"


def test_tsv_escapes_what_would_break_its_lines() -> None:
    text = cli._render([{"Name": "a\tb\nc", "Faults": ["x", "y"]}], "tsv")
    assert text == "Name\tFaults\na\\tb\\nc\tx; y\n"


def test_help_says_what_cannot_be_undone_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["partition", "data-loss", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Cannot be undone: the partition's lost data stays lost" in text
    assert "130 interrupted (Ctrl-C)" in text and "5 no such node" in text
    with pytest.raises(SystemExit):
        cli.main(["node", "list", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Cannot be undone" not in text and "-t TIMEOUT, --timeout TIMEOUT" in text


def test_a_fault_results_error_code_has_its_name_beside_it() -> None:
    import json

    from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE

    emulator = Emulator(durations={"PartitionDataLoss": 0.05})
    emulator.inject_fault(CALC_PARTITIONS[0])
    with emulator.serve(port=0) as server:
        code, out, _ = run(
            ["partition", "data-loss", "--endpoint", server.url, "--service-id", CALC_SERVICE,
             "--partition-id", str(CALC_PARTITIONS[0]), "--data-loss-mode", "FullDataLoss", "--wait"]
        )  # fmt: skip
    result = json.loads(out)["InvokeDataLossResult"]
    assert code == cli.EXIT_UNSUCCESSFUL
    assert (result["ErrorCode"], result["ErrorCodeName"]) == (
        -2147467259,
        "E_FAIL (0x80004005)",
    )


def test_hresult_names() -> None:
    import sfrest

    assert sfrest.hresult_name(-2147024809) == "E_INVALIDARG (0x80070057)"
    assert sfrest.hresult_name(-2147017895) == "0x80071B59"
    assert sfrest.hresult_name(0x80004005) == "E_FAIL (0x80004005)"


def test_a_table_of_a_query_with_an_empty_key(endpoint: str) -> None:
    query = '{"": Name, B: Name}'
    code, out, err = run(
        ["node", "list", "--endpoint", endpoint, "-o", "table", "--query", query]
    )
    assert (code, err) == (0, "")
    assert [line.split() for line in out.splitlines()] == [["null"], ["B", "null"]]
