# generated from spec/ by make generate — do not edit
from __future__ import annotations

from typing import Annotated

from pydantic import (
    Field,
    RootModel,
)

from .int64_range_partition_information import Int64RangePartitionInformation
from .named_partition_information import NamedPartitionInformation
from .singleton_partition_information import SingletonPartitionInformation


class KnownPartitionInformation(
    RootModel[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation
    ]
):
    root: Annotated[
        Int64RangePartitionInformation
        | NamedPartitionInformation
        | SingletonPartitionInformation,
        Field(discriminator="service_partition_kind"),
    ]
    """
    A partition's identity and partitioning scheme, of a ServicePartitionKind the spec lists; ServicePartitionKind selects the member.
    """
