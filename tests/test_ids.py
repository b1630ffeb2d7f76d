"""Service and application ids: the three accepted spellings, and the look-alikes refused."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

import sfrest

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"


@pytest.mark.parametrize(
    "service_id",
    ["fabric:/CalcApp/CalcService", "CalcApp/CalcService", "CalcApp~CalcService"],
)
def test_the_accepted_spellings_send_one_path(
    httpx_mock: HTTPXMock, service_id: str
) -> None:
    httpx_mock.add_response(json={"State": "Running"})
    with sfrest.ServiceFabricClient() as client:
        client.get_data_loss_progress(service_id, PID, PID)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.raw_path.startswith(b"/Faults/Services/CalcApp~CalcService/$/")


@pytest.mark.parametrize(
    "service_id",
    ["fabric://CalcApp/CalcService", "/CalcApp/CalcService", "fabric:CalcApp/CalcService",
     "fabric:///CalcApp~CalcService", "CalcApp//CalcService", "fabric:/"],
)  # fmt: skip
def test_look_alikes_are_refused_before_sending(
    httpx_mock: HTTPXMock, service_id: str
) -> None:
    with (
        sfrest.ServiceFabricClient() as client,
        pytest.raises(sfrest.InvalidArgumentError) as caught,
    ):
        client.get_data_loss_progress(service_id, PID, PID)
    assert repr(service_id) in str(caught.value)
    assert "fabric:/App/Svc, App/Svc or App~Svc" in str(caught.value)
    assert httpx_mock.get_requests() == []


def test_an_application_id_follows_the_same_rule(httpx_mock: HTTPXMock) -> None:
    with sfrest.ServiceFabricClient() as client:
        for bad in ("fabric://CalcApp", "/CalcApp"):
            with pytest.raises(sfrest.InvalidArgumentError):
                client.get_application_info(bad)
    assert httpx_mock.get_requests() == []
