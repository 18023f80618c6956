"""A client-side request budget (token bucket) so long pulls slow down instead of meeting 429s.

One budget can be shared by several clients and by sync and async code: the arithmetic is pure and
guarded by a lock; the waiting is done by the caller (``time.sleep`` or ``asyncio.sleep``).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import attrs

from .errors import InvalidRequest


@attrs.frozen
class Rate:
    """``requests`` per ``per_seconds``, with bursts of up to ``burst`` (default: the whole allowance)."""

    requests: int
    per_seconds: float
    burst: int | None = None

    def __attrs_post_init__(self) -> None:
        """Refuse a rate that could never let a request through (:class:`InvalidRequest`, a ``ValueError``)."""
        if not isinstance(self.requests, int) or isinstance(self.requests, bool) or self.requests < 1:
            raise InvalidRequest("requests", f"a rate needs a whole number of requests of at least 1, "
                                             f"got {self.requests!r}")
        if (not isinstance(self.per_seconds, int | float) or isinstance(self.per_seconds, bool)
                or not 0 < self.per_seconds < math.inf):
            raise InvalidRequest("per_seconds", f"a rate needs a positive, finite period in seconds, "
                                                f"got {self.per_seconds!r}")
        if self.burst is not None and (not isinstance(self.burst, int) or isinstance(self.burst, bool)
                                       or self.burst < 1):
            raise InvalidRequest("burst", f"must be a whole number of at least 1 (or None), got {self.burst!r}")

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
