# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .epoch import Epoch
from .fabric_error_error import FabricErrorError
from .restore_state import RestoreState


class RestoreProgressInfo(BaseModel):
    """
    Describes the progress of a restore operation on a partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    restore_state: Annotated[RestoreState | None, Field(alias="RestoreState")] = None
    time_stamp_utc: Annotated[datetime | None, Field(alias="TimeStampUtc")] = None
    """
    The time, in UTC, at which the restore operation was triggered.
    """
    restored_epoch: Annotated[Epoch | None, Field(alias="RestoredEpoch")] = None
    restored_lsn: Annotated[str | None, Field(alias="RestoredLsn")] = None
    """
    The LSN of the last record restored. Documented as a string; the backup service has sent numbers (RestoredLsn: 54719).
    """
    failure_error: Annotated[FabricErrorError | None, Field(alias="FailureError")] = (
        None
    )
    """
    Details of the failure, when RestoreState is Failure.
    """
