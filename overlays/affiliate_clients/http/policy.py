"""Retry decisions and delays: pure functions over one immutable settings value.

Rules: 429 is always retried after the wait the server names (a rate-limited request was refused, not
processed). 5xx and dropped connections are retried only for idempotent methods. A non-idempotent request
(POST, PATCH) is replayed only when it provably never reached the server (connect errors, pool timeouts).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import re
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

    ``attempt_deadline`` bounds one attempt from sending the request to the answer's last byte (httpx's read
    timeout only bounds the gap between two bytes, so a server trickling a byte a second never trips it):
    an attempt may take ``attempt_deadline`` seconds plus one more second for every ``attempt_min_rate``
    bytes of answer received, so the bound grows with the page (an 18 MB impact page earns about 9 minutes
    on top at the default 32 kB/s). Overrun counts as a read timeout: retried for idempotent requests.
    ``None`` turns the bound off.
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
    attempt_deadline: float | None = 300.0
    attempt_min_rate: float = 32_768.0

    def __attrs_post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if self.timeout <= 0 or self.wait_initial < 0 or self.wait_max < 0 or self.max_server_wait < 0:
            raise ValueError("timeouts and waits must not be negative")
        if (self.attempt_deadline is not None and not self.attempt_deadline > 0) or not self.attempt_min_rate > 0:
            raise ValueError("attempt_deadline and attempt_min_rate must be positive")


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


# Header names in order of preference; the first one present that holds a wait wins.
WAIT_HEADERS = ("retry-after", "x-ratelimit-retry-after", "ratelimit-reset", "x-ratelimit-reset")
# Headers a vendor documents with an epoch value: impact's brand-family ``X-RateLimit-Reset`` says "seconds
# until reset" but its example is an epoch time (``1487332519``). Every other header holds delta-seconds.
EPOCH_HEADERS = frozenset({"x-ratelimit-reset"})
EPOCH_FLOOR = 1_000_000_000  # 2001-09-09: a smaller value cannot be an epoch time a server means today
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _seconds(name: str, value: str, now: float) -> float | None:
    """The wait one header asks for, or None when it holds no wait (garbage, a negative number).

    Delta-seconds are any non-negative number (RFC 9110 §10.2.3: ``1*DIGIT``; a decimal is tolerated), however
    large: a value above the client's cap raises instead of being slept. Only an ``EPOCH_HEADERS`` value
    above one day that can be an epoch time is read as one. ``Retry-After`` may also be an HTTP-date.
    """
    value = value.strip()
    if _NUMBER.fullmatch(value):
        number = float(value)  # inf past a float's range: never slept, the cap refuses it
        if name in EPOCH_HEADERS and ONE_DAY < number and EPOCH_FLOOR <= number < math.inf:
            return max(0.0, number - now)
        return number
    if not value or value[0] in "+-" or value[0].isdigit():
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # an HTTP-date is always GMT
        parsed = parsed.replace(tzinfo=dt.UTC)
    return max(0.0, parsed.timestamp() - now)


def server_wait(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks us to wait, from Retry-After (delta-seconds or HTTP-date), Partnerize's
    X-RateLimit-Retry-After or a reset header; None when no header names a wait.

    A huge delay comes back as it is (``math.inf`` past a float's range) for the caller's cap to refuse.
    """
    now = time.time() if now is None else now
    lower = {k.lower(): v for k, v in headers.items()}
    for name in WAIT_HEADERS:
        if name in lower:
            seconds = _seconds(name, lower[name], now)
            if seconds is not None:
                return seconds
    return None
