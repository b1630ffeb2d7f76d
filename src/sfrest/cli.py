"""The sfrest command line: every operation of the spec as a command, sfctl's names and flags.

    sfrest partition data-loss --service-id fabric:/app/svc --partition-id PID \\
        --data-loss-mode PartialDataLoss --wait
    sfrest cluster operation-list --state-filter Running,Completed
    sfrest emulator --port 19080

Output is JSON on stdout (-o table, tsv or yaml; --query JMESPATH first). Exit codes: 0
success (Completed / Success), 1 the operation ended Faulted, Cancelled, ForceCancelled,
Failure or Timeout, 2 a bad argument, 3 an error answer or no answer from the gateway,
4 --wait-timeout passed, 5 no such node, application, service or partition (the gateway
answered 204; stdout says null), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import difflib
import enum
import functools
import importlib
import json
import logging
import math
import operator
import os
import re
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, NamedTuple, TextIO

import sfrest
from sfrest._operation import state_of

EXIT_OK, EXIT_UNSUCCESSFUL, EXIT_USAGE, EXIT_ERROR, EXIT_WAIT_TIMEOUT = 0, 1, 2, 3, 4
EXIT_NOT_FOUND = 5
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
SUCCESS_STATES = frozenset({"Completed", "Success"})


class Option(NamedTuple):
    """One flag of a command: an argument of the client method."""

    name: str
    required: bool
    help: str
    kind: str
    """str, int, bool, choice, flags or json."""
    choices: tuple[str, ...]
    flags: type[enum.IntFlag] | None
    dest: str = ""
    """The method argument the flag sets, when it is not the flag's own (x-cli-flags)."""
    keys: tuple[str, ...] = ()
    """The wire names of the nested property of dest the flag sets (x-cli-flags)."""
    negate: bool = False
    """A switch that sets its boolean property false."""


class Command(NamedTuple):
    """One command of a generated table (sfrest_generated.commands)."""

    group: str
    command: str
    method: str
    help: str
    waits: bool
    pages: tuple[str, str] | None
    """x-pageable: the token argument, and the client's iterator over every page."""
    options: tuple[Option, ...]
    warning: str = ""
    """What the command does that cannot be undone (x-irreversible)."""
    follow: tuple[str, str, dict[str, str]] | None = None
    """x-cli-follow: the argument asked again from, the item's time, what ends it."""
    key: str = ""
    """x-idempotency-key: the start's GUID argument (the command line picks one if not given)."""


_EXIT_CODES = __doc__.split("\n\n")[-1].split("Exit codes: ", 1)[1]


def _json(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return _named(value.model_dump(mode="json", by_alias=True, exclude_none=True))
    if isinstance(value, list):
        return [_json(item) for item in value]
    return value


def _named(data: Any) -> Any:
    """The data, with ErrorCodeName (E_FAIL (0x80004005)) beside every nonzero ErrorCode."""
    if isinstance(data, list):
        return [_named(item) for item in data]
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        out[key] = _named(value)
        if key == "ErrorCode" and isinstance(value, int) and value:
            out["ErrorCodeName"] = sfrest.hresult_name(value)
    return out


def _state(progress: Any) -> str:
    return state_of(progress) or "Unknown"


class _ProgressPrinter:
    """A live line on a terminal; one plain line per state change otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream, self._live = stream, stream.isatty()
        self._start, self._last = time.monotonic(), ""

    def __call__(self, progress: Any) -> None:
        state, elapsed = _line(_state(progress)), time.monotonic() - self._start
        if self._live:
            self._stream.write(f"\r\x1b[K{state}  {elapsed:5.1f}s")
        elif state != self._last:
            self._stream.write(f"{state} after {elapsed:.1f}s\n")
        self._stream.flush()
        self._last = state

    def done(self) -> None:
        if self._live:
            self._stream.write("\n")


def _line(text: str) -> str:
    """One line of text from anything, a hostile server's message included: control
    characters (newlines, terminal escapes) are shown escaped, never sent to the terminal."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def _say(stream: TextIO, text: str) -> None:
    """One line on stream (stderr), escaped by _line: whatever part of it came from the server."""
    stream.write(f"{_line(text)}\n")


# the columns a person reads first, when an item has them; the others follow in order
_FIRST = ("Done", "TimeStampUtc", "Kind", "Name", "Id", "OperationId", "PartitionId", "NodeName",
          "State", "Status", "NodeStatus", "ReplicaStatus", "HealthState",
          "AggregatedHealthState", "ReplicaRole", "Type", "ServiceKind", "TypeName",
          "InstanceId", "Reason", "Faults")  # fmt: skip


def _flat(value: Any, key: str = "") -> dict[str, str]:
    """A value as one table row, nested keys named as JMESPath does (Health.State, Events[0]);
    a list of plain values is one cell, and a wrapper of one object (ChaosEvent) is left out."""
    if isinstance(value, dict) and len(value) == 1 and not key:
        (inner,) = value.values()
        if isinstance(inner, dict):
            return _flat(inner)
    if isinstance(value, dict) and value:
        items = {f"{key}.{_line(k)}" if key else _line(k): v for k, v in value.items()}
        first = [k for k in _FIRST if k in value] if not key else []
        items = {
            **{k: value[k] for k in first},
            **{k: v for k, v in items.items() if k not in first},
        }
    elif (
        isinstance(value, list)
        and value
        and key
        and not any(isinstance(v, dict | list) for v in value)
    ):
        return {
            key: "; ".join(
                _line(v if isinstance(v, str) else json.dumps(v)) for v in value
            )
        }
    elif isinstance(value, list) and value:
        items = {f"{key}[{i}]": v for i, v in enumerate(value)}
    else:
        return {key: _line(value if isinstance(value, str) else json.dumps(value))}
    return {name: text for k, v in items.items() for name, text in _flat(v, k).items()}


def _event(row: dict[str, str]) -> dict[str, str]:
    """An event's row (Chaos events: an item with TimeStampUtc and Kind): its time, its
    kind and what happened: the Faults or the Reason, then its other fields, named."""
    time, kind = row.pop("TimeStampUtc"), row.pop("Kind")
    what = [row.pop(key) for key in ("Faults", "Reason") if key in row]
    what += [f"{key.split('.', 1)[-1]}={value}" for key, value in row.items()]
    return {"TimeStampUtc": time, "Kind": kind, "What": " ".join(what)}


def _table(data: Any, separator: str = "  ") -> str:
    """A list as a table (a column per key, a row per item); anything else as key-value lines.
    separator "\t": tab-separated values, a header and a row per item, no padding."""
    if data == []:
        return ""
    if isinstance(data, list):
        rows = [_flat(item) for item in data]
        if all("TimeStampUtc" in row and "Kind" in row for row in rows):
            rows = [_event(row) for row in rows]
        columns = list(dict.fromkeys(key for row in rows for key in row))
        cells = [[row.get(column, "") for column in columns] for row in rows]
        if all(
            isinstance(item, list) for item in data
        ):  # rows a --query made: no header
            columns = [""]
        if columns != [""]:  # not a list of plain values
            rule = (
                [["-" * len(column) for column in columns]] if separator != "\t" else []
            )
            cells[:0] = [columns, *rule]
    else:
        flat = _flat(data)
        cells = (
            [[v] for v in flat.values()]
            if list(flat) == [""]
            else [list(kv) for kv in flat.items()]
        )
    if separator == "\t":
        return "\n".join("\t".join(row) for row in cells)
    widths = [max(map(len, column)) for column in zip(*cells, strict=True)]
    return "\n".join(
        separator.join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )


def _render(data: Any, output: str) -> str:
    if output == "yaml":
        import yaml

        return yaml.safe_dump(data, sort_keys=False)
    if output in ("table", "tsv"):
        text = _table(data, "\t" if output == "tsv" else "  ")
        return text + "\n" if text else ""  # an empty list prints nothing
    return json.dumps(data, indent=2) + "\n"


class _EscapedFormatter(logging.Formatter):
    """--debug's lines, escaped by _line as every other line (a URL holds what the server named)."""

    def format(self, record: logging.LogRecord) -> str:
        return _line(super().format(record))


class _Parser(argparse.ArgumentParser):
    """A command's parser: an unknown flag is named with the closest valid one under this
    command's usage, before a missing required flag can hide it (exit 2)."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A group, command or choice not in the list: named with the closest one."""
        choices = action.choices
        if choices is not None and value not in choices:
            close = difflib.get_close_matches(
                str(value), [str(c) for c in choices], n=1
            )
            if close:
                what = (
                    "invalid command"
                    if isinstance(action, argparse._SubParsersAction)
                    else f"argument {argparse._get_action_name(action)}: invalid choice"
                )
                self.error(f"{what} {value!r}; did you mean {close[0]!r}?")
        super()._check_value(action, value)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        known = self._option_string_actions
        for flag in (a.split("=", 1)[0] for a in args or () if a.startswith("--")):
            if self._subparsers is None and flag != "--" and flag not in known:
                close = difflib.get_close_matches(flag, known, n=1)
                hint = f"; did you mean {close[0]}?" if close else ""
                self.error(f"unrecognized argument {flag}{hint}")
        return super().parse_known_args(args, namespace)


class _Stopped(Exception):
    """--wait ended without a terminal state: the exit code and what to tell the user."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code


class _Terminated(KeyboardInterrupt):
    """SIGTERM (what a CI job's cancel sends), handled as Ctrl-C is."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def _cancel_hint(operation_id: object) -> str:
    return (
        f"; cancel it with: sfrest cluster operation-cancel --operation-id {operation_id}"
        if operation_id
        else ""
    )


def _interrupted(
    exc: KeyboardInterrupt,
    operation_id: str | None,
    cancel: Callable[[], object] | None,
) -> _Stopped:
    """What an interrupted command says (one line) and its exit code: 130 for Ctrl-C, 143
    for SIGTERM; the OperationId of a Start* already sent, cancelled when cancel is given."""
    code, what = (
        (EXIT_TERMINATED, "terminated")
        if isinstance(exc, _Terminated)
        else (EXIT_INTERRUPTED, "interrupted")
    )
    if operation_id is None:
        return _Stopped(code, what)
    if cancel is None:
        return _Stopped(
            code,
            f"{what}, operation {operation_id} goes on{_cancel_hint(operation_id)}",
        )
    try:
        cancel()
    except sfrest.SFRestError as error:  # never started, or the gateway is gone
        return _Stopped(
            code,
            f"{what}; cancelling {operation_id} failed: {type(error).__name__}: {error}",
        )
    return _Stopped(code, f"{what}; cancelled {operation_id}")


def _started(operation: Any, args: argparse.Namespace, stderr: TextIO) -> Any:
    """The command's result for a started operation: its id, or with --wait its final
    progress (with the OperationId of a fault operation)."""
    operation_id = getattr(operation, "operation_id", None)
    if not args.wait:
        return (
            {"OperationId": str(operation_id)} if operation_id else {"Accepted": True}
        )
    if operation_id:
        _say(stderr, f"OperationId {operation_id}")
    printer = _ProgressPrinter(stderr)
    try:
        progress = operation.wait(
            timeout=args.wait_timeout,
            poll_interval=args.poll_interval,
            on_progress=printer,
        )
    except sfrest.WaitTimeoutError as exc:
        state = _state(exc.last_progress)
        raise _Stopped(
            EXIT_WAIT_TIMEOUT,
            f"still {state} when --wait-timeout passed{_cancel_hint(operation_id)}",
        ) from None
    finally:
        printer.done()
    result = _json(progress)
    return {"OperationId": str(operation_id), **result} if operation_id else result


def _flags(cls: type[enum.IntFlag]) -> Callable[[str], int]:
    """An argparse type: a number, or member names joined by commas (Running,Completed)."""

    def key(name: str) -> str:
        return name.strip().replace("_", "").lower()

    members = {key(m.name or ""): m for m in cls}

    def parse(text: str) -> int:
        if text.isdigit():
            return int(text)
        wrong = [n for n in text.split(",") if key(n) not in members]
        if wrong:
            close = difflib.get_close_matches(key(wrong[0]), members, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            raise argparse.ArgumentTypeError(
                f"{text!r}: give a number or names from {', '.join(members)}{hint}"
            )
        return int(
            functools.reduce(operator.or_, (members[key(n)] for n in text.split(",")))
        )

    return parse


def _method_arguments(command: Command, args: argparse.Namespace) -> dict[str, Any]:
    """The method's arguments from the parsed flags; a flag of a nested property
    (x-cli-flags) sets it in its argument's object, after that argument's own flag."""
    kwargs: dict[str, Any] = {}
    for option in sorted(command.options, key=lambda o: bool(o.dest)):
        value = getattr(args, option.name)
        if value is None:
            continue
        value = not value if option.negate else value
        if not option.dest:
            kwargs[option.name] = value
            continue
        *parents, last = (option.dest, *option.keys)
        holder = kwargs
        for key in parents:
            holder[key] = dict(holder[key]) if isinstance(holder.get(key), dict) else {}
            holder = holder[key]
        holder[last] = value
    return kwargs


def _path(item: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        item = item.get(key) if isinstance(item, dict) else None
    return item


def _follow(
    client: Any,
    command: Command,
    kwargs: dict[str, Any],
    args: argparse.Namespace,
    out: TextIO,
) -> int:
    """--follow (x-cli-follow): every item, then the new ones as they come, one line each,
    until an item says it is the last; Ctrl-C ends it quietly (exit 0)."""
    assert command.follow is not None and command.pages is not None
    parameter, time_path, until = command.follow
    iterate = getattr(client, command.pages[1])
    seen: set[str] = set()
    asked = dict(kwargs)
    try:
        while True:
            for item in iterate(
                **asked, timeout=args.timeout, api_version=args.api_version
            ):
                data = _json(item)
                key = json.dumps(data, sort_keys=True)
                if key in seen:
                    continue
                seen.add(key)
                if args.output == "json":  # JSON lines
                    out.write(json.dumps(data) + "\n")
                elif args.output == "yaml":  # a YAML stream
                    out.write("---\n" + _render(data, "yaml"))
                else:  # the item's table row
                    out.write(_render([data], args.output).splitlines()[-1] + "\n")
                out.flush()
                asked[parameter] = _path(data, time_path) or asked.get(parameter)
                if all(_path(data, k) == v for k, v in until.items()):
                    return EXIT_OK
            time.sleep(1.0)
    except KeyboardInterrupt as exc:
        if isinstance(exc, _Terminated):  # SIGTERM: 143, as everywhere
            raise
        return EXIT_OK


def _flag_names(text: str, command: Command | None) -> str:
    """A client's message in the command line's words: partition_id is --partition-id."""
    if command is None:
        return text
    names = ["timeout", "api_version", *(o.name for o in command.options if not o.dest)]
    for name in names:
        flag = "--" + name.replace("_", "-")
        text = re.sub(rf"\b{name}\b" if "_" in name else rf"^{name}\b", flag, text)
    return text


def _boolean(text: str) -> bool:
    """A switch's optional value, as sfctl users write it: --force-remove=true."""
    value = {"true": True, "false": False}.get(text.lower())
    if value is None:
        raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")
    return value


def _add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    kwargs: dict[str, Any] = {"required": option.required, "help": option.help}
    if option.kind == "bool":  # a switch, or sfctl's --force-remove=true
        kwargs.update(nargs="?", const=True, type=_boolean, metavar="true|false")
    elif option.kind == "choice":
        kwargs["choices"] = option.choices
    elif option.kind == "flags" and option.flags is not None:
        names = ", ".join(m.name or "" for m in option.flags)
        kwargs.update(type=_flags(option.flags), metavar="MASK")
        kwargs["help"] += f" (a number, or names from {names})"
    else:
        kwargs["type"] = {"int": int, "json": _json_value}.get(option.kind, str)
    parser.add_argument("--" + option.name.replace("_", "-"), **kwargs)


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    env = os.environ.get
    for title, flags in (
        ("connection", (
            ("--endpoint", {"default": env("SFREST_ENDPOINT", "http://localhost:19080")},
             "the gateway (default: $SFREST_ENDPOINT, else http://localhost:19080)"),
            ("--cert", {}, "client certificate (PEM)"),
            ("--key", {}, "client certificate's key (PEM)"),
            ("--ca", {}, "CA bundle that signed the gateway's certificate"),
            ("--no-verify", {"action": "store_true"}, "do not verify the gateway's certificate"),
            ("--token", {"default": env("SFREST_TOKEN")}, "bearer token (default: $SFREST_TOKEN)"),
            ("-t --timeout", {"type": int}, "server timeout in seconds (1..4294967295, default 60)"),
            ("--api-version", {}, "api-version to send instead of the operation's default"),
        )),
        ("output", (
            ("-o --output", {"choices": ("json", "table", "tsv", "yaml"), "default": "json"},
             ("json (default), table (a row per item, nested keys dotted), tsv (the table's"
             " cells, tab-separated, for cut and awk) or yaml")),
            ("--query", {}, "a JMESPath expression (sfctl's --query) applied before output"),
            ("--debug", {"action": "store_true"},
             "each request and answer on stderr: method, URL, status, elapsed"),
        )),
    ):  # fmt: skip
        group = common.add_argument_group(title)
        for names, kwargs, text in flags:
            group.add_argument(*names.split(), help=text, **kwargs)
    return common


def _seconds(text: str) -> float:
    """An argparse type: a finite number of seconds above 0."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value < math.inf:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _json_value(text: str) -> Any:
    """An argparse type: a JSON value (nested too deep is as bad as malformed)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {type(exc).__name__}") from None


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


_WAIT_FLAGS: tuple[tuple[str, dict[str, Any], str], ...] = (
    ("--wait", {"action": "store_true"}, "poll until a terminal state"),
    ("--wait-timeout", {"type": _seconds}, "give up waiting after SECONDS"),
    ("--poll-interval", {"type": _seconds}, "poll every SECONDS (default 0.5 growing to 3.85)"),
    ("--cancel-on-interrupt", {"action": "store_true"},
     "on Ctrl-C or SIGTERM, cancel the fault operation before exiting"),
)  # fmt: skip
_EMULATOR_FLAGS: tuple[tuple[str, dict[str, Any], str], ...] = (
    ("--host", {"default": "127.0.0.1"}, "address to listen on"),
    ("--port", {"type": _port, "default": 19080}, "port to listen on, 0 to 65535 (0: any free one)"),
    ("--topology", {"metavar": "FILE"}, "the cluster, from a JSON or YAML file (see the README)"),
    ("--duration", {"action": "append", "default": [], "metavar": "KIND=SECONDS"},
     ("seconds a kind of operation takes, repeatable (default 2, RollingBack 1): PartitionDataLoss,"
      " PartitionQuorumLoss, PartitionRestart, NodeTransition, Backup, Restore, RollingBack")),
    ("--fault", {"action": "append", "default": [], "metavar": "KEY=VALUE,..."},
     ("the next matching operation fails, repeatable: kind=KIND, target=PARTITION|SERVICE|NODE,"
      " error_code=NEGATIVE_HRESULT, state=Failure|Timeout (backup/restore), times=N|always;"
      " or, with status=4xx|5xx, the next matching request gets that HTTP error:"
      " status=, code=FABRIC_E_..., operation=OPERATION_ID, times=")),
    ("--runtime-version", {}, "the newest api-version accepted (default 9.1)"),
    ("--seed", {"type": int, "default": 0}, "what Chaos's draws start from (default 0): the same seed, the same faults"),
)  # fmt: skip


def build_parser(commands: ModuleType | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command of a generated table (sfrest_generated.commands)."""
    table = commands or importlib.import_module("sfrest_generated.commands")
    parser = _Parser(
        prog="sfrest",
        allow_abbrev=False,
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[-1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"sfrest {sfrest.__version__}"
    )
    common = _common_parser()
    groups = parser.add_subparsers(dest="group", required=True, parser_class=_Parser)
    subparsers: dict[str, Any] = {"": groups}
    for command in table.COMMANDS:
        words: list[str] = [command.group, *command.command.split()]
        *path, leaf = words
        for depth in range(
            1, len(path) + 1
        ):  # a group, then a subgroup (chaos schedule)
            name = " ".join(path[:depth])
            if name not in subparsers:
                subparsers[name] = (
                    subparsers[" ".join(path[: depth - 1])]
                    .add_parser(
                        path[depth - 1], help=f"{name} commands", allow_abbrev=False
                    )
                    .add_subparsers(dest=f"command{depth}", required=True)
                )
        command_parser = subparsers[" ".join(path)].add_parser(
            leaf,
            help=command.help,
            description=command.help
            + (f" Cannot be undone: {command.warning}" if command.warning else ""),
            epilog=f"exit codes: {_EXIT_CODES}",
            parents=[common],
            allow_abbrev=False,
        )
        command_parser.set_defaults(run=command)
        for option in command.options:
            _add_option(command_parser, option)
        for flag, kwargs, text in _WAIT_FLAGS if command.waits else ():
            command_parser.add_argument(flag, help=text, **kwargs)
        if command.follow:
            command_parser.add_argument(
                "--follow",
                action="store_true",
                help="print items as they come until "
                + ", ".join(f"{k} is {v}" for k, v in command.follow[2].items())
                + " (Ctrl-C ends it quietly)",
            )
    emulator = groups.add_parser(
        "emulator",
        help="run the Service Fabric emulator on loopback",
        allow_abbrev=False,
    )
    for flag, kwargs, text in _EMULATOR_FLAGS:
        emulator.add_argument(flag, help=text, **kwargs)
    emulator.set_defaults(run=None)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    commands: ModuleType | None = None,
) -> int:
    """Run one command; returns the exit code. commands: a generated command table
    (default sfrest_generated.commands), whose CLIENT class is called."""
    table = commands or importlib.import_module("sfrest_generated.commands")
    out, err = stdout or sys.stdout, stderr or sys.stderr
    args = build_parser(table).parse_args(argv)
    command: Command | None = args.run
    log, debug = logging.getLogger("sfrest"), logging.StreamHandler(err)
    level = log.level
    if getattr(args, "debug", False):  # the client's own log: a line per attempt
        debug.setFormatter(_EscapedFormatter("sfrest: debug: %(message)s"))
        debug.addFilter(lambda record: record.name == "sfrest")  # not sfrest.testing
        log.addHandler(debug)
        log.setLevel(logging.DEBUG)
    on_main_thread = threading.current_thread() is threading.main_thread()
    sigterm = signal.signal(signal.SIGTERM, _terminate) if on_main_thread else None
    # Ctrl-C (SIGINT) is KeyboardInterrupt even when a shell started us in the background
    # with SIGINT ignored (`sfrest emulator &`, then `kill -INT`)
    sigint = (
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if on_main_thread
        else None
    )
    try:
        if command is None:
            from sfrest.testing._run import run_options

            options = (
                args.topology,
                args.duration,
                args.fault,
                args.runtime_version,
                args.seed,
            )
            run_options(args.host, args.port, *options)
            return EXIT_OK
        kwargs = _method_arguments(command, args)
        if command.key:  # chosen here, so an interrupted start can still be named
            kwargs.setdefault(command.key, str(uuid.uuid4()))
        verify: bool | str = False if args.no_verify else (args.ca or True)
        if args.query:
            import jmespath

            query = jmespath.compile(args.query)
        with table.CLIENT(
            args.endpoint,
            token=args.token,
            cert=args.cert,
            key=args.key,
            verify=verify,
        ) as client:
            call = functools.partial(
                getattr(client, command.method),
                timeout=args.timeout,
                api_version=args.api_version,
            )
            if getattr(args, "follow", False):
                return _follow(client, command, kwargs, args, out)
            try:
                if command.pages and command.pages[0] not in kwargs:  # every page
                    iterate = getattr(client, command.pages[1])
                    result = list(
                        iterate(
                            **kwargs, timeout=args.timeout, api_version=args.api_version
                        )
                    )
                else:
                    result = call(**kwargs)
                if command.waits:
                    result = _started(result, args, err)
            except KeyboardInterrupt as exc:
                operation_id = str(kwargs[command.key]) if command.key else None
                cancel = (
                    functools.partial(client.cancel_operation, operation_id)
                    if operation_id and args.cancel_on_interrupt
                    else None
                )
                raise _interrupted(exc, operation_id, cancel) from None
        if result is None and not command.method.startswith("get_"):  # no body
            done = {k.title().replace("_", ""): v for k, v in kwargs.items()}
            result = {"Done": f"{command.group} {command.command}", **done}
        data = _json(result)
        out.write(_render(query.search(data) if args.query else data, args.output))
        if result is None:  # a Get*Info's 204: nothing of that name or id
            given = _flag_names(
                ", ".join(f"{k} {v}" for k, v in kwargs.items()), command
            )
            _say(
                err, f"sfrest: {command.group} {command.command}: none found ({given})"
            )
            return EXIT_NOT_FOUND
    except (
        ValueError,
        RecursionError,
    ) as exc:  # InvalidArgumentError, JMESPath's, emulator options
        _say(err, f"sfrest: error: {_flag_names(' '.join(str(exc).split()), command)}")
        return EXIT_USAGE
    except _Stopped as exc:
        _say(err, f"sfrest: {exc}")
        return exc.code
    except KeyboardInterrupt as exc:  # before or after the client's work
        stopped = _interrupted(exc, None, None)
        _say(err, f"sfrest: {stopped}")
        return stopped.code
    except sfrest.FabricError as exc:
        message = f": {exc.message}" if exc.message else ""
        _say(err, f"sfrest: {exc.status_code} {exc.code or '-'}{message}")
        return EXIT_ERROR
    except sfrest.SFRestError as exc:
        where = "" if args.endpoint in str(exc) else f" ({args.endpoint})"
        _say(err, f"sfrest: {type(exc).__name__}: {exc}{where}")
        return EXIT_ERROR
    finally:
        log.removeHandler(debug)
        log.setLevel(level)
        if on_main_thread:  # last: a signal from here on is the caller's to handle
            signal.signal(signal.SIGTERM, sigterm)
            signal.signal(signal.SIGINT, sigint)
    if command.waits and args.wait:
        states = {data.get(k) for k in ("State", "BackupState", "RestoreState")}
        return EXIT_OK if states & SUCCESS_STATES else EXIT_UNSUCCESSFUL
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
