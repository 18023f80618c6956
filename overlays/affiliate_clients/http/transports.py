"""Retry and request-budget transports, sync and async twins around one pure policy.

This is the only layer that retries: the httpx transports below it are built with ``retries=0`` and the
callers above it never loop. Retrying uses stamina (exponential backoff with jitter, attempt and time
limits); a wait named by the server (Retry-After and reset headers) replaces the computed backoff.

An answer to an idempotent request that declares JSON but does not hold valid JSON (cut short, or a proxy's
error page) is treated like a dropped answer and retried here; when the tries run out, the last
answer is returned and the parser above raises ``ResponseValidationError``. Checking costs a syntax-only
msgspec pass (no objects built), about 1.5 ms a megabyte.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import attrs
import httpx
import msgspec
import stamina

from .budget import RequestBudget
from .policy import RetryPolicy, server_wait, should_retry_error, should_retry_status
from .redact import redact_url

log = logging.getLogger("affiliate_clients.http")


@attrs.define
class TransportStats:
    """What the retry layer absorbed: counts of retries by cause, 429s seen, seconds spent waiting."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    server_errors: int = 0
    connection_errors: int = 0
    malformed: int = 0
    budget_wait: float = 0.0


class _RetryableResponse(Exception):
    def __init__(self, response: httpx.Response, wait: float | None) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response
        self.wait = wait


@attrs.frozen
class _Attempts:
    """Shared by both twins: classify an outcome and tell stamina how long to wait."""

    policy: RetryPolicy
    stats: TransportStats
    budget: RequestBudget | None
    secrets: tuple[str, ...]

    def check(self, request: httpx.Request, response: httpx.Response) -> float | None:
        """None when the answer is final; otherwise the server's wait (0.0 when it named none)."""
        if not should_retry_status(request.method, response.status_code, self.policy):
            return None
        wait = server_wait(response.headers)
        if response.status_code == 429:
            self.stats.rate_limited += 1
            if wait is not None and self.budget is not None:
                self.budget.pause(wait)
        else:
            self.stats.server_errors += 1
        return wait if wait is not None else 0.0

    def wants_json_check(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether to check the body: an answer declaring JSON to a request that may be replayed (a cut-short
        error answer is checked too: impact's "over ten pages" 400 is what splits a window)."""
        return (request.method.upper() in self.policy.idempotent_methods
                and "json" in response.headers.get("content-type", "").lower())

    def malformed(self, response: httpx.Response) -> bool:
        """Whether a read body that declares JSON is not valid JSON (counted; retried like a dropped answer)."""
        if not response.content:
            return False
        try:
            msgspec.json.decode(response.content, type=msgspec.Raw)
        except msgspec.DecodeError:
            self.stats.malformed += 1
            return True
        return False

    def hook(self, request: httpx.Request) -> Callable[[Exception], bool | float]:
        def decide(exc: Exception) -> bool | float:
            if isinstance(exc, _RetryableResponse):
                if exc.wait is not None and exc.wait > self.policy.max_server_wait:
                    return False
                retry: bool | float = exc.wait if exc.wait else True
            elif isinstance(exc, httpx.TransportError) and should_retry_error(request.method, exc, self.policy):
                self.stats.connection_errors += 1
                retry = True
            else:
                return False
            log.debug("retrying %s %s after %s", request.method, redact_url(str(request.url), self.secrets), exc)
            return retry

        return decide

    def context(self, request: httpx.Request, spent: float = 0.0) -> stamina._core._RetryContextIterator:
        """Stamina's retry loop; ``spent``: seconds the first attempt already took outside it (the fast path),
        taken off the time limit so the loop ends when it would have had it started with that attempt."""
        p = self.policy
        return stamina.retry_context(on=self.hook(request), attempts=p.attempts,
                                     timeout=max(p.timeout - spent, 1e-9), wait_initial=p.wait_initial,
                                     wait_max=p.wait_max, wait_jitter=p.wait_jitter)

    def reserve(self, attempt: int) -> float:
        self.stats.requests += 1
        if attempt > 1:
            self.stats.retries += 1
        if self.budget is None:
            return 0.0
        wait = self.budget.reserve()
        self.stats.budget_wait += wait
        return wait


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport with the retry policy and an optional request budget."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None,
                 budget: RequestBudget | None = None, stats: TransportStats | None = None,
                 secrets: tuple[str, ...] = ()) -> None:
        self.inner = inner
        self.attempts = _Attempts(policy or RetryPolicy(), stats or TransportStats(), budget, secrets)

    @property
    def stats(self) -> TransportStats:
        return self.attempts.stats

    def _send(self, request: httpx.Request, num: int) -> httpx.Response:
        wait = self.attempts.reserve(num)
        if wait > 0:
            time.sleep(wait)
        response = self.inner.handle_request(request)
        server = self.attempts.check(request, response)
        if server is not None:
            response.read()
            response.close()
            raise _RetryableResponse(response, server)
        if self.attempts.wants_json_check(request, response):
            response.read()
            if self.attempts.malformed(response):
                raise _RetryableResponse(response, None)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Fast path: the first attempt runs outside stamina; only an outcome the policy may retry enters its
        # loop, where it is replayed as attempt 1, so attempts, waits, limits and hooks are stamina's own.
        started = time.monotonic()
        try:
            return self._send(request, 1)
        except (_RetryableResponse, httpx.TransportError) as exc:
            first: BaseException | None = exc
        try:
            for attempt in self.attempts.context(request, time.monotonic() - started):
                with attempt:
                    if first is not None:
                        replay, first = first, None
                        raise replay
                    return self._send(request, attempt.num)
        except _RetryableResponse as last:
            return last.response
        raise AssertionError("unreachable: stamina ran no attempt")

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None,
                 budget: RequestBudget | None = None, stats: TransportStats | None = None,
                 secrets: tuple[str, ...] = ()) -> None:
        self.inner = inner
        self.attempts = _Attempts(policy or RetryPolicy(), stats or TransportStats(), budget, secrets)

    @property
    def stats(self) -> TransportStats:
        return self.attempts.stats

    async def _send(self, request: httpx.Request, num: int) -> httpx.Response:
        wait = self.attempts.reserve(num)
        if wait > 0:
            await asyncio.sleep(wait)
        response = await self.inner.handle_async_request(request)
        server = self.attempts.check(request, response)
        if server is not None:
            await response.aread()
            await response.aclose()
            raise _RetryableResponse(response, server)
        if self.attempts.wants_json_check(request, response):
            await response.aread()
            if self.attempts.malformed(response):
                raise _RetryableResponse(response, None)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()  # the fast path of RetryTransport.handle_request
        try:
            return await self._send(request, 1)
        except (_RetryableResponse, httpx.TransportError) as exc:
            first: BaseException | None = exc
        try:
            async for attempt in self.attempts.context(request, time.monotonic() - started):
                with attempt:
                    if first is not None:
                        replay, first = first, None
                        raise replay
                    return await self._send(request, attempt.num)
        except _RetryableResponse as last:
            return last.response
        raise AssertionError("unreachable: stamina ran no attempt")

    async def aclose(self) -> None:
        await self.inner.aclose()
