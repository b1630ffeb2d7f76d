"""api-version: which one a call sends, and which ones the gateway will accept.

The gateway parses api-version as a number (so 6.10 == 6.1) and accepts any version
from the operation's oldest one up to its own runtime version.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ._errors import InvalidArgumentError

_VERSION = re.compile(r"\d{1,4}(\.\d{1,4})?")


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
    text = default if requested is None else requested
    value = parse_version(text)
    low = Decimal(minimum)
    if value < low or (runtime is not None and value > runtime):
        high = "the cluster's runtime version" if runtime is None else f"{runtime}"
        raise InvalidArgumentError(
            f"api_version {text!r} is not accepted by {operation}: use {minimum} to {high}"
        )
    return text, value
