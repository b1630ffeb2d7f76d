# generated from spec/ by make generate — do not edit

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, RootModel, TypeAdapter


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


class HealthState(StrEnum):
    """
    The health state of an entity. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid health state. All Service Fabric enumerations have the invalid type.
    - Ok - The health is good.
    - Warning - Something may be wrong that needs a look.
    - Error - Something is wrong that needs action.
    - Unknown - The health state is not known.

    """

    INVALID = "Invalid"
    OK = "Ok"
    WARNING = "Warning"
    ERROR = "Error"
    UNKNOWN = "Unknown"

    @classmethod
    def _missing_(cls, value: object) -> HealthState | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeStatus(StrEnum):
    """
    The status of a node (PascalCase, unlike the lower-case NodeStatusFilter).
    - Invalid - Indicates an invalid node status. All Service Fabric enumerations have the invalid type.
    - Up - The node is up.
    - Down - The node is down.
    - Enabling - The node is being enabled.
    - Disabling - The node is being disabled.
    - Disabled - The node is disabled.
    - Unknown - The node status is not known.
    - Removed - The node is removed.

    """

    INVALID = "Invalid"
    UP = "Up"
    DOWN = "Down"
    ENABLING = "Enabling"
    DISABLING = "Disabling"
    DISABLED = "Disabled"
    UNKNOWN = "Unknown"
    REMOVED = "Removed"

    @classmethod
    def _missing_(cls, value: object) -> NodeStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeStatusFilter(StrEnum):
    """
    Which nodes GetNodeInfoList returns, in lower case as on the wire.
    - default - Every node except those whose status is Unknown or Removed.
    - all - Every node.
    - up - Nodes that are up.
    - down - Nodes that are down.
    - enabling - Nodes being enabled.
    - disabling - Nodes being disabled.
    - disabled - Disabled nodes.
    - unknown - Nodes whose status is not known.
    - removed - Removed nodes.

    """

    DEFAULT = "default"
    ALL = "all"
    UP = "up"
    DOWN = "down"
    ENABLING = "enabling"
    DISABLING = "disabling"
    DISABLED = "disabled"
    UNKNOWN = "unknown"
    REMOVED = "removed"

    @classmethod
    def _missing_(cls, value: object) -> NodeStatusFilter | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeDeactivationIntent(StrEnum):
    """
    Why a node is being deactivated.
    - Invalid - No deactivation intent (also sent for a node that is not deactivated).
    - Pause - The node is paused.
    - Restart - The node will restart.
    - RemoveData - The node's data will be removed.
    - RemoveNode - The node will be removed.

    """

    INVALID = "Invalid"
    PAUSE = "Pause"
    RESTART = "Restart"
    REMOVE_DATA = "RemoveData"
    REMOVE_NODE = "RemoveNode"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationIntent | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeDeactivationStatus(StrEnum):
    """
    How far a node deactivation has gone.
    - None - No deactivation is in progress.
    - SafetyCheckInProgress - Safety checks are running.
    - SafetyCheckComplete - Safety checks have passed.
    - Completed - The deactivation has completed.

    """

    NONE = "None"
    SAFETY_CHECK_IN_PROGRESS = "SafetyCheckInProgress"
    SAFETY_CHECK_COMPLETE = "SafetyCheckComplete"
    COMPLETED = "Completed"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeDeactivationTaskType(StrEnum):
    """
    Who asked for a node deactivation.
    - Invalid - Indicates an invalid task type. All Service Fabric enumerations have the invalid type.
    - Infrastructure - The infrastructure.
    - Repair - A repair task.
    - Client - A client request.

    """

    INVALID = "Invalid"
    INFRASTRUCTURE = "Infrastructure"
    REPAIR = "Repair"
    CLIENT = "Client"

    @classmethod
    def _missing_(cls, value: object) -> NodeDeactivationTaskType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class NodeId(BaseModel):
    """
    The node's identity, a 128-bit number.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The number as hexadecimal text.
    """


class NodeDeactivationTaskId(BaseModel):
    """
    The identity of a node deactivation task.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The task's id.
    """
    node_deactivation_task_type: Annotated[
        NodeDeactivationTaskType | None, Field(alias="NodeDeactivationTaskType")
    ] = None


class NodeDeactivationTask(BaseModel):
    """
    One task deactivating a node.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_deactivation_task_id: Annotated[
        NodeDeactivationTaskId | None, Field(alias="NodeDeactivationTaskId")
    ] = None
    node_deactivation_intent: Annotated[
        NodeDeactivationIntent | None, Field(alias="NodeDeactivationIntent")
    ] = None


class SafetyCheck(BaseModel):
    """
    A safety check a node deactivation waits for. Kind names it (EnsureSeedNodeQuorum,
    EnsurePartitionQuorum, EnsureAvailability, WaitForPrimaryPlacement, …); the
    partition checks carry PartitionId. Other properties are kept as they come.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[str, Field(alias="Kind")]
    """
    The kind of safety check.
    """
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition the check is about, for partition safety checks.
    """


class SafetyCheckWrapper(BaseModel):
    """
    Wraps one safety check.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    safety_check: Annotated[SafetyCheck | None, Field(alias="SafetyCheck")] = None


class NodeDeactivationInfo(BaseModel):
    """
    The node's deactivation, when one is in progress or done.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    node_deactivation_intent: Annotated[
        NodeDeactivationIntent | None, Field(alias="NodeDeactivationIntent")
    ] = None
    node_deactivation_status: Annotated[
        NodeDeactivationStatus | None, Field(alias="NodeDeactivationStatus")
    ] = None
    node_deactivation_task: Annotated[
        list[NodeDeactivationTask] | None, Field(alias="NodeDeactivationTask")
    ] = None
    """
    The tasks deactivating the node.
    """
    pending_safety_checks: Annotated[
        list[SafetyCheckWrapper] | None, Field(alias="PendingSafetyChecks")
    ] = None
    """
    The safety checks still to pass.
    """


class NodeInfo(BaseModel):
    """
    A node of the cluster. Int64 values (InstanceId, the up and down times) travel as
    decimal strings.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The node's name.
    """
    ip_address_or_fqdn: Annotated[str | None, Field(alias="IpAddressOrFQDN")] = None
    """
    The node's IP address or fully qualified domain name.
    """
    type: Annotated[str | None, Field(alias="Type")] = None
    """
    The node type.
    """
    code_version: Annotated[str | None, Field(alias="CodeVersion")] = None
    """
    The Service Fabric runtime version the node runs.
    """
    config_version: Annotated[str | None, Field(alias="ConfigVersion")] = None
    """
    The cluster configuration version the node runs.
    """
    node_status: Annotated[NodeStatus | None, Field(alias="NodeStatus")] = None
    node_up_time_in_seconds: Annotated[
        str | None, Field(alias="NodeUpTimeInSeconds")
    ] = None
    """
    How long the node has been up, in seconds (a decimal string); 0 while down.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    is_seed_node: Annotated[bool | None, Field(alias="IsSeedNode")] = None
    """
    Whether the node is a seed node.
    """
    upgrade_domain: Annotated[str | None, Field(alias="UpgradeDomain")] = None
    """
    The node's upgrade domain.
    """
    fault_domain: Annotated[str | None, Field(alias="FaultDomain")] = None
    """
    The node's fault domain (fd:/…).
    """
    id: Annotated[NodeId | None, Field(alias="Id")] = None
    instance_id: Annotated[str | None, Field(alias="InstanceId")] = None
    """
    The node's instance id (a decimal 64-bit number), which StartNodeTransition's NodeInstanceId must match.
    """
    node_deactivation_info: Annotated[
        NodeDeactivationInfo | None, Field(alias="NodeDeactivationInfo")
    ] = None
    is_stopped: Annotated[bool | None, Field(alias="IsStopped")] = None
    """
    Whether the node was stopped (by StartNodeTransition or a node stop) and is not yet started.
    """
    node_down_time_in_seconds: Annotated[
        str | None, Field(alias="NodeDownTimeInSeconds")
    ] = None
    """
    How long the node has been down, in seconds (a decimal string); 0 while up.
    """
    node_up_at: Annotated[datetime | None, Field(alias="NodeUpAt")] = None
    """
    When the node last came up.
    """
    node_down_at: Annotated[datetime | None, Field(alias="NodeDownAt")] = None
    """
    When the node last went down.
    """
    node_tags: Annotated[list[str] | None, Field(alias="NodeTags")] = None
    """
    The node's tags.
    """
    is_node_by_node_upgrade_in_progress: Annotated[
        bool | None, Field(alias="IsNodeByNodeUpgradeInProgress")
    ] = None
    """
    Whether a node-by-node upgrade is in progress on the node.
    """
    infrastructure_placement_id: Annotated[
        str | None, Field(alias="InfrastructurePlacementID")
    ] = None
    """
    Where the infrastructure placed the node.
    """


class ApplicationStatus(StrEnum):
    """
    The status of an application.
    - Invalid - Indicates an invalid application status. All Service Fabric enumerations have the invalid type.
    - Ready - The application is ready.
    - Upgrading - The application is being upgraded.
    - Creating - The application is being created.
    - Deleting - The application is being deleted.
    - Failed - Creating the application failed.

    """

    INVALID = "Invalid"
    READY = "Ready"
    UPGRADING = "Upgrading"
    CREATING = "Creating"
    DELETING = "Deleting"
    FAILED = "Failed"

    @classmethod
    def _missing_(cls, value: object) -> ApplicationStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ApplicationDefinitionKind(StrEnum):
    """
    How the application was defined.
    - Invalid - Indicates an invalid definition kind. All Service Fabric enumerations have the invalid type.
    - ServiceFabricApplicationDescription - An application package (ApplicationManifest).
    - Compose - A Docker Compose file.

    """

    INVALID = "Invalid"
    SERVICE_FABRIC_APPLICATION_DESCRIPTION = "ServiceFabricApplicationDescription"
    COMPOSE = "Compose"

    @classmethod
    def _missing_(cls, value: object) -> ApplicationDefinitionKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ApplicationParameter(BaseModel):
    """
    One application parameter, overriding the manifest's value.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    key: Annotated[str, Field(alias="Key")]
    """
    The parameter's name.
    """
    value: Annotated[str, Field(alias="Value")]
    """
    The parameter's value.
    """


class ManagedApplicationIdentity(BaseModel):
    """
    One managed identity of an application.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    name: Annotated[str, Field(alias="Name")]
    """
    The identity's name.
    """
    principal_id: Annotated[str | None, Field(alias="PrincipalId")] = None
    """
    The identity's principal id.
    """


class ManagedApplicationIdentityDescription(BaseModel):
    """
    The managed identities of an application.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    token_service_endpoint: Annotated[
        str | None, Field(alias="TokenServiceEndpoint")
    ] = None
    """
    The endpoint that issues the identities' tokens.
    """
    managed_identities: Annotated[
        list[ManagedApplicationIdentity] | None, Field(alias="ManagedIdentities")
    ] = None
    """
    The identities.
    """


class ApplicationInfo(BaseModel):
    """
    An application of the cluster.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The application's id (the name without fabric:/, `~`-delimited), as the applicationId path segment takes it.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The application's name, fabric:/….
    """
    type_name: Annotated[str | None, Field(alias="TypeName")] = None
    """
    The application type's name.
    """
    type_version: Annotated[str | None, Field(alias="TypeVersion")] = None
    """
    The application type's version.
    """
    status: Annotated[ApplicationStatus | None, Field(alias="Status")] = None
    parameters: Annotated[
        list[ApplicationParameter] | None, Field(alias="Parameters")
    ] = None
    """
    The application parameters (absent with ExcludeApplicationParameters).
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    application_definition_kind: Annotated[
        ApplicationDefinitionKind | None, Field(alias="ApplicationDefinitionKind")
    ] = None
    managed_application_identity: Annotated[
        ManagedApplicationIdentityDescription | None,
        Field(alias="ManagedApplicationIdentity"),
    ] = None


class PagedApplicationInfoList(BaseModel):
    """
    One page of applications and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[list[ApplicationInfo] | None, Field(alias="Items")] = None
    """
    The applications of this page.
    """


class ServiceKind(StrEnum):
    """
    The kind of service.
    - Invalid - Indicates the service kind is invalid. All Service Fabric enumerations have the invalid type.
    - Stateless - A service without persisted state.
    - Stateful - A service whose replicas keep state.

    """

    INVALID = "Invalid"
    STATELESS = "Stateless"
    STATEFUL = "Stateful"

    @classmethod
    def _missing_(cls, value: object) -> ServiceKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ServiceStatus(StrEnum):
    """
    The status of a service.
    - Unknown - The status is not known.
    - Active - The service is active.
    - Upgrading - The service is being upgraded.
    - Deleting - The service is being deleted.
    - Creating - The service is being created.
    - Failed - Creating the service failed.

    """

    UNKNOWN = "Unknown"
    ACTIVE = "Active"
    UPGRADING = "Upgrading"
    DELETING = "Deleting"
    CREATING = "Creating"
    FAILED = "Failed"

    @classmethod
    def _missing_(cls, value: object) -> ServiceStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ArmMetadata(BaseModel):
    """
    Azure Resource Manager metadata of a service (api-version 9.0 on). Its properties are not documented here and are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )


class ServiceMetadata(BaseModel):
    """
    Metadata of a service (api-version 9.0 on).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    arm_metadata: Annotated[ArmMetadata | None, Field(alias="ArmMetadata")] = None


class StatefulServiceInfo(BaseModel):
    """
    A stateful service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateful"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The service's id (the name without fabric:/); the official example uses `/` where a path segment takes `~`.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The service's name, fabric:/app/svc.
    """
    type_name: Annotated[str | None, Field(alias="TypeName")] = None
    """
    The service type's name.
    """
    manifest_version: Annotated[str | None, Field(alias="ManifestVersion")] = None
    """
    The service manifest's version.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    service_status: Annotated[ServiceStatus | None, Field(alias="ServiceStatus")] = None
    is_service_group: Annotated[bool | None, Field(alias="IsServiceGroup")] = None
    """
    Whether the service is a service group.
    """
    service_metadata: Annotated[
        ServiceMetadata | None, Field(alias="ServiceMetadata")
    ] = None
    has_persisted_state: Annotated[bool | None, Field(alias="HasPersistedState")] = None
    """
    Whether the service keeps its state on disk.
    """


class StatelessServiceInfo(BaseModel):
    """
    A stateless service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateless"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The service's id (the name without fabric:/); the official example uses `/` where a path segment takes `~`.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The service's name, fabric:/app/svc.
    """
    type_name: Annotated[str | None, Field(alias="TypeName")] = None
    """
    The service type's name.
    """
    manifest_version: Annotated[str | None, Field(alias="ManifestVersion")] = None
    """
    The service manifest's version.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    service_status: Annotated[ServiceStatus | None, Field(alias="ServiceStatus")] = None
    is_service_group: Annotated[bool | None, Field(alias="IsServiceGroup")] = None
    """
    Whether the service is a service group.
    """
    service_metadata: Annotated[
        ServiceMetadata | None, Field(alias="ServiceMetadata")
    ] = None


class UnknownServiceInfo(BaseModel):
    """
    A service of a kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[str, Field(alias="ServiceKind")]
    """
    The kind of service, one the spec does not list.
    """
    id: Annotated[str | None, Field(alias="Id")] = None
    """
    The service's id (the name without fabric:/); the official example uses `/` where a path segment takes `~`.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The service's name, fabric:/app/svc.
    """
    type_name: Annotated[str | None, Field(alias="TypeName")] = None
    """
    The service type's name.
    """
    manifest_version: Annotated[str | None, Field(alias="ManifestVersion")] = None
    """
    The service manifest's version.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    service_status: Annotated[ServiceStatus | None, Field(alias="ServiceStatus")] = None
    is_service_group: Annotated[bool | None, Field(alias="IsServiceGroup")] = None
    """
    Whether the service is a service group.
    """
    service_metadata: Annotated[
        ServiceMetadata | None, Field(alias="ServiceMetadata")
    ] = None


class ServicePartitionKind(StrEnum):
    """
    How a service is partitioned.
    - Invalid - Indicates the partition kind is invalid. All Service Fabric enumerations have the invalid type.
    - Singleton - One partition.
    - Int64Range - Partitions own ranges of int64 keys.
    - Named - Partitions have names.

    """

    INVALID = "Invalid"
    SINGLETON = "Singleton"
    INT64_RANGE = "Int64Range"
    NAMED = "Named"

    @classmethod
    def _missing_(cls, value: object) -> ServicePartitionKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ServicePartitionStatus(StrEnum):
    """
    The status of a partition.
    - Invalid - Indicates the partition status is invalid. All Service Fabric enumerations have the invalid type.
    - Ready - The partition is ready: a write quorum of replicas is up.
    - NotReady - The partition is not ready.
    - InQuorumLoss - The partition has lost its write quorum.
    - Reconfiguring - The partition is reconfiguring its replica set.
    - Deleting - The partition is being deleted.

    """

    INVALID = "Invalid"
    READY = "Ready"
    NOT_READY = "NotReady"
    IN_QUORUM_LOSS = "InQuorumLoss"
    RECONFIGURING = "Reconfiguring"
    DELETING = "Deleting"

    @classmethod
    def _missing_(cls, value: object) -> ServicePartitionStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Int64RangePartitionInformation(BaseModel):
    """
    A partition owning a range of int64 keys. The keys travel as decimal strings (they exceed what a JSON number keeps exactly).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Int64Range"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
    low_key: Annotated[str | None, Field(alias="LowKey")] = None
    """
    The lowest key of the range (inclusive), an int64 as a decimal string.
    """
    high_key: Annotated[str | None, Field(alias="HighKey")] = None
    """
    The highest key of the range (inclusive), an int64 as a decimal string.
    """


class NamedPartitionInformation(BaseModel):
    """
    A partition with a name.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Named"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The partition's name.
    """


class SingletonPartitionInformation(BaseModel):
    """
    The one partition of a singleton-partitioned service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[
        Literal["Singleton"], Field(alias="ServicePartitionKind")
    ]
    """
    The partitioning scheme.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """


class UnknownPartitionInformation(BaseModel):
    """
    A partitioning scheme the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_partition_kind: Annotated[str, Field(alias="ServicePartitionKind")]
    """
    The partitioning scheme, one the spec does not list.
    """
    id: Annotated[UUID | None, Field(alias="Id")] = None
    """
    The partition's id.
    """


class ReplicaStatus(StrEnum):
    """
    The status of a replica or instance.
    - Invalid - Indicates the replica status is invalid. All Service Fabric enumerations have the invalid type.
    - InBuild - The replica is being built.
    - Standby - The replica is on standby.
    - Ready - The replica is ready.
    - Down - The replica is down.
    - Dropped - The replica was dropped.

    """

    INVALID = "Invalid"
    IN_BUILD = "InBuild"
    STANDBY = "Standby"
    READY = "Ready"
    DOWN = "Down"
    DROPPED = "Dropped"

    @classmethod
    def _missing_(cls, value: object) -> ReplicaStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ReplicaRole(StrEnum):
    """
    The role of a stateful replica.
    - Unknown - The role is not known.
    - None - The replica has no role.
    - Primary - The replica takes writes.
    - IdleSecondary - A secondary being built.
    - ActiveSecondary - A secondary that takes part in the write quorum.
    - IdleAuxiliary - An auxiliary replica being built.
    - ActiveAuxiliary - An auxiliary replica receiving state.
    - PrimaryAuxiliary - An auxiliary replica acting as primary.

    """

    UNKNOWN = "Unknown"
    NONE = "None"
    PRIMARY = "Primary"
    IDLE_SECONDARY = "IdleSecondary"
    ACTIVE_SECONDARY = "ActiveSecondary"
    IDLE_AUXILIARY = "IdleAuxiliary"
    ACTIVE_AUXILIARY = "ActiveAuxiliary"
    PRIMARY_AUXILIARY = "PrimaryAuxiliary"

    @classmethod
    def _missing_(cls, value: object) -> ReplicaRole | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class StatefulServiceReplicaInfo(BaseModel):
    """
    A replica of a stateful partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateful"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    replica_status: Annotated[ReplicaStatus | None, Field(alias="ReplicaStatus")] = None
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The node the replica or instance runs on.
    """
    address: Annotated[str | None, Field(alias="Address")] = None
    """
    The replica's or instance's endpoints (a JSON text of its listeners).
    """
    last_in_build_duration_in_seconds: Annotated[
        str | None, Field(alias="LastInBuildDurationInSeconds")
    ] = None
    """
    How long the last build of the replica took, in seconds as a decimal string.
    """
    replica_role: Annotated[ReplicaRole | None, Field(alias="ReplicaRole")] = None
    replica_id: Annotated[str | None, Field(alias="ReplicaId")] = None
    """
    The replica's id, an int64 as a decimal string.
    """


class StatelessServiceInstanceInfo(BaseModel):
    """
    An instance of a stateless partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateless"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    replica_status: Annotated[ReplicaStatus | None, Field(alias="ReplicaStatus")] = None
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The node the replica or instance runs on.
    """
    address: Annotated[str | None, Field(alias="Address")] = None
    """
    The replica's or instance's endpoints (a JSON text of its listeners).
    """
    last_in_build_duration_in_seconds: Annotated[
        str | None, Field(alias="LastInBuildDurationInSeconds")
    ] = None
    """
    How long the last build of the replica took, in seconds as a decimal string.
    """
    instance_id: Annotated[str | None, Field(alias="InstanceId")] = None
    """
    The instance's id, an int64 as a decimal string.
    """


class UnknownReplicaInfo(BaseModel):
    """
    A replica of a service kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[str, Field(alias="ServiceKind")]
    """
    The kind of service, one the spec does not list.
    """
    replica_status: Annotated[ReplicaStatus | None, Field(alias="ReplicaStatus")] = None
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    node_name: Annotated[str | None, Field(alias="NodeName")] = None
    """
    The node the replica or instance runs on.
    """
    address: Annotated[str | None, Field(alias="Address")] = None
    """
    The replica's or instance's endpoints (a JSON text of its listeners).
    """
    last_in_build_duration_in_seconds: Annotated[
        str | None, Field(alias="LastInBuildDurationInSeconds")
    ] = None
    """
    How long the last build of the replica took, in seconds as a decimal string.
    """


class BackupType(StrEnum):
    """
    The kind of backup.
    - Invalid - Indicates an invalid backup type. All Service Fabric enumerations have the invalid type.
    - Full - A full backup.
    - Incremental - The changes since the previous backup of the chain.

    """

    INVALID = "Invalid"
    FULL = "Full"
    INCREMENTAL = "Incremental"

    @classmethod
    def _missing_(cls, value: object) -> BackupType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class BackupPolicyScope(StrEnum):
    """
    Where a backup policy is applied.
    - Invalid - Indicates an invalid scope. All Service Fabric enumerations have the invalid type.
    - Partition - On the partition.
    - Service - On the service.
    - Application - On the application.

    """

    INVALID = "Invalid"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"

    @classmethod
    def _missing_(cls, value: object) -> BackupPolicyScope | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class BackupSuspensionScope(StrEnum):
    """
    Where backups were suspended.
    - Invalid - Indicates an invalid scope. All Service Fabric enumerations have the invalid type.
    - Partition - On the partition.
    - Service - On the service.
    - Application - On the application.

    """

    INVALID = "Invalid"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"

    @classmethod
    def _missing_(cls, value: object) -> BackupSuspensionScope | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class BackupEntityKind(StrEnum):
    """
    The kind of entity a backup configuration describes.
    - Invalid - Indicates an invalid entity kind. All Service Fabric enumerations have the invalid type.
    - Partition - A partition.
    - Service - A service.
    - Application - An application.

    """

    INVALID = "Invalid"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"

    @classmethod
    def _missing_(cls, value: object) -> BackupEntityKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


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


class ApplicationBackupConfigurationInfo(BaseModel):
    """
    An application's backup configuration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Application"], Field(alias="Kind")]
    """
    The kind of entity.
    """
    policy_name: Annotated[str | None, Field(alias="PolicyName")] = None
    """
    The name of the backup policy that applies.
    """
    policy_inherited_from: Annotated[
        BackupPolicyScope | None, Field(alias="PolicyInheritedFrom")
    ] = None
    suspension_info: Annotated[
        BackupSuspensionInfo | None, Field(alias="SuspensionInfo")
    ] = None
    application_name: Annotated[str | None, Field(alias="ApplicationName")] = None
    """
    The application's name, fabric:/….
    """


class ServiceBackupConfigurationInfo(BaseModel):
    """
    A service's backup configuration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Service"], Field(alias="Kind")]
    """
    The kind of entity.
    """
    policy_name: Annotated[str | None, Field(alias="PolicyName")] = None
    """
    The name of the backup policy that applies.
    """
    policy_inherited_from: Annotated[
        BackupPolicyScope | None, Field(alias="PolicyInheritedFrom")
    ] = None
    suspension_info: Annotated[
        BackupSuspensionInfo | None, Field(alias="SuspensionInfo")
    ] = None
    service_name: Annotated[str | None, Field(alias="ServiceName")] = None
    """
    The service's name, fabric:/app/svc.
    """


class PartitionBackupConfigurationInfo(BaseModel):
    """
    A partition's backup configuration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Partition"], Field(alias="Kind")]
    """
    The kind of entity.
    """
    policy_name: Annotated[str | None, Field(alias="PolicyName")] = None
    """
    The name of the backup policy that applies.
    """
    policy_inherited_from: Annotated[
        BackupPolicyScope | None, Field(alias="PolicyInheritedFrom")
    ] = None
    suspension_info: Annotated[
        BackupSuspensionInfo | None, Field(alias="SuspensionInfo")
    ] = None
    service_name: Annotated[str | None, Field(alias="ServiceName")] = None
    """
    The name of the partition's service, fabric:/app/svc.
    """
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition's id.
    """


class UnknownBackupConfigurationInfo(BaseModel):
    """
    A backup configuration of an entity kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[str, Field(alias="Kind")]
    """
    The kind of entity, one the spec does not list.
    """
    policy_name: Annotated[str | None, Field(alias="PolicyName")] = None
    """
    The name of the backup policy that applies.
    """
    policy_inherited_from: Annotated[
        BackupPolicyScope | None, Field(alias="PolicyInheritedFrom")
    ] = None
    suspension_info: Annotated[
        BackupSuspensionInfo | None, Field(alias="SuspensionInfo")
    ] = None


class EntityKind(StrEnum):
    """
    The kind of entity health statistics count.
    - Invalid - Indicates an invalid entity kind. All Service Fabric enumerations have the invalid type.
    - Node - Nodes.
    - Partition - Partitions.
    - Service - Services.
    - Application - Applications.
    - Replica - Replicas.
    - DeployedApplication - Deployed applications.
    - DeployedServicePackage - Deployed service packages.
    - Cluster - The cluster.

    """

    INVALID = "Invalid"
    NODE = "Node"
    PARTITION = "Partition"
    SERVICE = "Service"
    APPLICATION = "Application"
    REPLICA = "Replica"
    DEPLOYED_APPLICATION = "DeployedApplication"
    DEPLOYED_SERVICE_PACKAGE = "DeployedServicePackage"
    CLUSTER = "Cluster"

    @classmethod
    def _missing_(cls, value: object) -> EntityKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class HealthEvaluationKind(StrEnum):
    """
    The kind of a health evaluation. Open: a newer runtime may send a value not listed here.
    - Invalid - Indicates an invalid evaluation kind. All Service Fabric enumerations have the invalid type.
    - Event - A health event.
    - Replicas - The replicas of a partition.
    - Partitions - The partitions of a service.
    - DeployedServicePackages - The deployed service packages of a deployed application.
    - DeployedApplications - The deployed applications of an application.
    - Services - The services of an application.
    - Nodes - The nodes of the cluster.
    - Applications - The applications of the cluster.
    - SystemApplication - The fabric:/System application.
    - UpgradeDomainDeployedApplications - The deployed applications of an upgrade domain.
    - UpgradeDomainNodes - The nodes of an upgrade domain.
    - Replica - One replica.
    - Partition - One partition.
    - DeployedServicePackage - One deployed service package.
    - DeployedApplication - One deployed application.
    - Service - One service.
    - Node - One node.
    - Application - One application.
    - DeltaNodesCheck - The change in unhealthy nodes during an upgrade.
    - UpgradeDomainDeltaNodesCheck - The change in unhealthy nodes of an upgrade domain during an upgrade.
    - ApplicationTypeApplications - The applications of an application type.
    - NodeTypeNodes - The nodes of a node type.

    """

    INVALID = "Invalid"
    EVENT = "Event"
    REPLICAS = "Replicas"
    PARTITIONS = "Partitions"
    DEPLOYED_SERVICE_PACKAGES = "DeployedServicePackages"
    DEPLOYED_APPLICATIONS = "DeployedApplications"
    SERVICES = "Services"
    NODES = "Nodes"
    APPLICATIONS = "Applications"
    SYSTEM_APPLICATION = "SystemApplication"
    UPGRADE_DOMAIN_DEPLOYED_APPLICATIONS = "UpgradeDomainDeployedApplications"
    UPGRADE_DOMAIN_NODES = "UpgradeDomainNodes"
    REPLICA = "Replica"
    PARTITION = "Partition"
    DEPLOYED_SERVICE_PACKAGE = "DeployedServicePackage"
    DEPLOYED_APPLICATION = "DeployedApplication"
    SERVICE = "Service"
    NODE = "Node"
    APPLICATION = "Application"
    DELTA_NODES_CHECK = "DeltaNodesCheck"
    UPGRADE_DOMAIN_DELTA_NODES_CHECK = "UpgradeDomainDeltaNodesCheck"
    APPLICATION_TYPE_APPLICATIONS = "ApplicationTypeApplications"
    NODE_TYPE_NODES = "NodeTypeNodes"

    @classmethod
    def _missing_(cls, value: object) -> HealthEvaluationKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class HealthEvent(BaseModel):
    """
    A health report on an entity, with its life cycle.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    source_id: Annotated[str, Field(alias="SourceId")]
    """
    Who reported it.
    """
    property: Annotated[str, Field(alias="Property")]
    """
    What it is about; one source reports one event per property.
    """
    health_state: Annotated[HealthState, Field(alias="HealthState")]
    time_to_live_in_milli_seconds: Annotated[
        timedelta | None, Field(alias="TimeToLiveInMilliSeconds")
    ] = None
    """
    How long the report stays valid, an ISO 8601 duration despite the name (PT5M).
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    What the reporter says.
    """
    sequence_number: Annotated[str | None, Field(alias="SequenceNumber")] = None
    """
    The report's sequence number, an int64 as a decimal string.
    """
    remove_when_expired: Annotated[bool | None, Field(alias="RemoveWhenExpired")] = None
    """
    Whether the report is removed once its time to live passes.
    """
    health_report_id: Annotated[str | None, Field(alias="HealthReportId")] = None
    """
    The id of the report, when the health store assigned one.
    """
    is_expired: Annotated[bool | None, Field(alias="IsExpired")] = None
    """
    Whether the time to live has passed.
    """
    source_utc_timestamp: Annotated[
        datetime | None, Field(alias="SourceUtcTimestamp")
    ] = None
    """
    When the reporter sent it.
    """
    last_modified_utc_timestamp: Annotated[
        datetime | None, Field(alias="LastModifiedUtcTimestamp")
    ] = None
    """
    When the health store last changed it.
    """
    last_ok_transition_at: Annotated[
        datetime | None, Field(alias="LastOkTransitionAt")
    ] = None
    """
    When it last turned Ok.
    """
    last_warning_transition_at: Annotated[
        datetime | None, Field(alias="LastWarningTransitionAt")
    ] = None
    """
    When it last turned Warning.
    """
    last_error_transition_at: Annotated[
        datetime | None, Field(alias="LastErrorTransitionAt")
    ] = None
    """
    When it last turned Error.
    """


class HealthStateCount(BaseModel):
    """
    How many entities are in each health state.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    ok_count: Annotated[int | None, Field(alias="OkCount", ge=0)] = None
    """
    How many are Ok.
    """
    warning_count: Annotated[int | None, Field(alias="WarningCount", ge=0)] = None
    """
    How many are Warning.
    """
    error_count: Annotated[int | None, Field(alias="ErrorCount", ge=0)] = None
    """
    How many are Error.
    """


class EntityKindHealthStateCount(BaseModel):
    """
    The health state counts of one kind of child entity.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    entity_kind: Annotated[EntityKind | None, Field(alias="EntityKind")] = None
    health_state_count: Annotated[
        HealthStateCount | None, Field(alias="HealthStateCount")
    ] = None


class HealthStatistics(BaseModel):
    """
    Counts of the entity's children per health state (absent with ExcludeHealthStatistics).
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    health_state_count_list: Annotated[
        list[EntityKindHealthStateCount] | None, Field(alias="HealthStateCountList")
    ] = None
    """
    One count per kind of child.
    """


class ReplicaHealthState(BaseModel):
    """
    The aggregated health of one replica (stateful) or instance (stateless). ServiceKind
    says which; both carry the id in ReplicaId.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[ServiceKind | None, Field(alias="ServiceKind")] = None
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The replica's partition.
    """
    replica_id: Annotated[str | None, Field(alias="ReplicaId")] = None
    """
    The replica or instance id, an int64 as a decimal string.
    """


class PartitionHealthState(BaseModel):
    """
    The aggregated health of one partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition's id.
    """


class NodeHealthState(BaseModel):
    """
    The aggregated health of one node.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The node's name.
    """
    id: Annotated[NodeId | None, Field(alias="Id")] = None


class ApplicationHealthState(BaseModel):
    """
    The aggregated health of one application.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The application's name, fabric:/….
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


class PagedNodeInfoList(BaseModel):
    """
    One page of nodes and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[list[NodeInfo] | None, Field(alias="Items")] = None
    """
    The nodes of this page.
    """


class KnownServiceInfo(RootModel[StatefulServiceInfo | StatelessServiceInfo]):
    root: Annotated[
        StatefulServiceInfo | StatelessServiceInfo, Field(discriminator="service_kind")
    ]
    """
    A service, of a ServiceKind the spec lists; ServiceKind selects the member.
    """


class PagedServiceInfoList(BaseModel):
    """
    One page of services and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[
        list[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo] | None,
        Field(alias="Items"),
    ] = None
    """
    The services of this page.
    """


class KnownPartitionInformation(
    RootModel[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
    ]
):
    root: Annotated[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation,
        Field(discriminator="service_partition_kind"),
    ]
    """
    A partition's identity and partitioning scheme, of a ServicePartitionKind the spec lists; ServicePartitionKind selects the member.
    """


class StatefulServicePartitionInfo(BaseModel):
    """
    A partition of a stateful service.

    Two spellings: the 9.1 schema names LastQuorumLossDuration (an ISO 8601 duration)
    and PrimaryEpoch, while the official 9.1 example (GetPartitionInfoList.json) sends
    LastQuorumLossDurationInSeconds (seconds, a decimal string) and
    CurrentConfigurationEpoch. Until a live cluster settles it, both pairs are
    properties here. They are separate properties, not aliases of one: the two
    durations differ in format, so an alias would need a conversion no generator
    writes, while plain properties read the same in Python, TypeScript and JSON
    Schema. Readers take whichever is present.

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateful"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    partition_status: Annotated[
        ServicePartitionStatus | None, Field(alias="PartitionStatus")
    ] = None
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
    target_replica_set_size: Annotated[
        int | None, Field(alias="TargetReplicaSetSize")
    ] = None
    """
    How many replicas the partition aims for.
    """
    min_replica_set_size: Annotated[int | None, Field(alias="MinReplicaSetSize")] = None
    """
    The fewest replicas that make a write quorum.
    """
    auxiliary_replica_count: Annotated[
        int | None, Field(alias="AuxiliaryReplicaCount")
    ] = None
    """
    How many auxiliary replicas the partition has.
    """
    last_quorum_loss_duration: Annotated[
        timedelta | None, Field(alias="LastQuorumLossDuration")
    ] = None
    """
    How long the last quorum loss lasted, an ISO 8601 duration (PT17S).
    """
    primary_epoch: Annotated[Epoch | None, Field(alias="PrimaryEpoch")] = None
    last_quorum_loss_duration_in_seconds: Annotated[
        str | None, Field(alias="LastQuorumLossDurationInSeconds")
    ] = None
    """
    How long the last quorum loss lasted, in seconds as a decimal string (the official example's spelling).
    """
    current_configuration_epoch: Annotated[
        Epoch | None, Field(alias="CurrentConfigurationEpoch")
    ] = None


class StatelessServicePartitionInfo(BaseModel):
    """
    A partition of a stateless service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[Literal["Stateless"], Field(alias="ServiceKind")]
    """
    The kind of service.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    partition_status: Annotated[
        ServicePartitionStatus | None, Field(alias="PartitionStatus")
    ] = None
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
    instance_count: Annotated[int | None, Field(alias="InstanceCount")] = None
    """
    How many instances the partition runs (-1, one on every node).
    """
    min_instance_count: Annotated[int | None, Field(alias="MinInstanceCount", ge=1)] = 1
    """
    The fewest instances the partition needs to be healthy.
    """
    min_instance_percentage: Annotated[
        int | None, Field(alias="MinInstancePercentage", ge=0, le=100)
    ] = 0
    """
    The smallest share of InstanceCount, in percent, the partition needs to be healthy.
    """


class UnknownServicePartitionInfo(BaseModel):
    """
    A partition of a service kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    service_kind: Annotated[str, Field(alias="ServiceKind")]
    """
    The kind of service, one the spec does not list.
    """
    health_state: Annotated[HealthState | None, Field(alias="HealthState")] = None
    partition_status: Annotated[
        ServicePartitionStatus | None, Field(alias="PartitionStatus")
    ] = None
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


class KnownReplicaInfo(
    RootModel[StatefulServiceReplicaInfo | StatelessServiceInstanceInfo]
):
    root: Annotated[
        StatefulServiceReplicaInfo | StatelessServiceInstanceInfo,
        Field(discriminator="service_kind"),
    ]
    """
    A replica (stateful) or instance (stateless), of a ServiceKind the spec lists; ServiceKind selects the member.
    """


class PagedReplicaInfoList(BaseModel):
    """
    One page of replicas or instances and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[
        list[
            StatefulServiceReplicaInfo
            | StatelessServiceInstanceInfo
            | UnknownReplicaInfo
        ]
        | None,
        Field(alias="Items"),
    ] = None
    """
    The replicas or instances of this page.
    """


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


class BackupConfigurationInfo(
    RootModel[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
        | UnknownBackupConfigurationInfo
    ]
):
    root: (
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
        | UnknownBackupConfigurationInfo
    )
    """
    The backup configuration of an application, service or partition, told apart by Kind. Open: a Kind the spec does not list parses
    as UnknownBackupConfigurationInfo, which keeps the properties it does not know. The kinds the
    spec lists are KnownBackupConfigurationInfo, a discriminated union; UnknownBackupConfigurationInfo excludes them,
    so exactly one member matches any body.

    """


class KnownBackupConfigurationInfo(
    RootModel[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
    ]
):
    root: Annotated[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo,
        Field(discriminator="kind"),
    ]
    """
    The backup configuration of an application, service or partition, of a Kind the spec lists; Kind selects the member.
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


class KnownServicePartitionInfo(
    RootModel[StatefulServicePartitionInfo | StatelessServicePartitionInfo]
):
    root: Annotated[
        StatefulServicePartitionInfo | StatelessServicePartitionInfo,
        Field(discriminator="service_kind"),
    ]
    """
    A partition, of a ServiceKind the spec lists; ServiceKind selects the member.
    """


class PagedServicePartitionInfoList(BaseModel):
    """
    One page of partitions and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[
        list[
            StatefulServicePartitionInfo
            | StatelessServicePartitionInfo
            | UnknownServicePartitionInfo
        ]
        | None,
        Field(alias="Items"),
    ] = None
    """
    The partitions of this page.
    """


class HealthEvaluation(BaseModel):
    """
    Why an entity is unhealthy: one evaluation of the health policy. An open, tolerant
    model: Kind tells what was evaluated (any value parses, listed or not), the common
    properties are typed, nested evaluations are in UnhealthyEvaluations, and every
    kind-specific property (TotalCount, MaxPercentUnhealthy…, ConsiderWarningAsError,
    the entity's name or id, UnhealthyEvent…) is kept as it comes.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[HealthEvaluationKind, Field(alias="Kind")]
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    What was evaluated and how it came out.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    The nested evaluations that made this one unhealthy.
    """


class HealthEvaluationWrapper(BaseModel):
    """
    Wraps one health evaluation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    health_evaluation: Annotated[
        HealthEvaluation | None, Field(alias="HealthEvaluation")
    ] = None


class PartitionHealth(BaseModel):
    """
    The health of a partition.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    health_events: Annotated[list[HealthEvent] | None, Field(alias="HealthEvents")] = (
        None
    )
    """
    The health events reported on the entity that EventsHealthStateFilter lets through.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    Why the aggregated health state is not Ok; empty when it is.
    """
    health_statistics: Annotated[
        HealthStatistics | None, Field(alias="HealthStatistics")
    ] = None
    partition_id: Annotated[UUID | None, Field(alias="PartitionId")] = None
    """
    The partition's id.
    """
    replica_health_states: Annotated[
        list[ReplicaHealthState] | None, Field(alias="ReplicaHealthStates")
    ] = None
    """
    The replicas' health states that ReplicasHealthStateFilter lets through.
    """


class ServiceHealth(BaseModel):
    """
    The health of a service.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    health_events: Annotated[list[HealthEvent] | None, Field(alias="HealthEvents")] = (
        None
    )
    """
    The health events reported on the entity that EventsHealthStateFilter lets through.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    Why the aggregated health state is not Ok; empty when it is.
    """
    health_statistics: Annotated[
        HealthStatistics | None, Field(alias="HealthStatistics")
    ] = None
    name: Annotated[str | None, Field(alias="Name")] = None
    """
    The service's name, fabric:/app/svc.
    """
    partition_health_states: Annotated[
        list[PartitionHealthState] | None, Field(alias="PartitionHealthStates")
    ] = None
    """
    The partitions' health states that PartitionsHealthStateFilter lets through.
    """


class ClusterHealth(BaseModel):
    """
    The health of the cluster.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    health_events: Annotated[list[HealthEvent] | None, Field(alias="HealthEvents")] = (
        None
    )
    """
    The health events reported on the entity that EventsHealthStateFilter lets through.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    Why the aggregated health state is not Ok; empty when it is.
    """
    health_statistics: Annotated[
        HealthStatistics | None, Field(alias="HealthStatistics")
    ] = None
    node_health_states: Annotated[
        list[NodeHealthState] | None, Field(alias="NodeHealthStates")
    ] = None
    """
    The nodes' health states that NodesHealthStateFilter lets through.
    """
    application_health_states: Annotated[
        list[ApplicationHealthState] | None, Field(alias="ApplicationHealthStates")
    ] = None
    """
    The applications' health states that ApplicationsHealthStateFilter lets through.
    """


HealthEvaluation.model_rebuild()


class ServiceInfo:
    """A service, told apart by ServiceKind. Open: a ServiceKind the spec does not list
    parses as UnknownServiceInfo, which keeps the properties it does not know. The
    kinds the spec lists are KnownServiceInfo, a discriminated union;
    UnknownServiceInfo excludes them, so exactly one member matches any body.

    The open union StatefulServiceInfo, StatelessServiceInfo, UnknownServiceInfo: the
    type the operations returning a ServiceInfo parse with.
    ServiceInfo.model_validate_json(body) returns the member the body's kind selects
    (UnknownServiceInfo for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]
    ] = TypeAdapter(StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo:
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)


class PartitionInformation:
    """A partition's identity and partitioning scheme, told apart by ServicePartitionKind.
    Open: a ServicePartitionKind the spec does not list parses as
    UnknownPartitionInformation, which keeps the properties it does not know. The
    kinds the spec lists are KnownPartitionInformation, a discriminated union;
    UnknownPartitionInformation excludes them, so exactly one member matches any
    body.

    The open union Int64RangePartitionInformation, NamedPartitionInformation,
    SingletonPartitionInformation, UnknownPartitionInformation: the type the
    operations returning a PartitionInformation parse with.
    PartitionInformation.model_validate_json(body) returns the member the body's
    kind selects (UnknownPartitionInformation for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            Int64RangePartitionInformation
            | NamedPartitionInformation
            | SingletonPartitionInformation
            | UnknownPartitionInformation
        ]
    ] = TypeAdapter(
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> (
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
        | UnknownPartitionInformation
    ):
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)


class ServicePartitionInfo:
    """A partition, told apart by ServiceKind. Open: a ServiceKind the spec does not list
    parses as UnknownServicePartitionInfo, which keeps the properties it does not
    know. The kinds the spec lists are KnownServicePartitionInfo, a discriminated
    union; UnknownServicePartitionInfo excludes them, so exactly one member matches
    any body.

    The open union StatefulServicePartitionInfo, StatelessServicePartitionInfo,
    UnknownServicePartitionInfo: the type the operations returning a
    ServicePartitionInfo parse with. ServicePartitionInfo.model_validate_json(body)
    returns the member the body's kind selects (UnknownServicePartitionInfo for a
    kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            StatefulServicePartitionInfo
            | StatelessServicePartitionInfo
            | UnknownServicePartitionInfo
        ]
    ] = TypeAdapter(
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> (
        StatefulServicePartitionInfo
        | StatelessServicePartitionInfo
        | UnknownServicePartitionInfo
    ):
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)


class ReplicaInfo:
    """A replica (stateful) or instance (stateless), told apart by ServiceKind. Open: a
    ServiceKind the spec does not list parses as UnknownReplicaInfo, which keeps the
    properties it does not know. The kinds the spec lists are KnownReplicaInfo, a
    discriminated union; UnknownReplicaInfo excludes them, so exactly one member
    matches any body.

    The open union StatefulServiceReplicaInfo, StatelessServiceInstanceInfo,
    UnknownReplicaInfo: the type the operations returning a ReplicaInfo parse with.
    ReplicaInfo.model_validate_json(body) returns the member the body's kind selects
    (UnknownReplicaInfo for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            StatefulServiceReplicaInfo
            | StatelessServiceInstanceInfo
            | UnknownReplicaInfo
        ]
    ] = TypeAdapter(
        StatefulServiceReplicaInfo | StatelessServiceInstanceInfo | UnknownReplicaInfo
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> StatefulServiceReplicaInfo | StatelessServiceInstanceInfo | UnknownReplicaInfo:
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
