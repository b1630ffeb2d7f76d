"""Bearer tokens in every form, TLS settings, and secrets kept out of repr and errors."""

from __future__ import annotations

import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

import certifi
import httpx
import pytest
from pytest_httpx import HTTPXMock

import sfrest
from sfrest._auth import BearerAuth, ssl_context

PID = "1daae3f5-7fd6-42e9-b1ba-8c05f873994d"
SECRET = "s3cr3t-token-value"


@dataclass
class FakeAccessToken:
    token: str
    expires_on: int


class FakeCredential:
    """Shaped like azure.identity's credentials: get_token(*scopes) -> AccessToken."""

    def __init__(self, expires_on: int) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.expires_on = expires_on

    def get_token(self, *scopes: str) -> FakeAccessToken:
        self.calls.append(scopes)
        return FakeAccessToken(f"{SECRET}-{len(self.calls)}", self.expires_on)


def _authorizations(httpx_mock: HTTPXMock) -> list[str]:
    return [r.headers["Authorization"] for r in httpx_mock.get_requests()]


def test_token_string(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    with sfrest.ServiceFabricClient("https://cluster:19080", token=SECRET) as client:
        client.get_partition_backup_progress(PID)
    assert _authorizations(httpx_mock) == [f"Bearer {SECRET}"]


def test_token_callable_is_asked_per_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={}, is_reusable=True)
    tokens = iter(["one", "two"])
    with sfrest.ServiceFabricClient(token=lambda: next(tokens)) as client:
        client.get_partition_backup_progress(PID)
        client.get_partition_backup_progress(PID)
    assert _authorizations(httpx_mock) == ["Bearer one", "Bearer two"]


def test_credential_token_is_cached_until_near_expiry(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={}, is_reusable=True)
    fresh = FakeCredential(expires_on=2**40)
    with sfrest.ServiceFabricClient(
        token=fresh, token_scopes=["api://sf/.default"]
    ) as client:
        client.get_partition_backup_progress(PID)
        client.get_partition_backup_progress(PID)
    assert fresh.calls == [("api://sf/.default",)]
    expiring = FakeCredential(expires_on=0)
    with sfrest.ServiceFabricClient(token=expiring) as client:
        client.get_partition_backup_progress(PID)
        client.get_partition_backup_progress(PID)
    assert len(expiring.calls) == 2
    assert _authorizations(httpx_mock)[-1] == f"Bearer {SECRET}-2"


@pytest.mark.anyio
async def test_async_client_sends_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={})
    async with sfrest.AsyncServiceFabricClient(
        token=FakeCredential(2**40), transport=httpx.AsyncHTTPTransport()
    ) as client:
        await client.get_partition_restore_progress(PID)
    assert _authorizations(httpx_mock) == [f"Bearer {SECRET}-1"]


def test_secrets_stay_out_of_repr_and_errors(
    httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=401, content=b"")
    client = sfrest.ServiceFabricClient(token=SECRET)
    assert SECRET not in repr(client)
    with (
        caplog.at_level("DEBUG"),
        client,
        pytest.raises(sfrest.UnauthorizedError) as caught,
    ):
        client.get_partition_backup_progress(PID)
    assert SECRET not in repr(BearerAuth(SECRET))
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in caplog.text


def test_tls_settings(tmp_path: Path) -> None:
    assert ssl_context(True, None, None) is True
    unverified = ssl_context(False, None, None)
    assert unverified is False
    ca = ssl_context(certifi.where(), None, None)
    assert isinstance(ca, ssl.SSLContext) and ca.verify_mode == ssl.CERT_REQUIRED
    cert, key = tmp_path / "client.pem", tmp_path / "client.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=sfrest-test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    with_cert = ssl_context(False, cert, key)
    assert isinstance(with_cert, ssl.SSLContext)
    assert with_cert.verify_mode == ssl.CERT_NONE and not with_cert.check_hostname
    with sfrest.ServiceFabricClient(
        "https://cluster:19080", cert=cert, key=key, verify=certifi.where()
    ) as client:
        assert client.endpoint == "https://cluster:19080"
    with pytest.raises(sfrest.InvalidArgumentError, match=r"client\.key"):
        ssl_context(True, key, key)  # a key is not a certificate
