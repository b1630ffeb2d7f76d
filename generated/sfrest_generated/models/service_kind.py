# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
