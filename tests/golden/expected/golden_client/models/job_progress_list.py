# generated from spec/ by make generate — do not edit
from __future__ import annotations

from pydantic import RootModel

from .job_progress import JobProgress


class JobProgressList(RootModel[list[JobProgress]]):
    root: list[JobProgress]
