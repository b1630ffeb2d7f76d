# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

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


class BackupPartitionDescription(BaseModel):
    """
    Describes the parameters for triggering a partition's backup.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
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
