# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class FileShareBackupStorageDescription(BaseModel):
    """
    Describes the parameters for file share storage used for storing or enumerating backups.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    storage_kind: Annotated[Literal["FileShare"], Field(alias="StorageKind")]
    """
    The kind of backup storage.
    """
    friendly_name: Annotated[str | None, Field(alias="FriendlyName")] = None
    """
    Friendly name for this backup storage.
    """
    path: Annotated[str, Field(alias="Path")]
    """
    UNC path of the file share where to store or enumerate backups from.
    """
    primary_user_name: Annotated[str | None, Field(alias="PrimaryUserName")] = None
    """
    Primary user name to access the file share.
    """
    primary_password: Annotated[str | None, Field(alias="PrimaryPassword")] = None
    """
    Primary password to access the share location.
    """
    secondary_user_name: Annotated[str | None, Field(alias="SecondaryUserName")] = None
    """
    Secondary user name to access the file share.
    """
    secondary_password: Annotated[str | None, Field(alias="SecondaryPassword")] = None
    """
    Secondary password to access the share location.
    """
