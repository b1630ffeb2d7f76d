"""Small config objects: how to retry, and how to poll while waiting."""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from ._errors import InvalidArgumentError

MAX_SECONDS = 4294967295
"""The longest duration sfrest takes anywhere, as the gateway's longest server timeout."""


def seconds(
    name: str, value: object, low: float = 0.0, *, above: bool = False
) -> float:
    """value as seconds: an int or float (not a bool) from low (exclusive if above) to MAX_SECONDS."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not low <= value <= MAX_SECONDS
        or (above and value == low)
    ):
        bound = ">" if above else ">="
        raise InvalidArgumentError(
            f"{name} must be a number {bound} {low:g} and <= {MAX_SECONDS}, got {value!r}"
        )
    return float(value)


def capped(start: float, factor: float, n: int, cap: float) -> float:
    """min(cap, start * factor**n), without computing a power that would pass cap (or overflow)."""
    if start <= 0 or cap <= start:
        return min(start, cap)
    if n * math.log(factor) >= math.log(cap / start):
        return cap
    return start * factor**n


RETRIED = frozenset({429, 503, 504})
"""The statuses a GET or Start* is retried on."""


def retry_after(milliseconds: str | None, value: str | None) -> float | None:
    """The seconds a response asks the client to wait: retry-after-ms (as Azure's
    services send it), else Retry-After as seconds or an HTTP date; None when neither is
    there or readable (then the RetryPolicy's own backoff applies).

        retry_after(None, "2")                                   # 2.0
        retry_after("1500", "2")                                 # 1.5
        retry_after(None, "Wed, 21 Oct 2015 07:28:00 GMT")       # 0.0: in the past
    """
    try:
        if milliseconds is not None:
            seconds = float(milliseconds) / 1000
        elif value is None:
            return None
        elif value.strip().replace(".", "", 1).isdigit():
            seconds = float(value)
        else:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_SECONDS)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries of GETs and Start* calls on 429, 503, 504 and connection errors.

        ServiceFabricClient(retry=RetryPolicy(max_retries=5, max_delay=10.0))
        ServiceFabricClient(retry=RetryPolicy(max_retries=0))  # never retry

    The n-th retry waits a random time up to min(max_delay, initial_delay * 2**n)
    ("full jitter"), so hundreds of clients polling one busy cluster spread out; unless
    the answer says how long to wait (Retry-After, retry-after-ms), which is honoured up
    to max_retry_after seconds, as the Azure and OpenAI SDKs do. Inside a wait() the
    pause ends at its deadline.
    """

    max_retries: int = 3
    initial_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise InvalidArgumentError(
                f"RetryPolicy max_retries must be an int >= 0, got {retries!r}"
            )
        seconds("RetryPolicy initial_delay", self.initial_delay)
        seconds("RetryPolicy max_delay", self.max_delay)
        seconds("RetryPolicy max_retry_after", self.max_retry_after)

    def delay(self, retry: int) -> float:
        """Seconds to sleep before retry number `retry` (0-based)."""
        return random.uniform(0, capped(self.initial_delay, 2, retry, self.max_delay))


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How wait() polls: start small, grow by `factor`, never above `max_interval`.

        ServiceFabricClient(polling=PollPolicy(initial_interval=1.0, max_interval=10.0))

    The defaults answer a 1 s operation 0.25 s after it completes and cost a 60 s one 20
    requests; 3.85 s is the smallest cap that fits 20 (docs/benchmarks.md, wait()).
    """

    initial_interval: float = 0.5
    factor: float = 1.5
    max_interval: float = 3.85

    def __post_init__(self) -> None:
        low = seconds("PollPolicy initial_interval", self.initial_interval, above=True)
        seconds("PollPolicy factor", self.factor, 1)
        seconds("PollPolicy max_interval", self.max_interval, low)

    def interval(self, poll: int) -> float:
        """Seconds to sleep after poll number `poll` (0-based)."""
        return capped(self.initial_interval, self.factor, poll, self.max_interval)
