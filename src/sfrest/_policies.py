"""Small config objects: how to retry, and how to poll while waiting."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ._errors import InvalidArgumentError


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries of GETs and Start* calls on 503, 504 and connection errors.

        ServiceFabricClient(retry=RetryPolicy(max_retries=5, max_delay=10.0))
        ServiceFabricClient(retry=RetryPolicy(max_retries=0))  # never retry

    The n-th retry waits a random time up to min(max_delay, initial_delay * 2**n)
    ("full jitter"), so hundreds of clients polling one busy cluster spread out.
    """

    max_retries: int = 3
    initial_delay: float = 0.25
    max_delay: float = 8.0

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.initial_delay < 0 or self.max_delay < 0:
            raise InvalidArgumentError("RetryPolicy values must not be negative")

    def delay(self, retry: int) -> float:
        """Seconds to sleep before retry number `retry` (0-based)."""
        return random.uniform(0, min(self.max_delay, self.initial_delay * 2**retry))


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How wait() polls: start small, grow by `factor`, never above `max_interval`.

        ServiceFabricClient(polling=PollPolicy(initial_interval=1.0, max_interval=10.0))

    The defaults answer a 1 s operation 0.25 s after it completes and cost a 60 s one 20
    requests. The ramp 0.5, 0.75, 1.125 ... has polled 7 times by 10.4 s; 13 more polls
    must then reach 60 s, so no cap below (60 - 10.4) / 13 = 3.82 s fits in 20 requests,
    and the smallest cap is the smallest worst case (an operation that completes just
    after a poll is seen one interval later). 3.85 s leaves a little room: the 20th poll
    comes at 60.4 s. docs/benchmarks.md has the figures.
    """

    initial_interval: float = 0.5
    factor: float = 1.5
    max_interval: float = 3.85

    def __post_init__(self) -> None:
        if (
            self.initial_interval <= 0
            or self.factor < 1
            or self.max_interval < self.initial_interval
        ):
            raise InvalidArgumentError(
                "PollPolicy needs initial_interval > 0, factor >= 1, max_interval >= initial_interval"
            )

    def interval(self, poll: int) -> float:
        """Seconds to sleep after poll number `poll` (0-based)."""
        return min(self.max_interval, self.initial_interval * self.factor**poll)
