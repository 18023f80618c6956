"""Retry decisions and delays: pure functions over one immutable settings value.

Rules: 429 is always retried after the wait the server names (a rate-limited request was refused, not
processed). 5xx and dropped connections are retried only for idempotent methods. A non-idempotent request
(POST, PATCH) is replayed only when it provably never reached the server (connect errors, pool timeouts).
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import attrs
import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 522, 524})
# Errors raised before a single byte of the request left this machine: safe to replay anything.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after the request may have reached the server: replay only idempotent requests.
MAYBE_SENT = (httpx.ReadError, httpx.WriteError, httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError)
ONE_DAY = 86_400.0


@attrs.frozen
class RetryPolicy:
    """How hard to try. Change it with ``attrs.evolve(policy, attempts=3)``.

    ``attempts`` counts every try, the first included; ``timeout`` bounds the whole retry loop in seconds;
    backoff is ``min(wait_max, wait_initial * 2**(n-1) + random(0, wait_jitter))``; ``max_server_wait``
    caps a wait the server asks for (Retry-After and friends) — a longer demand raises instead of sleeping.
    ``replay_refused`` retries a non-idempotent request after a 429 (the server refused it unprocessed);
    turn it off for APIs that promise nothing about 429s on writes (Spaaza creates).
    """

    attempts: int = 6
    timeout: float = 300.0
    wait_initial: float = 0.5
    wait_max: float = 30.0
    wait_jitter: float = 1.0
    max_server_wait: float = 900.0
    retry_statuses: frozenset[int] = RETRY_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT
    replay_refused: bool = True

    def __attrs_post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.timeout <= 0 or self.wait_initial < 0 or self.wait_max < 0 or self.max_server_wait < 0:
            raise ValueError("timeouts and waits must not be negative")


NO_RETRIES = RetryPolicy(attempts=1)


def is_idempotent(method: str, policy: RetryPolicy) -> bool:
    return method.upper() in policy.idempotent_methods


def should_retry_status(method: str, status: int, policy: RetryPolicy) -> bool:
    """Whether an answer with ``status`` to a ``method`` request deserves another try."""
    if status not in policy.retry_statuses:
        return False
    return is_idempotent(method, policy) or (status == 429 and policy.replay_refused)


def should_retry_error(method: str, error: BaseException, policy: RetryPolicy) -> bool:
    """Whether a transport error deserves another try."""
    if isinstance(error, NOT_SENT):
        return True
    return isinstance(error, MAYBE_SENT) and is_idempotent(method, policy)


def _seconds(value: str, now: float) -> float | None:
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return None if parsed is None else max(0.0, parsed.timestamp() - now)
    if number > ONE_DAY:  # an epoch time, not a delay (impact's brand docs show both)
        return max(0.0, number - now)
    return max(0.0, number)


# Header names in order of preference; the first one present wins.
WAIT_HEADERS = ("retry-after", "x-ratelimit-retry-after", "ratelimit-reset", "x-ratelimit-reset")


def server_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks us to wait, from Retry-After (seconds or HTTP date) or a reset header.

    Reset values above one day are read as epoch times.
    """
    now = time.time() if now is None else now
    lower = {k.lower(): v for k, v in headers.items()}
    for name in WAIT_HEADERS:
        if name in lower:
            try:
                seconds = _seconds(lower[name], now)
            except (TypeError, ValueError, OverflowError):
                seconds = None
            if seconds is not None:
                return seconds
    return None
