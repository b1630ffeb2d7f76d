# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .application_info import ApplicationInfo


class PagedApplicationInfoList(BaseModel):
    """
    One page of applications and the token of the next.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    continuation_token: Annotated[str | None, Field(alias="ContinuationToken")] = None
    """
    The token of the next page, opaque; empty or absent on the last page.
    """
    items: Annotated[list[ApplicationInfo] | None, Field(alias="Items")] = None
    """
    The applications of this page.
    """
