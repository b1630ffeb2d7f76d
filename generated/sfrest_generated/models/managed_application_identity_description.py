# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .managed_application_identity import ManagedApplicationIdentity


class ManagedApplicationIdentityDescription(BaseModel):
    """
    The managed identities of an application.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    token_service_endpoint: Annotated[
        str | None, Field(alias="TokenServiceEndpoint")
    ] = None
    """
    The endpoint that issues the identities' tokens.
    """
    managed_identities: Annotated[
        list[ManagedApplicationIdentity] | None, Field(alias="ManagedIdentities")
    ] = None
    """
    The identities.
    """
