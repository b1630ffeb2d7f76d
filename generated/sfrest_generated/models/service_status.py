# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
