# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import ClassVar

from pydantic import (
    TypeAdapter,
)

from .stateful_service_replica_info import StatefulServiceReplicaInfo
from .stateless_service_instance_info import StatelessServiceInstanceInfo
from .unknown_replica_info import UnknownReplicaInfo


class ReplicaInfo:
    """A replica (stateful) or instance (stateless), told apart by ServiceKind. Open: a
    ServiceKind the spec does not list parses as UnknownReplicaInfo, which keeps the
    properties it does not know. The kinds the spec lists are KnownReplicaInfo, a
    discriminated union; UnknownReplicaInfo excludes them, so exactly one member
    matches any body.

    The open union StatefulServiceReplicaInfo, StatelessServiceInstanceInfo,
    UnknownReplicaInfo: the type the operations returning a ReplicaInfo parse with.
    ReplicaInfo.model_validate_json(body) returns the member the body's kind selects
    (UnknownReplicaInfo for a kind the spec does not list).
    """

    _adapter: ClassVar[
        TypeAdapter[
            StatefulServiceReplicaInfo
            | StatelessServiceInstanceInfo
            | UnknownReplicaInfo
        ]
    ] = TypeAdapter(
        StatefulServiceReplicaInfo | StatelessServiceInstanceInfo | UnknownReplicaInfo
    )

    @classmethod
    def model_validate_json(
        cls, json_data: str | bytes | bytearray
    ) -> StatefulServiceReplicaInfo | StatelessServiceInstanceInfo | UnknownReplicaInfo:
        """Parses a JSON body into the member its kind selects."""
        return cls._adapter.validate_json(json_data)
