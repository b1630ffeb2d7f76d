# generated from spec/ by make generate — do not edit
from __future__ import annotations

from enum import StrEnum


class QuorumLossMode(StrEnum):
    """
    Which replicas to take down. Sent exactly as written (case-sensitive); the gateway
    rejects Invalid with 400. (A 2019 runtime source parses QuorumLossReplicas instead
    of QuorumReplicas: unconfirmed.)
    - Invalid - Reserved. Do not pass into API.
    - QuorumReplicas - Partial Quorum loss mode: minimum number of replicas for a partition will be down that will cause a quorum loss.
    - AllReplicas - AllReplicas quorum loss mode: all replicas of the partition are taken down.

    """

    INVALID = "Invalid"
    QUORUM_REPLICAS = "QuorumReplicas"
    ALL_REPLICAS = "AllReplicas"

    @classmethod
    def _missing_(cls, value: object) -> QuorumLossMode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
