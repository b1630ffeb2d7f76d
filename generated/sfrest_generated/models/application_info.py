# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .application_definition_kind import ApplicationDefinitionKind
from .application_parameter import ApplicationParameter
from .application_status import ApplicationStatus
from .health_state import HealthState
from .managed_application_identity_description import (
    ManagedApplicationIdentityDescription,
)


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
