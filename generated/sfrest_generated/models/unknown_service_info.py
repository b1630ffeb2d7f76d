# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState
from .service_metadata import ServiceMetadata
from .service_status import ServiceStatus


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
