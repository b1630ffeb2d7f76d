# generated from spec/ by make generate — do not edit

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, RootModel


class FabricErrorError(BaseModel):
    """
    Error object containing error code and error message.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    code: Annotated[str, Field(alias="Code")]
    """
    The error code: an open string. Besides the FABRIC_E_* codes the gateway sends
    E_INVALIDARG (malformed GUID, api-version out of range), E_UNEXPECTED, NotFound,
    FMFailoverUnitNotFound, FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS (409,
    same OperationId started twice), FABRIC_E_INVALID_TEST_COMMAND_STATE (400, force
    cancel before a plain cancel), FABRIC_E_KEY_NOT_FOUND (404, unknown OperationId),
    FABRIC_E_NAME_DOES_NOT_EXIST (404, a required query parameter is missing),
    FABRIC_E_BACKUP_IN_PROGRESS (409), FABRIC_E_BACKUP_NOT_ENABLED (404),
    FABRIC_E_TIMEOUT (504), FABRIC_E_NOT_READY and FABRIC_E_RECONFIGURATION_PENDING (503).

    """
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    The error message. The runtime's fallback is the literal string "Null".
    """


class OperationState(StrEnum):
    """
    The state of a user-induced operation. Terminal states: Completed, Faulted,
    Cancelled, ForceCancelled. Open: a newer runtime may send a value not listed here.
    - Invalid - The operation state is invalid.
    - Running - The operation is in progress.
    - RollingBack - The operation is rolling back internal system state because it encountered a fatal error or was cancelled by the user. "RollingBack" does not refer to user state: for a PartitionDataLoss command it does not mean service data is being restored, but that the system is cleaning up internal state associated with the command.
    - Completed - The operation has completed successfully and is no longer running.
    - Faulted - The operation has failed and is no longer running.
    - Cancelled - The operation was cancelled by the user using CancelOperation, and is no longer running.
    - ForceCancelled - The operation was cancelled by the user using CancelOperation, with the force parameter set to true. It is no longer running.

    """

    INVALID = "Invalid"
    RUNNING = "Running"
    ROLLING_BACK = "RollingBack"
    COMPLETED = "Completed"
    FAULTED = "Faulted"
    CANCELLED = "Cancelled"
    FORCE_CANCELLED = "ForceCancelled"

    @classmethod
    def _missing_(cls, value: object) -> OperationState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class OperationType(StrEnum):
    """
    The type of a user-induced operation. PascalCase on the wire; the OperationStatus
    reference page lists lower camel case (partitionDataLoss, …), a rendering slip.
    - Invalid - The operation state is invalid.
    - PartitionDataLoss - An operation started using the StartDataLoss API.
    - PartitionQuorumLoss - An operation started using the StartQuorumLoss API.
    - PartitionRestart - An operation started using the StartPartitionRestart API.
    - NodeTransition - An operation started using the StartNodeTransition API.

    """

    INVALID = "Invalid"
    PARTITION_DATA_LOSS = "PartitionDataLoss"
    PARTITION_QUORUM_LOSS = "PartitionQuorumLoss"
    PARTITION_RESTART = "PartitionRestart"
    NODE_TRANSITION = "NodeTransition"

    @classmethod
    def _missing_(cls, value: object) -> OperationType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class DataLossMode(StrEnum):
    """
    The kind of data loss to induce. Sent exactly as written (case-sensitive); the
    gateway rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - PartialDataLoss - PartialDataLoss option will cause a quorum of replicas to go down, triggering an OnDataLoss event in the system for the given partition.
    - FullDataLoss - FullDataLoss option will drop all the replicas which means that all the data will be lost.

    """

    INVALID = "Invalid"
    PARTIAL_DATA_LOSS = "PartialDataLoss"
    FULL_DATA_LOSS = "FullDataLoss"

    @classmethod
    def _missing_(cls, value: object) -> DataLossMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class QuorumLossMode(StrEnum):
    """
    Which replicas to take down. Sent exactly as written (case-sensitive); the gateway
    rejects Invalid with 400. (A 2019 runtime source parses QuorumLossReplicas instead
    of QuorumReplicas: unconfirmed.)
    - Invalid - Reserved. Do not pass into API.
    - QuorumReplicas - Partial Quorum loss mode: minimum number of replicas for a partition will be down that will cause a quorum loss.
    - AllReplicas - AllReplicas quorum loss mode: all replicas of the partition are taken down.

    """

    INVALID = "Invalid"
    QUORUM_REPLICAS = "QuorumReplicas"
    ALL_REPLICAS = "AllReplicas"

    @classmethod
    def _missing_(cls, value: object) -> QuorumLossMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class RestartPartitionMode(StrEnum):
    """
    Which replicas or instances to restart. Sent exactly as written (case-sensitive);
    the gateway rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - AllReplicasOrInstances - All replicas or instances in the partition are restarted at once.
    - OnlyActiveSecondaries - Only the secondary replicas are restarted.

    """

    INVALID = "Invalid"
    ALL_REPLICAS_OR_INSTANCES = "AllReplicasOrInstances"
    ONLY_ACTIVE_SECONDARIES = "OnlyActiveSecondaries"

    @classmethod
    def _missing_(cls, value: object) -> RestartPartitionMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeTransitionType(StrEnum):
    """
    The kind of node transition. Sent exactly as written (case-sensitive); the gateway
    rejects Invalid with 400.
    - Invalid - Reserved. Do not pass into API.
    - Start - Transition a stopped node to up.
    - Stop - Transition an up node to stopped.

    """

    INVALID = "Invalid"
    START = "Start"
    STOP = "Stop"

    @classmethod
    def _missing_(cls, value: object) -> NodeTransitionType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class BackupState(StrEnum):
    """
    The state of a backup. Terminal states: Success, Failure, Timeout. Open: a newer
    runtime may send a value not listed here.
    - Invalid - Indicates an invalid backup state. All Service Fabric enumerations have the invalid type.
    - Accepted - The operation is accepted and will start soon.
    - BackupInProgress - The backup operation is in progress.
    - Success - The operation completed successfully.
    - Failure - The operation failed.
    - Timeout - The operation timed out.

    """

    INVALID = "Invalid"
    ACCEPTED = "Accepted"
    BACKUP_IN_PROGRESS = "BackupInProgress"
    SUCCESS = "Success"
    FAILURE = "Failure"
    TIMEOUT = "Timeout"

    @classmethod
    def _missing_(cls, value: object) -> BackupState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class RestoreState(StrEnum):
    """
    The state of a restore. Terminal states: Success, Failure, Timeout. Open: a newer
    runtime may send a value not listed here (a 2025 backup-service change added
    SecondaryInProgress).
    - Invalid - Indicates an invalid restore state. All Service Fabric enumerations have the invalid type.
    - Accepted - The operation is accepted and will start soon.
    - RestoreInProgress - The restore operation is in progress.
    - Success - The operation completed successfully.
    - Failure - The operation failed.
    - Timeout - The operation timed out.

    """

    INVALID = "Invalid"
    ACCEPTED = "Accepted"
    RESTORE_IN_PROGRESS = "RestoreInProgress"
    SUCCESS = "Success"
    FAILURE = "Failure"
    TIMEOUT = "Timeout"

    @classmethod
    def _missing_(cls, value: object) -> RestoreState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


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


class ManagedIdentityType(StrEnum):
    """
    The kind of managed identity.
    - Invalid - Indicates an invalid managed identity type. All Service Fabric enumerations have the invalid type.
    - VMSS - The virtual machine scale set's managed identity.
    - Cluster - The cluster's managed identity.

    """

    INVALID = "Invalid"
    VMSS = "VMSS"
    CLUSTER = "Cluster"

    @classmethod
    def _missing_(cls, value: object) -> ManagedIdentityType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class SelectedPartition(BaseModel):
    """
    The partition that a fault operation selected.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_name: Annotated[
        str | None, Field(alias="ServiceName", examples=["fabric:/myapp/myservice"])
    ] = None
    """
    The full name of the service, with the fabric:/ scheme.
    """
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The identity of the partition.
    """


class NodeResult(BaseModel):
    """
    The node that a node transition operation targeted.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The name of the node.
    """
    node_instance_id: Annotated[str | None, Field(alias="NodeInstanceId")] = None
    """
    The node instance ID, a decimal string.
    """


class NodeTransitionResult(BaseModel):
    """
    Represents information about an operation in a terminal state (Completed or Faulted).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    0 when the operation succeeded, a negative HRESULT when it Faulted. A JSON number
    on the wire; the Get Data Loss Progress reference page shows the string "0":
    clients accept both.

    """
    node_result: Annotated[NodeResult | None, Field(alias="NodeResult")] = None


class NodeTransitionProgress(BaseModel):
    """
    Information about a node transition user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    node_transition_result: Annotated[
        NodeTransitionResult | None, Field(alias="NodeTransitionResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """


class OperationStatus(BaseModel):
    """
    Contains the OperationId, OperationState, and OperationType for user-induced operations.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    operation_id: Annotated[UUID | None, Field(alias="OperationId")] = None
    """
    A GUID that identifies a call to this API. This is also passed into the corresponding GetProgress API.
    """
    state: Annotated[OperationState | None, Field(alias="State")] = None
    type: Annotated[OperationType | None, Field(alias="Type")] = None


class OperationStatusList(RootModel[list[OperationStatus]]):
    """
    A list of OperationStatus objects.
    """

    root: list[OperationStatus]
    """
    A list of OperationStatus objects.
    """


class Epoch(BaseModel):
    """
    An Epoch is a configuration number for the partition as a whole. Both versions are
    int64 values carried as strings; clients accept numbers too. (Older restore bodies
    named the keys DataLossNumber and ConfigurationNumber.)

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    configuration_version: Annotated[
        str | None, Field(alias="ConfigurationVersion")
    ] = None
    """
    The current configuration number of this Epoch.
    """
    data_loss_version: Annotated[str | None, Field(alias="DataLossVersion")] = None
    """
    The current data loss number of this Epoch.
    """


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


class RestoreProgressInfo(BaseModel):
    """
    Describes the progress of a restore operation on a partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    restore_state: Annotated[RestoreState | None, Field(alias="RestoreState")] = None
    time_stamp_utc: Annotated[datetime | None, Field(alias="TimeStampUtc")] = None
    """
    The time, in UTC, at which the restore operation was triggered.
    """
    restored_epoch: Annotated[Epoch | None, Field(alias="RestoredEpoch")] = None
    restored_lsn: Annotated[str | None, Field(alias="RestoredLsn")] = None
    """
    The LSN of the last record restored. Documented as a string; the backup service has sent numbers (RestoredLsn: 54719).
    """
    failure_error: Annotated[FabricErrorError | None, Field(alias="FailureError")] = (
        None
    )
    """
    Details of the failure, when RestoreState is Failure.
    """


class AzureBlobBackupStorageDescription(BaseModel):
    """
    Describes the parameters for Azure blob store used for storing and enumerating backups.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    storage_kind: Annotated[Literal["AzureBlobStore"], Field(alias="StorageKind")]
    """
    The kind of backup storage.
    """
    friendly_name: Annotated[str | None, Field(alias="FriendlyName")] = None
    """
    Friendly name for this backup storage.
    """
    connection_string: Annotated[str, Field(alias="ConnectionString")]
    """
    The connection string to connect to the Azure blob store.
    """
    container_name: Annotated[str, Field(alias="ContainerName")]
    """
    The name of the container in the blob store to store and enumerate backups from.
    """


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


class FabricError(BaseModel):
    """
    The REST API operations for Service Fabric return standard HTTP status codes. This type defines the additional information returned from the operations that do not return success.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error: Annotated[FabricErrorError, Field(alias="Error")]


class InvokeDataLossResult(BaseModel):
    """
    Represents information about an operation in a terminal state (Completed or Faulted).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    0 when the operation succeeded, a negative HRESULT when it Faulted. A JSON number
    on the wire; the Get Data Loss Progress reference page shows the string "0":
    clients accept both.

    """
    selected_partition: Annotated[
        SelectedPartition | None, Field(alias="SelectedPartition")
    ] = None


class InvokeQuorumLossResult(BaseModel):
    """
    Represents information about an operation in a terminal state (Completed or Faulted).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    0 when the operation succeeded, a negative HRESULT when it Faulted. A JSON number
    on the wire; the Get Data Loss Progress reference page shows the string "0":
    clients accept both.

    """
    selected_partition: Annotated[
        SelectedPartition | None, Field(alias="SelectedPartition")
    ] = None


class RestartPartitionResult(BaseModel):
    """
    Represents information about an operation in a terminal state (Completed or Faulted).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    error_code: Annotated[int | None, Field(alias="ErrorCode")] = None
    """
    0 when the operation succeeded, a negative HRESULT when it Faulted. A JSON number
    on the wire; the Get Data Loss Progress reference page shows the string "0":
    clients accept both.

    """
    selected_partition: Annotated[
        SelectedPartition | None, Field(alias="SelectedPartition")
    ] = None


class PartitionDataLossProgress(BaseModel):
    """
    Information about a partition data loss user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    invoke_data_loss_result: Annotated[
        InvokeDataLossResult | None, Field(alias="InvokeDataLossResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """


class PartitionQuorumLossProgress(BaseModel):
    """
    Information about a partition quorum loss user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    invoke_quorum_loss_result: Annotated[
        InvokeQuorumLossResult | None, Field(alias="InvokeQuorumLossResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """


class PartitionRestartProgress(BaseModel):
    """
    Information about a partition restart user-induced operation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    state: Annotated[OperationState | None, Field(alias="State")] = None
    restart_partition_result: Annotated[
        RestartPartitionResult | None, Field(alias="RestartPartitionResult")
    ] = None
    """
    Present in a terminal state (Completed or Faulted); absent or null while Running.
    """


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
