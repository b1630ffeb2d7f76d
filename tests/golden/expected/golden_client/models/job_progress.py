# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .job_result import JobResult
from .job_state import JobState


class JobProgress(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[JobState | None, Field(alias="State")] = None
    result: Annotated[JobResult | None, Field(alias="Result")] = None
    """
    Present in a terminal state; absent or null while Running.
    """
    lsn: Annotated[str | None, Field(alias="Lsn")] = None
    """
    A sequence number carried as a string.
    """
