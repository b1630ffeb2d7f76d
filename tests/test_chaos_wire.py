"""The Chaos operations on the wire: request bytes of all six, the x-file-time,
x-seconds and x-mutually-exclusive conventions, the official GetChaosEvents example, and
the command line's sfctl flags."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock
from sfrest_generated.models import (
    ChaosEventsSegment,
    ChaosParameters,
    ChaosSchedule,
    ExecutingFaultsChaosEvent,
    StartedChaosEvent,
    UnknownChaosEvent,
    WaitingChaosEvent,
)

import sfrest
from sfrest import cli

Client = sfrest.ServiceFabricClient
BASE = "http://localhost:19080"
# the official 9.1 example (GetChaosEvents.json), its newer render: int64 values as strings
EXAMPLE: dict[str, Any] = {
    "ContinuationToken": "",
    "History": [
        {
            "ChaosEvent": {
                "Kind": "Started",
                "TimeStampUtc": "2017-04-14T04:27:19.049Z",
                "ChaosParameters": {
                    "MaxClusterStabilizationTimeoutInSeconds": "30",
                    "MaxConcurrentFaults": "3",
                    "WaitTimeBetweenIterationsInSeconds": "10",
                    "WaitTimeBetweenFaultsInSeconds": "1",
                    "TimeToRunInSeconds": "3600",
                    "EnableMoveReplicaFaults": True,
                    "ClusterHealthPolicy": {
                        "MaxPercentUnhealthyNodes": "0",
                        "ConsiderWarningAsError": True,
                        "MaxPercentUnhealthyApplications": "0",
                    },
                    "Context": {"Map": {"k1": "v1", "k2": "v2", "k3": "v5"}},
                },
            }
        },
        {
            "ChaosEvent": {
                "Kind": "ExecutingFaults",
                "TimeStampUtc": "2017-04-14T04:27:20.667Z",
                "Faults": [
                    "ActionType: CodePackageRestart, NodeName: Node1",
                    "ActionType: RestartReplica, ServiceUri: fabric:/AppName/ServiceName",
                ],
            }
        },
    ],
}


def _numbers(value: Any) -> Any:
    """The example as its older render gives it: decimal strings of numbers as numbers,
    but TimeToRunInSeconds, a string in the spec."""
    if isinstance(value, dict):
        return {
            k: v if k == "TimeToRunInSeconds" else _numbers(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    return int(value) if isinstance(value, str) and value.isdigit() else value


@pytest.mark.parametrize(
    "body", [EXAMPLE, _numbers(EXAMPLE)], ids=["strings", "numbers"]
)
def test_the_official_example_parses(body: dict[str, Any]) -> None:
    segment = ChaosEventsSegment.model_validate_json(json.dumps(body))
    started, executing = (w.chaos_event for w in segment.history or [])
    assert isinstance(started, StartedChaosEvent)
    assert isinstance(executing, ExecutingFaultsChaosEvent)
    parameters = started.chaos_parameters
    assert parameters is not None
    assert (parameters.max_concurrent_faults, parameters.time_to_run_in_seconds) == (
        3,
        "3600",
    )
    assert parameters.context is not None and parameters.context.map is not None
    assert parameters.context.map.root["k3"] == "v5"
    assert started.time_stamp_utc == datetime(2017, 4, 14, 4, 27, 19, 49000, UTC)
    assert executing.faults is not None and len(executing.faults) == 2


def test_an_unknown_event_kind_parses_and_keeps_its_fields() -> None:
    body = {"History": [{"ChaosEvent": {"Kind": "Paused", "Why": "tea"}}]}
    segment = ChaosEventsSegment.model_validate_json(json.dumps(body))
    (wrapper,) = segment.history or []
    event = wrapper.chaos_event
    assert isinstance(event, UnknownChaosEvent)
    assert event.kind == "Paused" and event.model_extra == {"Why": "tea"}


# what each call sends: method, path and query, body (None: no body at all)
REQUESTS: list[tuple[str, Any, str, str, Any]] = [
    ("get", lambda c: c.get_chaos(), "GET", "/Tools/Chaos?api-version=6.2&timeout=60", None),
    ("start", lambda c: c.start_chaos(), "POST", "/Tools/Chaos/$/Start?api-version=6.0&timeout=60", {}),
    ("start with", lambda c: c.start_chaos(time_to_run_in_seconds=timedelta(minutes=10), max_concurrent_faults=2, enable_move_replica_faults=False, wait_time_between_faults_in_seconds=timedelta(seconds=5), chaos_target_filter={"ApplicationInclusionList": ["fabric:/CalcApp"]}), "POST", "/Tools/Chaos/$/Start?api-version=6.0&timeout=60", {"TimeToRunInSeconds": "600", "MaxConcurrentFaults": 2, "EnableMoveReplicaFaults": False, "WaitTimeBetweenFaultsInSeconds": 5, "ChaosTargetFilter": {"ApplicationInclusionList": ["fabric:/CalcApp"]}}),
    ("start int", lambda c: c.start_chaos(time_to_run_in_seconds=60), "POST", "/Tools/Chaos/$/Start?api-version=6.0&timeout=60", {"TimeToRunInSeconds": "60"}),
    ("stop", lambda c: c.stop_chaos(timeout=5), "POST", "/Tools/Chaos/$/Stop?api-version=6.0&timeout=5", None),
    ("events", lambda c: c.get_chaos_events(), "GET", "/Tools/Chaos/Events?api-version=6.2&timeout=60", None),
    ("events range", lambda c: c.get_chaos_events(start_time_utc=datetime(2026, 1, 1, tzinfo=UTC), end_time_utc="3155378975999999999", max_results=10), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=134116992000000000&EndTimeUtc=3155378975999999999&MaxResults=10&timeout=60", None),
    ("events naive", lambda c: c.get_chaos_events(start_time_utc=datetime(1601, 1, 2)), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=864000000000&timeout=60", None),
    ("events offset", lambda c: c.get_chaos_events(start_time_utc=datetime(2026, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=134116992000000000&timeout=60", None),
    ("events iso", lambda c: c.get_chaos_events(start_time_utc="2026-01-01T00:00:00Z"), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=134116992000000000&timeout=60", None),
    ("events ticks int", lambda c: c.get_chaos_events(start_time_utc=0), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=0&timeout=60", None),
    ("events token", lambda c: c.get_chaos_events(continuation_token="a/b:c#d"), "GET", "/Tools/Chaos/Events?api-version=6.2&timeout=60&ContinuationToken=a/b:c%23d", None),
    ("events empty token", lambda c: c.get_chaos_events(continuation_token="", start_time_utc=0), "GET", "/Tools/Chaos/Events?api-version=6.2&StartTimeUtc=0&timeout=60&ContinuationToken=", None),
    ("schedule get", lambda c: c.get_chaos_schedule(), "GET", "/Tools/Chaos/Schedule?api-version=6.2&timeout=60", None),
    ("schedule set", lambda c: c.post_chaos_schedule(version=3, schedule={"StartDate": "2026-01-01T00:00:00Z", "Jobs": [{"ChaosParameters": "p", "Days": {"Monday": True}, "Times": [{"StartTime": {"Hour": 1, "Minute": 0}, "EndTime": {"Hour": 2, "Minute": 30}}]}], "ChaosParametersDictionary": [{"Key": "p", "Value": {"MaxConcurrentFaults": 1}}]}), "POST", "/Tools/Chaos/Schedule?api-version=6.2&timeout=60", {"Version": 3, "Schedule": {"StartDate": "2026-01-01T00:00:00Z", "ChaosParametersDictionary": [{"Key": "p", "Value": {"MaxConcurrentFaults": 1}}], "Jobs": [{"ChaosParameters": "p", "Days": {"Monday": True}, "Times": [{"StartTime": {"Hour": 1, "Minute": 0}, "EndTime": {"Hour": 2, "Minute": 30}}]}]}}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "method", "url", "body"),
    [r[1:] for r in REQUESTS],
    ids=[r[0] for r in REQUESTS],
)
def test_request_bytes(
    httpx_mock: HTTPXMock, call: Any, method: str, url: str, body: Any
) -> None:
    answer: dict[str, Any] = {"History": []} if "Events" in url else {}
    httpx_mock.add_response(json=answer if method == "GET" else None)
    with Client() as client:
        call(client)
    request = httpx_mock.get_request()
    assert request is not None
    assert (request.method, str(request.url).removeprefix(BASE)) == (method, url)
    if body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == body
        assert request.headers["Content-Type"] == "application/json"


REFUSED: list[tuple[str, Any, str]] = [
    ("token and start", lambda c: c.get_chaos_events(continuation_token="t", start_time_utc=0), "continuation_token cannot be combined with start_time_utc"),
    ("token and end", lambda c: c.get_chaos_events(continuation_token="t", end_time_utc=datetime(2026, 1, 1)), "continuation_token cannot be combined with end_time_utc"),
    ("before 1601", lambda c: c.get_chaos_events(start_time_utc=datetime(1600, 12, 31)), "from 1601 on"),
    ("not a time", lambda c: c.get_chaos_events(start_time_utc="yesterday"), "start_time_utc must be a datetime"),
    ("negative ticks", lambda c: c.get_chaos_events(start_time_utc=-1), "start_time_utc must"),
    ("fraction of a second", lambda c: c.start_chaos(time_to_run_in_seconds=timedelta(seconds=1.5)), "whole, non-negative number of seconds"),
    ("negative duration", lambda c: c.start_chaos(wait_time_between_faults_in_seconds=timedelta(seconds=-1)), "whole, non-negative"),
    ("too many faults", lambda c: c.start_chaos(max_concurrent_faults=2**32), "ChaosParameters"),
    ("schedule version", lambda c: c.post_chaos_schedule(version=-1), "ChaosScheduleDescription"),
    ("hour 24", lambda c: c.post_chaos_schedule(version=0, schedule={"Jobs": [{"Times": [{"StartTime": {"Hour": 24, "Minute": 0}}]}]}), "ChaosScheduleDescription"),
    ("ticks past int64", lambda c: c.get_chaos_events(end_time_utc=str(2**63)), "below 2\\*\\*63"),
    ("ticks not ASCII", lambda c: c.get_chaos_events(start_time_utc="\u00b2"), "must match"),
    ("ticks too long", lambda c: c.get_chaos_events(start_time_utc="9" * 5000), "below 2\\*\\*63"),
    ("another model", lambda c: c.post_chaos_schedule(version=0, schedule=ChaosParameters()), "instance of ChaosSchedule"),
    ("type name and kinds", lambda c: c.get_application_info_list(application_definition_kind_filter=1, application_type_name="CalcAppType"), "application_definition_kind_filter cannot be combined with application_type_name"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_refused_before_sending(httpx_mock: HTTPXMock, call: Any, message: str) -> None:
    # the iterator's second page would carry the token with the range
    httpx_mock.add_response(
        json={"ContinuationToken": "t", "History": []}, is_optional=True
    )
    with Client() as client, pytest.raises(sfrest.InvalidArgumentError, match=message):
        call(client)
    assert len(httpx_mock.get_requests()) <= 1


def test_iter_chaos_events_follows_the_tokens(httpx_mock: HTTPXMock) -> None:
    def event(n: int) -> dict[str, Any]:
        return {
            "ChaosEvent": {
                "Kind": "Waiting",
                "TimeStampUtc": f"2026-01-01T00:00:0{n}Z",
                "Reason": str(n),
            }
        }

    httpx_mock.add_response(json={"ContinuationToken": "p/2", "History": [event(1)]})
    httpx_mock.add_response(
        json={"ContinuationToken": "", "History": [event(2), event(3)]}
    )
    with Client() as client:
        events = [w.chaos_event for w in client.iter_chaos_events(max_results=1)]
    reasons = [e.reason for e in events if isinstance(e, WaitingChaosEvent)]
    assert reasons == ["1", "2", "3"]
    first, second = httpx_mock.get_requests()
    assert "ContinuationToken" not in first.url.params
    assert second.url.params["ContinuationToken"] == "p/2"
    assert second.url.params["MaxResults"] == "1"


def test_a_chaos_error_is_a_typed_fabric_error(httpx_mock: HTTPXMock) -> None:
    error = {"Error": {"Code": "FABRIC_E_CHAOS_ALREADY_RUNNING", "Message": "running"}}
    httpx_mock.add_response(status_code=400, json=error)
    with Client() as client, pytest.raises(sfrest.BadRequestError) as caught:
        client.start_chaos()
    assert caught.value.code == "FABRIC_E_CHAOS_ALREADY_RUNNING"
    assert len(httpx_mock.get_requests()) == 1  # StartChaos is not retried


def _cli_arguments(argv: list[str]) -> dict[str, Any]:
    args = cli.build_parser().parse_args(argv)
    return cli._method_arguments(args.run, args)


def test_chaos_start_takes_sfctls_flags() -> None:
    assert (
        _cli_arguments(
            [
                "chaos",
                "start",
                "--time-to-run",
                "600",
                "--max-cluster-stabilization",
                "30",
                "--max-concurrent-faults",
                "2",
                "--disable-move-replica-faults",
                "--wait-time-between-faults",
                "1",
                "--wait-time-between-iterations",
                "2",
                "--warning-as-error",
                "--max-percent-unhealthy-nodes",
                "10",
                "--max-percent-unhealthy-apps",
                "20",
                "--app-type-health-policy-map",
                '[{"Key": "T", "Value": 5}]',
                "--cluster-health-policy",
                '{"NodeTypeHealthPolicyMap": [], "MaxPercentUnhealthyNodes": 1}',
                "--context",
                '{"run": "drill"}',
                "--chaos-target-filter",
                '{"ApplicationInclusionList": ["fabric:/CalcApp"]}',
            ]
        )
        == {
            "time_to_run_in_seconds": "600",
            "max_cluster_stabilization_timeout_in_seconds": 30,
            "max_concurrent_faults": 2,
            "enable_move_replica_faults": False,
            "wait_time_between_faults_in_seconds": 1,
            "wait_time_between_iterations_in_seconds": 2,
            "cluster_health_policy": {  # the object's own flag first, the nested flags over it
                "NodeTypeHealthPolicyMap": [],
                "MaxPercentUnhealthyNodes": 10,
                "ConsiderWarningAsError": True,
                "MaxPercentUnhealthyApplications": 20,
                "ApplicationTypeHealthPolicyMap": [{"Key": "T", "Value": 5}],
            },
            "context": {"Map": {"run": "drill"}},
            "chaos_target_filter": {"ApplicationInclusionList": ["fabric:/CalcApp"]},
        }
    )


def test_chaos_schedule_set_takes_sfctls_flags() -> None:
    jobs = '[{"ChaosParameters": "p", "Days": {"Sunday": true}}]'
    assert _cli_arguments(
        [
            "chaos",
            "schedule",
            "set",
            "--version",
            "4",
            "--start-date-utc",
            "2026-01-01T00:00:00Z",
            "--expiry-date-utc",
            "2027-01-01T00:00:00Z",
            "--jobs",
            jobs,
            "--chaos-parameters-dictionary",
            '[{"Key": "p", "Value": {"ChaosTargetFilter": {"ApplicationInclusionList": ["fabric:/A"]}}}]',
        ]
    ) == {
        "version": 4,
        "schedule": {
            "StartDate": "2026-01-01T00:00:00Z",
            "ExpiryDate": "2027-01-01T00:00:00Z",
            "Jobs": [{"ChaosParameters": "p", "Days": {"Sunday": True}}],
            # the app filter under its own key (sfctl reads ApplicationTypeInclusionList)
            "ChaosParametersDictionary": [
                {
                    "Key": "p",
                    "Value": {
                        "ChaosTargetFilter": {"ApplicationInclusionList": ["fabric:/A"]}
                    },
                }
            ],
        },
    }


def test_chaos_events_take_an_iso_time_or_ticks(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"History": []})
    httpx_mock.add_response(json={"History": []})
    for value in ("2026-01-01T00:00:00Z", "134116992000000000"):
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(
            ["chaos", "events", "--start-time-utc", value], stdout=out, stderr=err
        )
        assert (code, err.getvalue(), json.loads(out.getvalue())) == (0, "", [])
    assert [r.url.params["StartTimeUtc"] for r in httpx_mock.get_requests()] == [
        "134116992000000000"
    ] * 2


def test_the_transport_sees_one_request_per_iterated_page() -> None:
    pages = iter(["a", "b", ""])

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"ContinuationToken": next(pages), "History": []}
        )

    with Client(transport=httpx.MockTransport(answer)) as client:
        assert list(client.iter_chaos_events()) == []
    assert next(pages, None) is None


def test_a_naive_schedule_date_is_sent_as_utc(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=200)
    schedule = ChaosSchedule(start_date=datetime(2026, 1, 1))
    with Client() as client:
        client.post_chaos_schedule(version=0, schedule=schedule)
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content)["Schedule"] == {
        "StartDate": "2026-01-01T00:00:00Z"
    }
    assert schedule.start_date == datetime(2026, 1, 1)  # the caller's, unchanged


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        (
            {"StartDate": "2026-01-01T03:04:05"},
            "2026-01-01T03:04:05Z",
        ),  # ISO, no offset
        ({"StartDate": "2026-01-01T03:04:05+02:00"}, "2026-01-01T03:04:05+02:00"),
        ({"StartDate": datetime(2026, 1, 1, tzinfo=UTC)}, "2026-01-01T00:00:00Z"),
    ],
)
def test_a_body_time_keeps_its_offset_or_is_utc(
    httpx_mock: HTTPXMock, given: Any, sent: str
) -> None:
    httpx_mock.add_response(status_code=200)
    with Client() as client:
        client.post_chaos_schedule(version=0, schedule=given)
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content)["Schedule"]["StartDate"] == sent


def test_a_model_changed_after_it_was_built_is_checked_too(
    httpx_mock: HTTPXMock,
) -> None:
    changed = ChaosSchedule()
    changed.start_date = "garbage"  # type: ignore[assignment]
    constructed = ChaosSchedule.model_construct(jobs=5)  # type: ignore[arg-type]
    with Client() as client:
        for schedule in (changed, constructed):
            with pytest.raises(sfrest.InvalidArgumentError, match="Schedule"):
                client.post_chaos_schedule(version=0, schedule=schedule)
    assert httpx_mock.get_requests() == []
