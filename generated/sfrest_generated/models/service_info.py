# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import ClassVar

from pydantic import (
    TypeAdapter,
)

from .stateful_service_info import StatefulServiceInfo
from .stateless_service_info import StatelessServiceInfo
from .unknown_service_info import UnknownServiceInfo


class ServiceInfo:
    """A service, told apart by ServiceKind. Open: a ServiceKind the spec does not list
    parses as UnknownServiceInfo, which keeps the properties it does not know. The
    kinds the spec lists are KnownServiceInfo, a discriminated union;
    UnknownServiceInfo excludes them, so exactly one member matches any body.

    The open union StatefulServiceInfo, StatelessServiceInfo, UnknownServiceInfo: the
    type the operations returning a ServiceInfo parse with.
    ServiceInfo.model_validate_json(body) returns the member the body's kind selects
    (UnknownServiceInfo for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo]
    ] = TypeAdapter(StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo)

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> StatefulServiceInfo | StatelessServiceInfo | UnknownServiceInfo:
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
