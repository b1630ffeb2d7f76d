# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .application_backup_configuration_info import ApplicationBackupConfigurationInfo
from .partition_backup_configuration_info import PartitionBackupConfigurationInfo
from .service_backup_configuration_info import ServiceBackupConfigurationInfo


class KnownBackupConfigurationInfo(
    RootModel[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
    ]
):
    root: Annotated[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo,
        Field(discriminator="kind"),
    ]
    """
    The backup configuration of an application, service or partition, of a Kind the spec lists; Kind selects the member.
    """
