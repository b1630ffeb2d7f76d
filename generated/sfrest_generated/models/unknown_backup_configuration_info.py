# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from .backup_policy_scope import BackupPolicyScope
from .backup_suspension_info import BackupSuspensionInfo


class UnknownBackupConfigurationInfo(BaseModel):
    """
    A backup configuration of an entity kind the spec does not list; its other properties are kept as they come.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    kind: Annotated[str, Field(alias="Kind")]
    """
    The kind of entity, one the spec does not list.
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
