"""Waiting for Partnerize v1 background jobs (exports, transaction-query creation) to finish."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import attrs

from ..http.errors import AffiliateClientError

DONE = frozenset({"complete", "completed"})
FAILED = frozenset({"failed", "error", "cancelled", "canceled"})


class JobFailed(AffiliateClientError):
    """The job ended in a failed state; ``job`` is the last job record."""

    def __init__(self, job: Any) -> None:
        super().__init__(f"job {job.job_id} ended as {job.status!r}")
        self.job = job


class JobTimeout(AffiliateClientError, TimeoutError):
    """The job did not finish in time; ``job`` is the last job record seen (poll again with it later)."""

    def __init__(self, job: Any, waited: float) -> None:
        super().__init__(f"job {job.job_id} still {job.status!r} ({job.percentage_complete}% done) after {waited:.0f}s")
        self.job = job


@attrs.frozen
class JobPolicy:
    """How to wait: poll every ``interval`` seconds, growing by ``backoff`` up to ``max_interval``; give up
    after ``timeout`` seconds."""

    timeout: float = 600.0
    interval: float = 1.0
    backoff: float = 1.5
    max_interval: float = 30.0

    def delays(self) -> Any:
        delay = self.interval
        while True:
            yield delay
            delay = min(self.max_interval, delay * self.backoff)


def _status(job: Any) -> str:
    return str(job.status).lower() if isinstance(job.status, str) else ""


def _settled(job: Any) -> bool:
    if _status(job) in FAILED:
        raise JobFailed(job)
    return _status(job) in DONE


def wait(fetch: Any, job_id: str, policy: JobPolicy) -> Any:
    """Poll ``fetch(job_id)`` (returning the job record) until it completes; returns the completed job."""
    started = time.monotonic()
    for delay in policy.delays():
        job = fetch(job_id)
        if _settled(job):
            return job
        waited = time.monotonic() - started
        if waited + delay > policy.timeout:
            raise JobTimeout(job, waited)
        time.sleep(delay)
    raise AssertionError("unreachable")


async def await_job(fetch: Any, job_id: str, policy: JobPolicy) -> Any:
    """Async twin of :func:`wait`; ``fetch`` is a coroutine function."""
    started = time.monotonic()
    for delay in policy.delays():
        job = await fetch(job_id)
        if _settled(job):
            return job
        waited = time.monotonic() - started
        if waited + delay > policy.timeout:
            raise JobTimeout(job, waited)
        await asyncio.sleep(delay)
    raise AssertionError("unreachable")
