"""chaostoolkit-sfrest (clients/chaostoolkit): the activities rendered from the spec, the
hand-written drill helpers, configuration and secrets, errors, and `chaos run`, `chaos
validate` and `chaos discover` on the examples against a served emulator.

Nothing reaches the network: the emulator listens on loopback, every `chaos` command gets
--no-version-check and --no-log-file, and runs in a tmp cwd (journal.json, discovery.json).
"""

import inspect
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from chaoslib.exceptions import ActivityFailed

import chaossfrest
import sfrest
from chaossfrest import _activity, actions, probes
from sfrest.testing import CALC_PARTITIONS, KINDS, NODES, Emulator, EmulatorServer

ROOT = Path(__file__).resolve().parent.parent
CHAOS = Path(sys.executable).with_name("chaos")
SERVICE = "fabric:/CalcApp/CalcService"
SERVICE_ID = "CalcApp~CalcService"
PARTITION = str(CALC_PARTITIONS[0])
NODE, INSTANCE = next(iter(NODES.items()))
ENDING = ("wait", "wait_timeout", "configuration", "secrets")
HAND_WRITTEN = {
    "cancel_running_operations",
    "recover_all",
    "cluster_is_healthy",
    "operation_state",
    "partition_health_state",
    "service_partitions_ready",
}


def _client_methods() -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in vars(sfrest.ServiceFabricClient).items()
        if callable(member) and not name.startswith(("_", "iter_"))
    }


def _activities() -> dict[str, tuple[str, Callable[..., Any]]]:
    return {
        name: (module.__name__, getattr(module, name))
        for module in (actions, probes)
        for name in module.__all__
    }


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    emulator = Emulator(durations=dict.fromkeys(KINDS, 0.05))
    with emulator.serve(host="127.0.0.1", port=0) as served:
        yield served


@pytest.fixture
def config(server: EmulatorServer) -> dict[str, Any]:
    emulator = server.emulator
    assert isinstance(emulator, Emulator)
    emulator.reset()
    return {"sf_endpoint": server.url}


def test_every_operation_is_an_activity_with_its_client_methods_arguments() -> None:
    methods, activities = _client_methods(), _activities()
    assert set(activities) - HAND_WRITTEN == set(methods)
    for name, method in methods.items():
        module, activity = activities[name]
        assert module == (
            "chaossfrest.probes" if name.startswith("get_") else "chaossfrest.actions"
        )
        wanted = {
            p.name: p.default is inspect.Parameter.empty
            for p in inspect.signature(method).parameters.values()
            if p.name != "self"
        }
        params = list(inspect.signature(activity).parameters.values())
        assert [p.name for p in params[-2:]] == ["configuration", "secrets"], name
        assert all(p.default is None for p in params[-2:])
        assert all(p.kind is p.POSITIONAL_OR_KEYWORD for p in params), (
            name
        )  # discoverable
        got = {
            p.name: p.default is inspect.Parameter.empty
            for p in params
            if p.name not in ENDING
        }
        assert got == wanted, name
        waits = "wait" in {p.name for p in params}
        assert waits == (
            (name.startswith("start_") and name != "start_chaos")
            or name in ("backup_partition", "restore_partition")
        ), name
        assert activity.__doc__ and activity.__doc__.strip(), name
        assert (
            inspect.signature(activity).parameters["configuration"].annotation
            is not inspect.Parameter.empty
        )


def test_the_rendered_modules_are_what_make_generate_writes() -> None:
    chaostoolkit = sys.modules.get("sfrest_script_chaostoolkit")
    if chaostoolkit is None:
        from conftest import load_script

        chaostoolkit = load_script("chaostoolkit")
    assert chaostoolkit.json_annotation("UUID | str") == "str"
    assert chaostoolkit.json_annotation("timedelta | int | None") == "int"
    assert chaostoolkit.json_annotation("DataLossMode | str") == "str"
    assert chaostoolkit.json_annotation("ChaosTargetFilter | None") == "dict[str, Any]"
    assert chaostoolkit.json_annotation("OperationStateFilter | int") == "int"
    for module in ("actions.py", "probes.py"):
        text = (ROOT / "clients" / "chaostoolkit" / "chaossfrest" / module).read_text(
            encoding="utf-8"
        )
        assert text.startswith(
            "# generated from spec/ by make generate — do not edit\n"
        )


def _arguments(name: str, config: dict[str, Any]) -> dict[str, Any]:
    """Arguments for one activity against the seeded emulator."""
    replicas = probes.get_replica_info_list(PARTITION, configuration=config)["Items"]
    replica = next(r for r in replicas if r.get("ReplicaRole") == "ActiveSecondary")
    known: dict[str, Any] = {
        "service_id": SERVICE_ID,
        "partition_id": PARTITION,
        "application_id": "CalcApp",
        "node_name": replica["NodeName"],
        "current_node_name": replica["NodeName"],
        "replica_id": replica["ReplicaId"],
        "node_instance_id": NODES[replica["NodeName"]],
        "data_loss_mode": "PartialDataLoss",
        "quorum_loss_mode": "QuorumReplicas",
        "quorum_loss_duration": 1,
        "restart_partition_mode": "AllReplicasOrInstances",
        "node_transition_type": "Stop",
        "stop_duration_in_seconds": 600,
    }
    starts: dict[str, Callable[[], Any]] = {
        "get_data_loss_progress": lambda: actions.start_data_loss(
            SERVICE_ID, PARTITION, "PartialDataLoss", configuration=config
        ),
        "get_quorum_loss_progress": lambda: actions.start_quorum_loss(
            SERVICE_ID, PARTITION, "QuorumReplicas", 1, configuration=config
        ),
        "get_node_transition_progress": lambda: actions.start_node_transition(
            known["node_name"],
            "Stop",
            known["node_instance_id"],
            600,
            configuration=config,
        ),
    }

    def restart() -> Any:
        return actions.start_partition_restart(
            SERVICE_ID, PARTITION, "AllReplicasOrInstances", configuration=config
        )

    if name in ("get_partition_backup_progress", "get_partition_restore_progress"):
        backup = actions.backup_partition(PARTITION, wait=True, configuration=config)
        assert isinstance(backup, dict)
        if name == "get_partition_restore_progress":
            actions.restore_partition(
                PARTITION,
                backup["BackupId"],
                backup["BackupLocation"],
                configuration=config,
            )
    if name in (
        *starts,
        "get_partition_restart_progress",
        "operation_state",
        "cancel_operation",
    ):
        known["operation_id"] = starts.get(name, restart)()
    _, activity = _activities()[name]
    required = [
        p.name
        for p in inspect.signature(activity).parameters.values()
        if p.default is inspect.Parameter.empty
    ]
    return {key: known[key] for key in required}


@pytest.mark.parametrize("name", sorted(_activities()))
def test_each_activity_runs_against_the_emulator(
    name: str, config: dict[str, Any]
) -> None:
    _, activity = _activities()[name]
    if name == "restore_partition":
        backup = actions.backup_partition(PARTITION, wait=True, configuration=config)
        assert isinstance(backup, dict) and backup["BackupState"] == "Success"
        result = activity(
            PARTITION,
            backup["BackupId"],
            backup["BackupLocation"],
            wait=True,
            configuration=config,
        )
    else:
        result = activity(**_arguments(name, config), configuration=config)
    json.dumps(result)  # the journal is JSON
    signature = inspect.signature(activity)
    if "wait" in signature.parameters and name.startswith("start_"):
        uuid.UUID(result)  # the OperationId
    elif name.startswith("get_"):
        assert isinstance(result, dict | list) and result is not None, name
    if name == "cluster_is_healthy":
        assert result is True
    if name == "service_partitions_ready":
        assert result is True
    if name == "partition_health_state":
        assert result == "Ok"
    if name == "operation_state":
        assert result == "Running"
    if name == "cancel_running_operations":
        assert result == []


def test_start_with_wait_returns_the_terminal_progress_with_the_wire_names(
    config: dict[str, Any],
) -> None:
    progress = actions.start_data_loss(
        SERVICE_ID, PARTITION, "PartialDataLoss", wait=True, configuration=config
    )
    assert isinstance(progress, dict)
    assert progress["State"] == "Completed"
    assert (
        progress["InvokeDataLossResult"]["SelectedPartition"]["PartitionId"]
        == PARTITION
    )
    stopped = actions.start_node_transition(
        NODE, "Stop", INSTANCE, 600, wait=True, configuration=config
    )
    assert isinstance(stopped, dict) and stopped["State"] == "Completed"
    assert probes.cluster_is_healthy(configuration=config) is False
    assert actions.recover_all(configuration=config)["NodesStarted"] == [NODE]
    assert probes.cluster_is_healthy(configuration=config) is True


def test_cancel_running_operations_cancels_them_and_operation_state_follows(
    config: dict[str, Any],
) -> None:
    first = actions.start_partition_restart(
        SERVICE_ID, PARTITION, "AllReplicasOrInstances", configuration=config
    )
    assert isinstance(first, str)
    assert probes.operation_state(first, configuration=config) == "Running"
    assert actions.cancel_running_operations(configuration=config) == [first]
    assert probes.operation_state(first, configuration=config) in (
        "RollingBack",
        "Cancelled",
    )
    assert actions.cancel_running_operations(force=True, configuration=config) in (
        [first],
        [],
    )
    with pytest.raises(ActivityFailed, match="no fault operation"):
        probes.operation_state(str(uuid.uuid4()), configuration=config)


def test_a_fabric_error_is_activity_failed_with_its_code_and_message(
    config: dict[str, Any],
) -> None:
    with pytest.raises(ActivityFailed) as failed:
        probes.get_node_health("_No_Such_Node", configuration=config)
    assert str(failed.value).startswith("get_node_health: FABRIC_E_")
    assert failed.value.__cause__ is None and failed.value.__suppress_context__
    with pytest.raises(ActivityFailed, match="FABRIC_E_"):
        actions.cancel_operation(str(uuid.uuid4()), configuration=config)


def test_a_bad_argument_is_activity_failed_before_anything_is_sent(
    config: dict[str, Any],
) -> None:
    with pytest.raises(ActivityFailed, match="partition_id must be a GUID"):
        actions.start_data_loss(
            SERVICE_ID, "not-a-guid", "PartialDataLoss", configuration=config
        )
    with pytest.raises(ActivityFailed, match="data_loss_mode"):
        actions.start_data_loss(
            SERVICE_ID, PARTITION, "NoSuchMode", configuration=config
        )
    assert probes.get_fault_operation_list(configuration=config) == []


@pytest.mark.parametrize(
    ("wait", "wait_timeout", "message"),
    [
        (True, -5, "wait_timeout must be a number of seconds"),
        (True, "abc", "wait_timeout must be a number of seconds"),
        (True, True, "wait_timeout must be a number of seconds"),
        (True, float("nan"), "wait_timeout must be a number of seconds"),
        ("maybe", 10, "wait must be true or false, got 'maybe'"),
        (1, 10, "wait must be true or false, got 1"),
        (True, 10**400, "wait_timeout must be a number of seconds"),
        (False, "", "wait_timeout must be a number of seconds"),
    ],
)
def test_bad_wait_arguments_fail_before_the_fault_starts(
    config: dict[str, Any], wait: Any, wait_timeout: Any, message: str
) -> None:
    with pytest.raises(ActivityFailed, match=re.escape(message)):
        actions.start_partition_restart(
            SERVICE_ID,
            PARTITION,
            "AllReplicasOrInstances",
            wait=wait,
            wait_timeout=wait_timeout,
            configuration=config,
        )
    assert probes.get_fault_operation_list(configuration=config) == []


def test_wait_given_as_a_string_is_read_as_json_would_mean_it(
    config: dict[str, Any],
) -> None:
    restart: Any = actions.start_partition_restart  # given strings, as env values are
    started = restart(
        SERVICE_ID,
        PARTITION,
        "AllReplicasOrInstances",
        wait="false",
        configuration=config,
    )
    assert isinstance(started, str) and uuid.UUID(
        started
    )  # not waited: the OperationId
    given_null = restart(  # JSON null: the defaults (not waited)
        SERVICE_ID, PARTITION, "AllReplicasOrInstances", wait=None, wait_timeout=None,
        configuration=config,
    )  # fmt: skip
    assert isinstance(given_null, str) and uuid.UUID(given_null)
    done = restart(
        SERVICE_ID, PARTITION, "AllReplicasOrInstances", wait="True",
        wait_timeout="30", configuration=config,
    )  # fmt: skip
    assert done["State"] == "Completed"


def test_a_wait_that_times_out_names_the_operation_still_running() -> None:
    with Emulator().serve(port=0) as slow:  # operations last seconds
        config = {"sf_endpoint": slow.url}
        with pytest.raises(ActivityFailed) as failed:
            actions.start_data_loss(
                SERVICE_ID, PARTITION, "PartialDataLoss", wait=True, wait_timeout=0,
                configuration=config,
            )  # fmt: skip
        [running] = probes.get_fault_operation_list(configuration=config)
    assert f"OperationId {running['OperationId']} not done within" in str(failed.value)


def test_rollbacks_carry_on_past_a_failing_step(
    server: EmulatorServer, config: dict[str, Any]
) -> None:
    emulator = server.emulator
    assert isinstance(emulator, Emulator)
    actions.start_node_transition(
        NODE, "Stop", str(INSTANCE), 600, wait=True, configuration=config
    )
    emulator.inject_error(
        500, "FABRIC_E_COMMUNICATION_ERROR", operation="RecoverAllPartitions"
    )
    with pytest.raises(ActivityFailed) as failed:
        actions.recover_all(configuration=config)
    assert str(failed.value).startswith(
        f"recover_all: 1 step(s) failed (nodes started ['{NODE}']): RecoverAllPartitions:"
    )
    assert "FABRIC_E_COMMUNICATION_ERROR" in str(failed.value)
    assert emulator.is_node_up(NODE)  # the nodes were started all the same

    first, second = (
        actions.start_partition_restart(
            SERVICE_ID, pid, "AllReplicasOrInstances", configuration=config
        )
        for pid in map(str, CALC_PARTITIONS[:2])
    )
    emulator.inject_error(
        500, "FABRIC_E_COMMUNICATION_ERROR", operation="CancelOperation"
    )
    with pytest.raises(ActivityFailed) as failed:
        actions.cancel_running_operations(configuration=config)
    assert re.fullmatch(
        r"cancel_running_operations: 1 step\(s\) failed \(cancelled \['[0-9a-f-]{36}'\]\):"
        r" OperationId [0-9a-f-]{36}: FABRIC_E_COMMUNICATION_ERROR: .*",
        str(failed.value),
    )
    states = {
        probes.operation_state(str(o), configuration=config) for o in (first, second)
    }
    assert "Running" in states and states & {"RollingBack", "Cancelled"}


def test_discovery_survives_an_endpoint_that_is_no_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SF_ENDPOINT", "not-a-url")
    discovery = chaossfrest.discover(discover_system=True)
    assert discovery["system"] is None and discovery["activities"]


def test_an_unreachable_gateway_is_activity_failed() -> None:
    with pytest.raises(ActivityFailed, match=r"cluster_is_healthy: .*ConnectError"):
        probes.cluster_is_healthy(configuration={"sf_endpoint": "http://127.0.0.1:1"})


@pytest.mark.parametrize(
    ("configuration", "secrets", "expected"),
    [
        (
            None,
            None,
            {
                "endpoint": "http://localhost:19080",
                "token": None,
                "cert": None,
                "key": None,
                "verify": True,
            },
        ),
        (
            {"sf_endpoint": "https://c:19080"},
            {"token": "t0k"},
            {
                "endpoint": "https://c:19080",
                "token": "t0k",
                "cert": None,
                "key": None,
                "verify": True,
            },
        ),
        (
            {"sf_endpoint": "https://c:19080"},
            {"servicefabric": {"cert": "c.pem", "key": "k.pem", "verify": "ca.pem"}},
            {
                "endpoint": "https://c:19080",
                "token": None,
                "cert": "c.pem",
                "key": "k.pem",
                "verify": "ca.pem",
            },
        ),
        (
            {"sf_endpoint": "https://c:19080"},
            {"cert": "c.pem", "verify": "false"},
            {
                "endpoint": "https://c:19080",
                "token": None,
                "cert": "c.pem",
                "key": None,
                "verify": False,
            },
        ),
        (
            {"sf_endpoint": "https://c:19080"},
            {"verify": "off"},
            {
                "endpoint": "https://c:19080",
                "token": None,
                "cert": None,
                "key": None,
                "verify": False,
            },
        ),
        (
            {"sf_endpoint": "https://c:19080", "sf_verify_tls": False},
            {"verify": "ca.pem"},
            {
                "endpoint": "https://c:19080",
                "token": None,
                "cert": None,
                "key": None,
                "verify": False,
            },
        ),
        (
            {"sf_verify_tls": "true"},
            {"verify": True},
            {
                "endpoint": "http://localhost:19080",
                "token": None,
                "cert": None,
                "key": None,
                "verify": True,
            },
        ),
    ],
)
def test_configuration_and_secrets(
    configuration: Any, secrets: Any, expected: dict[str, Any]
) -> None:
    assert _activity.client_kwargs(configuration, secrets) == expected


def test_the_secrets_reach_the_client(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []
    real = sfrest.ServiceFabricClient

    def recording(**kwargs: Any) -> sfrest.ServiceFabricClient:
        seen.append(kwargs)
        return real("http://127.0.0.1:1", retry=sfrest.RetryPolicy(max_retries=0))

    monkeypatch.setattr(sfrest, "ServiceFabricClient", recording)
    with pytest.raises(ActivityFailed):
        probes.get_chaos(
            configuration={"sf_endpoint": "https://c:19080"},
            secrets={"token": "t0k", "verify": "no"},
        )
    assert seen == [
        {
            "endpoint": "https://c:19080",
            "token": "t0k",
            "cert": None,
            "key": None,
            "verify": False,
        }
    ]
    missing = tmp_path / "missing.pem"
    monkeypatch.setattr(sfrest, "ServiceFabricClient", real)
    with pytest.raises(ActivityFailed, match="cannot reach Service Fabric"):
        probes.get_chaos(
            configuration={"sf_endpoint": "https://c:19080"},
            secrets={"cert": str(missing)},
        )


def _chaos(*args: str, cwd: Path, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SF_ENDPOINT": url}
    return subprocess.run(
        [str(CHAOS), "--no-version-check", "--no-log-file", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def fast_server() -> Iterator[EmulatorServer]:
    emulator = Emulator(durations=dict.fromkeys(KINDS, 0.1))
    with emulator.serve(host="127.0.0.1", port=0) as served:
        yield served


def test_the_example_experiment_completes(
    tmp_path: Path, fast_server: EmulatorServer
) -> None:
    done = _chaos(
        "run",
        str(ROOT / "examples" / "experiment.json"),
        cwd=tmp_path,
        url=fast_server.url,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    journal = json.loads((tmp_path / "journal.json").read_text(encoding="utf-8"))
    assert journal["status"] == "completed" and journal["deviated"] is False
    assert journal["steady_states"]["after"]["steady_state_met"] is True
    runs = {run["activity"]["name"]: run for run in journal["run"]}
    assert all(run["status"] == "succeeded" for run in journal["run"]), [
        r["status"] for r in journal["run"]
    ]
    assert runs["partial-data-loss"]["output"]["State"] == "Completed"
    assert (
        runs["stop-node"]["output"]["NodeTransitionResult"]["NodeResult"]["NodeName"]
        == "_Node_4"
    )
    assert [r["status"] for r in journal["rollbacks"]] == ["succeeded", "succeeded"]
    assert not (tmp_path / "chaostoolkit.log").exists()


def test_the_deviated_experiment_deviates(
    tmp_path: Path, fast_server: EmulatorServer
) -> None:
    done = _chaos(
        "run",
        str(ROOT / "examples" / "experiment-deviated.json"),
        cwd=tmp_path,
        url=fast_server.url,
    )
    assert done.returncode == 1
    assert "Experiment ended with status: deviated" in done.stderr + done.stdout
    journal = json.loads((tmp_path / "journal.json").read_text(encoding="utf-8"))
    assert journal["deviated"] is True
    assert journal["steady_states"]["before"]["steady_state_met"] is True
    assert journal["steady_states"]["after"]["steady_state_met"] is False
    assert journal["rollbacks"][-1]["output"]["NodesStarted"] == ["_Node_4"]
    emulator = fast_server.emulator
    assert isinstance(emulator, Emulator) and emulator.is_node_up("_Node_4")


@pytest.mark.parametrize("example", ["experiment.json", "experiment-deviated.json"])
def test_chaos_validate_passes_on_the_examples(tmp_path: Path, example: str) -> None:
    done = _chaos(
        "validate",
        str(ROOT / "examples" / example),
        cwd=tmp_path,
        url="http://127.0.0.1:1",
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "experiment syntax and semantic look valid" in done.stderr + done.stdout


def test_chaos_discover_lists_every_activity_and_the_cluster(
    tmp_path: Path, fast_server: EmulatorServer
) -> None:
    done = _chaos(
        "discover",
        "--no-install",
        "chaostoolkit-sfrest",
        cwd=tmp_path,
        url=fast_server.url,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    discovery = json.loads((tmp_path / "discovery.json").read_text(encoding="utf-8"))
    assert discovery["extension"] == {
        "name": "chaostoolkit-sfrest",
        "version": chaossfrest.__version__,
    }
    listed = {(a["mod"], a["name"], a["type"]) for a in discovery["activities"]}
    assert listed == {
        (module, name, module.rsplit(".", 1)[1][:-1])
        for name, (module, _) in _activities().items()
    }
    start = next(a for a in discovery["activities"] if a["name"] == "start_data_loss")
    assert [a["name"] for a in start["arguments"]][:3] == [
        "service_id",
        "partition_id",
        "data_loss_mode",
    ]
    assert {"name": "wait", "default": False, "type": "boolean"} in start["arguments"]
    system = discovery["system"]
    assert [n["Name"] for n in system["nodes"]] == list(NODES)
    assert "fabric:/CalcApp" in {a["Name"] for a in system["applications"]}
    assert SERVICE in {s["Name"] for s in system["services"]}


def test_secrets_never_reach_the_journal_or_the_log(
    tmp_path: Path, fast_server: EmulatorServer
) -> None:
    token = f"sf-token-{uuid.uuid4().hex}"
    experiment = {
        "title": "Secrets stay secret",
        "description": "A probe given the servicefabric scope's token from the environment.",
        "configuration": {"sf_endpoint": {"type": "env", "key": "SF_ENDPOINT"}},
        "secrets": {"servicefabric": {"token": {"type": "env", "key": "SF_TOKEN"}}},
        "steady-state-hypothesis": {
            "title": "healthy",
            "probes": [
                {
                    "type": "probe",
                    "name": "cluster-is-healthy",
                    "tolerance": True,
                    "provider": {
                        "type": "python",
                        "module": "chaossfrest.probes",
                        "func": "cluster_is_healthy",
                        "secrets": ["servicefabric"],
                    },
                }
            ],
        },
        "method": [
            {
                "type": "probe",
                "name": "no-such-node",
                "provider": {
                    "type": "python",
                    "module": "chaossfrest.probes",
                    "func": "get_node_health",
                    "arguments": {"node_name": "_No_Such_Node"},
                    "secrets": ["servicefabric"],
                },
            }
        ],
    }
    path = tmp_path / "secret.json"
    path.write_text(json.dumps(experiment), encoding="utf-8")
    log = tmp_path / "chaos.log"
    done = subprocess.run(
        [str(CHAOS), "--no-version-check", "--log-file", str(log), "run", str(path)],
        cwd=tmp_path,
        env={**os.environ, "SF_ENDPOINT": fast_server.url, "SF_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    journal = (tmp_path / "journal.json").read_text(encoding="utf-8")
    assert json.loads(journal)["status"] == "completed"
    failed = json.loads(journal)["run"][0]
    assert failed["status"] == "failed"
    assert "FABRIC_E_" in failed["exception"][-1]
    assert "Traceback" not in "".join(failed["exception"][-1:])
    for text in (journal, log.read_text(encoding="utf-8"), done.stdout, done.stderr):
        assert token not in text


def test_the_porting_guide_names_only_chaossfrest_activities_that_exist() -> None:
    text = (ROOT / "docs" / "porting.md").read_text(encoding="utf-8")
    part = text.split("## From chaostoolkit-service-fabric 0.3.1", 1)[1]
    named = re.findall(r"chaossfrest\.(actions|probes)\.(\w+)\(", part)
    assert len(named) >= 5
    for module, name in named:
        assert name in {"actions": actions, "probes": probes}[module].__all__, name
