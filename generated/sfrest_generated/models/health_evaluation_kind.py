# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
