"""`make bench`: sfrest side by side with raw httpx, http.client and azure-servicefabric.

    make bench                                    # makes .venv-bench, runs everything
    .venv-bench/bin/python scripts/bench.py       # the same, venv already made
    .venv-bench/bin/python scripts/bench.py --quick --no-write   # fewer rounds, print only
    .venv-bench/bin/python scripts/bench.py profile              # cProfile of sfrest's paths

It starts its own keep-alive HTTP/1.1 server on 127.0.0.1 (an asyncio Protocol in a
subprocess that answers every request with one fixed PartitionDataLossProgress body in a
few microseconds, so the client is what is measured), runs every measurement in worker
subprocesses of its own, and stops the server by its pid at the end, on error and on
Ctrl-C. Every figure is the median of interleaved rounds, with min and max; ratios are
taken within a round, then their median. Nothing leaves the loopback interface.

Figures: (1) sync per-call cost, (2) async fan-out of 1000 concurrent progress polls,
requests/s and peak RSS, one subprocess per variant and round, (3) import cost, each in a
fresh interpreter, (4) wait(): requests sent and lateness for 1 s, 10 s and 60 s operations
on an injected clock, (5) scripts/generate.py wall time into a temporary --out. With
--write (the default) the results go to docs/benchmarks.md and docs/benchmarks.png.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MAIN_VENV_PY = ROOT / ".venv" / "bin" / "python"

SERVICE = "app~svc"
PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
PATH = (
    f"/Faults/Services/{SERVICE}/$/GetPartitions/{PID}/$/GetDataLossProgress"
    f"?api-version=6.0&OperationId={OID}&timeout=60"
)
BODY = json.dumps(
    {
        "State": "Completed",
        "InvokeDataLossResult": {
            "ErrorCode": 0,
            "SelectedPartition": {"ServiceName": "fabric:/app/svc", "PartitionId": PID},
        },
    },
    separators=(",", ":"),
).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
    b"Content-Length: %d\r\nConnection: keep-alive\r\n\r\n%s" % (len(BODY), BODY)
)

PERCALL = (
    "http.client",
    "httpx",
    "sfrest",
    "httpx, new id",
    "sfrest, new id",
    "azure-servicefabric",
)
"""The same progress URL every call (what wait() and a polling loop send), and, for
httpx and sfrest, a new operation id every call: nothing parsed or built before helps."""
FANOUT = ("sfrest", "httpx-default", "httpx-100", "azure-32-threads")
IMPORTS = ("bare", "httpx", "sfrest", "sfrest + first call", "azure.servicefabric")
FIRST_CALL = f"""
import httpx, sfrest
answer = httpx.Response(200, content={BODY!r})
client = sfrest.ServiceFabricClient(transport=httpx.MockTransport(lambda r: answer))
client.get_data_loss_progress({SERVICE!r}, {PID!r}, {OID!r})
"""
"""`import sfrest`, then one call: what the lazy imports (pydantic, the models, the
operation's module) cost when they happen."""
DURATIONS = (1.0, 10.0, 60.0)


# --------------------------------------------------------------------------- server


def serve() -> None:
    """The loopback server: prints its port, answers every request with RESPONSE."""
    import asyncio

    parent = os.getppid()

    class Http(asyncio.Protocol):
        def __init__(self) -> None:
            self.transport: Any = None
            self.buffer = b""

        def connection_made(self, transport: Any) -> None:
            self.transport = transport

        def data_received(self, data: bytes) -> None:
            buffer = self.buffer + data if self.buffer else data
            answers = 0
            while True:
                end = buffer.find(b"\r\n\r\n")
                if end < 0:
                    break
                head = buffer[:end].lower()
                at = head.find(b"\r\ncontent-length:")
                size = 0
                if at >= 0:
                    stop = head.find(b"\r\n", at + 2)
                    size = int(head[at + 17 : None if stop < 0 else stop])
                if len(buffer) < end + 4 + size:
                    break
                buffer = buffer[end + 4 + size :]
                answers += 1
            self.buffer = buffer
            if answers:
                self.transport.write(RESPONSE * answers)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Http, "127.0.0.1", 0, backlog=4096)
        print(server.sockets[0].getsockname()[1], flush=True)
        while os.getppid() == parent:  # an orphan stops by itself
            await asyncio.sleep(0.5)
        server.close()

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops us by pid
    asyncio.run(main())


class Server:
    """The server subprocess; `with Server() as base_url:` stops it by its pid."""

    def __enter__(self) -> str:
        self.proc = subprocess.Popen(
            [PY, __file__, "serve"], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        port = int(self.proc.stdout.readline())
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# --------------------------------------------------------------------------- workers


def _sync_callers(base: str) -> dict[str, Callable[[], object]]:
    """One call of each sync variant, set up and warmed."""
    import http.client

    import httpx
    from azure.servicefabric import ServiceFabricClientAPIs
    from msrest.authentication import Authentication

    import sfrest

    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port))

    def floor() -> object:
        conn.request("GET", PATH)
        return json.loads(conn.getresponse().read())

    raw = httpx.Client()
    url = base + PATH

    def raw_httpx() -> object:
        return raw.get(url).json()

    client = sfrest.ServiceFabricClient(base)

    def ours() -> object:
        return client.get_data_loss_progress(SERVICE, PID, OID)

    fresh = iter([str(uuid.uuid4()) for _ in range(400_000)])

    def ours_new_id() -> object:
        return client.get_data_loss_progress(SERVICE, PID, next(fresh))

    def raw_httpx_new_id() -> object:
        return raw.get(url.replace(OID, next(fresh))).json()

    azure = ServiceFabricClientAPIs(Authentication(), base)

    def theirs() -> object:
        return azure.get_data_loss_progress(SERVICE, PID, OID)

    callers = dict(
        zip(
            PERCALL,
            (floor, raw_httpx, ours, raw_httpx_new_id, ours_new_id, theirs),
            strict=True,
        )
    )
    for name, call in callers.items():  # warm, and check every variant parses the body
        for _ in range(100):
            result = call()
        state = (
            result["State"] if isinstance(result, dict) else result.state  # type: ignore[attr-defined]
        )
        assert state == "Completed", (name, result)
    return callers


def percall(base: str, rounds: int, calls: int) -> None:
    """Per-call µs of each sync variant, interleaved rounds in one process: JSON on stdout."""
    callers = _sync_callers(base)
    names = list(callers)
    out: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            call = callers[name]
            n = calls // 2 if name == "azure-servicefabric" else calls
            start = time.perf_counter()
            for _ in range(n):
                call()
            out[name].append((time.perf_counter() - start) / n * 1e6)
    print(json.dumps(out))


def fanout(variant: str, base: str, polls: int, warmup: int) -> None:
    """requests/s of `polls` concurrent progress polls, after a warm-up; JSON on stdout."""
    import resource

    url = base + PATH
    if variant == "azure-32-threads":
        from concurrent.futures import ThreadPoolExecutor

        from azure.servicefabric import ServiceFabricClientAPIs
        from msrest.authentication import Authentication

        azure = ServiceFabricClientAPIs(Authentication(), base)

        def one(_: int) -> str:
            return str(azure.get_data_loss_progress(SERVICE, PID, OID).state)

        with ThreadPoolExecutor(32) as pool:
            list(pool.map(one, range(warmup)))
            start = time.perf_counter()
            states = list(pool.map(one, range(polls)))
            elapsed = time.perf_counter() - start
    else:
        import asyncio

        import httpx

        import sfrest

        async def run() -> tuple[float, list[str]]:
            if variant == "sfrest":
                client: Any = sfrest.AsyncServiceFabricClient(base)

                async def one() -> str:
                    progress = await client.get_data_loss_progress(SERVICE, PID, OID)
                    return str(progress.state)

            else:
                limits = (
                    httpx.Limits(max_connections=100, max_keepalive_connections=100)
                    if variant == "httpx-100"
                    else httpx.Limits()  # httpx's defaults: 100 connections, 20 kept
                )
                client = httpx.AsyncClient(limits=limits)

                async def one() -> str:
                    response = await client.get(url)
                    return str(response.json()["State"])

            async with client:
                await asyncio.gather(*(one() for _ in range(warmup)))
                start = time.perf_counter()
                states = await asyncio.gather(*(one() for _ in range(polls)))
                return time.perf_counter() - start, states

        elapsed, states = asyncio.run(run())
    assert states == ["Completed"] * polls, states[:3]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"rps": polls / elapsed, "rss_mib": rss}))


def _wait_once(duration: float) -> tuple[list[float], str]:
    """The times (from the start) at which one wait() polled an operation of `duration`,
    through sfrest.testing's Emulator on a ManualClock."""
    import httpx

    import sfrest
    from sfrest.testing import CALC_PARTITIONS, CALC_SERVICE, Emulator, ManualClock

    clock = ManualClock()
    emulator = Emulator(clock=clock, durations={"PartitionDataLoss": duration})
    service, partition, via = CALC_SERVICE, CALC_PARTITIONS[0], "sfrest.testing"
    inner = emulator.transport()
    polls: list[float] = []

    class Counting(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "GET":
                polls.append(clock())
            return inner.handle_request(request)

    started = clock()
    with sfrest.ServiceFabricClient(
        transport=Counting(), sleep=clock.sleep, clock=clock
    ) as client:
        op = client.start_data_loss(service, partition, "PartialDataLoss")
        assert op.wait().state == "Completed"
    return [t - started for t in polls], via


def waiting() -> None:
    """Requests wait() sends and how late it returns, on an injected clock: JSON on stdout."""
    import sfrest

    results = []
    via = ""
    for duration in DURATIONS:
        polls, via = _wait_once(duration)
        # a completion at any time in (polls[i], polls[i+1]] is seen at polls[i+1]
        gaps = [b - a for a, b in itertools.pairwise(polls)]
        results.append(
            {
                "duration": duration,
                "requests": len(polls),
                "late": polls[-1] - duration,
                "worst_late": max(gaps),
                "mean_late": sum(g * g / 2 for g in gaps) / polls[-1],
                "polls": polls,
            }
        )
    policy = sfrest.PollPolicy()
    defaults = [policy.initial_interval, policy.factor, policy.max_interval]
    print(json.dumps({"policy": defaults, "via": via, "results": results}))


def profile(base: str) -> None:
    """cProfile of sfrest's sync per-call path and async fan-out: the top functions."""
    import asyncio
    import cProfile
    import pstats

    import sfrest

    client = sfrest.ServiceFabricClient(base)
    for _ in range(200):
        client.get_data_loss_progress(SERVICE, PID, OID)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3000):
        client.get_data_loss_progress(SERVICE, PID, OID)
    prof.disable()
    print("== sync: 3000 x ServiceFabricClient.get_data_loss_progress (tottime)")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)

    async def fan() -> None:
        async with sfrest.AsyncServiceFabricClient(base) as aclient:
            calls = (
                aclient.get_data_loss_progress(SERVICE, PID, OID) for _ in range(200)
            )
            await asyncio.gather(*calls)
            prof = cProfile.Profile()
            prof.enable()
            calls = (
                aclient.get_data_loss_progress(SERVICE, PID, OID) for _ in range(1000)
            )
            await asyncio.gather(*calls)
            prof.disable()
        print("== async: 1000 concurrent AsyncServiceFabricClient polls (tottime)")
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)

    asyncio.run(fan())


# --------------------------------------------------------------------------- driver


def _worker(*args: str) -> Any:
    """Run `bench.py WORKER ARGS` in a subprocess; its JSON answer. Ended by pid on error."""
    proc = subprocess.Popen(
        [PY, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate()
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    if proc.returncode:
        raise SystemExit(f"worker {args[0]} failed:\n{err}")
    return json.loads(out)


def _stats(values: Sequence[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
    }


def _ratios(a: Sequence[float], b: Sequence[float]) -> dict[str, float]:
    return _stats([x / y for x, y in zip(a, b, strict=True)])


def _fmt(s: dict[str, float], spec: str = ".0f") -> str:
    return f"{s['median']:{spec}} ({s['min']:{spec}} to {s['max']:{spec}})"


def bench_percall(base: str, rounds: int, calls: int) -> dict[str, Any]:
    raw = _worker("percall", base, str(rounds), str(calls))
    return {
        "rounds": rounds,
        "calls": calls,
        "raw": raw,
        "us": {k: _stats(v) for k, v in raw.items()},
        "ratios": {
            "sfrest / httpx": _ratios(raw["sfrest"], raw["httpx"]),
            "sfrest, new id / httpx, new id": _ratios(
                raw["sfrest, new id"], raw["httpx, new id"]
            ),
            "azure-servicefabric / sfrest": _ratios(
                raw["azure-servicefabric"], raw["sfrest"]
            ),
            "sfrest / http.client": _ratios(raw["sfrest"], raw["http.client"]),
            "httpx / http.client": _ratios(raw["httpx"], raw["http.client"]),
        },
    }


def bench_fanout(base: str, rounds: int, polls: int, warmup: int) -> dict[str, Any]:
    raw: dict[str, list[dict[str, float]]] = {v: [] for v in FANOUT}
    for r in range(rounds):
        for variant in FANOUT[r % len(FANOUT) :] + FANOUT[: r % len(FANOUT)]:
            raw[variant].append(
                _worker("fanout", variant, base, str(polls), str(warmup))
            )
    rps = {v: [x["rps"] for x in raw[v]] for v in FANOUT}
    return {
        "rounds": rounds,
        "polls": polls,
        "warmup": warmup,
        "raw": raw,
        "rps": {v: _stats(rps[v]) for v in FANOUT},
        "rss_mib": {v: _stats([x["rss_mib"] for x in raw[v]]) for v in FANOUT},
        "ratios": {
            "sfrest / azure-32-threads": _ratios(
                rps["sfrest"], rps["azure-32-threads"]
            ),
            "sfrest / httpx-default": _ratios(rps["sfrest"], rps["httpx-default"]),
            "sfrest / httpx-100": _ratios(rps["sfrest"], rps["httpx-100"]),
        },
    }


def bench_imports(rounds: int) -> dict[str, Any]:
    # An installed wheel has bytecode; this checkout may not (PYTHONDONTWRITEBYTECODE):
    # compile ours as pip compiles site-packages, so no import is timed compiling.
    subprocess.run(
        [PY, "-m", "compileall", "-q", "src/sfrest", "generated/sfrest_generated"],
        cwd=ROOT,
        check=True,
    )
    raw: dict[str, list[float]] = {m: [] for m in IMPORTS}
    for r in range(rounds):
        for module in IMPORTS[r % len(IMPORTS) :] + IMPORTS[: r % len(IMPORTS)]:
            code = {"bare": "pass", "sfrest + first call": FIRST_CALL}.get(
                module, f"import {module}"
            )
            start = time.perf_counter()
            subprocess.run([PY, "-c", code], check=True)
            raw[module].append((time.perf_counter() - start) * 1000)
    net = {
        m: [x - b for x, b in zip(raw[m], raw["bare"], strict=True)]
        for m in IMPORTS
        if m != "bare"
    }
    return {
        "rounds": rounds,
        "raw": raw,
        "ms": {m: _stats(v) for m, v in net.items()},
        "bare_ms": _stats(raw["bare"]),
        "sfrest - httpx": _stats(
            [s - h for s, h in zip(net["sfrest"], net["httpx"], strict=True)]
        ),
        "loaded": _worker("modules"),
    }


def modules() -> None:
    """What `import sfrest` loads of ours, and whether pydantic and asyncio come with it."""
    before = set(sys.modules)
    import sfrest  # noqa: F401

    new = set(sys.modules) - before
    print(
        json.dumps(
            {
                "ours": sorted(m for m in new if m.startswith("sfrest")),
                "count": len(new),
                "pydantic": "pydantic" in new,
                "asyncio": "asyncio" in new,
            }
        )
    )


def bench_generate(rounds: int) -> dict[str, Any]:
    if not MAIN_VENV_PY.exists():
        return {"skipped": "no .venv with the generators (run `make install`)"}
    times = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="sfrest-bench-gen-") as tmp:
            start = time.perf_counter()
            subprocess.run(
                [str(MAIN_VENV_PY), "scripts/generate.py", "--out", f"{tmp}/generated"],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return {"rounds": rounds, "raw": times, "s": _stats(times)}


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def versions() -> dict[str, str]:
    from importlib.metadata import version

    names = (
        "httpx",
        "httpcore",
        "pydantic",
        "azure-servicefabric",
        "msrest",
        "requests",
    )
    return {name: version(name) for name in names}


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(target, what was measured, met) for each target of the issue."""
    pc, fo, im = results["percall"], results["fanout"], results["imports"]
    sync = pc["ratios"]["sfrest / httpx"]["median"]
    azure = pc["ratios"]["azure-servicefabric / sfrest"]["median"]
    fan_azure = fo["ratios"]["sfrest / azure-32-threads"]["median"]
    fan_httpx = fo["ratios"]["sfrest / httpx-default"]["median"]
    extra = im["sfrest - httpx"]["median"]
    last = results["waiting"]["results"][-1]
    late = max(r["late"] for r in results["waiting"]["results"])
    return [
        ("sync per-call <= 1.10x raw httpx", f"{sync:.2f}x", sync <= 1.10),
        ("sync per-call >= 2x faster than azure-servicefabric", f"{azure:.2f}x", azure >= 2),
        ("import sfrest <= import httpx + 40 ms", f"+{extra:.1f} ms", extra <= 40),
        ("fan-out >= 1.5x azure-servicefabric, 32 threads", f"{fan_azure:.2f}x", fan_azure >= 1.5),
        ("fan-out >= raw httpx.AsyncClient, defaults", f"{fan_httpx:.2f}x", fan_httpx >= 1),
        ("wait: <= 20 requests for a 60 s operation", str(last["requests"]), last["requests"] <= 20),
        ("wait: <= 2 s late (1 s, 10 s, 60 s)", f"{late:.2f} s at most", late <= 2),
    ]  # fmt: skip


def report(results: dict[str, Any]) -> list[str]:
    """The printed summary, in Markdown (also the core of docs/benchmarks.md)."""
    pc, fo, im, wt, gen = (
        results[k] for k in ("percall", "fanout", "imports", "waiting", "generate")
    )
    lines = [
        "## 1. Sync per-call: get_data_loss_progress on one keep-alive connection",
        "",
        (
            f"{pc['calls']} calls a round (azure-servicefabric {pc['calls'] // 2}), "
            f"{pc['rounds']} interleaved rounds in one process."
        ),
        "",
        "| client | µs per call: median (min to max) |",
        "|---|---|",
        *[f"| {k} | {_fmt(v)} |" for k, v in pc["us"].items()],
        "",
        "| ratio, within a round | median (min to max) |",
        "|---|---|",
        *[f"| {k} | {_fmt(v, '.2f')} |" for k, v in pc["ratios"].items()],
        "",
        f"## 2. Async fan-out: {fo['polls']} concurrent progress polls",
        "",
        (
            f"Each variant in its own process, after {fo['warmup']} warm-up polls; "
            f"{fo['rounds']} interleaved rounds."
        ),
        "",
        "| variant | requests/s: median (min to max) | peak RSS, MiB |",
        "|---|---|---|",
        *[f"| {v} | {_fmt(fo['rps'][v])} | {_fmt(fo['rss_mib'][v])} |" for v in FANOUT],
        "",
        "| ratio, within a round | median (min to max) |",
        "|---|---|",
        *[f"| {k} | {_fmt(v, '.2f')} |" for k, v in fo["ratios"].items()],
        "",
        "## 3. Import cost: a fresh interpreter, minus bare startup",
        "",
        f"{im['rounds']} interleaved rounds.",
        "",
        "| python -c | ms: median (min to max) |",
        "|---|---|",
        *[f"| {k} | {_fmt(v, '.1f')} |" for k, v in im["ms"].items()],
        f"| (bare startup, not subtracted) | {_fmt(im['bare_ms'], '.1f')} |",
        f"| sfrest minus httpx, within a round | {_fmt(im['sfrest - httpx'], '.1f')} |",
        "",
        (
            f"`import sfrest` loads {', '.join(im['loaded']['ours'])}; "
            f"pydantic: {'yes' if im['loaded']['pydantic'] else 'no'}, "
            f"asyncio: {'yes' if im['loaded']['asyncio'] else 'no'}."
        ),
    ]
    p = wt["policy"]
    lines += [
        "",
        f"## 4. wait(), default PollPolicy({p[0]}, x{p[1]}, up to {p[2]} s)",
        "",
        f"Injected clock, through {wt['via']}; deterministic.",
        "",
        (
            "| operation lasts | requests | late by | worst late, any completion up "
            "to then | mean late, completion uniform up to then |"
        ),
        "|---|---|---|---|---|",
        *[
            f"| {r['duration']:g} s | {r['requests']} | {r['late']:.2f} s "
            f"| {r['worst_late']:.2f} s | {r['mean_late']:.2f} s |"
            for r in wt["results"]
        ],
        "",
        "## 5. scripts/generate.py into a temporary --out",
        "",
        f"{_fmt(gen['s'], '.2f')} s wall, {gen['rounds']} rounds"
        if "s" in gen
        else gen["skipped"],
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        *[
            f"| {t} | {m} | {'yes' if ok else '**no**'} |"
            for t, m, ok in targets(results)
        ],
    ]
    return lines


def chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pc, fo, m = results["percall"], results["fanout"], results["machine"]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), dpi=110)

    def bars(ax: Any, stats: dict[str, dict[str, float]], unit: str) -> None:
        names = list(stats)
        med = [stats[n]["median"] for n in names]
        err = [
            [stats[n]["median"] - stats[n]["min"] for n in names],
            [stats[n]["max"] - stats[n]["median"] for n in names],
        ]
        colors = ["#1f6fb2" if n.startswith("sfrest") else "#a7b1bc" for n in names]
        labels = [LABELS.get(n, n) for n in names]
        ax.barh(labels, med, xerr=err, color=colors, capsize=3, ecolor="#444")
        for y, name in enumerate(names):  # the median, right of the whisker
            ax.text(
                stats[name]["max"],
                y,
                f"  {stats[name]['median']:,.0f} {unit}",
                va="center",
                fontsize=9,
            )
        ax.invert_yaxis()
        ax.set_xlim(0, max(stats[n]["max"] for n in names) * 1.35)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=9)

    bars(left, pc["us"], "µs")
    left.set_title("Sync: µs per get_data_loss_progress (lower is better)", fontsize=10)
    bars(right, fo["rps"], "req/s")
    right.set_title(
        f"Async: {fo['polls']} concurrent polls, requests/s (higher is better)",
        fontsize=10,
    )
    fig.suptitle(
        f"sfrest vs raw httpx vs azure-servicefabric 8.2 on loopback: {m['cpu']}, "
        f"{m['cores']} cores, Python {m['python']}. Bars: median; whiskers: min and max.",
        fontsize=9,
    )
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


LABELS = {
    "sfrest": "sfrest",
    "httpx-default": "httpx.AsyncClient, defaults",
    "httpx-100": "httpx.AsyncClient, 100 connections",
    "azure-32-threads": "azure-servicefabric, 32 threads",
}
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def write_docs(results: dict[str, Any], lines: list[str], command: str) -> None:
    """Chart, raw JSON and the figures between docs/benchmarks.md's bench markers."""
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    chart(results, docs / "benchmarks.png")
    (docs / "benchmarks.json").write_text(
        json.dumps(results, indent=1) + "\n", encoding="utf-8"
    )
    m = results["machine"]
    block = "\n".join(
        [
            BEGIN,
            f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}: {m['cpu']}, "
            f"{m['cores']} cores, Python {m['python']} ({m['platform']}); "
            + ", ".join(f"{k} {v}" for k, v in results["versions"].items())
            + f". The whole run took {results['seconds']:.0f} s. Raw figures: "
            "[benchmarks.json](benchmarks.json).",
            "",
            "![per-call cost and fan-out throughput](benchmarks.png)",
            "",
            *[line.replace("## ", "### ", 1) for line in lines],
            END,
        ]
    )
    path = docs / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = f"# Benchmarks\n\n{block}\n" + text
    path.write_text(text, encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    quick = args.quick
    results: dict[str, Any] = {"machine": machine(), "versions": versions()}
    began = time.perf_counter()
    with Server() as base:
        print(f"server on {base} (pid {os.getpid()} is the benchmark)", flush=True)
        print("1. sync per-call ...", flush=True)
        results["percall"] = bench_percall(base, 3 if quick else 7, 1000)
        print("2. async fan-out ...", flush=True)
        results["fanout"] = bench_fanout(base, 2 if quick else 3, 1000, 100)
    print("3. import cost ...", flush=True)
    results["imports"] = bench_imports(3 if quick else 9)
    print("4. wait() ...", flush=True)
    results["waiting"] = _worker("waiting")
    print("5. scripts/generate.py ...", flush=True)
    results["generate"] = bench_generate(1 if quick else 3)
    results["seconds"] = time.perf_counter() - began
    lines = report(results)
    print()
    print("\n".join(lines))
    print(f"\n(total {results['seconds']:.0f} s)")
    if not args.no_write:
        command = (
            "make bench"
            if os.environ.get("MAKELEVEL")
            else "python scripts/bench.py " + " ".join(sys.argv[1:])
        ).strip()
        write_docs(results, lines, command)
        print("wrote docs/benchmarks.md, docs/benchmarks.json, docs/benchmarks.png")
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in WORKERS:
        WORKERS[sys.argv[1]](*sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    # SIGTERM unwinds like Ctrl-C, so `with Server()` stops the server either way
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    return run(args)


def _profile(base: str | None = None) -> None:
    if base is not None:
        profile(base)
        return
    with Server() as url:
        profile(url)


WORKERS: dict[str, Callable[..., None]] = {
    "serve": serve,
    "percall": lambda base, rounds, calls: percall(base, int(rounds), int(calls)),
    "fanout": lambda variant, base, polls, warmup: fanout(
        variant, base, int(polls), int(warmup)
    ),
    "waiting": waiting,
    "modules": modules,
    "profile": _profile,
}

if __name__ == "__main__":
    sys.exit(main())
