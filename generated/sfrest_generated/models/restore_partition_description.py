# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .azure_blob_backup_storage_description import AzureBlobBackupStorageDescription
from .dsms_azure_blob_backup_storage_description import (
    DsmsAzureBlobBackupStorageDescription,
)
from .file_share_backup_storage_description import FileShareBackupStorageDescription
from .managed_identity_azure_blob_backup_storage_description import (
    ManagedIdentityAzureBlobBackupStorageDescription,
)


class RestorePartitionDescription(BaseModel):
    """
    Specifies the parameters needed to trigger a restore of a specific partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    backup_id: Annotated[UUID, Field(alias="BackupId")]
    """
    The unique ID of the backup to restore from.
    """
    backup_location: Annotated[str, Field(alias="BackupLocation")]
    """
    The location of the backup relative to the backup storage.
    """
    backup_storage: Annotated[
        AzureBlobBackupStorageDescription
        | FileShareBackupStorageDescription
        | DsmsAzureBlobBackupStorageDescription
        | ManagedIdentityAzureBlobBackupStorageDescription
        | None,
        Field(alias="BackupStorage", discriminator="storage_kind"),
    ] = None
    """
    Describes the parameters for the backup storage; the StorageKind property selects the kind.
    """
