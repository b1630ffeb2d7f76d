"""Backup and restore: BackupPartition, RestorePartition, their progress, the backup list
and the partition's backup configuration."""

from __future__ import annotations

import uuid
from datetime import datetime

from sfrest_generated.models import (
    BackupInfo,
    BackupPartitionDescription,
    BackupPolicyScope,
    BackupProgressInfo,
    BackupState,
    BackupSuspensionInfo,
    BackupSuspensionScope,
    BackupType,
    PagedBackupInfoList,
    PartitionBackupConfigurationInfo,
    RestorePartitionDescription,
    RestoreProgressInfo,
    RestoreState,
)

from ._registry import handles
from ._state import (
    BACKUP,
    ID_NAMESPACE,
    INITIAL_EPOCH,
    INITIAL_LSN,
    RESTORE,
    RUNNING_PHASES,
    Cluster,
    PartitionState,
    Record,
    TransferOp,
    epoch,
    partition_information,
)
from ._topology import Service
from ._wire import Call, EmulatorResponse, Fail, invalid, not_found, reply

BACKUP_POLICY = "CalcBackupPolicy"
"""The backup policy the emulator reports for partitions with backup_enabled."""
_BACKUP_PHASES = {"InProgress": BackupState.BACKUP_IN_PROGRESS.value}
_RESTORE_PHASES = {"InProgress": RestoreState.RESTORE_IN_PROGRESS.value}


def _partition(
    cluster: Cluster, call: Call, *, enabled: bool = False
) -> tuple[Service, uuid.UUID, PartitionState]:
    """The path's partition and its backup state; 404 when unknown (or, with enabled,
    when no backup policy covers it)."""
    service, pid = cluster.known_partition(call)
    found = cluster.topology.partition(pid)
    assert found is not None
    if enabled and not found[1].backup_enabled:
        raise not_found(
            "FABRIC_E_BACKUP_NOT_ENABLED", f"no backup policy covers partition {pid}"
        )
    return service, pid, cluster.partitions.setdefault(pid, PartitionState())


def _busy(pstate: PartitionState, now: float) -> None:
    if pstate.backup is not None and pstate.backup.phase(now) in RUNNING_PHASES:
        raise Fail(
            409, "FABRIC_E_BACKUP_IN_PROGRESS", "a backup of the partition is running"
        )
    if pstate.restore is not None and pstate.restore.phase(now) in RUNNING_PHASES:
        raise Fail(
            409, "FABRIC_E_RESTORE_IN_PROGRESS", "a restore of the partition is running"
        )


def _triggered(op: TransferOp | None, what: str, pid: uuid.UUID) -> TransferOp:
    if op is None:
        raise not_found(
            "FABRIC_E_KEY_NOT_FOUND", f"no {what} was triggered for partition {pid}"
        )
    return op


@handles("BackupPartition")
def backup(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid, pstate = _partition(cluster, call, enabled=True)
    assert call.body is None or isinstance(call.body, BackupPartitionDescription)
    _busy(pstate, now)
    timestamp, n = cluster.utc(now), len(pstate.history)
    record = Record(
        uuid.uuid5(ID_NAMESPACE, f"{pid}/{n}"),
        "\\".join(
            (
                *service.name.removeprefix("fabric:/").split("/"),
                str(pid),
                f"{timestamp:%Y-%m-%d %H.%M.%S}.zip",
            )
        ),
        INITIAL_EPOCH,
        INITIAL_LSN + 100 * n,
        created=timestamp,
        full=n == 0,
    )
    pstate.backup = TransferOp(
        now,
        cluster.durations[BACKUP],
        now + 60 * call.int("backup_timeout", 10),
        timestamp,
        cluster.take_injection(BACKUP, (str(pid), service.name)),
        record,
    )
    pstate.history.append(pstate.backup)
    return call.done()


@handles("GetPartitionBackupProgress")
def backup_progress(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid, pstate = _partition(cluster, call)
    op = _triggered(pstate.backup, "backup", pid)
    phase = op.phase(now)
    done = op.record if phase == "Success" else None
    return reply(
        200,
        BackupProgressInfo(
            backup_state=BackupState(_BACKUP_PHASES.get(phase, phase)),
            time_stamp_utc=op.timestamp,
            backup_id=None if done is None else done.backup_id,
            backup_location=None if done is None else done.location,
            epoch_of_last_backup_record=None if done is None else epoch(done.epoch),
            lsn_of_last_backup_record=None if done is None else str(done.lsn),
            failure_error=op.failure(now, backup=True),
        ),
    )


@handles("RestorePartition")
def restore(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid, pstate = _partition(cluster, call)
    if call.body is None and not call.latest_restore:
        raise invalid("a RestorePartitionDescription request body is required")
    if not service.stateful:
        raise invalid(
            f"partition {pid} belongs to stateless {service.name}; nothing to restore"
        )
    _busy(pstate, now)
    if isinstance(call.body, RestorePartitionDescription):
        source = cluster.backup(call.body.backup_id, now)
    else:  # Latest=true without a body: the partition's newest backup
        done = pstate.succeeded(now)
        if not done:
            raise not_found(
                "FABRIC_E_BACKUP_NOT_FOUND",
                f"partition {pid} has no backup to restore from",
            )
        source = done[-1]
    pstate.restore = TransferOp(
        now,
        cluster.durations[RESTORE],
        now + 60 * call.int("restore_timeout", 10),
        cluster.utc(now),
        cluster.take_injection(RESTORE, (str(pid), service.name)),
        source,
    )
    return call.done()


@handles("GetPartitionRestoreProgress")
def restore_progress(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    _, pid, pstate = _partition(cluster, call)
    op = _triggered(pstate.restore, "restore", pid)
    phase = op.phase(now)
    done = op.record if phase == "Success" else None
    return reply(
        200,
        RestoreProgressInfo(
            restore_state=RestoreState(_RESTORE_PHASES.get(phase, phase)),
            time_stamp_utc=op.timestamp,
            restored_epoch=None if done is None else epoch(done.epoch),
            restored_lsn=None if done is None else str(done.lsn),
            failure_error=op.failure(now, backup=False),
        ),
    )


@handles("GetPartitionBackupConfigurationInfo")
def backup_configuration(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid, _ = _partition(cluster, call, enabled=True)
    return reply(
        200,
        PartitionBackupConfigurationInfo(
            kind="Partition",
            policy_name=BACKUP_POLICY,
            policy_inherited_from=BackupPolicyScope.SERVICE,
            suspension_info=BackupSuspensionInfo(
                is_suspended=False,
                suspension_inherited_from=BackupSuspensionScope.INVALID,
            ),
            service_name=service.name,
            partition_id=pid,
        ),
    )


@handles("GetPartitionBackupList")
def backup_list(cluster: Cluster, call: Call, now: float) -> EmulatorResponse:
    service, pid = cluster.known_partition(call)
    located = cluster.locate(pid)
    assert located is not None
    pstate = cluster.partitions.get(pid)
    start: datetime | None = call.values.get("start_date_time_filter")
    end: datetime | None = call.values.get("end_date_time_filter")
    records = [
        r
        for r in ([] if pstate is None else pstate.succeeded(now))
        if r.created is not None
        and (start is None or r.created >= start)
        and (end is None or r.created <= end)
    ]
    if call.flag("latest"):
        records = records[-1:]
    information = partition_information(*located)
    app = cluster.topology.application_of(service)
    items = [
        BackupInfo(
            backup_id=r.backup_id,
            backup_chain_id=uuid.uuid5(ID_NAMESPACE, f"chain/{pid}"),
            application_name=app.name,
            service_name=service.name,
            partition_information=information,
            backup_location=r.location,
            backup_type=BackupType.FULL if r.full else BackupType.INCREMENTAL,
            epoch_of_last_backup_record=epoch(r.epoch),
            lsn_of_last_backup_record=str(r.lsn),
            creation_time_utc=r.created,
            service_manifest_version=service.manifest_version,
        )
        for r in records
    ]
    return reply(200, PagedBackupInfoList(continuation_token="", items=items))
