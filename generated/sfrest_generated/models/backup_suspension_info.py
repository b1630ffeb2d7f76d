# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .backup_suspension_scope import BackupSuspensionScope


class BackupSuspensionInfo(BaseModel):
    """
    Whether backups are suspended, and where the suspension comes from.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    is_suspended: Annotated[bool | None, Field(alias="IsSuspended")] = None
    """
    Whether periodic backups are suspended.
    """
    suspension_inherited_from: Annotated[
        BackupSuspensionScope | None, Field(alias="SuspensionInheritedFrom")
    ] = None
