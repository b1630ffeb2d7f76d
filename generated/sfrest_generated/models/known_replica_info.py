# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .stateful_service_replica_info import StatefulServiceReplicaInfo
from .stateless_service_instance_info import StatelessServiceInstanceInfo


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
