# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


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
