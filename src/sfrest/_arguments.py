"""Argument checks read from the spec: each generated module's ARGUMENTS rules.

A rule is the parameter's schema, as generate.py renders it: `required`, `type`,
`format` (uuid, int32, int64), an `enum` class, `minimum`/`maximum`, `pattern`,
`convention` (x-name-convention), `flags` (x-flags), `also_int` (x-also-accept),
`file_time` (x-file-time), `seconds` (x-seconds) and `exclusive` (x-mutually-exclusive).

api-version is checked here too: the gateway parses it as a number (so 6.10 == 6.1) and
accepts any version from the operation's oldest one up to its own runtime version.
"""

from __future__ import annotations

import enum
import functools
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from . import _ids
from ._errors import InvalidArgumentError

_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
FILE_TIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_VERSION = re.compile(r"[0-9]{1,4}(\.[0-9]{1,4})?")  # ASCII digits only, as the gateway


T = TypeVar("T")


def parse_version(value: str, name: str = "api_version") -> Decimal:
    """The numeric value of a version string: parse_version("6.10") == parse_version("6.1")."""
    if not isinstance(value, str) or not _VERSION.fullmatch(value):
        raise InvalidArgumentError(f"{name} must look like '6.0', got {value!r}")
    return Decimal(value)


def choose_api_version(
    requested: str | None,
    default: str,
    minimum: str,
    runtime: Decimal | None,
    operation: str,
) -> tuple[str, Decimal]:
    """The api-version to send, and its value; InvalidArgumentError outside the accepted range."""
    # a str (or None) is hashable: each version is decided once
    if requested is None or type(requested) is str:
        return _choose(requested, default, minimum, runtime, operation)
    return _choose.__wrapped__(requested, default, minimum, runtime, operation)


@functools.lru_cache(maxsize=256)
def _choose(
    requested: str | None,
    default: str,
    minimum: str,
    runtime: Decimal | None,
    operation: str,
) -> tuple[str, Decimal]:
    text = default if requested is None else requested
    value = parse_version(text)
    low = Decimal(minimum)
    if value < low or (runtime is not None and value > runtime):
        high = "the cluster's runtime version" if runtime is None else f"{runtime}"
        raise InvalidArgumentError(
            f"api_version {text!r} is not accepted by {operation}: use {minimum} to {high}"
        )
    return text, value


def check(name: str, value: object, rule: dict[str, Any], version: Decimal) -> Any:
    """The wire value of one argument; InvalidArgumentError when the spec refuses it."""
    if value is None:
        raise InvalidArgumentError(f"{name} is required, got None")
    convention = rule.get("convention")
    if convention is not None:
        return _ids.name_segment(name, value, convention, version)
    if "enum" in rule:
        return _member(name, value, rule["enum"])
    if rule.get("file_time") and (
        isinstance(value, datetime) or (isinstance(value, str) and not value.isdigit())
    ):
        try:  # a datetime or an ISO 8601 string
            value = file_time(_datetime(name, value))
        except InvalidArgumentError:
            raise InvalidArgumentError(
                f"{name} must be a datetime from 1601 on, an ISO 8601 string or a file"
                f" time (decimal 100 ns ticks since 1601), got {value!r}"
            ) from None
    if (
        rule.get("file_time")
        and (text := str(value)).isascii()
        and text.isdigit()
        and (len(text) > 19 or int(text) > _FORMAT_BOUNDS["int64"][1])
    ):
        raise InvalidArgumentError(
            f"{name} must be a file time below 2**63 (an int64), got {value!r}"
        )
    if rule.get("seconds"):
        value = seconds(name, value)
    kind = rule.get("type")
    if kind == "integer":
        low, high = _FORMAT_BOUNDS.get(rule.get("format", ""), (-(2**63), 2**63 - 1))
        low, high = rule.get("minimum", low), rule.get("maximum", high)
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not low <= value <= high
        ):
            also = f" or {rule['flags']} members" if "flags" in rule else ""
            raise InvalidArgumentError(
                f"{name} must be an int from {low} to {high}{also}, got {value!r}"
            )
        return int(value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise InvalidArgumentError(f"{name} must be True or False, got {value!r}")
        return value
    if rule.get("also_int") and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if rule.get("format") == "uuid":
        return _ids.guid_text(value, name)
    if rule.get("format") == "date-time":
        return _datetime(name, value)
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str, got {type(value).__name__}")
    pattern = rule.get("pattern")
    if pattern is not None and re.search(_python(pattern), value) is None:
        raise InvalidArgumentError(f"{name} must match {pattern}, got {value!r}")
    return value


def file_time(value: datetime) -> str:
    """A datetime as a Windows file time (x-file-time): decimal 100 ns ticks since
    1601-01-01 UTC; a naive datetime is UTC. file_time(datetime(1601, 1, 2)) == "864000000000"."""
    delta = _datetime("time", value) - FILE_TIME_EPOCH
    if delta < timedelta(0):
        raise InvalidArgumentError(f"a file time starts in 1601, got {value}")
    return str((delta.days * 86_400 + delta.seconds) * 10**7 + delta.microseconds * 10)


def from_file_time(ticks: int) -> datetime | None:
    """The datetime of a Windows file time (x-file-time); None past what a datetime holds.
    from_file_time(864000000000) == datetime(1601, 1, 2, tzinfo=UTC)."""
    try:
        return FILE_TIME_EPOCH + timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None


def seconds(name: str, value: object) -> object:
    """A timedelta as its whole seconds (x-seconds); any other value as it is."""
    if not isinstance(value, timedelta):
        return value
    if value % timedelta(seconds=1) or value < timedelta(0):
        raise InvalidArgumentError(
            f"{name} must be a whole, non-negative number of seconds, got {value}"
        )
    return value // timedelta(seconds=1)


def exclusive(operation: str, args: dict[str, object], rules: dict[str, Any]) -> None:
    """InvalidArgumentError when arguments the spec says cannot be combined are given
    together (x-mutually-exclusive); None and "" are not given."""
    given = {name for name, value in args.items() if value is not None and value != ""}
    for name in sorted(given):
        clash = given.intersection(rules[name].get("exclusive", ()))
        if clash:
            raise InvalidArgumentError(
                f"{operation}: {name} cannot be combined with {', '.join(sorted(clash))}"
            )


def instance(name: str, value: object, cls: type[T]) -> T:
    """value, when it is a cls (a constructor's policy or limits)."""
    if not isinstance(value, cls):
        raise InvalidArgumentError(
            f"{name} must be a {cls.__name__}, got {type(value).__name__}"
        )
    return value


def _python(pattern: str) -> str:
    """An ECMA-262 pattern (the spec's) for re: its final $ ends the input, as \\Z does,
    where re's $ would also match before a final newline."""
    return (
        pattern[:-1] + r"\Z"
        if pattern.endswith("$") and not pattern.endswith(r"\$")
        else pattern
    )


def _datetime(name: str, value: object) -> datetime:
    """A datetime from a datetime or an ISO 8601 string (2026-01-01T00:00:00Z). A naive one
    is UTC, as azure-servicefabric decides: the spec's date-time (RFC 3339) needs an offset."""
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise InvalidArgumentError(
                f"{name} must be a datetime or an ISO 8601 string, got {value!r}"
            ) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _member(name: str, value: object, cls: type[enum.Enum]) -> enum.Enum:
    """The member for a value given as a member or its wire string. The generated enums are
    open (they take unknown values in responses); a request must name a known one, not Invalid."""
    allowed = [m.value for m in cls if m.value != "Invalid"]
    if value not in allowed:
        raise InvalidArgumentError(
            f"{name} must be one of {', '.join(allowed)}; got {value!r}"
        )
    return cls(value)


def _in_utc(value: Any) -> Any:
    """A validated body's data (a model_dump) with its datetimes in UTC where they had no
    offset, as arguments are: the wire's date-time needs one."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, dict):
        return {k: _in_utc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_in_utc(v) for v in value]
    return value


def body(
    model: Any,
    required: bool,
    fields: dict[str, Any],
    durations: frozenset[str] = frozenset(),
) -> Any:
    """The request body model from its properties' arguments; None when all are left out
    and the body is optional. durations: the properties that take a timedelta (x-seconds)."""
    given = {
        key: seconds(key, value) if key in durations else value
        for key, value in fields.items()
        if value is not None
    }
    if not given and not required:
        return None
    from pydantic import ValidationError
    from pydantic_core import PydanticSerializationError

    try:
        validated = model.model_validate(given)
        # validated again from its data: a caller's model the first kept as it is (one
        # changed after it was built, or model_construct'ed) is checked too, its naive
        # datetimes made UTC, and the caller's objects stay unchanged
        data = validated.model_dump(by_alias=True, exclude_unset=True, warnings=False)
        validated = model.model_validate(_in_utc(data))
        validated.model_dump_json()  # text the wire cannot carry (a lone surrogate) fails here
        return validated
    except PydanticSerializationError as exc:
        raise InvalidArgumentError(f"invalid {model.__name__}: {exc}") from None
    except ValidationError as exc:
        detail = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3]
        )
        raise InvalidArgumentError(f"invalid {model.__name__}: {detail}") from None
