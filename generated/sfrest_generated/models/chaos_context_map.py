# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
    StringConstraints,
)


class ChaosContextMap(
    RootModel[dict[Annotated[str, StringConstraints(max_length=4095)], str]]
):
    root: Annotated[
        dict[Annotated[str, StringConstraints(max_length=4095)], str],
        Field(max_length=100),
    ]
    """
    The pairs, at most 100, each string at most 4095 characters.
    """
