"""A client-side request budget (token bucket) so long pulls slow down instead of meeting 429s.

One budget can be shared by several clients and by sync and async code: the arithmetic is pure and
guarded by a lock; the waiting is done by the caller (``time.sleep`` or ``asyncio.sleep``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import attrs


@attrs.frozen
class Rate:
    """``requests`` per ``per_seconds``, with bursts of up to ``burst`` (default: the whole allowance)."""

    requests: int
    per_seconds: float
    burst: int | None = None

    def __attrs_post_init__(self) -> None:
        if self.requests < 1 or self.per_seconds <= 0:
            raise ValueError("a rate needs at least one request per positive period")

    @property
    def per_second(self) -> float:
        return self.requests / self.per_seconds

    @property
    def capacity(self) -> int:
        return self.burst or self.requests


class RequestBudget:
    """Token bucket with a "paused until" mark set when the server says the window is spent."""

    def __init__(self, rate: Rate, clock: Callable[[], float] = time.monotonic, headroom: float = 0.02) -> None:
        """``headroom``: each request is charged that much more than its cost, so a client paced exactly at the
        server's allowance does not arrive a hair early (clocks and float rounding differ between the two)."""
        self.rate = rate
        self.headroom = headroom
        self._capacity, self._per_second, self._charge = float(rate.capacity), rate.per_second, 1 + headroom
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = float(rate.capacity)
        self._updated = clock()
        self._paused_until = 0.0
        self.waited = 0.0

    def reserve(self, cost: float = 1.0) -> float:
        """Claim the next request slot (``cost`` tokens); returns how long to wait before sending it."""
        if cost > self._capacity:
            raise ValueError(f"a request costing {cost} tokens can never fit a budget of {self.rate.capacity}")
        per_second = self._per_second
        with self._lock:
            now = self._clock()
            self._tokens = min(self._capacity, self._tokens + (now - self._updated) * per_second)
            self._updated = now
            self._tokens -= cost * self._charge
            wait = max(0.0, -self._tokens / per_second, self._paused_until - now)
            self.waited += wait
            return wait

    def pause(self, seconds: float) -> None:
        """The server said to wait ``seconds``: hold every request of this budget until then."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)
