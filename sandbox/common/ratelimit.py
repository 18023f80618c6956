"""A server-side token bucket, answering 429 in the vendor's words when it runs dry."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .replies import VendorReplies
from .stats import Stats


class TokenBucket:
    """``capacity`` tokens, refilled at ``rate`` per second. Pure apart from the injected clock."""

    def __init__(self, rate: float, capacity: int, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or capacity < 1:
            raise ValueError("rate must be > 0 and capacity >= 1")
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = float(capacity)
        self.updated = clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self) -> float:
        """Take one token: 0.0 when granted, else the seconds until one is available."""
        self._refill()
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate

    @property
    def remaining(self) -> int:
        self._refill()
        return int(self.tokens)

    def seconds_to_full(self) -> float:
        self._refill()
        return (self.capacity - self.tokens) / self.rate


class RateLimitMiddleware:
    """Refuses requests over the bucket with the vendor's 429 and puts its rate headers on every answer."""

    def __init__(self, app: ASGIApp, bucket: TokenBucket, replies: VendorReplies, stats: Stats | None = None) -> None:
        self.app = app
        self.bucket = bucket
        self.replies = replies
        self.stats = stats or Stats()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wait = self.bucket.take()
        if wait > 0:
            self.stats.rate_limited += 1
            await self.replies.rate_limited(Request(scope, receive), wait)(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in self.replies.rate_headers(
            self.bucket.capacity, self.bucket.remaining, math.ceil(self.bucket.seconds_to_full())).items()]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
