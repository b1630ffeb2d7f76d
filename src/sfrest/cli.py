"""The sfrest command line: every operation of the spec as a command, sfctl's names and flags.

    sfrest partition data-loss --service-id fabric:/app/svc --partition-id PID \\
        --data-loss-mode PartialDataLoss --wait
    sfrest cluster operation-list --state-filter Running,Completed
    sfrest emulator --port 19080

Output is JSON on stdout. Exit codes: 0 success (Completed / Success), 1 the operation
ended Faulted, Cancelled, ForceCancelled, Failure or Timeout, 2 a bad argument, 3 an
error answer or no answer from the gateway, 4 --wait-timeout passed.
"""

from __future__ import annotations

import argparse
import enum
import functools
import importlib
import json
import operator
import os
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, NamedTuple, TextIO

import sfrest
from sfrest._operation import state_of

EXIT_OK, EXIT_UNSUCCESSFUL, EXIT_USAGE, EXIT_ERROR, EXIT_WAIT_TIMEOUT = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130
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


class Command(NamedTuple):
    """One command of a generated table (sfrest_generated.commands)."""

    group: str
    command: str
    method: str
    help: str
    waits: bool
    pages: tuple[str, str, str] | None
    """x-pageable: the token argument, the page's items and next-token attributes."""
    options: tuple[Option, ...]


def _json(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, list):
        return [_json(item) for item in value]
    return value


def _state(progress: Any) -> str:
    return state_of(progress) or "Unknown"


class _ProgressPrinter:
    """A live line on a terminal; one plain line per state change otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self._stream, self._live = stream, stream.isatty()
        self._start, self._last = time.monotonic(), ""

    def __call__(self, progress: Any) -> None:
        state, elapsed = _state(progress), time.monotonic() - self._start
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


class _Stopped(Exception):
    """--wait ended without a terminal state: the exit code and what to tell the user."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(text)
        self.code = code


def _started(operation: Any, args: argparse.Namespace, stderr: TextIO) -> Any:
    """The command's result for a started operation: its id, or with --wait its final
    progress (with the OperationId of a fault operation)."""
    operation_id = getattr(operation, "operation_id", None)
    if not args.wait:
        return (
            {"OperationId": str(operation_id)} if operation_id else {"Accepted": True}
        )
    if operation_id:
        stderr.write(f"OperationId {operation_id}\n")
    cancel = (
        f"; cancel it with: sfrest cluster operation-cancel --operation-id {operation_id}"
        if operation_id
        else ""
    )
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
            EXIT_WAIT_TIMEOUT, f"still {state} when --wait-timeout passed{cancel}"
        ) from None
    except KeyboardInterrupt:
        if operation_id and args.cancel_on_interrupt:
            operation.cancel()
            raise _Stopped(
                EXIT_INTERRUPTED, f"interrupted; cancelled {operation_id}"
            ) from None
        raise _Stopped(
            EXIT_INTERRUPTED, f"interrupted, the operation goes on{cancel}"
        ) from None
    finally:
        printer.done()
    result = _json(progress)
    return {"OperationId": str(operation_id), **result} if operation_id else result


def _all_pages(
    call: Callable[..., Any], kwargs: dict[str, Any], page: Any, command: Command
) -> list[Any]:
    """Every page's items, following the continuation token from the first page on."""
    assert command.pages is not None
    token, items, next_token = command.pages
    found: list[Any] = []
    while True:
        found += getattr(page, items) or []
        if not getattr(page, next_token):
            return found
        page = call(**kwargs, **{token: getattr(page, next_token)})


def _flags(cls: type[enum.IntFlag]) -> Callable[[str], int]:
    """An argparse type: a number, or member names joined by commas (Running,Completed)."""
    members = {(m.name or "").replace("_", "").lower(): m for m in cls}

    def parse(text: str) -> int:
        if text.isdigit():
            return int(text)
        try:
            names = [
                members[n.strip().replace("_", "").lower()] for n in text.split(",")
            ]
        except KeyError:
            raise argparse.ArgumentTypeError(
                f"{text!r}: give a number or names from {', '.join(members)}"
            ) from None
        return int(functools.reduce(operator.or_, names))

    return parse


def _add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    kwargs: dict[str, Any] = {"required": option.required, "help": option.help}
    if option.kind == "bool":
        kwargs.update(action="store_true", default=None)
    elif option.kind == "choice":
        kwargs["choices"] = option.choices
    elif option.kind == "flags" and option.flags is not None:
        names = ", ".join(m.name or "" for m in option.flags)
        kwargs.update(type=_flags(option.flags), metavar="MASK")
        kwargs["help"] += f" (a number, or names from {names})"
    else:
        kwargs["type"] = {"int": int, "json": json.loads}.get(option.kind, str)
    parser.add_argument("--" + option.name.replace("_", "-"), **kwargs)


def _connection_parser() -> argparse.ArgumentParser:
    connection = argparse.ArgumentParser(add_help=False)
    group = connection.add_argument_group("connection")
    group.add_argument(
        "--endpoint",
        default=os.environ.get("SFREST_ENDPOINT", "http://localhost:19080"),
        help="the gateway (default: $SFREST_ENDPOINT, else http://localhost:19080)",
    )
    group.add_argument("--cert", help="client certificate (PEM)")
    group.add_argument("--key", help="client certificate's key (PEM)")
    group.add_argument("--ca", help="CA bundle that signed the gateway's certificate")
    group.add_argument(
        "--no-verify",
        action="store_true",
        help="do not verify the gateway's certificate",
    )
    group.add_argument(
        "--token",
        default=os.environ.get("SFREST_TOKEN"),
        help="bearer token (default: $SFREST_TOKEN)",
    )
    group.add_argument(
        "--timeout",
        type=int,
        help="server timeout in seconds (1..4294967295, default 60)",
    )
    group.add_argument(
        "--api-version", help="api-version to send instead of the operation's default"
    )
    return connection


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (0 to 65535)")
    return int(text)


def build_parser(commands: ModuleType | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command of a generated table (sfrest_generated.commands)."""
    table = commands or importlib.import_module("sfrest_generated.commands")
    parser = argparse.ArgumentParser(
        prog="sfrest",
        allow_abbrev=False,
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[-1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"sfrest {sfrest.__version__}"
    )
    connection = _connection_parser()
    groups = parser.add_subparsers(dest="group", required=True)
    subparsers: dict[str, Any] = {}
    for command in table.COMMANDS:
        if command.group not in subparsers:
            subparsers[command.group] = groups.add_parser(
                command.group, help=f"{command.group} commands", allow_abbrev=False
            ).add_subparsers(dest="command", required=True)
        command_parser = subparsers[command.group].add_parser(
            command.command,
            help=command.help,
            description=command.help,
            parents=[connection],
            allow_abbrev=False,
        )
        command_parser.set_defaults(run=command)
        for option in command.options:
            _add_option(command_parser, option)
        if command.waits:
            command_parser.add_argument(
                "--wait", action="store_true", help="poll until a terminal state"
            )
            command_parser.add_argument(
                "--wait-timeout", type=float, help="give up waiting after SECONDS"
            )
            command_parser.add_argument(
                "--poll-interval",
                type=float,
                help="poll every SECONDS (default 0.5 growing to 3.85)",
            )
            command_parser.add_argument(
                "--cancel-on-interrupt",
                action="store_true",
                help="on Ctrl-C, cancel the fault operation before exiting",
            )
    emulator = groups.add_parser(
        "emulator", help="run the Service Fabric emulator on loopback"
    )
    emulator.add_argument("--host", default="127.0.0.1", help="address to listen on")
    emulator.add_argument(
        "--port",
        type=_port,
        default=19080,
        help="port to listen on, 0 to 65535 (0: any free one)",
    )
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
    if command is None:
        from sfrest.testing import run

        try:
            run(host=args.host, port=args.port)
        except (OSError, OverflowError) as exc:
            err.write(
                f"sfrest: error: cannot serve on {args.host}:{args.port}: {exc}\n"
            )
            return EXIT_USAGE
        return EXIT_OK
    kwargs = {
        option.name: getattr(args, option.name)
        for option in command.options
        if getattr(args, option.name) is not None
    }
    verify: bool | str = False if args.no_verify else (args.ca or True)
    try:
        with table.CLIENT(
            args.endpoint, token=args.token, cert=args.cert, key=args.key, verify=verify
        ) as client:
            call = functools.partial(
                getattr(client, command.method),
                timeout=args.timeout,
                api_version=args.api_version,
            )
            result = call(**kwargs)
            if command.pages and command.pages[0] not in kwargs:
                result = _all_pages(call, kwargs, result, command)
            if command.waits:
                result = _started(result, args, err)
    except sfrest.InvalidArgumentError as exc:
        err.write(f"sfrest: error: {_line(str(exc))}\n")
        return EXIT_USAGE
    except _Stopped as exc:
        err.write(f"sfrest: {exc}\n")
        return exc.code
    except sfrest.FabricError as exc:
        message = f": {exc.message}" if exc.message else ""
        err.write(
            f"sfrest: {exc.status_code} {_line(exc.code or '-')}{_line(message)}\n"
        )
        return EXIT_ERROR
    except sfrest.SFRestError as exc:
        err.write(
            f"sfrest: {type(exc).__name__}: {_line(str(exc))} ({args.endpoint})\n"
        )
        return EXIT_ERROR
    if result is not None:
        out.write(json.dumps(_json(result), indent=2) + "\n")
    if command.waits and args.wait:
        states = {result.get(k) for k in ("State", "BackupState", "RestoreState")}
        return EXIT_OK if states & SUCCESS_STATES else EXIT_UNSUCCESSFUL
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
