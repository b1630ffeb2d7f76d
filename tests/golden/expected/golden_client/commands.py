# generated from spec/ by make generate — do not edit
"""The sfrest command line's commands, one per operation of the spec."""

from sfrest.cli import Command, Option

from .flags import JobStateFilter
from .sync_client import ServiceFabricClient as CLIENT

COMMANDS = (
    Command(
        "jobs",
        "get-job-progress",
        "get_job_progress",
        "Gets the progress of a job (GetJobProgress).",
        waits=False,
        pages=None,
        options=(
            Option("job_id", True, "", "str", (), None),
            Option("operation_id", True, "", "str", (), None),
        ),
    ),
    Command(
        "job",
        "start",
        "start_job",
        "Starts a job (StartJob).",
        waits=True,
        pages=None,
        options=(
            Option("job_id", True, "", "str", (), None),
            Option(
                "mode",
                True,
                "",
                "choice",
                (
                    "Partial",
                    "Full",
                ),
                None,
            ),
            Option("owner", True, "", "str", (), None),
            Option("retries", False, "", "int", (), None),
            Option(
                "operation_id",
                False,
                "the operation's GUID (default: a new one)",
                "str",
                (),
                None,
            ),
        ),
        key="operation_id",
    ),
    Command(
        "jobs",
        "get-job-list",
        "get_job_list",
        "Lists the jobs (GetJobList).",
        waits=False,
        pages=None,
        options=(Option("state_filter", False, "", "flags", (), JobStateFilter),),
    ),
)
"""Every command: (group, command, client method, help, waits, options)."""

__all__ = ["CLIENT", "COMMANDS"]
