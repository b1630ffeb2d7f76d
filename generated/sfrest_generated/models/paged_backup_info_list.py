# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .backup_info import BackupInfo


class PagedBackupInfoList(BaseModel):
    """
    The backups of a partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[list[BackupInfo] | None, Field(alias="Items")] = None
    """
    The backups, oldest first.
    """
