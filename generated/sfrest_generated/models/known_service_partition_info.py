# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .stateful_service_partition_info import StatefulServicePartitionInfo
from .stateless_service_partition_info import StatelessServicePartitionInfo


class KnownServicePartitionInfo(
    RootModel[StatefulServicePartitionInfo | StatelessServicePartitionInfo]
):
    root: Annotated[
        StatefulServicePartitionInfo | StatelessServicePartitionInfo,
        Field(discriminator="service_kind"),
    ]
    """
    A partition, of a ServiceKind the spec lists; ServiceKind selects the member.
    """
