# generated from spec/ by make generate — do not edit
"""The marker of an argument left out, and what parse_response() reads of a response."""

from typing import Literal, Protocol


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


__all__ = ["UNSET", "Answer", "Unset"]
