"""Error responses of every shape become typed exceptions; retries and the 409 rule."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

import sfrest
from sfrest.testing import ManualClock

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
OID = "7216486c-1ee9-4b00-99b2-92b26fcb07f5"
EXISTS = {
    "Error": {
        "Code": "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS",
        "Message": "exists",
    }
}


def _client(
    sleeps: list[float] | None = None, **kwargs: Any
) -> sfrest.ServiceFabricClient:
    kwargs.setdefault(
        "clock", ManualClock()
    )  # a sleep that returns at once: no real time passes
    return sfrest.ServiceFabricClient(
        sleep=(sleeps if sleeps is not None else []).append, **kwargs
    )


def _progress(client: sfrest.ServiceFabricClient) -> sfrest.PartitionDataLossProgress:
    return client.get_data_loss_progress("app~svc", PID, OID)


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "message"),
    [
        (
            404,
            b'{"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND", "Message": "Operation not found"}}',
            sfrest.NotFoundError,
            "FABRIC_E_KEY_NOT_FOUND",
            "Operation not found",
        ),
        (
            400,
            b'{"Error": {"Code": "E_INVALIDARG"}}',
            sfrest.BadRequestError,
            "E_INVALIDARG",
            None,
        ),
        (
            409,
            b'{"Error": {"Code": "FABRIC_E_SOMETHING_NEW_IN_2030", "Message": "Null"}}',
            sfrest.ConflictError,
            "FABRIC_E_SOMETHING_NEW_IN_2030",
            "Null",
        ),
        (
            400,
            b'{"Error": {"Code": 7, "Message": 8}}',
            sfrest.BadRequestError,
            "7",
            "8",
        ),
        (401, b"", sfrest.UnauthorizedError, None, None),
        (403, b"", sfrest.ForbiddenError, None, None),
        (
            502,
            b"<html><body>Bad Gateway</body></html>",
            sfrest.ServerError,
            None,
            "<html><body>Bad Gateway</body></html>",
        ),
        (
            400,
            b'{"Error": {"Code": "E_INVA',
            sfrest.BadRequestError,
            None,
            '{"Error": {"Code": "E_INVA',
        ),
        (
            404,
            b'{"Error": "flat string"}',
            sfrest.NotFoundError,
            None,
            '{"Error": "flat string"}',
        ),
        (404, b"[1, 2]", sfrest.NotFoundError, None, "[1, 2]"),
        (418, b"null", sfrest.FabricError, None, "null"),
        (599, b"\xff\xfe", sfrest.ServerError, None, "\ufffd\ufffd"),
    ],
)
def test_error_bodies_become_typed_errors(
    httpx_mock: HTTPXMock,
    status: int,
    body: bytes,
    cls: type[sfrest.FabricError],
    code: str | None,
    message: str | None,
) -> None:
    httpx_mock.add_response(status_code=status, content=body)
    with (
        _client(retry=sfrest.RetryPolicy(max_retries=0)) as client,
        pytest.raises(cls) as caught,
    ):
        _progress(client)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, sfrest.SFRestError)
    assert (error.status_code, error.code, error.message) == (status, code, message)
    assert error.response.status_code == status
    assert str(status) in str(error)


@pytest.mark.parametrize(
    "body", [b"", b"<html>oops</html>", b'{"State": "Runn', b"[]", b'{"State": 5}']
)
def test_bad_success_bodies_raise_decode_error(
    httpx_mock: HTTPXMock, body: bytes
) -> None:
    httpx_mock.add_response(status_code=200, content=body)
    with _client() as client, pytest.raises(sfrest.ResponseDecodeError) as caught:
        _progress(client)
    assert caught.value.response.content == body
    assert isinstance(caught.value.__cause__, ValueError)


def test_unknown_enum_in_success_body_parses(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"State": "Paused", "InvokeDataLossResult": None, "Extra": 1}
    )
    with _client() as client:
        progress = _progress(client)
    assert progress.state == "Paused" and isinstance(
        progress.state, sfrest.OperationState
    )
    assert progress.invoke_data_loss_result is None


def test_get_retries_503_and_504_then_succeeds(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=503, json={"Error": {"Code": "FABRIC_E_NOT_READY"}}
    )
    httpx_mock.add_response(status_code=504, content=b"")
    httpx_mock.add_response(json={"State": "Completed"})
    sleeps: list[float] = []
    with _client(
        sleeps,
        retry=sfrest.RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=1.5),
    ) as client:
        assert _progress(client).state == "Completed"
    assert len(httpx_mock.get_requests()) == 3
    assert len(sleeps) == 2 and 0 <= sleeps[0] <= 1.0 and 0 <= sleeps[1] <= 1.5


def test_retries_stop_after_max_retries(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=503,
        json={"Error": {"Code": "FABRIC_E_NOT_READY"}},
        is_reusable=True,
    )
    sleeps: list[float] = []
    client = _client(sleeps, retry=sfrest.RetryPolicy(max_retries=2))
    with client, pytest.raises(sfrest.ServiceUnavailableError) as caught:
        _progress(client)
    assert caught.value.code == "FABRIC_E_NOT_READY"
    assert len(httpx_mock.get_requests()) == 3 and len(sleeps) == 2


def test_zero_retries_disables_retrying(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=504, json={"Error": {"Code": "FABRIC_E_TIMEOUT"}}
    )
    with (
        _client(retry=sfrest.RetryPolicy(max_retries=0)) as client,
        pytest.raises(sfrest.GatewayTimeoutError),
    ):
        _progress(client)
    assert len(httpx_mock.get_requests()) == 1


def test_connection_errors_are_retried_then_raised_as_transport_error(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)
    with (
        _client(retry=sfrest.RetryPolicy(max_retries=1)) as client,
        pytest.raises(sfrest.TransportError) as caught,
    ):
        _progress(client)
    assert not isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(httpx_mock.get_requests()) == 2


def test_connection_error_then_success(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.RemoteProtocolError("reset"))
    httpx_mock.add_response(json={"State": "Running"})
    with _client() as client:
        assert _progress(client).state == "Running"


def test_read_timeout_is_a_timeout_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    with _client() as client, pytest.raises(sfrest.RequestTimeoutError) as caught:
        client.cancel_operation(OID)
    assert isinstance(caught.value, TimeoutError) and isinstance(
        caught.value, sfrest.TransportError
    )
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.cancel_operation(OID),
        lambda c: c.backup_partition(PID),
        lambda c: c.restore_partition(PID, OID, "loc"),
    ],
)
def test_non_idempotent_posts_are_not_retried(httpx_mock: HTTPXMock, call: Any) -> None:
    httpx_mock.add_response(status_code=503, content=b"")
    with _client() as client, pytest.raises(sfrest.ServiceUnavailableError):
        call(client)
    assert len(httpx_mock.get_requests()) == 1


def test_retried_start_answering_409_already_exists_is_success(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_exception(httpx.ReadError("lost"))
    httpx_mock.add_response(status_code=409, json=EXISTS)
    with _client() as client:
        op = client.start_data_loss("app~svc", PID, "FullDataLoss", operation_id=OID)
    assert str(op.operation_id) == OID
    first, second = httpx_mock.get_requests()
    assert first.url == second.url


def test_first_attempt_409_already_exists_is_an_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=409, json=EXISTS)
    with _client() as client, pytest.raises(sfrest.ConflictError) as caught:
        client.start_data_loss("app~svc", PID, "FullDataLoss", operation_id=OID)
    assert caught.value.code == "FABRIC_E_TEST_COMMAND_OPERATION_ID_ALREADY_EXISTS"


def test_retried_start_answering_another_409_is_an_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, content=b"")
    httpx_mock.add_response(
        status_code=409, json={"Error": {"Code": "FABRIC_E_SOMETHING_ELSE"}}
    )
    with _client() as client, pytest.raises(sfrest.ConflictError):
        client.start_quorum_loss("app~svc", PID, "AllReplicas", 5)


def test_retry_delays_are_capped_and_jittered() -> None:
    policy = sfrest.RetryPolicy(initial_delay=0.5, max_delay=3.0)
    delays = [policy.delay(n) for n in range(8) for _ in range(50)]
    assert max(delays) <= 3.0 and min(delays) >= 0
    assert len(set(delays)) > 100  # jittered, not a fixed schedule
    with pytest.raises(sfrest.InvalidArgumentError):
        sfrest.RetryPolicy(max_retries=-1)


@pytest.mark.anyio
async def test_async_errors_and_retries(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, content=b"<html>busy</html>")
    httpx_mock.add_response(json={"State": "Completed"})
    httpx_mock.add_response(
        status_code=404, json={"Error": {"Code": "FABRIC_E_KEY_NOT_FOUND"}}
    )
    httpx_mock.add_exception(httpx.ReadError("lost"))
    httpx_mock.add_response(status_code=409, json=EXISTS)
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with sfrest.AsyncServiceFabricClient(
        sleep=sleep, clock=ManualClock(), transport=httpx.AsyncHTTPTransport()
    ) as client:
        progress = await client.get_data_loss_progress("app~svc", PID, OID)
        assert progress.state == "Completed"
        with pytest.raises(sfrest.NotFoundError) as caught:
            await client.get_data_loss_progress("app~svc", PID, OID)
        assert caught.value.code == "FABRIC_E_KEY_NOT_FOUND"
        op = await client.start_partition_restart(
            "app~svc", PID, "AllReplicasOrInstances", operation_id=OID
        )
        assert str(op.operation_id) == OID
    assert len(sleeps) == 2


def test_debug_log_has_one_line_per_request(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, content=b"")
    httpx_mock.add_response(json={"State": "Running"})
    with caplog.at_level("INFO", logger="sfrest"), _client() as client:
        _progress(client)
    assert caplog.records == []
    httpx_mock.add_response(json={"State": "Running"})
    with caplog.at_level("DEBUG", logger="sfrest"), _client() as client:
        _progress(client)
    (record,) = [r for r in caplog.records if r.name == "sfrest"]
    line = record.getMessage()
    assert re.fullmatch(
        r"GET http://localhost:19080/Faults/Services/app~svc/\S+&timeout=60"
        r" -> 200 in \d+\.\d ms \(attempt 1\)",
        line,
    )
