# generated from spec/ by make generate — do not edit
"""The bit-mask filters of the spec (x-flags): an int, or an OR of the members."""

import enum


class JobStateFilter(enum.IntFlag):
    """The JobStateFilter bit mask.

    JobStateFilter.RUNNING | JobStateFilter.COMPLETED
    """

    RUNNING = 1
    COMPLETED = 2
    ALL = 65535
