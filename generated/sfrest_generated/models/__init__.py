# generated from spec/ by make generate — do not edit
"""Every model of the spec, one module per model (or per group that refers to itself).

A model's module is imported when the name is first used, so a call builds the pydantic
models its answer needs, not all 146.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .application_backup_configuration_info import (
        ApplicationBackupConfigurationInfo,
    )
    from .application_definition_kind import ApplicationDefinitionKind
    from .application_health_state import ApplicationHealthState
    from .application_info import ApplicationInfo
    from .application_parameter import ApplicationParameter
    from .application_status import ApplicationStatus
    from .application_type_health_policy_map_item import (
        ApplicationTypeHealthPolicyMapItem,
    )
    from .arm_metadata import ArmMetadata
    from .azure_blob_backup_storage_description import AzureBlobBackupStorageDescription
    from .backup_configuration_info import BackupConfigurationInfo
    from .backup_entity_kind import BackupEntityKind
    from .backup_info import BackupInfo
    from .backup_partition_description import BackupPartitionDescription
    from .backup_policy_scope import BackupPolicyScope
    from .backup_progress_info import BackupProgressInfo
    from .backup_state import BackupState
    from .backup_storage_kind import BackupStorageKind
    from .backup_suspension_info import BackupSuspensionInfo
    from .backup_suspension_scope import BackupSuspensionScope
    from .backup_type import BackupType
    from .chaos import Chaos
    from .chaos_context import ChaosContext
    from .chaos_context_map import ChaosContextMap
    from .chaos_event import ChaosEvent
    from .chaos_event_kind import ChaosEventKind
    from .chaos_event_wrapper import ChaosEventWrapper
    from .chaos_events_segment import ChaosEventsSegment
    from .chaos_parameters import ChaosParameters
    from .chaos_parameters_dictionary_item import ChaosParametersDictionaryItem
    from .chaos_schedule import ChaosSchedule
    from .chaos_schedule_description import ChaosScheduleDescription
    from .chaos_schedule_job import ChaosScheduleJob
    from .chaos_schedule_job_active_days_of_week import ChaosScheduleJobActiveDaysOfWeek
    from .chaos_schedule_status import ChaosScheduleStatus
    from .chaos_status import ChaosStatus
    from .chaos_target_filter import ChaosTargetFilter
    from .cluster_health import ClusterHealth
    from .cluster_health_policy import ClusterHealthPolicy
    from .create_fabric_dump import CreateFabricDump
    from .data_loss_mode import DataLossMode
    from .dsms_azure_blob_backup_storage_description import (
        DsmsAzureBlobBackupStorageDescription,
    )
    from .entity_kind import EntityKind
    from .entity_kind_health_state_count import EntityKindHealthStateCount
    from .epoch import Epoch
    from .executing_faults_chaos_event import ExecutingFaultsChaosEvent
    from .fabric_error import FabricError
    from .fabric_error_error import FabricErrorError
    from .file_share_backup_storage_description import FileShareBackupStorageDescription
    from .health_evaluation import HealthEvaluation, HealthEvaluationWrapper
    from .health_evaluation_kind import HealthEvaluationKind
    from .health_event import HealthEvent
    from .health_state import HealthState
    from .health_state_count import HealthStateCount
    from .health_statistics import HealthStatistics
    from .int64_range_partition_information import Int64RangePartitionInformation
    from .invoke_data_loss_result import InvokeDataLossResult
    from .invoke_quorum_loss_result import InvokeQuorumLossResult
    from .known_backup_configuration_info import KnownBackupConfigurationInfo
    from .known_chaos_event import KnownChaosEvent
    from .known_partition_information import KnownPartitionInformation
    from .known_replica_info import KnownReplicaInfo
    from .known_service_info import KnownServiceInfo
    from .known_service_partition_info import KnownServicePartitionInfo
    from .managed_application_identity import ManagedApplicationIdentity
    from .managed_application_identity_description import (
        ManagedApplicationIdentityDescription,
    )
    from .managed_identity_azure_blob_backup_storage_description import (
        ManagedIdentityAzureBlobBackupStorageDescription,
    )
    from .managed_identity_type import ManagedIdentityType
    from .named_partition_information import NamedPartitionInformation
    from .node_deactivation_info import NodeDeactivationInfo
    from .node_deactivation_intent import NodeDeactivationIntent
    from .node_deactivation_status import NodeDeactivationStatus
    from .node_deactivation_task import NodeDeactivationTask
    from .node_deactivation_task_id import NodeDeactivationTaskId
    from .node_deactivation_task_type import NodeDeactivationTaskType
    from .node_health import NodeHealth
    from .node_health_state import NodeHealthState
    from .node_id import NodeId
    from .node_info import NodeInfo
    from .node_result import NodeResult
    from .node_status import NodeStatus
    from .node_status_filter import NodeStatusFilter
    from .node_transition_progress import NodeTransitionProgress
    from .node_transition_result import NodeTransitionResult
    from .node_transition_type import NodeTransitionType
    from .node_type_health_policy_map_item import NodeTypeHealthPolicyMapItem
    from .operation_state import OperationState
    from .operation_status import OperationStatus
    from .operation_status_list import OperationStatusList
    from .operation_type import OperationType
    from .paged_application_info_list import PagedApplicationInfoList
    from .paged_backup_info_list import PagedBackupInfoList
    from .paged_node_info_list import PagedNodeInfoList
    from .paged_replica_info_list import PagedReplicaInfoList
    from .paged_service_info_list import PagedServiceInfoList
    from .paged_service_partition_info_list import PagedServicePartitionInfoList
    from .partition_backup_configuration_info import PartitionBackupConfigurationInfo
    from .partition_data_loss_progress import PartitionDataLossProgress
    from .partition_health import PartitionHealth
    from .partition_health_state import PartitionHealthState
    from .partition_information import PartitionInformation
    from .partition_quorum_loss_progress import PartitionQuorumLossProgress
    from .partition_restart_progress import PartitionRestartProgress
    from .quorum_loss_mode import QuorumLossMode
    from .replica_health_state import ReplicaHealthState
    from .replica_info import ReplicaInfo
    from .replica_role import ReplicaRole
    from .replica_status import ReplicaStatus
    from .restart_node_description import RestartNodeDescription
    from .restart_partition_mode import RestartPartitionMode
    from .restart_partition_result import RestartPartitionResult
    from .restore_partition_description import RestorePartitionDescription
    from .restore_progress_info import RestoreProgressInfo
    from .restore_state import RestoreState
    from .safety_check import SafetyCheck
    from .safety_check_wrapper import SafetyCheckWrapper
    from .selected_partition import SelectedPartition
    from .service_backup_configuration_info import ServiceBackupConfigurationInfo
    from .service_health import ServiceHealth
    from .service_info import ServiceInfo
    from .service_kind import ServiceKind
    from .service_metadata import ServiceMetadata
    from .service_partition_info import ServicePartitionInfo
    from .service_partition_kind import ServicePartitionKind
    from .service_partition_status import ServicePartitionStatus
    from .service_status import ServiceStatus
    from .singleton_partition_information import SingletonPartitionInformation
    from .started_chaos_event import StartedChaosEvent
    from .stateful_service_info import StatefulServiceInfo
    from .stateful_service_partition_info import StatefulServicePartitionInfo
    from .stateful_service_replica_info import StatefulServiceReplicaInfo
    from .stateless_service_info import StatelessServiceInfo
    from .stateless_service_instance_info import StatelessServiceInstanceInfo
    from .stateless_service_partition_info import StatelessServicePartitionInfo
    from .stopped_chaos_event import StoppedChaosEvent
    from .test_error_chaos_event import TestErrorChaosEvent
    from .time_of_day import TimeOfDay
    from .time_range import TimeRange
    from .unknown_backup_configuration_info import UnknownBackupConfigurationInfo
    from .unknown_chaos_event import UnknownChaosEvent
    from .unknown_partition_information import UnknownPartitionInformation
    from .unknown_replica_info import UnknownReplicaInfo
    from .unknown_service_info import UnknownServiceInfo
    from .unknown_service_partition_info import UnknownServicePartitionInfo
    from .validation_failed_chaos_event import ValidationFailedChaosEvent
    from .waiting_chaos_event import WaitingChaosEvent

_MODULES = {
    "FabricErrorError": "fabric_error_error",
    "OperationState": "operation_state",
    "OperationType": "operation_type",
    "DataLossMode": "data_loss_mode",
    "QuorumLossMode": "quorum_loss_mode",
    "RestartPartitionMode": "restart_partition_mode",
    "NodeTransitionType": "node_transition_type",
    "BackupState": "backup_state",
    "RestoreState": "restore_state",
    "BackupStorageKind": "backup_storage_kind",
    "ManagedIdentityType": "managed_identity_type",
    "SelectedPartition": "selected_partition",
    "NodeResult": "node_result",
    "NodeTransitionResult": "node_transition_result",
    "NodeTransitionProgress": "node_transition_progress",
    "OperationStatus": "operation_status",
    "OperationStatusList": "operation_status_list",
    "Epoch": "epoch",
    "BackupProgressInfo": "backup_progress_info",
    "RestoreProgressInfo": "restore_progress_info",
    "AzureBlobBackupStorageDescription": "azure_blob_backup_storage_description",
    "FileShareBackupStorageDescription": "file_share_backup_storage_description",
    "DsmsAzureBlobBackupStorageDescription": "dsms_azure_blob_backup_storage_description",
    "ManagedIdentityAzureBlobBackupStorageDescription": "managed_identity_azure_blob_backup_storage_description",
    "HealthState": "health_state",
    "NodeStatus": "node_status",
    "NodeStatusFilter": "node_status_filter",
    "NodeDeactivationIntent": "node_deactivation_intent",
    "NodeDeactivationStatus": "node_deactivation_status",
    "NodeDeactivationTaskType": "node_deactivation_task_type",
    "NodeId": "node_id",
    "NodeDeactivationTaskId": "node_deactivation_task_id",
    "NodeDeactivationTask": "node_deactivation_task",
    "SafetyCheck": "safety_check",
    "SafetyCheckWrapper": "safety_check_wrapper",
    "NodeDeactivationInfo": "node_deactivation_info",
    "NodeInfo": "node_info",
    "ApplicationStatus": "application_status",
    "ApplicationDefinitionKind": "application_definition_kind",
    "ApplicationParameter": "application_parameter",
    "ManagedApplicationIdentity": "managed_application_identity",
    "ManagedApplicationIdentityDescription": "managed_application_identity_description",
    "ApplicationInfo": "application_info",
    "PagedApplicationInfoList": "paged_application_info_list",
    "ServiceKind": "service_kind",
    "ServiceStatus": "service_status",
    "ArmMetadata": "arm_metadata",
    "ServiceMetadata": "service_metadata",
    "StatefulServiceInfo": "stateful_service_info",
    "StatelessServiceInfo": "stateless_service_info",
    "UnknownServiceInfo": "unknown_service_info",
    "ServicePartitionKind": "service_partition_kind",
    "ServicePartitionStatus": "service_partition_status",
    "Int64RangePartitionInformation": "int64_range_partition_information",
    "NamedPartitionInformation": "named_partition_information",
    "SingletonPartitionInformation": "singleton_partition_information",
    "UnknownPartitionInformation": "unknown_partition_information",
    "ReplicaStatus": "replica_status",
    "ReplicaRole": "replica_role",
    "StatefulServiceReplicaInfo": "stateful_service_replica_info",
    "StatelessServiceInstanceInfo": "stateless_service_instance_info",
    "UnknownReplicaInfo": "unknown_replica_info",
    "BackupType": "backup_type",
    "BackupPolicyScope": "backup_policy_scope",
    "BackupSuspensionScope": "backup_suspension_scope",
    "BackupEntityKind": "backup_entity_kind",
    "BackupSuspensionInfo": "backup_suspension_info",
    "ApplicationBackupConfigurationInfo": "application_backup_configuration_info",
    "ServiceBackupConfigurationInfo": "service_backup_configuration_info",
    "PartitionBackupConfigurationInfo": "partition_backup_configuration_info",
    "UnknownBackupConfigurationInfo": "unknown_backup_configuration_info",
    "EntityKind": "entity_kind",
    "HealthEvaluationKind": "health_evaluation_kind",
    "HealthEvent": "health_event",
    "HealthStateCount": "health_state_count",
    "EntityKindHealthStateCount": "entity_kind_health_state_count",
    "HealthStatistics": "health_statistics",
    "ReplicaHealthState": "replica_health_state",
    "PartitionHealthState": "partition_health_state",
    "NodeHealthState": "node_health_state",
    "ApplicationHealthState": "application_health_state",
    "CreateFabricDump": "create_fabric_dump",
    "RestartNodeDescription": "restart_node_description",
    "ChaosStatus": "chaos_status",
    "ChaosScheduleStatus": "chaos_schedule_status",
    "ApplicationTypeHealthPolicyMapItem": "application_type_health_policy_map_item",
    "NodeTypeHealthPolicyMapItem": "node_type_health_policy_map_item",
    "ChaosContextMap": "chaos_context_map",
    "ChaosTargetFilter": "chaos_target_filter",
    "ChaosEventKind": "chaos_event_kind",
    "ExecutingFaultsChaosEvent": "executing_faults_chaos_event",
    "WaitingChaosEvent": "waiting_chaos_event",
    "ValidationFailedChaosEvent": "validation_failed_chaos_event",
    "TestErrorChaosEvent": "test_error_chaos_event",
    "StoppedChaosEvent": "stopped_chaos_event",
    "UnknownChaosEvent": "unknown_chaos_event",
    "ChaosScheduleJobActiveDaysOfWeek": "chaos_schedule_job_active_days_of_week",
    "TimeOfDay": "time_of_day",
    "FabricError": "fabric_error",
    "InvokeDataLossResult": "invoke_data_loss_result",
    "InvokeQuorumLossResult": "invoke_quorum_loss_result",
    "RestartPartitionResult": "restart_partition_result",
    "PartitionDataLossProgress": "partition_data_loss_progress",
    "PartitionQuorumLossProgress": "partition_quorum_loss_progress",
    "PartitionRestartProgress": "partition_restart_progress",
    "PagedNodeInfoList": "paged_node_info_list",
    "KnownServiceInfo": "known_service_info",
    "PagedServiceInfoList": "paged_service_info_list",
    "KnownPartitionInformation": "known_partition_information",
    "StatefulServicePartitionInfo": "stateful_service_partition_info",
    "StatelessServicePartitionInfo": "stateless_service_partition_info",
    "UnknownServicePartitionInfo": "unknown_service_partition_info",
    "KnownReplicaInfo": "known_replica_info",
    "PagedReplicaInfoList": "paged_replica_info_list",
    "BackupInfo": "backup_info",
    "PagedBackupInfoList": "paged_backup_info_list",
    "BackupConfigurationInfo": "backup_configuration_info",
    "KnownBackupConfigurationInfo": "known_backup_configuration_info",
    "ClusterHealthPolicy": "cluster_health_policy",
    "ChaosContext": "chaos_context",
    "TimeRange": "time_range",
    "BackupPartitionDescription": "backup_partition_description",
    "RestorePartitionDescription": "restore_partition_description",
    "KnownServicePartitionInfo": "known_service_partition_info",
    "PagedServicePartitionInfoList": "paged_service_partition_info_list",
    "ChaosParameters": "chaos_parameters",
    "StartedChaosEvent": "started_chaos_event",
    "ChaosParametersDictionaryItem": "chaos_parameters_dictionary_item",
    "ChaosScheduleJob": "chaos_schedule_job",
    "Chaos": "chaos",
    "KnownChaosEvent": "known_chaos_event",
    "ChaosSchedule": "chaos_schedule",
    "ChaosEventWrapper": "chaos_event_wrapper",
    "ChaosScheduleDescription": "chaos_schedule_description",
    "ChaosEventsSegment": "chaos_events_segment",
    "HealthEvaluation": "health_evaluation",
    "HealthEvaluationWrapper": "health_evaluation",
    "NodeHealth": "node_health",
    "PartitionHealth": "partition_health",
    "ServiceHealth": "service_health",
    "ClusterHealth": "cluster_health",
    "ServiceInfo": "service_info",
    "PartitionInformation": "partition_information",
    "ServicePartitionInfo": "service_partition_info",
    "ReplicaInfo": "replica_info",
    "ChaosEvent": "chaos_event",
}

__all__ = [
    "ApplicationBackupConfigurationInfo",
    "ApplicationDefinitionKind",
    "ApplicationHealthState",
    "ApplicationInfo",
    "ApplicationParameter",
    "ApplicationStatus",
    "ApplicationTypeHealthPolicyMapItem",
    "ArmMetadata",
    "AzureBlobBackupStorageDescription",
    "BackupConfigurationInfo",
    "BackupEntityKind",
    "BackupInfo",
    "BackupPartitionDescription",
    "BackupPolicyScope",
    "BackupProgressInfo",
    "BackupState",
    "BackupStorageKind",
    "BackupSuspensionInfo",
    "BackupSuspensionScope",
    "BackupType",
    "Chaos",
    "ChaosContext",
    "ChaosContextMap",
    "ChaosEvent",
    "ChaosEventKind",
    "ChaosEventWrapper",
    "ChaosEventsSegment",
    "ChaosParameters",
    "ChaosParametersDictionaryItem",
    "ChaosSchedule",
    "ChaosScheduleDescription",
    "ChaosScheduleJob",
    "ChaosScheduleJobActiveDaysOfWeek",
    "ChaosScheduleStatus",
    "ChaosStatus",
    "ChaosTargetFilter",
    "ClusterHealth",
    "ClusterHealthPolicy",
    "CreateFabricDump",
    "DataLossMode",
    "DsmsAzureBlobBackupStorageDescription",
    "EntityKind",
    "EntityKindHealthStateCount",
    "Epoch",
    "ExecutingFaultsChaosEvent",
    "FabricError",
    "FabricErrorError",
    "FileShareBackupStorageDescription",
    "HealthEvaluation",
    "HealthEvaluationKind",
    "HealthEvaluationWrapper",
    "HealthEvent",
    "HealthState",
    "HealthStateCount",
    "HealthStatistics",
    "Int64RangePartitionInformation",
    "InvokeDataLossResult",
    "InvokeQuorumLossResult",
    "KnownBackupConfigurationInfo",
    "KnownChaosEvent",
    "KnownPartitionInformation",
    "KnownReplicaInfo",
    "KnownServiceInfo",
    "KnownServicePartitionInfo",
    "ManagedApplicationIdentity",
    "ManagedApplicationIdentityDescription",
    "ManagedIdentityAzureBlobBackupStorageDescription",
    "ManagedIdentityType",
    "NamedPartitionInformation",
    "NodeDeactivationInfo",
    "NodeDeactivationIntent",
    "NodeDeactivationStatus",
    "NodeDeactivationTask",
    "NodeDeactivationTaskId",
    "NodeDeactivationTaskType",
    "NodeHealth",
    "NodeHealthState",
    "NodeId",
    "NodeInfo",
    "NodeResult",
    "NodeStatus",
    "NodeStatusFilter",
    "NodeTransitionProgress",
    "NodeTransitionResult",
    "NodeTransitionType",
    "NodeTypeHealthPolicyMapItem",
    "OperationState",
    "OperationStatus",
    "OperationStatusList",
    "OperationType",
    "PagedApplicationInfoList",
    "PagedBackupInfoList",
    "PagedNodeInfoList",
    "PagedReplicaInfoList",
    "PagedServiceInfoList",
    "PagedServicePartitionInfoList",
    "PartitionBackupConfigurationInfo",
    "PartitionDataLossProgress",
    "PartitionHealth",
    "PartitionHealthState",
    "PartitionInformation",
    "PartitionQuorumLossProgress",
    "PartitionRestartProgress",
    "QuorumLossMode",
    "ReplicaHealthState",
    "ReplicaInfo",
    "ReplicaRole",
    "ReplicaStatus",
    "RestartNodeDescription",
    "RestartPartitionMode",
    "RestartPartitionResult",
    "RestorePartitionDescription",
    "RestoreProgressInfo",
    "RestoreState",
    "SafetyCheck",
    "SafetyCheckWrapper",
    "SelectedPartition",
    "ServiceBackupConfigurationInfo",
    "ServiceHealth",
    "ServiceInfo",
    "ServiceKind",
    "ServiceMetadata",
    "ServicePartitionInfo",
    "ServicePartitionKind",
    "ServicePartitionStatus",
    "ServiceStatus",
    "SingletonPartitionInformation",
    "StartedChaosEvent",
    "StatefulServiceInfo",
    "StatefulServicePartitionInfo",
    "StatefulServiceReplicaInfo",
    "StatelessServiceInfo",
    "StatelessServiceInstanceInfo",
    "StatelessServicePartitionInfo",
    "StoppedChaosEvent",
    "TestErrorChaosEvent",
    "TimeOfDay",
    "TimeRange",
    "UnknownBackupConfigurationInfo",
    "UnknownChaosEvent",
    "UnknownPartitionInformation",
    "UnknownReplicaInfo",
    "UnknownServiceInfo",
    "UnknownServicePartitionInfo",
    "ValidationFailedChaosEvent",
    "WaitingChaosEvent",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
