# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .backup_policy_scope import BackupPolicyScope
from .backup_suspension_info import BackupSuspensionInfo


class ApplicationBackupConfigurationInfo(BaseModel):
    """
    An application's backup configuration.
    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[Literal["Application"], Field(alias="Kind")]
    """
    The kind of entity.
    """
    policy_name: Annotated[str | None, Field(alias="PolicyName")] = None
    """
    The name of the backup policy that applies.
    """
    policy_inherited_from: Annotated[
        BackupPolicyScope | None, Field(alias="PolicyInheritedFrom")
    ] = None
    suspension_info: Annotated[
        BackupSuspensionInfo | None, Field(alias="SuspensionInfo")
    ] = None
    application_name: Annotated[str | None, Field(alias="ApplicationName")] = None
    """
    The application's name, fabric:/….
    """
