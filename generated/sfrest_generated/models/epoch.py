# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)


class Epoch(BaseModel):
    """
    An Epoch is a configuration number for the partition as a whole. Both versions are
    int64 values carried as strings; clients accept numbers too. (Older restore bodies
    named the keys DataLossNumber and ConfigurationNumber.)

    """

    model_config = ConfigDict(
        populate_by_name=True,
        coerce_numbers_to_str=True,
    )
    configuration_version: Annotated[
        str | None, Field(alias="ConfigurationVersion")
    ] = None
    """
    The current configuration number of this Epoch.
    """
    data_loss_version: Annotated[str | None, Field(alias="DataLossVersion")] = None
    """
    The current data loss number of this Epoch.
    """
