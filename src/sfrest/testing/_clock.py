"""ManualClock: a clock tests move by hand, shared by the emulator and the client."""

from __future__ import annotations

import threading


class ManualClock:
    """A monotonic clock that only moves when told to.

        clock = ManualClock()
        emu = Emulator(clock=clock, durations={"PartitionDataLoss": 2.0})
        ...                                   # start an operation: Running
        clock.advance(2.0)                    # now it is Completed

    Hand it to the client too, with `sleep=clock.sleep` (or `clock.async_sleep` for the
    async client), and `wait()` drives the emulator's time instead of the wall clock:

        client = ServiceFabricClient(transport=emu.transport(), clock=clock, sleep=clock.sleep)
        client.start_data_loss(service, partition, "PartialDataLoss").wait()  # no real sleep
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        """The current time, in seconds."""
        with self._lock:
            return self._now

    @property
    def now(self) -> float:
        """The current time, in seconds."""
        return self()

    def advance(self, seconds: float) -> float:
        """Move the clock forward by `seconds` (not negative); returns the new time."""
        if seconds < 0:
            raise ValueError(f"a clock cannot go back: advance({seconds!r})")
        with self._lock:
            self._now += seconds
            return self._now

    def sleep(self, seconds: float) -> None:
        """A time.sleep stand-in for the sync client: advances the clock, returns at once."""
        self.advance(max(0.0, seconds))

    async def async_sleep(self, seconds: float) -> None:
        """An asyncio.sleep stand-in for the async client: advances the clock."""
        self.advance(max(0.0, seconds))

    def __repr__(self) -> str:
        return f"ManualClock(now={self():g})"
