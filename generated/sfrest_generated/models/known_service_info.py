# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .stateful_service_info import StatefulServiceInfo
from .stateless_service_info import StatelessServiceInfo


class KnownServiceInfo(RootModel[StatefulServiceInfo | StatelessServiceInfo]):
    root: Annotated[
        StatefulServiceInfo | StatelessServiceInfo, Field(discriminator="service_kind")
    ]
    """
    A service, of a ServiceKind the spec lists; ServiceKind selects the member.
    """
