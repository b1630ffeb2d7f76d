# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
