"""The sfrest command line: sfctl's fault commands, plus backup/restore, --wait and an emulator.

    sfrest partition data-loss --service-id fabric:/app/svc --partition-id PID \\
        --data-loss-mode PartialDataLoss --wait
    sfrest cluster operation-list --state-filter 1
    sfrest emulator --port 19080

Output is JSON on stdout. Exit codes: 0 success (Completed / Success), 1 the operation
ended Faulted, Cancelled, ForceCancelled, Failure or Timeout, 2 a bad argument, 3 an
error answer or no answer from the gateway, 4 --wait-timeout passed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from pydantic import BaseModel

import sfrest
from sfrest._operation import state_of

EXIT_OK, EXIT_UNSUCCESSFUL, EXIT_USAGE, EXIT_ERROR, EXIT_WAIT_TIMEOUT = 0, 1, 2, 3, 4
SUCCESS_STATES = frozenset({"Completed", "Success"})

Handler = Callable[[sfrest.ServiceFabricClient, argparse.Namespace], Any]


def _json(value: Any) -> Any:
    if isinstance(value, BaseModel):
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


def _started(operation: Any, args: argparse.Namespace, stderr: TextIO) -> Any:
    """The command's result for a started operation: its id, or with --wait its final progress."""
    if not args.wait:
        operation_id = getattr(operation, "operation_id", None)
        return (
            {"OperationId": str(operation_id)} if operation_id else {"Accepted": True}
        )
    printer = _ProgressPrinter(stderr)
    try:
        return operation.wait(
            timeout=args.wait_timeout,
            poll_interval=args.poll_interval,
            on_progress=printer,
        )
    finally:
        printer.done()


def _commands() -> dict[tuple[str, str], tuple[Handler, list[str], str]]:
    """(group, command) -> (handler, argument names, help)."""
    return {
        ("partition", "data-loss"): (
            lambda c, a: c.start_data_loss(
                a.service_id,
                a.partition_id,
                a.data_loss_mode,
                operation_id=a.operation_id,
                **_common(a),
            ),
            ["service_id", "partition_id", "data_loss_mode", "operation_id?", "wait"],
            "Induce data loss in a partition (StartDataLoss).",
        ),
        ("partition", "data-loss-status"): (
            lambda c, a: c.get_data_loss_progress(
                a.service_id, a.partition_id, a.operation_id, **_common(a)
            ),
            ["service_id", "partition_id", "operation_id"],
            "Progress of a data loss operation (GetDataLossProgress).",
        ),
        ("partition", "quorum-loss"): (
            lambda c, a: c.start_quorum_loss(
                a.service_id,
                a.partition_id,
                a.quorum_loss_mode,
                a.quorum_loss_duration,
                operation_id=a.operation_id,
                **_common(a),
            ),
            [
                "service_id",
                "partition_id",
                "quorum_loss_mode",
                "quorum_loss_duration",
                "operation_id?",
                "wait",
            ],
            "Induce quorum loss for a stateful partition (StartQuorumLoss).",
        ),
        ("partition", "quorum-loss-status"): (
            lambda c, a: c.get_quorum_loss_progress(
                a.service_id, a.partition_id, a.operation_id, **_common(a)
            ),
            ["service_id", "partition_id", "operation_id"],
            "Progress of a quorum loss operation (GetQuorumLossProgress).",
        ),
        ("partition", "restart"): (
            lambda c, a: c.start_partition_restart(
                a.service_id,
                a.partition_id,
                a.restart_partition_mode,
                operation_id=a.operation_id,
                **_common(a),
            ),
            [
                "service_id",
                "partition_id",
                "restart_partition_mode",
                "operation_id?",
                "wait",
            ],
            "Restart replicas or instances of a partition (StartPartitionRestart).",
        ),
        ("partition", "restart-status"): (
            lambda c, a: c.get_partition_restart_progress(
                a.service_id, a.partition_id, a.operation_id, **_common(a)
            ),
            ["service_id", "partition_id", "operation_id"],
            "Progress of a partition restart (GetPartitionRestartProgress).",
        ),
        ("node", "transition"): (
            lambda c, a: c.start_node_transition(
                a.node_name,
                a.node_transition_type,
                a.node_instance_id,
                a.stop_duration_in_seconds,
                operation_id=a.operation_id,
                **_common(a),
            ),
            [
                "node_name",
                "node_transition_type",
                "node_instance_id",
                "stop_duration_in_seconds",
                "operation_id?",
                "wait",
            ],
            "Start or stop a node (StartNodeTransition).",
        ),
        ("node", "transition-status"): (
            lambda c, a: c.get_node_transition_progress(
                a.node_name, a.operation_id, **_common(a)
            ),
            ["node_name", "operation_id"],
            "Progress of a node transition (GetNodeTransitionProgress).",
        ),
        ("cluster", "operation-list"): (
            lambda c, a: c.get_fault_operation_list(
                type_filter=a.type_filter, state_filter=a.state_filter, **_common(a)
            ),
            ["type_filter", "state_filter"],
            "List fault operations (GetFaultOperationList); filters are bit masks, 65535 all.",
        ),
        ("cluster", "operation-cancel"): (
            lambda c, a: c.cancel_operation(
                a.operation_id, force=a.force, **_common(a)
            ),
            ["operation_id", "force"],
            "Cancel a fault operation (CancelOperation); --force only after a plain cancel.",
        ),
        ("partition", "backup"): (
            lambda c, a: c.backup_partition(
                a.partition_id, backup_timeout=a.backup_timeout, **_common(a)
            ),
            ["partition_id", "backup_timeout", "wait"],
            "Back up a partition with its backup policy's storage (BackupPartition).",
        ),
        ("partition", "backup-status"): (
            lambda c, a: c.get_partition_backup_progress(a.partition_id, **_common(a)),
            ["partition_id"],
            "Progress of the latest backup of a partition (GetPartitionBackupProgress).",
        ),
        ("partition", "restore"): (
            lambda c, a: c.restore_partition(
                a.partition_id,
                a.backup_id,
                a.backup_location,
                restore_timeout=a.restore_timeout,
                **_common(a),
            ),
            ["partition_id", "backup_id", "backup_location", "restore_timeout", "wait"],
            "Restore a partition from a backup (RestorePartition).",
        ),
        ("partition", "restore-status"): (
            lambda c, a: c.get_partition_restore_progress(a.partition_id, **_common(a)),
            ["partition_id"],
            "Progress of the latest restore of a partition (GetPartitionRestoreProgress).",
        ),
    }


def _common(args: argparse.Namespace) -> dict[str, Any]:
    return {"timeout": args.timeout, "api_version": args.api_version}


_ARGUMENTS: dict[str, dict[str, Any]] = {
    "service_id": {"help": "the service: fabric:/app/svc, app/svc or app~svc"},
    "partition_id": {"help": "the partition's GUID"},
    "operation_id": {"help": "the operation's GUID"},
    "data_loss_mode": {"choices": ["PartialDataLoss", "FullDataLoss"]},
    "quorum_loss_mode": {"choices": ["QuorumReplicas", "AllReplicas"]},
    "quorum_loss_duration": {
        "type": int,
        "help": "seconds the partition stays in quorum loss",
    },
    "restart_partition_mode": {
        "choices": ["AllReplicasOrInstances", "OnlyActiveSecondaries"]
    },
    "node_name": {},
    "node_transition_type": {"choices": ["Start", "Stop"]},
    "node_instance_id": {"help": "the node's instance id"},
    "stop_duration_in_seconds": {"type": int},
    "type_filter": {
        "type": int,
        "default": 65535,
        "help": "1 data loss, 2 quorum loss, 4 restart, 8 node",
    },
    "state_filter": {
        "type": int,
        "default": 65535,
        "help": "1 Running, 2 RollingBack, 8 Completed, 16 Faulted, …",
    },
    "backup_id": {},
    "backup_location": {},
    "backup_timeout": {"type": int, "help": "minutes"},
    "restore_timeout": {"type": int, "help": "minutes"},
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="sfrest",
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[-1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
    groups = parser.add_subparsers(
        dest="group", required=True, metavar="{partition,node,cluster,emulator}"
    )
    subparsers: dict[str, Any] = {}
    for (group_name, command), (_, arguments, help_text) in _commands().items():
        if group_name not in subparsers:
            subparsers[group_name] = groups.add_parser(group_name).add_subparsers(
                dest="command", required=True
            )
        command_parser = subparsers[group_name].add_parser(
            command, help=help_text, description=help_text, parents=[connection]
        )
        command_parser.set_defaults(command_key=(group_name, command))
        for name in arguments:
            flag = "--" + name.rstrip("?").replace("_", "-")
            if name == "wait":
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
            elif name == "force":
                command_parser.add_argument("--force", action="store_true")
            else:
                options = _ARGUMENTS[name.rstrip("?")]
                required = (
                    not name.endswith("?")
                    and "default" not in options
                    and "timeout" not in name
                )
                command_parser.add_argument(flag, required=required, **options)
    emulator = groups.add_parser(
        "emulator", help="run the Service Fabric emulator on loopback"
    )
    emulator.add_argument("--host", default="127.0.0.1")
    emulator.add_argument("--port", type=int, default=19080)
    emulator.set_defaults(command_key=("emulator", ""))
    return parser


def _client(args: argparse.Namespace) -> sfrest.ServiceFabricClient:
    verify: bool | str = False if args.no_verify else (args.ca or True)
    return sfrest.ServiceFabricClient(
        args.endpoint, token=args.token, cert=args.cert, key=args.key, verify=verify
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command; returns the exit code."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    args = build_parser().parse_args(argv)
    if args.command_key == ("emulator", ""):
        from sfrest.testing import run

        run(host=args.host, port=args.port)
        return EXIT_OK
    handler = _commands()[args.command_key][0]
    try:
        with _client(args) as client:
            result = handler(client, args)
            if hasattr(result, "wait"):
                result = _started(result, args, err)
    except sfrest.InvalidArgumentError as exc:
        err.write(f"sfrest: error: {exc}\n")
        return EXIT_USAGE
    except sfrest.WaitTimeoutError as exc:
        err.write(
            f"sfrest: still {_state(exc.last_progress)} when --wait-timeout passed\n"
        )
        return EXIT_WAIT_TIMEOUT
    except sfrest.FabricError as exc:
        err.write(
            f"sfrest: {exc.status_code} {exc.code or '-'}: {exc.message or ''}\n".replace(
                ": \n", "\n"
            )
        )
        return EXIT_ERROR
    except sfrest.SFRestError as exc:
        err.write(f"sfrest: {type(exc).__name__}: {exc}\n")
        return EXIT_ERROR
    if result is not None:
        out.write(json.dumps(_json(result), indent=2) + "\n")
    if getattr(args, "wait", False):
        return EXIT_OK if _state(result) in SUCCESS_STATES else EXIT_UNSUCCESSFUL
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
