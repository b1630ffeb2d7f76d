# generated from spec/ by make generate — do not edit
from __future__ import annotations

from pydantic import (
    RootModel,
)

from .application_backup_configuration_info import ApplicationBackupConfigurationInfo
from .partition_backup_configuration_info import PartitionBackupConfigurationInfo
from .service_backup_configuration_info import ServiceBackupConfigurationInfo
from .unknown_backup_configuration_info import UnknownBackupConfigurationInfo


class BackupConfigurationInfo(
    RootModel[
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
        | UnknownBackupConfigurationInfo
    ]
):
    root: (
        ApplicationBackupConfigurationInfo
        | ServiceBackupConfigurationInfo
        | PartitionBackupConfigurationInfo
        | UnknownBackupConfigurationInfo
    )
    """
    The backup configuration of an application, service or partition, told apart by Kind. Open: a Kind the spec does not list parses
    as UnknownBackupConfigurationInfo, which keeps the properties it does not know. The kinds the
    spec lists are KnownBackupConfigurationInfo, a discriminated union; UnknownBackupConfigurationInfo excludes them,
    so exactly one member matches any body.

    """
