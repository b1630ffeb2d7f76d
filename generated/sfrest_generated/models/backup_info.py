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

from .backup_type import BackupType
from .epoch import Epoch
from .fabric_error_error import FabricErrorError
from .int64_range_partition_information import Int64RangePartitionInformation
from .named_partition_information import NamedPartitionInformation
from .singleton_partition_information import SingletonPartitionInformation
from .unknown_partition_information import UnknownPartitionInformation


class BackupInfo(BaseModel):
    """
    One backup of a partition, as a restore names it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    backup_id: Annotated[UUID | None, Field(alias="BackupId")] = None
    """
    The backup's id.
    """
    backup_chain_id: Annotated[UUID | None, Field(alias="BackupChainId")] = None
    """
    The id of the chain (a full backup and its incremental ones) the backup belongs to.
    """
    application_name: Annotated[str | None, Field(alias="ApplicationName")] = None
    """
    The application's name, fabric:/….
    """
    service_name: Annotated[str | None, Field(alias="ServiceName")] = None
    """
    The service's name, fabric:/app/svc.
    """
    partition_information: Annotated[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
        | None,
        Field(alias="PartitionInformation"),
    ] = None
    """
    A partition's identity and partitioning scheme, told apart by ServicePartitionKind. Open: a ServicePartitionKind the spec does not list parses
    as UnknownPartitionInformation, which keeps the properties it does not know. The kinds the
    spec lists are KnownPartitionInformation, a discriminated union; UnknownPartitionInformation excludes them,
    so exactly one member matches any body.

    """
    backup_location: Annotated[str | None, Field(alias="BackupLocation")] = None
    """
    Where the backup is, relative to the backup storage.
    """
    backup_type: Annotated[BackupType | None, Field(alias="BackupType")] = None
    epoch_of_last_backup_record: Annotated[
        Epoch | None, Field(alias="EpochOfLastBackupRecord")
    ] = None
    lsn_of_last_backup_record: Annotated[
        str | None, Field(alias="LsnOfLastBackupRecord")
    ] = None
    """
    The LSN of the last record in the backup, an int64 as a decimal string; numbers are also seen.
    """
    creation_time_utc: Annotated[datetime | None, Field(alias="CreationTimeUtc")] = None
    """
    When the backup was created.
    """
    service_manifest_version: Annotated[
        str | None, Field(alias="ServiceManifestVersion")
    ] = None
    """
    The service manifest version when the backup was taken.
    """
    failure_error: Annotated[FabricErrorError | None, Field(alias="FailureError")] = (
        None
    )
    """
    Why enumerating this backup failed, when it did.
    """
