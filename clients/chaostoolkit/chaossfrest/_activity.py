"""One call of an activity: the client from configuration and secrets, the call, the
result as JSON, and every failure as chaoslib's ActivityFailed.

Configuration (the experiment's `configuration`, `{"type": "env", ...}` works)::

    sf_endpoint       the gateway, e.g. "https://mycluster.westeurope.cloudapp.azure.com:19080"
    sf_verify_tls     false, "false", "off", "no" or "0": no TLS checking (also secrets' verify)

Secrets, the `servicefabric` scope (`"secrets": ["servicefabric"]` on the provider)::

    token             a bearer token (Azure AD)
    cert, key         the client certificate and its key (PEM paths)
    verify            a CA bundle's path, or a value meaning off
"""

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

from chaoslib.exceptions import ActivityFailed
from chaoslib.types import Configuration, Secrets

import sfrest

WAIT_TIMEOUT = 600.0
"""Seconds a Start* action with wait=True polls before failing."""
DEFAULT_ENDPOINT = "http://localhost:19080"
SCOPE = "servicefabric"
OFF = frozenset({"false", "off", "no", "0", "none", "disabled"})


def _verify(value: object) -> bool | str:
    """A TLS setting: a value meaning off turns checking off, a path names a CA bundle."""
    if value is None or value is True:
        return True
    if value is False or (isinstance(value, int) and value == 0):
        return False
    text = str(value).strip()
    if text.lower() in OFF:
        return False
    if text.lower() in {"true", "on", "yes", "1"}:
        return True
    return text


def scope(secrets: Secrets) -> Mapping[str, Any]:
    """The servicefabric scope: chaostoolkit passes the named scopes merged flat; a
    caller may pass them nested."""
    if not secrets:
        return {}
    nested = secrets.get(SCOPE)
    return nested if isinstance(nested, Mapping) else secrets


def client_kwargs(configuration: Configuration, secrets: Secrets) -> dict[str, Any]:
    """The ServiceFabricClient's arguments from an experiment's configuration and secrets."""
    config = configuration or {}
    found = scope(secrets)
    verify: bool | str = _verify(found.get("verify", True))
    if "sf_verify_tls" in config and _verify(config["sf_verify_tls"]) is False:
        verify = False
    return {
        "endpoint": str(config.get("sf_endpoint") or DEFAULT_ENDPOINT),
        "token": found.get("token") or None,
        "cert": found.get("cert") or None,
        "key": found.get("key") or None,
        "verify": verify,
    }


def client(
    configuration: Configuration, secrets: Secrets
) -> sfrest.ServiceFabricClient:
    """A ServiceFabricClient for the experiment; ActivityFailed when it cannot be made."""
    try:
        return sfrest.ServiceFabricClient(**client_kwargs(configuration, secrets))
    except (sfrest.SFRestError, ValueError, TypeError, OSError) as exc:
        raise ActivityFailed(f"cannot reach Service Fabric: {exc}") from None


def jsonable(value: Any) -> Any:
    """A model as JSON with the wire's names (what the journal records)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    dump = getattr(value, "model_dump", None)
    if dump is not None:
        return dump(mode="json", by_alias=True, exclude_none=True)
    return str(value)


ERRORS = (sfrest.SFRestError, ValueError, TypeError)
"""What a call raises for the cluster's or the caller's reasons (an ActivityFailed each)."""


@contextlib.contextmanager
def failing(name: str) -> Iterator[None]:
    """The block's ERRORS as the ActivityFailed of the activity name."""
    try:
        yield
    except ERRORS as exc:
        raise failed(name, exc) from None


def failed(
    name: str, exc: BaseException, operation_id: object = None
) -> ActivityFailed:
    """The ActivityFailed for an sfrest exception: the FabricError's code and message; a
    wait that timed out names the operation, which is still running."""
    if isinstance(exc, sfrest.FabricError):
        return ActivityFailed(f"{name}: {exc.code}: {exc.message}")
    if isinstance(exc, sfrest.WaitTimeoutError):
        last = sfrest.state_of(exc.last_progress) if exc.last_progress else None
        return ActivityFailed(
            f"{name}: OperationId {operation_id} not done within the wait timeout"
            f" (last state {last}): cancel it or poll it with operation_state"
        )
    return ActivityFailed(f"{name}: {exc}")


def wait_timeout_of(name: str, wait: object, wait_timeout: object) -> float | None:
    """The seconds to wait, None without wait; ActivityFailed before anything is sent.
    A JSON experiment may give either as a string (an env-type configuration value), or
    null for the default."""
    wait = False if wait is None else wait  # JSON null: not given
    wait_timeout = WAIT_TIMEOUT if wait_timeout is None else wait_timeout
    flag = (
        {"true": True, "false": False}.get(wait.lower())
        if isinstance(wait, str)
        else wait
    )
    if not isinstance(flag, bool):
        raise ActivityFailed(f"{name}: wait must be true or false, got {wait!r}")
    try:
        seconds = None if isinstance(wait_timeout, bool) else float(wait_timeout)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        seconds = None
    if seconds is None or not 0 <= seconds <= 4294967295:
        raise ActivityFailed(
            f"{name}: wait_timeout must be a number of seconds from 0 to 4294967295,"
            f" got {wait_timeout!r}"
        )
    return seconds if flag else None


def call(
    name: str,
    arguments: dict[str, Any],
    configuration: Configuration,
    secrets: Secrets,
    *,
    wait: bool = False,
    wait_timeout: float = WAIT_TIMEOUT,
) -> Any:
    """Call the client method `name`; a handle is waited on (wait) or its OperationId returned."""
    waiting = wait_timeout_of(name, wait, wait_timeout)
    with client(configuration, secrets) as sf:
        operation_id = None
        try:
            result = getattr(sf, name)(**arguments)
            if not isinstance(result, sfrest.Operation):
                return jsonable(result)
            operation_id = getattr(result, "operation_id", None)
            if waiting is not None:
                return jsonable(result.wait(timeout=waiting))
            return None if operation_id is None else str(operation_id)
        except ERRORS as exc:
            raise failed(name, exc, operation_id) from None
