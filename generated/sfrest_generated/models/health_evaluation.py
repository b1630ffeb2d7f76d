# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_evaluation_kind import HealthEvaluationKind
from .health_state import HealthState


class HealthEvaluation(BaseModel):
    """
    Why an entity is unhealthy: one evaluation of the health policy. An open, tolerant
    model: Kind tells what was evaluated (any value parses, listed or not), the common
    properties are typed, nested evaluations are in UnhealthyEvaluations, and every
    kind-specific property (TotalCount, MaxPercentUnhealthy…, ConsiderWarningAsError,
    the entity's name or id, UnhealthyEvent…) is kept as it comes.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[HealthEvaluationKind, Field(alias="Kind")]
    aggregated_health_state: Annotated[
        HealthState | None, Field(alias="AggregatedHealthState")
    ] = None
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    What was evaluated and how it came out.
    """
    unhealthy_evaluations: Annotated[
        list[HealthEvaluationWrapper] | None, Field(alias="UnhealthyEvaluations")
    ] = None
    """
    The nested evaluations that made this one unhealthy.
    """


class HealthEvaluationWrapper(BaseModel):
    """
    Wraps one health evaluation.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    health_evaluation: Annotated[
        HealthEvaluation | None, Field(alias="HealthEvaluation")
    ] = None


HealthEvaluation.model_rebuild()
