# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class DsmsAzureBlobBackupStorageDescription(BaseModel):
    """
    Describes the parameters for Dsms Azure blob store used for storing and enumerating backups.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    storage_kind: Annotated[Literal["DsmsAzureBlobStore"], Field(alias="StorageKind")]
    """
    The kind of backup storage.
    """
    friendly_name: Annotated[str | None, Field(alias="FriendlyName")] = None
    """
    Friendly name for this backup storage.
    """
    storage_credentials_source_location: Annotated[
        str, Field(alias="StorageCredentialsSourceLocation")
    ]
    """
    The source location of the storage credentials to connect to the Dsms Azure blob store.
    """
    container_name: Annotated[str, Field(alias="ContainerName")]
    """
    The name of the container in the blob store to store and enumerate backups from.
    """
