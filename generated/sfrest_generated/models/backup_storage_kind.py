# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class BackupStorageKind(StrEnum):
    """
    The kind of backup storage.
    - Invalid - Indicates an invalid backup storage kind. All Service Fabric enumerations have the invalid type.
    - FileShare - A file share backup store.
    - AzureBlobStore - An Azure blob store addressed by a connection string.
    - DsmsAzureBlobStore - An Azure blob store whose credentials come from Dsms.
    - ManagedIdentityAzureBlobStore - An Azure blob store accessed through a managed identity.

    """

    INVALID = "Invalid"
    FILE_SHARE = "FileShare"
    AZURE_BLOB_STORE = "AzureBlobStore"
    DSMS_AZURE_BLOB_STORE = "DsmsAzureBlobStore"
    MANAGED_IDENTITY_AZURE_BLOB_STORE = "ManagedIdentityAzureBlobStore"

    @classmethod
    def _missing_(cls, value: object) -> BackupStorageKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
