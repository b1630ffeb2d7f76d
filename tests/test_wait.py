"""Operation handles: wait() with an injected clock, callbacks, deadlines, cancel."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import sfrest

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"


class FakeClock:
    """time.monotonic and time.sleep that advance together, instantly."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _answer(httpx_mock: HTTPXMock, *bodies: dict[str, Any], start: int = 202) -> None:
    httpx_mock.add_response(status_code=start)
    for body in bodies:
        httpx_mock.add_response(json=body)


def test_wait_polls_with_backoff_until_terminal(httpx_mock: HTTPXMock) -> None:
    done = {
        "State": "Completed",
        "InvokeDataLossResult": {
            "ErrorCode": 0,
            "SelectedPartition": {"PartitionId": PID},
        },
    }
    _answer(
        httpx_mock,
        {"State": "Running"},
        {"State": "Running"},
        {"State": "Running"},
        done,
    )
    clock = FakeClock()
    seen: list[str | None] = []
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        op = client.start_data_loss("fabric:/app/svc", PID, "PartialDataLoss")
        progress = op.wait(on_progress=lambda p: seen.append(p.state))
    assert progress.state == sfrest.OperationState.COMPLETED
    assert progress.invoke_data_loss_result is not None
    assert progress.invoke_data_loss_result.error_code == 0
    assert seen == ["Running", "Running", "Running", "Completed"]
    assert clock.sleeps == [0.5, 0.75, 1.125]
    polls = httpx_mock.get_requests()[1:]
    assert {r.url.params["OperationId"] for r in polls} == {str(op.operation_id)}


@pytest.mark.parametrize("state", ["Faulted", "Cancelled", "ForceCancelled"])
def test_every_terminal_fault_state_ends_the_wait(
    httpx_mock: HTTPXMock, state: str
) -> None:
    _answer(httpx_mock, {"State": "RollingBack"}, {"State": state})
    clock = FakeClock()
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        progress = client.start_partition_restart(
            "app~svc", PID, "AllReplicasOrInstances"
        ).wait()
    assert progress.state == state and len(clock.sleeps) == 1


def test_unknown_states_are_not_terminal(httpx_mock: HTTPXMock) -> None:
    _answer(
        httpx_mock,
        {"State": "Invalid"},
        {"State": "SomethingNew"},
        {"State": "Completed"},
    )
    clock = FakeClock()
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        assert (
            client.start_quorum_loss("app~svc", PID, "AllReplicas", 5).wait().state
            == "Completed"
        )


def test_wait_deadline_raises_with_last_progress(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"State": "Running"}, is_reusable=True)
    clock = FakeClock()
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        op = client.start_node_transition("_Node_0", "Stop", "1", 600)
        with pytest.raises(sfrest.WaitTimeoutError) as caught:
            op.wait(timeout=3.0)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last_progress.state == "Running"
    assert sum(clock.sleeps) == pytest.approx(3.0)  # never sleeps past the deadline
    assert len(httpx_mock.get_requests()) == 1 + len(clock.sleeps) + 1


def test_fixed_poll_interval(httpx_mock: HTTPXMock) -> None:
    _answer(
        httpx_mock, {"State": "Running"}, {"State": "Running"}, {"State": "Completed"}
    )
    clock = FakeClock()
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        client.start_data_loss("app~svc", PID, "FullDataLoss").wait(poll_interval=2.0)
    assert clock.sleeps == [2.0, 2.0]


def test_poll_policy_caps_and_validates() -> None:
    policy = sfrest.PollPolicy(initial_interval=1.0, factor=2.0, max_interval=5.0)
    assert [policy.interval(n) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.PollPolicy(initial_interval=0)


def test_backup_then_restore_wait_for_success(httpx_mock: HTTPXMock) -> None:
    backup_id = "3a056ac9-7206-43c3-8424-6f6103003eba"
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"BackupState": "Accepted"})
    httpx_mock.add_response(json={"BackupState": "BackupInProgress"})
    httpx_mock.add_response(
        json={
            "BackupState": "Success",
            "BackupId": backup_id,
            "BackupLocation": "a\\b.zip",
            "LsnOfLastBackupRecord": 261,
        }
    )
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"RestoreState": "RestoreInProgress"})
    httpx_mock.add_response(
        json={
            "RestoreState": "Failure",
            "FailureError": {"Code": "E_FAIL", "Message": "m"},
        }
    )
    clock = FakeClock()
    with sfrest.ServiceFabricClient(sleep=clock.sleep, clock=clock.monotonic) as client:
        info = client.backup_partition(PID).wait()
        assert (
            info.backup_state == "Success" and info.lsn_of_last_backup_record == "261"
        )
        assert info.backup_id is not None and info.backup_location is not None
        restore = client.restore_partition(
            PID, info.backup_id, info.backup_location
        ).wait()
    assert restore.restore_state == sfrest.RestoreState.FAILURE
    assert restore.failure_error is not None and restore.failure_error.code == "E_FAIL"


def test_cancel_and_force_cancel(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(status_code=200, is_reusable=True)
    with sfrest.ServiceFabricClient() as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss", operation_id=OID)
        op.cancel()
        op.cancel(force=True)
    cancels = httpx_mock.get_requests()[1:]
    assert [
        (r.url.path, r.url.params["OperationId"], r.url.params["Force"])
        for r in cancels
    ] == [
        ("/Faults/$/Cancel", OID, "false"),
        ("/Faults/$/Cancel", OID, "true"),
    ]
    assert repr(op) == f"FaultOperation(operation_id={OID})"


@pytest.mark.anyio
async def test_async_wait_and_cancel(httpx_mock: HTTPXMock) -> None:
    _answer(
        httpx_mock,
        {"State": "Running"},
        {"State": "RollingBack"},
        {"State": "Cancelled"},
    )
    httpx_mock.add_response(status_code=200)
    clock = FakeClock()
    seen: list[Any] = []
    async with sfrest.AsyncServiceFabricClient(
        sleep=clock.async_sleep,
        clock=clock.monotonic,
        transport=httpx.AsyncHTTPTransport(),
    ) as client:
        op = await client.start_partition_restart(
            "app~svc", PID, "AllReplicasOrInstances"
        )
        assert isinstance(op, sfrest.AsyncFaultOperation)
        progress = await op.wait(on_progress=seen.append)
        await op.cancel()
    assert progress.state == "Cancelled" and len(seen) == 3
    assert clock.sleeps == [0.5, 0.75]
    assert httpx_mock.get_requests()[-1].url.path == "/Faults/$/Cancel"


@pytest.mark.anyio
async def test_async_wait_deadline_and_backup(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(json={"BackupState": "BackupInProgress"}, is_reusable=True)
    clock = FakeClock()
    async with sfrest.AsyncServiceFabricClient(
        sleep=clock.async_sleep,
        clock=clock.monotonic,
        transport=httpx.AsyncHTTPTransport(),
    ) as client:
        backup = await client.backup_partition(PID)
        assert (await backup.progress()).backup_state == "BackupInProgress"
        with pytest.raises(sfrest.WaitTimeoutError):
            await backup.wait(timeout=1.0)


def test_wait_propagates_errors_from_progress(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    httpx_mock.add_response(
        status_code=404, json={"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND"}}
    )
    with sfrest.ServiceFabricClient() as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss")
        with pytest.raises(sfrest.NotFoundError):
            op.wait()
    assert len(httpx_mock.get_requests()) == 2
