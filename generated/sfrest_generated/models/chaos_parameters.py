# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .chaos_context import ChaosContext
from .chaos_target_filter import ChaosTargetFilter
from .cluster_health_policy import ClusterHealthPolicy


class ChaosParameters(BaseModel):
    """
    How Chaos runs. Every property is optional and has the default shown.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    time_to_run_in_seconds: Annotated[
        str | None, Field(alias="TimeToRunInSeconds", pattern="^[0-9]{1,10}$")
    ] = "4294967295"
    """
    How long Chaos runs before it stops itself, in seconds, as a decimal string of a
    32-bit unsigned number (x-seconds: clients take a number or a duration too).

    """
    max_cluster_stabilization_timeout_in_seconds: Annotated[
        int | None,
        Field(alias="MaxClusterStabilizationTimeoutInSeconds", ge=0, le=4294967295),
    ] = 60
    """
    How long Chaos waits for the cluster to become healthy before it reports a ValidationFailed event, in seconds.
    """
    max_concurrent_faults: Annotated[
        int | None, Field(alias="MaxConcurrentFaults", ge=0, le=4294967295)
    ] = 1
    """
    The most faults Chaos runs at once in an iteration; more means more aggressive.
    """
    enable_move_replica_faults: Annotated[
        bool | None, Field(alias="EnableMoveReplicaFaults")
    ] = True
    """
    Whether Chaos also moves primary and secondary replicas.
    """
    wait_time_between_faults_in_seconds: Annotated[
        int | None, Field(alias="WaitTimeBetweenFaultsInSeconds", ge=0, le=4294967295)
    ] = 20
    """
    How long Chaos waits between two faults of one iteration, in seconds.
    """
    wait_time_between_iterations_in_seconds: Annotated[
        int | None,
        Field(alias="WaitTimeBetweenIterationsInSeconds", ge=0, le=4294967295),
    ] = 30
    """
    How long Chaos waits between two iterations, in seconds.
    """
    cluster_health_policy: Annotated[
        ClusterHealthPolicy | None, Field(alias="ClusterHealthPolicy")
    ] = None
    context: Annotated[ChaosContext | None, Field(alias="Context")] = None
    chaos_target_filter: Annotated[
        ChaosTargetFilter | None, Field(alias="ChaosTargetFilter")
    ] = None
