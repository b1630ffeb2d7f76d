# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .backup_state import BackupState
from .epoch import Epoch
from .fabric_error_error import FabricErrorError


class BackupProgressInfo(BaseModel):
    """
    Describes the progress of a partition's backup.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    backup_state: Annotated[BackupState | None, Field(alias="BackupState")] = None
    time_stamp_utc: Annotated[datetime | None, Field(alias="TimeStampUtc")] = None
    """
    The time, in UTC, at which the backup operation was triggered.
    """
    backup_id: Annotated[UUID | None, Field(alias="BackupId")] = None
    """
    The unique ID of the newly created backup.
    """
    backup_location: Annotated[str | None, Field(alias="BackupLocation")] = None
    """
    The location, relative to the backup store, of the newly created backup.
    """
    epoch_of_last_backup_record: Annotated[
        Epoch | None, Field(alias="EpochOfLastBackupRecord")
    ] = None
    lsn_of_last_backup_record: Annotated[
        str | None, Field(alias="LsnOfLastBackupRecord")
    ] = None
    """
    The LSN of the last record in the backup. Documented as a string; the backup service has also sent numbers.
    """
    failure_error: Annotated[FabricErrorError | None, Field(alias="FailureError")] = (
        None
    )
    """
    Details of the failure, when BackupState is Failure.
    """
