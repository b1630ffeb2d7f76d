"""Chaos: StartChaos, StopChaos, GetChaos, GetChaosEvents and the schedule, with a seeded
engine on the emulator's clock.

A run is a timeline of steps (a heap in ChaosState.queue) taken in order of their clock
readings whenever a request comes (the ticker below), so a ten-minute run on a
ManualClock takes milliseconds and the same seed draws the same faults. Each iteration
checks the cluster first: a fault operation running on a target means Waiting, health not
Ok past MaxClusterStabilizationTimeoutInSeconds means ValidationFailed; else it draws
between 1 and MaxConcurrentFaults faults among the targets, emits ExecutingFaults naming
them and takes them WaitTimeBetweenFaultsInSeconds apart, as the real faults the
Cluster's node and replica methods make (a node Down then Up with a new instance id,
replicas restarted, rebuilt or moved). TimeToRunInSeconds or StopChaos ends a run with
Stopped; the schedule starts and stops runs by its jobs' days and UTC times.
"""

from __future__ import annotations

import functools
import heapq
import math
import random
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sfrest_generated.models import (
    Chaos,
    ChaosEventsSegment,
    ChaosEventWrapper,
    ChaosParameters,
    ChaosScheduleDescription,
    ChaosScheduleStatus,
    ChaosStatus,
    ExecutingFaultsChaosEvent,
    HealthState,
    StartedChaosEvent,
    StoppedChaosEvent,
    TimeOfDay,
    ValidationFailedChaosEvent,
    WaitingChaosEvent,
)

from sfrest._arguments import FILE_TIME_EPOCH, from_file_time

from ._registry import handles, ticks
from ._state import ACTIVE, ChaosRun, ChaosState, Cluster
from ._topology import Service
from ._wire import Call, EmulatorResponse, Fail, invalid, reply

_UINT32_MAX, _INT32_MAX = 2**32 - 1, 2**31 - 1
"""TimeToRunInSeconds's bound (a UInt32 on the gateway), and where Version wraps (int32)."""
_CONTEXT_TEXT = 4095
"""The longest Context value the gateway takes, in UTF-16 units (the spec's description says so)."""
_TOKEN = re.compile(r"([0-9]{1,18})/(-?(?:inf|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?))")
"""The ContinuationTokens Chaos gives: the next event's index, the range's end."""
_SEGMENT = 100
"""The most events a segment holds."""
_NEVER = datetime(9999, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Fault = tuple[str, str, Callable[[float], object]]
"""(target key, what ExecutingFaults says, the effect at a clock reading)."""


def _running(error: str) -> Fail:
    return Fail(400, "FABRIC_E_CHAOS_ALREADY_RUNNING", error)


def _seconds(parameters: ChaosParameters, name: str) -> float:
    """A ChaosParameters duration in seconds; left out, the spec's default."""
    value = getattr(parameters, name)
    default = ChaosParameters.model_fields[name].default
    return float(int(str(default if value is None else value)))


def _utc(moment: datetime | None) -> datetime | None:
    """A schedule's date; one without an offset is UTC (the gateway's DateTime parse)."""
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _emit(chaos: ChaosState, t: float, event: object) -> None:
    chaos.events.append((t, event))


def _push(chaos: ChaosState, t: float, step: Callable[[float], None]) -> None:
    chaos.steps += 1
    heapq.heappush(chaos.queue, (t, chaos.steps, step))


# --- a run ----------------------------------------------------------------------------


def _start(cluster: Cluster, parameters: ChaosParameters, t: float) -> None:
    chaos = cluster.chaos
    chaos.runs += 1
    run = ChaosRun(
        parameters=parameters,
        ends=t + _seconds(parameters, "time_to_run_in_seconds"),
        rng=random.Random(f"{cluster.seed}/{chaos.runs}"),
    )
    chaos.run, chaos.last = run, parameters
    stamp = cluster.exact_utc(t)
    _emit(
        chaos,
        t,
        StartedChaosEvent(
            kind="Started", time_stamp_utc=stamp, chaos_parameters=parameters
        ),
    )
    _push(chaos, t, lambda when: _iteration(cluster, run, when))
    _push(chaos, run.ends, lambda when: _stop(cluster, run, when, "TimeToRun is over"))


def _stop(cluster: Cluster, run: ChaosRun, t: float, reason: str) -> None:
    chaos = cluster.chaos
    if chaos.run is not run:
        return  # stopped already
    chaos.run = None  # the run's steps still queued find it stopped and do nothing
    stamp = cluster.exact_utc(t)
    _emit(
        chaos, t, StoppedChaosEvent(kind="Stopped", time_stamp_utc=stamp, reason=reason)
    )


def _targets(
    cluster: Cluster, parameters: ChaosParameters
) -> tuple[list[str], list[Service]]:
    """The nodes and the stateful services Chaos may fault (ChaosTargetFilter: a union)."""
    nodes = [node.name for node in cluster.topology.nodes]
    services = [s for s in cluster.topology.services() if s.stateful]
    wanted = parameters.chaos_target_filter
    if wanted is None:
        return nodes, services
    types = set(wanted.node_type_inclusion_list or ())
    apps = set(wanted.application_inclusion_list or ())
    chosen = [n.name for n in cluster.topology.nodes if n.type in types]
    on_nodes = {
        s.name
        for s in services
        for p in s.partitions
        if any(r.node in chosen for r in cluster.replicas(p.id))
    }
    return chosen, [
        s
        for s in services
        if cluster.topology.application_of(s).name in apps or s.name in on_nodes
    ]


def _faults(cluster: Cluster, run: ChaosRun, t: float) -> Iterator[Fault]:
    """Every fault Chaos could take now among its targets."""
    nodes, services = _targets(cluster, run.parameters)
    for name in nodes:
        if cluster.node_is_up(name, t):
            iid = cluster.nodes[name].instance_id
            yield (
                name,
                f"ActionType: RestartNode, NodeName: {name}, NodeInstanceId: {iid}",
                functools.partial(cluster.restart_node, name),
            )
    moves = run.parameters.enable_move_replica_faults is not False
    every = [node.name for node in cluster.topology.nodes]
    for service in services:
        app = cluster.topology.application_of(service).name
        manifest = service.name.rsplit("/", 1)[1] + "Pkg"
        for partition in service.partitions:
            pid = partition.id
            replicas = cluster.replicas(pid)
            up = [r for r in replicas if cluster.node_is_up(r.node, t)]
            where = f"ServiceUri: {service.name}, PartitionId: {pid}"
            for r in up:
                yield (
                    str(pid),
                    f"ActionType: RestartReplica, {where}, ReplicaId: {r.id}",
                    functools.partial(cluster.restart_replica, pid, r.id),
                )
                yield (
                    str(pid),
                    f"ActionType: RemoveReplica, {where}, ReplicaId: {r.id}",
                    functools.partial(cluster.remove_replica, pid, r.id),
                )
                yield (
                    f"{r.node}/{app}",
                    f"ActionType: CodePackageRestart, ServiceManifestName: {manifest}, CodePackageName: Code, ApplicationName: {app}, NodeName: {r.node}",
                    functools.partial(cluster.restart_replica, pid, r.id),
                )
            secondaries = [r for r in up if not r.primary]
            free = [
                n
                for n in every
                if cluster.node_is_up(n, t) and n not in {r.node for r in replicas}
            ]
            if moves and secondaries:
                to = secondaries[0].node
                yield (
                    str(pid),
                    f"ActionType: MovePrimary, {where}, NodeTo: {to}",
                    functools.partial(cluster.move_primary, pid, to),
                )
            if moves and secondaries and free:
                source, to = secondaries[-1].node, free[0]
                yield (
                    str(pid),
                    f"ActionType: MoveSecondary, {where}, NodeFrom: {source}, NodeTo: {to}",
                    functools.partial(cluster.move_secondary, pid, source, to),
                )


def _busy(cluster: Cluster, run: ChaosRun, t: float) -> str | None:
    """Why Chaos must wait: a fault operation running on one of its targets."""
    nodes, services = _targets(cluster, run.parameters)
    partitions = {p.id for s in services for p in s.partitions}
    for op in cluster.operations.values():
        if op.state(t) not in ACTIVE:
            continue
        if op.partition in partitions or op.node in nodes:
            what = op.partition or op.node
            return f"a {op.type.value} operation ({op.id}) is running on {what}"
    return None


def _unhealthy(cluster: Cluster, run: ChaosRun, t: float) -> str | None:
    nodes, services = _targets(cluster, run.parameters)
    down = [name for name in nodes if not cluster.node_is_up(name, t)]
    if down:
        return f"nodes are down: {', '.join(down)}"
    for service in services:
        for partition in service.partitions:
            if cluster.partition_health(partition.id, t)[0] != HealthState.OK:
                return f"partition {partition.id} of {service.name} is not healthy"
    return None


def _iteration(cluster: Cluster, run: ChaosRun, t: float) -> None:
    chaos, parameters = cluster.chaos, run.parameters
    if chaos.run is not run:
        return
    between_faults = _seconds(parameters, "wait_time_between_faults_in_seconds")
    between = _seconds(parameters, "wait_time_between_iterations_in_seconds")
    stabilization = _seconds(parameters, "max_cluster_stabilization_timeout_in_seconds")
    stamp = cluster.exact_utc(t)
    busy = _busy(cluster, run, t)
    if busy is not None:
        _emit(
            chaos,
            t,
            WaitingChaosEvent(
                kind="Waiting", time_stamp_utc=stamp, reason=f"Chaos waits: {busy}."
            ),
        )
        _push(chaos, t + max(between, 1.0), lambda when: _iteration(cluster, run, when))
        return
    sick = _unhealthy(cluster, run, t)
    if sick is not None:
        since = run.unhealthy_since = (
            run.unhealthy_since if run.unhealthy_since is not None else t
        )
        if t - since >= stabilization:
            run.unhealthy_since = None
            _emit(
                chaos,
                t,
                ValidationFailedChaosEvent(
                    kind="ValidationFailed",
                    time_stamp_utc=stamp,
                    reason=f"The cluster did not become healthy within {stabilization:.0f} s: {sick}.",
                ),
            )
            _push(chaos, t + between, lambda when: _iteration(cluster, run, when))
        else:
            _push(
                chaos,
                t + min(max(stabilization - (t - since), 1.0), max(between, 1.0)),
                lambda when: _iteration(cluster, run, when),
            )
        return
    run.unhealthy_since = None
    candidates = list(_faults(cluster, run, t))
    run.rng.shuffle(candidates)
    wanted = run.rng.randint(1, max(1, int(str(parameters.max_concurrent_faults or 1))))
    chosen: list[Fault] = []
    for fault in candidates:
        if len(chosen) < wanted and fault[0] not in {c[0] for c in chosen}:
            chosen.append(fault)
    if chosen:
        _emit(
            chaos,
            t,
            ExecutingFaultsChaosEvent(
                kind="ExecutingFaults",
                time_stamp_utc=stamp,
                faults=[c[1] for c in chosen],
            ),
        )
    for i, (_, _, effect) in enumerate(chosen):
        _push(
            chaos,
            t + i * between_faults,
            functools.partial(_effect, cluster, run, effect),
        )
    _push(
        chaos,
        t + len(chosen) * between_faults + between,
        lambda when: _iteration(cluster, run, when),
    )


def _effect(
    cluster: Cluster, run: ChaosRun, effect: Callable[[float], object], t: float
) -> None:
    if (
        cluster.chaos.run is run
    ):  # a fault not yet taken when Chaos stopped is not taken
        effect(t)


# --- the schedule ---------------------------------------------------------------------


def _windows(
    cluster: Cluster, start: float, end: float
) -> Iterator[tuple[float, float, ChaosParameters]]:
    """The schedule's job windows (clock readings) that end after start and begin before end."""
    chaos = cluster.chaos
    schedule = chaos.schedule.schedule
    if chaos.schedule_stopped or schedule is None or not math.isfinite(end):
        return
    first = schedule.start_date or FILE_TIME_EPOCH
    expiry = schedule.expiry_date or _NEVER
    named = {
        item.key: item.value for item in schedule.chaos_parameters_dictionary or ()
    }
    begin = max(cluster.exact_utc(max(start, cluster.started_at - 86400.0)), first)
    day = begin.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    last = min(cluster.exact_utc(end), expiry)
    while day <= last and day - begin < timedelta(days=400):
        for job in schedule.jobs or ():
            days = job.days.model_dump() if job.days is not None else {}
            if not days.get(_DAYS[day.weekday()]) or job.chaos_parameters not in named:
                continue
            for span in job.times or ():
                a = day + _time_of_day(span.start_time, timedelta(0))
                b = day + _time_of_day(span.end_time, timedelta(days=1))
                if b <= a:
                    b += timedelta(days=1)
                a, b = max(a, first), min(b, expiry)
                if a < b:
                    yield (
                        cluster.reading(a),
                        cluster.reading(b),
                        named[job.chaos_parameters],
                    )
        day += timedelta(days=1)


def _time_of_day(value: TimeOfDay | None, default: timedelta) -> timedelta:
    if value is None:
        return default
    return timedelta(hours=value.hour or 0, minutes=value.minute or 0)


def _open(cluster: Cluster, after: float, until: float) -> float:
    """Start a run at the first window opening in (after, until] when none runs; returns
    that opening (inf: none)."""
    openings = [w for w in _windows(cluster, after, until) if after < w[0] <= until]
    if not openings:
        return math.inf
    a, b, parameters = min(openings, key=lambda window: window[0])
    _begin(cluster, parameters, a, b)
    return a


def _begin(
    cluster: Cluster, parameters: ChaosParameters, t: float, ends: float
) -> None:
    """A scheduled run from t to its window's end, unless Chaos runs already."""
    chaos = cluster.chaos
    if chaos.run is None:
        _start(cluster, parameters, t)
        run = chaos.run
        assert run is not None
        _push(
            chaos,
            ends,
            lambda when: _stop(cluster, run, when, "the schedule's time is over"),
        )


@ticks
def advance(cluster: Cluster, now: float) -> None:
    """Take every step of Chaos (its runs' and the schedule's) up to the clock reading
    now, in the order of their readings."""
    chaos = cluster.chaos
    while True:
        head = chaos.queue[0][0] if chaos.queue and chaos.queue[0][0] <= now else now
        opened = _open(cluster, chaos.cursor, head)
        if opened <= head:
            chaos.cursor = opened
            continue
        if not (chaos.queue and chaos.queue[0][0] <= now):
            break
        t, _, step = heapq.heappop(chaos.queue)
        chaos.cursor = max(chaos.cursor, t)
        step(t)
    chaos.cursor = max(chaos.cursor, now)


def _schedule_status(cluster: Cluster, now: float) -> ChaosScheduleStatus:
    chaos = cluster.chaos
    schedule = chaos.schedule.schedule
    if chaos.schedule_stopped or schedule is None:
        return ChaosScheduleStatus.STOPPED
    moment = cluster.exact_utc(now)
    if moment < (schedule.start_date or FILE_TIME_EPOCH):
        return ChaosScheduleStatus.PENDING
    if moment >= (schedule.expiry_date or _NEVER):
        return ChaosScheduleStatus.EXPIRED
    return ChaosScheduleStatus.ACTIVE


# --- the handlers ---------------------------------------------------------------------


@handles("StartChaos")
def start_chaos(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    if cluster.chaos.run is not None:
        raise _running("Chaos is already running; stop it first")
    parameters = (
        call.body if isinstance(call.body, ChaosParameters) else ChaosParameters()
    )
    wanted = parameters.chaos_target_filter
    if wanted is not None and not (
        wanted.node_type_inclusion_list or wanted.application_inclusion_list
    ):
        raise invalid(
            "ChaosTargetFilter: NodeTypeInclusionList and ApplicationInclusionList are both empty"
        )
    if _seconds(parameters, "time_to_run_in_seconds") > _UINT32_MAX:
        raise invalid(f"TimeToRunInSeconds must be at most {_UINT32_MAX}")
    listed = (  # the gateway's limits at the cluster's default settings
        (
            len(wanted.node_type_inclusion_list or ()) if wanted else 0,
            100,
            "node types",
        ),
        (
            len(wanted.application_inclusion_list or ()) if wanted else 0,
            1000,
            "applications",
        ),
    )
    for count, most, what in listed:
        if count > most:
            raise invalid(f"ChaosTargetFilter lists {count} {what}; at most {most}")
    pairs = (
        parameters.context.map.root
        if parameters.context and parameters.context.map
        else {}
    )
    if any(
        len(value.encode("utf-16-le")) > 2 * _CONTEXT_TEXT for value in pairs.values()
    ):
        raise invalid(f"a Context value is longer than {_CONTEXT_TEXT} characters")
    _start(cluster, parameters, now)
    return call.done()


@handles("StopChaos")
def stop_chaos(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    chaos = cluster.chaos
    if chaos.run is not None:
        _stop(cluster, chaos.run, now, "StopChaos was called")
    chaos.schedule_stopped = True
    return call.done()


@handles("GetChaos")
def get_chaos(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    chaos = cluster.chaos
    return reply(
        200,
        Chaos(
            chaos_parameters=chaos.run.parameters if chaos.run else chaos.last,
            status=ChaosStatus.RUNNING if chaos.run else ChaosStatus.STOPPED,
            schedule_status=_schedule_status(cluster, now),
        ),
    )


def _file_time(cluster: Cluster, call: Call, name: str, default: float) -> float:
    raw = call.values.get(name)
    if raw is None:
        return default
    text = str(raw)
    if not text.isdigit():
        raise invalid(f"{name} must be a decimal file time, got {text!r}")
    moment = from_file_time(int(text))
    return (
        cluster.reading(moment) if moment is not None and moment < _NEVER else math.inf
    )


@handles("GetChaosEvents")
def get_chaos_events(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    token = call.values.get("continuation_token") or ""
    ranged = "start_time_utc" in call.values or "end_time_utc" in call.values
    if token and ranged:
        raise invalid(
            "a ContinuationToken cannot be combined with StartTimeUtc or EndTimeUtc"
        )
    events = cluster.chaos.events
    if token:
        given = _TOKEN.fullmatch(token)
        if given is None:
            raise invalid(f"ContinuationToken {token!r} is not one of Chaos's")
        start, until = int(given[1]), float(given[2])
        low = -math.inf
    else:
        low = _file_time(cluster, call, "start_time_utc", -math.inf)
        until = _file_time(cluster, call, "end_time_utc", math.inf)
        start = 0
    size = min(
        _SEGMENT, cluster.page_size or _SEGMENT, call.int("max_results", 0) or _SEGMENT
    )
    chosen: list[Any] = []
    index = start
    while index < len(events) and len(chosen) < size:
        t, event = events[index]
        index += 1
        if low <= t <= until:
            chosen.append(event)
    more = any(low <= t <= until for t, _ in events[index:])
    return reply(
        200,
        ChaosEventsSegment(
            # no "+" (1e+17): a query's "+" is a space
            continuation_token=f"{index}/{until!r}".replace("+", "") if more else "",
            history=[ChaosEventWrapper(chaos_event=e) for e in chosen],
        ),
    )


@handles("GetChaosSchedule")
def get_chaos_schedule(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    return reply(200, cluster.chaos.schedule)


@handles("PostChaosSchedule")
def post_chaos_schedule(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    chaos = cluster.chaos
    posted = call.body
    assert isinstance(posted, ChaosScheduleDescription)
    if chaos.run is not None:
        raise _running("the schedule cannot change while Chaos runs; stop it first")
    if (posted.version or 0) != chaos.schedule.version:
        raise invalid(
            f"Version {posted.version} is not the schedule's current version {chaos.schedule.version}"
        )
    schedule = posted.schedule
    if schedule is not None:
        schedule = schedule.model_copy(
            update={
                "start_date": _utc(schedule.start_date),
                "expiry_date": _utc(schedule.expiry_date),
            }
        )
        names = {item.key for item in schedule.chaos_parameters_dictionary or ()}
        for job in schedule.jobs or ():
            if job.chaos_parameters not in names:
                raise invalid(
                    f"job's ChaosParameters {job.chaos_parameters!r} is not a key of ChaosParametersDictionary"
                )
    version = (
        0 if chaos.schedule.version == _INT32_MAX else (chaos.schedule.version or 0) + 1
    )
    chaos.schedule = ChaosScheduleDescription(version=version, schedule=schedule)
    chaos.schedule_stopped = schedule is None
    chaos.cursor = now
    inside = [w for w in _windows(cluster, now, now) if w[0] <= now < w[1]]
    for _, ends, parameters in inside[:1]:  # posted inside a job's window: from now
        _begin(cluster, parameters, now, ends)
    return call.done()
