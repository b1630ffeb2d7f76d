"""Arguments the spec refuses: each raises InvalidArgumentError, and nothing is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytest_httpx import HTTPXMock

import sfrest

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
Client = sfrest.ServiceFabricClient
REFUSED: list[tuple[str, Callable[[Client], object]]] = [
    ("filter abc", lambda c: c.get_fault_operation_list(type_filter="abc")),  # type: ignore[arg-type]
    ("filter 0xFF", lambda c: c.get_fault_operation_list(state_filter="0xFF")),  # type: ignore[arg-type]
    ("filter []", lambda c: c.get_fault_operation_list(type_filter=[])),  # type: ignore[arg-type]
    ("filter 1.9", lambda c: c.get_fault_operation_list(type_filter=1.9)),  # type: ignore[arg-type]
    ("filter True", lambda c: c.get_fault_operation_list(type_filter=True)),
    ("filter None", lambda c: c.get_fault_operation_list(type_filter=None)),  # type: ignore[arg-type]
    ("required None", lambda c: c.get_partition_backup_progress(None)),  # type: ignore[arg-type]
    ("mode None", lambda c: c.start_data_loss("a~b", PID, None)),  # type: ignore[arg-type]
    ("70,000 characters", lambda c: c.get_data_loss_progress("a" * 70_000, PID, PID)),
    ("lone surrogate", lambda c: c.get_data_loss_progress("a~\udcff", PID, PID)),
    ("storage kind", lambda c: c.backup_partition(PID, backup_storage={"StorageKind": "Nope"})),  # type: ignore[arg-type]
    ("storage str", lambda c: c.backup_partition(PID, backup_storage="x")),  # type: ignore[arg-type]
    ("force 'false'", lambda c: c.cancel_operation(PID, force="false")),  # type: ignore[arg-type]
    ("full-width api-version", lambda c: c.get_partition_backup_progress(PID, api_version="\uff16.\uff14")),
    ("C1 control", lambda c: c.get_data_loss_progress("a~b\x85", PID, PID)),
    ("node name ..", lambda c: c.get_node_transition_progress("..", PID)),
    ("node name .", lambda c: c.get_node_info(".")),
    ("instance id ''", lambda c: c.start_node_transition("_Node_0", "Stop", "", 600)),
    ("instance id 1&x=y", lambda c: c.start_node_transition("_Node_0", "Stop", "1&x=y", 600)),
    ("Invalid mode", lambda c: c.start_partition_restart("a~b", PID, "Invalid")),
    ("date-time", lambda c: c.get_partition_backup_list(PID, start_date_time_filter="now")),
    ("restore body half given", lambda c: c.restore_partition(PID, backup_id=PID)),
]  # fmt: skip


@pytest.mark.parametrize("call", [c for _, c in REFUSED], ids=[n for n, _ in REFUSED])
def test_refused_before_sending(
    httpx_mock: HTTPXMock, call: Callable[[Client], object]
) -> None:
    with Client() as client, pytest.raises(sfrest.InvalidArgumentError):
        call(client)
    assert httpx_mock.get_requests() == []


def test_node_instance_id_may_be_an_int(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=202)
    with Client() as client:
        client.start_node_transition("_Node_0", "Stop", 131, 600)
    request = httpx_mock.get_request()
    assert request is not None and request.url.params["NodeInstanceId"] == "131"


def test_a_huge_argument_makes_a_short_message() -> None:
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.InvalidArgumentError) as caught,
    ):
        client.get_partition_info("x" * 1_000_000)
    text = str(caught.value)
    assert len(text) < 500 and text.startswith("partition_id must be a GUID, got 'xxx")
    assert text.endswith(" characters)")


def test_a_node_instance_id_is_digits_to_the_end() -> None:
    with sfrest.ServiceFabricClient() as client:
        for value in ("131\n", "1" * 21, 10**21):
            with pytest.raises(sfrest.InvalidArgumentError, match="node_instance_id"):
                client.start_node_transition("_Node_0", "Stop", value, 60)


def test_a_body_the_wire_cannot_carry_is_refused_before_sending() -> None:
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.InvalidArgumentError, match="RestorePartitionDescription"),
    ):
        client.restore_partition(PID, PID, "share\ud800")
