# generated from spec/ by make generate — do not edit
"""The marker of an argument left out, what parse_response() reads of a response, and
how a path parameter is written into the URL."""

import re
from typing import Literal, Protocol
from urllib.parse import quote


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class Answer(Protocol):
    """A response as parse_response() reads it: an httpx.Response is one."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def segment(value: object) -> str:
    """A path parameter as its URL segment: all but RFC 3986's unreserved characters
    percent-encoded, as quote(str(value), safe="") does (most values have none to encode).

    segment("app~svc") == "app~svc"; segment("a/b c") == "a%2Fb%20c"
    """
    text = str(value)
    # a str subclass is re-made by quote(): its own __format__ never reaches the URL
    plain = type(text) is str and _UNRESERVED.fullmatch(text)
    return text if plain else quote(text, safe="")


__all__ = ["UNSET", "Answer", "Unset", "segment"]
