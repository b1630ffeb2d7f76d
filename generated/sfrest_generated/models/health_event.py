# generated from spec/ by make generate — do not edit
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .health_state import HealthState


class HealthEvent(BaseModel):
    """
    A health report on an entity, with its life cycle.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    source_id: Annotated[str, Field(alias="SourceId")]
    """
    Who reported it.
    """
    property: Annotated[str, Field(alias="Property")]
    """
    What it is about; one source reports one event per property.
    """
    health_state: Annotated[HealthState, Field(alias="HealthState")]
    time_to_live_in_milli_seconds: Annotated[
        timedelta | None, Field(alias="TimeToLiveInMilliSeconds")
    ] = None
    """
    How long the report stays valid, an ISO 8601 duration despite the name (PT5M).
    """
    description: Annotated[str | None, Field(alias="Description")] = None
    """
    What the reporter says.
    """
    sequence_number: Annotated[str | None, Field(alias="SequenceNumber")] = None
    """
    The report's sequence number, an int64 as a decimal string.
    """
    remove_when_expired: Annotated[bool | None, Field(alias="RemoveWhenExpired")] = None
    """
    Whether the report is removed once its time to live passes.
    """
    health_report_id: Annotated[str | None, Field(alias="HealthReportId")] = None
    """
    The id of the report, when the health store assigned one.
    """
    is_expired: Annotated[bool | None, Field(alias="IsExpired")] = None
    """
    Whether the time to live has passed.
    """
    source_utc_timestamp: Annotated[
        datetime | None, Field(alias="SourceUtcTimestamp")
    ] = None
    """
    When the reporter sent it.
    """
    last_modified_utc_timestamp: Annotated[
        datetime | None, Field(alias="LastModifiedUtcTimestamp")
    ] = None
    """
    When the health store last changed it.
    """
    last_ok_transition_at: Annotated[
        datetime | None, Field(alias="LastOkTransitionAt")
    ] = None
    """
    When it last turned Ok.
    """
    last_warning_transition_at: Annotated[
        datetime | None, Field(alias="LastWarningTransitionAt")
    ] = None
    """
    When it last turned Warning.
    """
    last_error_transition_at: Annotated[
        datetime | None, Field(alias="LastErrorTransitionAt")
    ] = None
    """
    When it last turned Error.
    """
