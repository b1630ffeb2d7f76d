# generated from spec/ by make generate — do not edit
"""The marker of an argument left out."""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
