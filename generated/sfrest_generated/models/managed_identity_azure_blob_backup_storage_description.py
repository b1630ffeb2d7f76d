# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .managed_identity_type import ManagedIdentityType


class ManagedIdentityAzureBlobBackupStorageDescription(BaseModel):
    """
    Describes the parameters for Azure blob store (connected using managed identity) used for storing and enumerating backups.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    storage_kind: Annotated[
        Literal["ManagedIdentityAzureBlobStore"], Field(alias="StorageKind")
    ]
    """
    The kind of backup storage.
    """
    friendly_name: Annotated[str | None, Field(alias="FriendlyName")] = None
    """
    Friendly name for this backup storage.
    """
    managed_identity_type: Annotated[
        ManagedIdentityType, Field(alias="ManagedIdentityType")
    ]
    blob_service_uri: Annotated[str, Field(alias="BlobServiceUri")]
    """
    The Blob Service Uri to connect to the Azure blob store.
    """
    container_name: Annotated[str, Field(alias="ContainerName")]
    """
    The name of the container in the blob store to store and enumerate backups from.
    """
    managed_identity_client_id: Annotated[
        str | None, Field(alias="ManagedIdentityClientId")
    ] = None
    """
    The client ID of the user-assigned managed identity, when there is one.
    """
