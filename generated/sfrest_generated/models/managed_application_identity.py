# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class ManagedApplicationIdentity(BaseModel):
    """
    One managed identity of an application.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    name: Annotated[str, Field(alias="Name")]
    """
    The identity's name.
    """
    principal_id: Annotated[str | None, Field(alias="PrincipalId")] = None
    """
    The identity's principal id.
    """
