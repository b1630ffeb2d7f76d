# generated from spec/ by make generate — do not edit

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel


class FabricErrorError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    code: Annotated[str, Field(alias="Code")]
    message: Annotated[str | None, Field(alias="Message")] = None


class JobState(StrEnum):
    """
    The state of a job.
    - Running - The job is in progress.
    - Completed - The job has completed.

    """

    RUNNING = "Running"
    COMPLETED = "Completed"

    @classmethod
    def _missing_(cls, value: object) -> JobState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class JobMode(StrEnum):
    """
    How to run the job.
    - Partial - Some of it.
    - Full - All of it.

    """

    PARTIAL = "Partial"
    FULL = "Full"

    @classmethod
    def _missing_(cls, value: object) -> JobMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class JobResult(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None


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


class JobProgressList(RootModel[list[JobProgress]]):
    root: list[JobProgress]


class FabricError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error: Annotated[FabricErrorError, Field(alias="Error")]
