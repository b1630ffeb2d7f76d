# mypy: disable-error-code="union-attr"
# (the tests read the members of the event and replica unions by kind)
"""The emulator's Chaos engine on virtual time: faults it takes are visible in node,
replica and health state; its limits, determinism for a seed, Waiting and
ValidationFailed, Stopped by StopChaos and by TimeToRun, the schedule's versions and
statuses, and the events' paging and time range; both clients over HTTP."""

from __future__ import annotations

import itertools
import json
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sfrest_generated.models import ChaosTargetFilter

import sfrest
from sfrest import AsyncServiceFabricClient, ServiceFabricClient
from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator, ManualClock

START = datetime(2026, 1, 5, 0, 0, tzinfo=UTC)  # a Monday
CALC_JSON = {"ApplicationInclusionList": ["fabric:/CalcApp"]}
CALC = ChaosTargetFilter(application_inclusion_list=["fabric:/CalcApp"])
NODES = ChaosTargetFilter(node_type_inclusion_list=["NodeType0"])


def _client(emu: Emulator) -> ServiceFabricClient:
    return ServiceFabricClient(transport=emu.transport())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def _events(client: ServiceFabricClient) -> list[Any]:
    return [w.chaos_event for w in client.iter_chaos_events()]


def _kinds(events: list[Any]) -> list[str]:
    return [e.kind for e in events]


def _run(seed: int, **parameters: Any) -> list[tuple[str, float, tuple[str, ...]]]:
    clock = ManualClock()
    emu = Emulator(clock=clock, seed=seed, start_time=START)
    with _client(emu) as client:
        client.start_chaos(**parameters)
        clock.advance(600)
        return [
            (
                e.kind,
                (e.time_stamp_utc - START).total_seconds(),
                tuple(getattr(e, "faults", None) or ()),
            )
            for e in _events(client)
        ]


RUN: dict[str, Any] = {
    "time_to_run_in_seconds": 300,
    "max_concurrent_faults": 3,
    "wait_time_between_faults_in_seconds": 1,
    "wait_time_between_iterations_in_seconds": 10,
}


def test_a_seed_gives_the_same_run_and_another_seed_another() -> None:
    first, again, other = _run(1, **RUN), _run(1, **RUN), _run(2, **RUN)
    assert first == again
    assert first != other
    kinds = [kind for kind, _, _ in first]
    assert (
        kinds[0] == "Started" and kinds[-1] == "Stopped" and "ExecutingFaults" in kinds
    )
    assert first[-1][1] == 300.0  # TimeToRun ends it, on the emulator's clock


def test_limits_are_honoured() -> None:
    events = _run(3, **RUN, enable_move_replica_faults=False, chaos_target_filter=CALC)
    faults = [f for kind, _, fs in events if kind == "ExecutingFaults" for f in fs]
    assert faults and all(len(fs) <= 3 for _, _, fs in events)
    assert not [f for f in faults if "Move" in f]
    assert not [f for f in faults if "RestartNode" in f]  # only the app's replicas
    assert all("fabric:/CalcApp" in f for f in faults)
    kinds = {re.search(r"ActionType: (\w+)", f)[1] for f in faults}  # type: ignore[index]
    assert kinds <= {"RestartReplica", "RemoveReplica", "CodePackageRestart"}
    moves = _run(3, **{**RUN, "time_to_run_in_seconds": 3000})
    assert any("ActionType: Move" in f for _, _, fs in moves for f in fs)
    times = [t for kind, t, _ in events if kind == "ExecutingFaults"]
    assert all(b - a >= 10 for a, b in itertools.pairwise(times))


def test_a_restarted_node_is_down_then_up_with_a_new_instance_id(
    clock: ManualClock,
) -> None:
    emu = Emulator(clock=clock, seed=5, durations={"NodeTransition": 4.0})
    with _client(emu) as client:
        before = {n.name: n.instance_id for n in client.iter_nodes()}
        client.start_chaos(
            max_concurrent_faults=1,
            chaos_target_filter=NODES,
            wait_time_between_iterations_in_seconds=30,
        )
        restarts: list[str] = []
        for _ in range(
            600
        ):  # until Chaos restarts a node, which it does within the run
            faults = [
                f for e in _events(client) for f in getattr(e, "faults", None) or ()
            ]
            restarts = [f for f in faults if f.startswith("ActionType: RestartNode")]
            if restarts:
                break
            clock.advance(1)
        node = re.search(r"NodeName: (\S+),", restarts[0])[1]  # type: ignore[index]
        nodes = {n.name: n for n in client.iter_nodes()}
        assert nodes[node].node_status == "Down"
        assert client.get_cluster_health().aggregated_health_state == "Error"
        clock.advance(4)
        nodes = {n.name: n for n in client.iter_nodes()}
        assert nodes[node].node_status == "Up"
        assert nodes[node].instance_id != before[node]
        assert client.get_cluster_health().aggregated_health_state == "Ok"
        client.stop_chaos()


def test_replica_faults_show_in_replicas_and_health(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, seed=11, durations={"PartitionRestart": 3.0})
    pids = {str(p) for p in CALC_PARTITIONS}
    with _client(emu) as client:
        roles = {
            p: [(r.node_name, r.replica_role) for r in client.iter_replicas(p)]
            for p in pids
        }
        client.start_chaos(
            max_concurrent_faults=3,
            wait_time_between_faults_in_seconds=0,
            wait_time_between_iterations_in_seconds=5,
            chaos_target_filter=CALC,
            time_to_run_in_seconds=400,
        )
        saw_down = saw_warning = False
        for _ in range(80):
            clock.advance(1)
            for pid in pids:
                replicas = list(client.iter_replicas(pid))
                saw_down |= any(r.replica_status == "Down" for r in replicas)
                state = client.get_partition_health(pid).aggregated_health_state
                saw_warning |= state != "Ok"
        clock.advance(400)
        assert saw_down and saw_warning
        after = {
            p: [(r.node_name, r.replica_role) for r in client.iter_replicas(p)]
            for p in pids
        }
        assert after != roles  # something moved, or was rebuilt elsewhere
        assert all(
            client.get_partition_health(p).aggregated_health_state == "Ok" for p in pids
        )


def test_waiting_while_a_fault_operation_runs_on_a_target(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, durations={"PartitionDataLoss": 100.0})
    with _client(emu) as client:
        client.start_data_loss(CALC_SERVICE, CALC_PARTITIONS[0], "PartialDataLoss")
        client.start_chaos(
            chaos_target_filter=CALC, wait_time_between_iterations_in_seconds=10
        )
        clock.advance(50)
        events = _events(client)
        assert _kinds(events)[:2] == ["Started", "Waiting"]
        assert "PartitionDataLoss" in events[1].reason
        assert "ExecutingFaults" not in _kinds(events)
        clock.advance(100)
        assert "ExecutingFaults" in _kinds(_events(client))


def test_validation_fails_when_the_cluster_stays_unhealthy(clock: ManualClock) -> None:
    emu = Emulator(clock=clock)
    with _client(emu) as client:
        node = next(n for n in client.iter_nodes() if n.name == "_Node_0")
        op = client.start_node_transition("_Node_0", "Stop", str(node.instance_id), 600)
        clock.advance(5)
        assert op.progress().state == "Completed"
        client.start_chaos(
            max_cluster_stabilization_timeout_in_seconds=20,
            wait_time_between_iterations_in_seconds=5,
            chaos_target_filter=CALC,
        )
        clock.advance(60)
        events = _events(client)
        failed = [e for e in events if e.kind == "ValidationFailed"]
        assert failed and "20 s" in failed[0].reason
        assert "ExecutingFaults" not in _kinds(events)
        assert (failed[0].time_stamp_utc - events[0].time_stamp_utc) >= timedelta(
            seconds=20
        )


def test_stop_chaos_stops_the_run_and_the_schedule(clock: ManualClock) -> None:
    emu = Emulator(clock=clock)
    with _client(emu) as client:
        client.start_chaos()
        with pytest.raises(sfrest.BadRequestError) as running:
            client.start_chaos()
        assert running.value.code == "FABRIC_E_CHAOS_ALREADY_RUNNING"
        status = client.get_chaos()
        assert (status.status, status.schedule_status) == ("Running", "Stopped")
        clock.advance(30)
        client.stop_chaos()
        events = _events(client)
        assert events[-1].kind == "Stopped" and "StopChaos" in events[-1].reason
        assert client.get_chaos().status == "Stopped"
        count = len(events)
        clock.advance(300)
        assert len(_events(client)) == count  # nothing after Stopped
        client.stop_chaos()  # stopping again is fine


def test_the_gateway_refuses_what_it_refuses(clock: ManualClock) -> None:
    emu = Emulator(clock=clock)
    with _client(emu) as client:
        with pytest.raises(sfrest.BadRequestError, match="both empty"):
            client.start_chaos(
                chaos_target_filter=ChaosTargetFilter(node_type_inclusion_list=[])
            )
        reply = emu.handle(
            "POST",
            "/Tools/Chaos/$/Start?api-version=6.0",
            b'{"MaxConcurrentFaults": -1}',
        )
        assert reply.status == 400
        reply = emu.handle(
            "GET",
            "/Tools/Chaos/Events?api-version=6.2&ContinuationToken=x&StartTimeUtc=0",
        )
        assert (reply.status, reply.json()["Error"]["Code"]) == (400, "E_INVALIDARG")
        far = "9" * 19  # past what a datetime holds: no end, not an emulator failure
        reply = emu.handle(
            "GET",
            f"/Tools/Chaos/Events?api-version=6.2&StartTimeUtc={far}&EndTimeUtc={far}",
        )
        assert (reply.status, reply.json()["History"]) == (200, [])
        reply = emu.handle("GET", "/Tools/Chaos/Events?api-version=6.1")
        assert reply.status == 400  # GetChaosEvents is 6.2 on
        for token in (
            "-1/inf",
            "\u0663/1",
            "1/nan",
            "5/abc",
            "0/1_0",
            "1/ 5 ",
            "9" * 20 + "/1",
        ):  # not tokens it gave
            reply = emu.handle(
                "GET", f"/Tools/Chaos/Events?api-version=6.2&ContinuationToken={token}"
            )
            assert (reply.status, reply.json()["Error"]["Code"]) == (
                400,
                "E_INVALIDARG",
            )
        many = ChaosTargetFilter(node_type_inclusion_list=[f"T{i}" for i in range(101)])
        with pytest.raises(sfrest.BadRequestError, match="101 node types; at most 100"):
            client.start_chaos(chaos_target_filter=many)
        long: dict[str, Any] = {"context": {"Map": {"why": "x" * 4096}}}  # as JSON
        with pytest.raises(sfrest.BadRequestError, match="longer than 4095"):
            client.start_chaos(**long)
        emoji: dict[str, Any] = {"context": {"Map": {"why": "\U0001f600" * 2048}}}
        with pytest.raises(sfrest.BadRequestError, match="longer than 4095"):
            client.start_chaos(**emoji)  # 4,096 UTF-16 units, as .NET counts them
        assert client.get_chaos().status == "Stopped"


def test_a_schedule_date_without_an_offset_is_utc(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, start_time=START)
    body = json.dumps(_schedule(0, START, START + timedelta(days=2))["schedule"])
    naive = body.replace("+00:00", "")
    reply = emu.handle(
        "POST", "/Tools/Chaos/Schedule?api-version=6.2",
        f'{{"Version": 0, "Schedule": {naive}}}'.encode(),
    )  # fmt: skip
    assert reply.status == 200
    with _client(emu) as client:
        schedule = client.get_chaos_schedule().schedule
        assert schedule is not None and schedule.start_date == START
        assert client.get_chaos().schedule_status == "Active"
        assert len(list(client.iter_nodes())) == 5  # the emulator answers on


def _schedule(version: int, start: datetime, expiry: datetime) -> dict[str, Any]:
    return {
        "version": version,
        "schedule": {
            "StartDate": start.isoformat(),
            "ExpiryDate": expiry.isoformat(),
            "ChaosParametersDictionary": [
                {"Key": "calm", "Value": {"MaxConcurrentFaults": 1, "ChaosTargetFilter": CALC_JSON,
                                          "WaitTimeBetweenIterationsInSeconds": 60}}
            ],
            "Jobs": [
                {"ChaosParameters": "calm", "Days": {"Monday": True},
                 "Times": [{"StartTime": {"Hour": 1, "Minute": 0}, "EndTime": {"Hour": 1, "Minute": 30}}]}
            ],
        },
    }  # fmt: skip


def test_the_schedule_versions_and_statuses(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, start_time=START)
    with _client(emu) as client:
        assert client.get_chaos_schedule().version == 0
        later = START + timedelta(minutes=30)
        with pytest.raises(sfrest.BadRequestError, match="current version 0"):
            client.post_chaos_schedule(**_schedule(1, later, START + timedelta(days=2)))
        client.post_chaos_schedule(**_schedule(0, later, START + timedelta(days=2)))
        posted = client.get_chaos_schedule()
        assert posted.version == 1 and posted.schedule is not None
        assert client.get_chaos().schedule_status == "Pending"  # before StartDate
        clock.advance(45 * 60)
        assert client.get_chaos().schedule_status == "Active"
        assert client.get_chaos().status == "Stopped"  # no job before 01:00
        clock.advance(30 * 60)  # 01:15, Monday: the job's window
        assert client.get_chaos().status == "Running"
        with pytest.raises(sfrest.BadRequestError) as running:
            client.post_chaos_schedule(**_schedule(1, later, START + timedelta(days=2)))
        assert running.value.code == "FABRIC_E_CHAOS_ALREADY_RUNNING"
        clock.advance(30 * 60)  # 01:45: the window is over
        assert client.get_chaos().status == "Stopped"
        events = _events(client)
        started = [e for e in events if e.kind == "Started"]
        assert started[0].time_stamp_utc == START + timedelta(hours=1)
        assert events[-1].kind == "Stopped"
        assert events[-1].time_stamp_utc == START + timedelta(hours=1, minutes=30)
        clock.advance(2 * 86400)
        assert client.get_chaos().schedule_status == "Expired"
        client.post_chaos_schedule(**_schedule(1, later, START + timedelta(days=9)))
        assert client.get_chaos_schedule().version == 2
        client.stop_chaos()
        assert client.get_chaos().schedule_status == "Stopped"


def test_events_page_and_filter_by_time(clock: ManualClock) -> None:
    emu = Emulator(clock=clock, seed=4, start_time=START, page_size=3)
    with _client(emu) as client:
        client.start_chaos(**RUN)
        clock.advance(400)
        every = _events(client)
        assert len(every) > 6
        first = client.get_chaos_events()
        assert len(first.history or []) == 3 and first.continuation_token
        middle = every[2].time_stamp_utc
        segment = client.get_chaos_events(start_time_utc=middle, max_results=2)
        assert [w.chaos_event.time_stamp_utc for w in segment.history or []] == [
            e.time_stamp_utc for e in every[2:4]
        ]
        ranged = [
            w.chaos_event
            for w in client.iter_chaos_events(
                start_time_utc=middle, end_time_utc=every[5].time_stamp_utc
            )
        ]
        assert ranged == every[2:6]
        assert list(client.iter_chaos_events(start_time_utc=datetime(2030, 1, 1))) == []


def test_both_clients_over_http() -> None:
    emu = Emulator(seed=9)
    with emu.serve(port=0) as server:
        with ServiceFabricClient(server.url) as client:
            client.start_chaos(time_to_run_in_seconds=timedelta(seconds=60))
            assert client.get_chaos().status == "Running"

        async def drive() -> list[str]:
            async with AsyncServiceFabricClient(server.url) as client:
                await client.stop_chaos()
                return [w.chaos_event.kind async for w in client.iter_chaos_events()]

        import asyncio

        kinds = asyncio.run(drive())
        assert (kinds[0], kinds[-1]) == ("Started", "Stopped")


def _ids(events: list[Any]) -> Iterator[uuid.UUID]:
    for event in events:
        for fault in getattr(event, "faults", None) or ():
            found = re.search(r"PartitionId: ([0-9a-f-]{36})", fault)
            if found:
                yield uuid.UUID(found[1])


def test_faults_name_the_emulators_partitions() -> None:
    clock = ManualClock()
    emu = Emulator(clock=clock, seed=2)
    with _client(emu) as client:
        client.start_chaos(**RUN, chaos_target_filter=CALC)
        clock.advance(300)
        assert set(_ids(_events(client))) <= set(CALC_PARTITIONS)


def test_the_command_line_follows_events_until_stopped() -> None:
    import io

    from sfrest import cli

    with Emulator(seed=1).serve(port=0) as server:
        base = ["--endpoint", server.url]
        out, err = io.StringIO(), io.StringIO()
        argv = ["chaos", "start", *base, "--time-to-run", "2", "--max-concurrent-faults", "2",
                "--wait-time-between-iterations", "1", "--wait-time-between-faults", "0"]  # fmt: skip
        assert cli.main(argv, stdout=out, stderr=err) == 0
        out = io.StringIO()
        assert (
            cli.main(["chaos", "events", *base, "--follow"], stdout=out, stderr=err)
            == 0
        )
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        kinds = [line["ChaosEvent"]["Kind"] for line in lines]
        assert (
            kinds[0] == "Started"
            and kinds[-1] == "Stopped"
            and "ExecutingFaults" in kinds
        )
        assert len({json.dumps(line) for line in lines}) == len(lines)  # each once
        out = io.StringIO()
        assert (
            cli.main(
                ["chaos", "events", *base, "--follow", "-o", "table"],
                stdout=out,
                stderr=err,
            )
            == 0
        )
        rows = out.getvalue().splitlines()
        assert len(rows) == len(lines) and rows[-1].split()[1] == "Stopped"
        out = io.StringIO()
        assert cli.main(["chaos", "events", *base, "-o", "table"], stdout=out) == 0
        header, _, *table = out.getvalue().splitlines()
        assert header.split() == ["TimeStampUtc", "Kind", "What"]
        assert [row.split()[1] for row in table] == kinds  # one event a line
        assert "MaxConcurrentFaults=2" in table[0]  # Started: its parameters, named
        assert table[-1].endswith("TimeToRun is over")  # Stopped: its Reason
        faults = [row for row in table if row.split()[1] == "ExecutingFaults"]
        assert all("ActionType: " in row for row in faults)
        argv = ["chaos", "start", *base, "--time-to-run", "1", "--context",
                '{"a.b": "1", "k\\u001b[31m\\tT\\nN": "2"}']  # fmt: skip
        assert cli.main(["chaos", "stop", *base], stdout=io.StringIO()) == 0
        assert cli.main(argv, stdout=io.StringIO(), stderr=err) == 0
        out = io.StringIO()
        assert cli.main(["chaos", "events", *base, "-o", "tsv"], stdout=out) == 0
        started = [r for r in out.getvalue().splitlines() if "\tStarted\t" in r][-1]
        assert started.count("\t") == 2  # the server's key: escaped, the row whole
        assert "Context.Map.a.b=1" in started and "k\\x1b[31m\\tT\\nN=2" in started
        assert err.getvalue() == ""


def test_follow_as_yaml_is_a_stream_of_documents() -> None:
    import io

    import yaml

    from sfrest import cli

    emu = Emulator()
    with emu.serve(port=0) as server:
        base = ["--endpoint", server.url]
        assert cli.main(["chaos", "start", *base], stdout=io.StringIO()) == 0
        assert cli.main(["chaos", "stop", *base], stdout=io.StringIO()) == 0
        out = io.StringIO()
        assert (
            cli.main(["chaos", "events", *base, "--follow", "-o", "yaml"], stdout=out)
            == 0
        )
    documents = list(yaml.safe_load_all(out.getvalue()))
    assert documents[0]["ChaosEvent"]["Kind"] == "Started"
    assert documents[-1]["ChaosEvent"]["Kind"] == "Stopped"


def test_the_iterator_follows_every_token_the_emulator_gives() -> None:
    clock = ManualClock(1e17)  # readings whose repr has an exponent: 1e+17
    emu = Emulator(clock=clock, seed=1, page_size=2)
    with _client(emu) as client:
        client.start_chaos(**RUN)
        clock.advance(300)
        every = _events(client)
        assert len(every) > 4
        assert [w.chaos_event for w in client.iter_chaos_events(max_results=1)] == every
        far = datetime(9000, 1, 1)
        ranged = client.iter_chaos_events(start_time_utc=START, end_time_utc=far)
        assert [w.chaos_event for w in ranged] == every
