# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class FabricErrorError(BaseModel):
    """
    Error object containing error code and error message.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    code: Annotated[str, Field(alias="Code")]
    """
    The error code: an open string. Besides the FABRIC_E_* codes the gateway sends
    E_INVALIDARG (malformed GUID, api-version out of range), E_UNEXPECTED, NotFound,
    FMFailoverUnitNotFound, FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS (409,
    same OperationId started twice), FABRIC_E_INVALID_TEST_COMMAND_STATE (400, force
    cancel before a plain cancel), FABRIC_E_KEY_NOT_FOUND (404, unknown OperationId),
    FABRIC_E_NAME_DOES_NOT_EXIST (404, a required query parameter is missing),
    FABRIC_E_BACKUP_IN_PROGRESS (409), FABRIC_E_BACKUP_NOT_ENABLED (404),
    FABRIC_E_TIMEOUT (504), FABRIC_E_NOT_READY and FABRIC_E_RECONFIGURATION_PENDING (503).

    """
    message: Annotated[str | None, Field(alias="Message")] = None
    """
    The error message. The runtime's fallback is the literal string "Null".
    """
