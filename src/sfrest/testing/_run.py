"""`sfrest emulator`: build an Emulator from the command line's options and serve it on
this thread until Ctrl-C (run, run_options); the top of sfrest.testing."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping, Sequence

from ._discovery import path_id
from ._emulator import DEFAULT_RUNTIME_VERSION, Emulator
from ._server import EmulatorServer
from ._state import target_key
from ._topology import Topology

log = logging.getLogger("sfrest.testing")


def banner(server: EmulatorServer) -> str:
    """What run() prints: the URL and the names tests and demos need."""
    emulator = server.emulator
    assert isinstance(emulator, Emulator)
    lines = [
        f"sfrest emulator listening on {server.url} "
        + f"(runtime {emulator.runtime_version}; Ctrl-C to stop)"
    ]
    for service in emulator.topology.services():
        kind = "stateful" if service.stateful else "stateless"
        lines.append(f"  {service.name}  ({kind}; path id {path_id(service.name)})")
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


_FAULT_VALUES: dict[str, Callable[[str], object]] = {
    "target": str,
    "kind": str,
    "error_code": int,
    "state": str,
    "failure_code": str,
    "message": str,
    "times": lambda text: None if text == "always" else int(text),
}
"""--fault's keys: inject_fault's arguments, read from text (times=always: None)."""
_ERROR_VALUES: dict[str, Callable[[str], object]] = {
    "status": int,
    "code": str,
    "operation": str,
    "times": _FAULT_VALUES["times"],
}
"""--fault's keys when it has status=: inject_error's arguments (an HTTP error answer)."""


def _pairs(option: str, text: str) -> list[tuple[str, str]]:
    pairs = [item.partition("=") for item in text.split(",")]
    if not all(key.strip() and sep for key, sep, _ in pairs):
        raise ValueError(f"{option} {text!r}: expected KEY=VALUE[,KEY=VALUE...]")
    return [(key.strip(), value.strip()) for key, _, value in pairs]


def emulator_from_options(
    topology: str | None = None,
    durations: Sequence[str] = (),
    faults: Sequence[str] = (),
    runtime_version: str | None = None,
    seed: int = 0,
) -> Emulator:
    """The Emulator that `sfrest emulator`'s options describe, each as its text:
    --topology FILE (Topology.load), --duration KIND=SECONDS[,...], --fault KEY=VALUE[,...]
    (inject_fault's arguments, or inject_error's with status=; times=always for every
    match), --runtime-version and --seed (Chaos's draws). ValueError, one line, for a bad one."""
    try:
        cluster = Topology.load(topology) if topology else None
    except OSError as exc:
        raise ValueError(f"cannot read --topology {topology}: {exc.strerror}") from None
    seconds: dict[str, float] = {}
    for kind, value in (
        pair for text in durations for pair in _pairs("--duration", text)
    ):
        try:
            seconds[kind] = float(value)
        except ValueError:
            raise ValueError(f"--duration {kind}={value}: not seconds") from None
    emulator = Emulator(
        cluster,
        durations=seconds,
        runtime_version=runtime_version or DEFAULT_RUNTIME_VERSION,
        seed=seed,
    )
    known = {node.name for node in emulator.topology.nodes}
    for service in emulator.topology.services():
        known |= {service.name, *(str(p.id) for p in service.partitions)}
    for text in faults:
        fault = dict(_pairs("--fault", text))
        try:
            keys = _ERROR_VALUES if "status" in fault else _FAULT_VALUES
            if not set(fault) <= set(keys):
                raise ValueError(f"the keys are {', '.join(keys)}")
            if "target" in fault and target_key(fault["target"]) not in known:
                raise ValueError(f"no partition, service or node {fault['target']}")
            inject = (
                emulator.inject_error if "status" in fault else emulator.inject_fault
            )
            inject(**{k: keys[k](v) for k, v in fault.items()})  # type: ignore[arg-type]
        except ValueError as exc:
            raise ValueError(f"--fault {text!r}: {exc}") from None
    return emulator


def run_options(
    host: str,
    port: int,
    topology: str | None = None,
    durations: Sequence[str] = (),
    faults: Sequence[str] = (),
    runtime_version: str | None = None,
    seed: int = 0,
) -> None:
    """`sfrest emulator`: run() the emulator_from_options(); ValueError, one line, for a
    bad option or an address it cannot serve on."""
    emulator = emulator_from_options(topology, durations, faults, runtime_version, seed)
    try:
        run(host, port, emulator=emulator)
    except (OSError, OverflowError) as exc:
        raise ValueError(f"cannot serve on {host}:{port}: {exc}") from None
