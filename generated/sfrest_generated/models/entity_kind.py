# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
