"""Retry and request-budget transports, sync and async twins around one pure policy.

This is the only layer that retries: the httpx transports below it are built with ``retries=0`` and the
callers above it never loop. Retrying uses stamina (exponential backoff with jitter, attempt and time
limits); a wait named by the server (Retry-After and reset headers) replaces the computed backoff.

Every answer is read here (``http.answers``), within the attempt's deadline (``RetryPolicy.attempt_deadline``;
overrun counts as a read timeout). An answer to an idempotent request that lacks the JSON it should hold
(declared JSON but cut short or a proxy's error page; an HTML page or an empty body where JSON was asked for)
is treated like a dropped answer and retried here; when the tries run out, the last answer is returned and
the parser above raises ``ResponseValidationError``. A body that does not match its ``Content-Encoding`` is
retried the same way, then raised as ``UnreadableAnswer``. A lost answer to a request that is never replayed
(POST, PATCH) is raised as ``OutcomeUnknown``: the server may have processed it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

import attrs
import httpx
import stamina

from . import answers
from .answers import Deadline
from .budget import RequestBudget
from .errors import AffiliateClientError, OutcomeUnknown, UnreadableAnswer, what_happened
from .options import retry_of
from .policy import MAYBE_SENT, RetryPolicy, is_idempotent, server_wait, should_retry_error, should_retry_status
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
        if not should_retry_status(request.method, response.status_code, retry_of(request, self.policy)):
            return None
        wait = server_wait(response.headers)
        if response.status_code == 429:
            self.stats.rate_limited += 1
            if wait is not None and self.budget is not None and wait <= retry_of(request, self.policy).max_server_wait:
                self.budget.pause(wait)  # a longer demand is refused, not waited for: hold nobody else
        else:
            self.stats.server_errors += 1
        return wait if wait is not None else 0.0

    def settle(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """The read answer if it is final; else :class:`_RetryableResponse` (a retry status, or an answer that
        lacks the JSON it should hold: ``answers.not_json``, counted as malformed)."""
        server = self.check(request, response)
        if server is not None:  # read to the end, so closed already (an error answer is never a download)
            raise _RetryableResponse(response, server)
        if answers.not_json(request, response, retry_of(request, self.policy)):
            self.stats.malformed += 1
            raise _RetryableResponse(response, None)
        return response

    def deadline(self, request: httpx.Request) -> Deadline | None:
        return Deadline.start(retry_of(request, self.policy), request)

    def lost(self, request: httpx.Request, error: httpx.TransportError) -> OutcomeUnknown | None:
        """The typed error for an answer lost after a request that is not replayed was sent, else None."""
        if isinstance(error, AffiliateClientError) or not isinstance(error, MAYBE_SENT) \
                or is_idempotent(request.method, retry_of(request, self.policy)):
            return None
        return OutcomeUnknown(request.method, request.url.path, what_happened(error), request=request)

    def hook(self, request: httpx.Request) -> Callable[[Exception], bool | float]:
        policy = retry_of(request, self.policy)

        def decide(exc: Exception) -> bool | float:
            if isinstance(exc, _RetryableResponse):
                if exc.wait is not None and exc.wait > policy.max_server_wait:
                    return False
                retry: bool | float = exc.wait if exc.wait else True
            elif isinstance(exc, httpx.TransportError) and should_retry_error(request.method, exc, policy):
                self.stats.connection_errors += 1
                retry = True
            elif isinstance(exc, UnreadableAnswer) and is_idempotent(request.method, policy):
                self.stats.malformed += 1
                retry = True
            else:
                return False
            log.debug("retrying %s %s after %s", request.method, redact_url(str(request.url), self.secrets), exc)
            return retry

        return decide

    def context(self, request: httpx.Request, spent: float = 0.0) -> stamina._core._RetryContextIterator:
        """Stamina's retry loop; ``spent``: seconds the first attempt already took outside it (the fast path),
        taken off the time limit so the loop ends when it would have had it started with that attempt."""
        p = retry_of(request, self.policy)  # a view's per-request policy, else the client's
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
        deadline = self.attempts.deadline(request)
        response = self.inner.handle_request(request)  # its headers: bounded by the read timeout alone
        answers.read(request, response, deadline)
        return self.attempts.settle(request, response)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._retried(request)
        except httpx.TransportError as error:
            if (lost := self.attempts.lost(request, error)) is None:
                raise
            raise lost from error

    def _retried(self, request: httpx.Request) -> httpx.Response:
        # Fast path: the first attempt runs outside stamina; only an outcome the policy may retry enters its
        # loop, where it is replayed as attempt 1, so attempts, waits, limits and hooks are stamina's own.
        started = time.monotonic()
        try:
            return self._send(request, 1)
        except (_RetryableResponse, httpx.TransportError, UnreadableAnswer) as exc:
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
        deadline = self.attempts.deadline(request)
        limit = asyncio.timeout(deadline.remaining() if deadline is not None else None)
        try:
            async with limit:
                response = await self.inner.handle_async_request(request)
        except TimeoutError:
            if deadline is not None and limit.expired():
                raise deadline.overrun() from None
            raise
        await answers.aread(request, response, deadline)
        return self.attempts.settle(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._retried(request)
        except httpx.TransportError as error:
            if (lost := self.attempts.lost(request, error)) is None:
                raise
            raise lost from error

    async def _retried(self, request: httpx.Request) -> httpx.Response:
        started = time.monotonic()  # the fast path of RetryTransport.handle_request
        try:
            return await self._send(request, 1)
        except (_RetryableResponse, httpx.TransportError, UnreadableAnswer) as exc:
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
