"""Retry decisions and server waits: one table, no I/O."""

from __future__ import annotations

import email.utils
import math

import httpx
import pytest
from affiliate_clients.http.policy import RetryPolicy, server_wait, should_retry_error, should_retry_status

POLICY = RetryPolicy()
NOW = 1_700_000_000.0


@pytest.mark.parametrize(("method", "status", "retry"), [
    ("GET", 429, True), ("POST", 429, True), ("GET", 503, True), ("GET", 520, True), ("PUT", 502, True),
    ("POST", 503, False), ("PATCH", 500, False), ("GET", 400, False), ("GET", 404, False), ("GET", 200, False),
])
def test_status_decisions(method: str, status: int, retry: bool) -> None:
    assert should_retry_status(method, status, POLICY) is retry


@pytest.mark.parametrize(("method", "error", "retry"), [
    ("POST", httpx.ConnectError("refused"), True),
    ("POST", httpx.PoolTimeout("pool"), True),
    ("POST", httpx.ReadError("reset"), False),
    ("POST", httpx.RemoteProtocolError("closed"), False),
    ("GET", httpx.ReadError("reset"), True),
    ("GET", httpx.ReadTimeout("slow"), True),
    ("GET", ValueError("not transport"), False),
])
def test_error_decisions(method: str, error: BaseException, retry: bool) -> None:
    assert should_retry_error(method, error, POLICY) is retry


@pytest.mark.parametrize(("headers", "wait"), [
    ({"Retry-After": "7"}, 7.0),
    ({"retry-after": email.utils.formatdate(NOW + 20, usegmt=True)}, 20.0),
    ({"X-RateLimit-Retry-After": "3"}, 3.0),
    ({"RateLimit-Reset": "1200"}, 1200.0),
    ({"X-RateLimit-Reset": str(int(NOW) + 90)}, 90.0),  # an epoch, as impact's brand docs show
    ({"X-RateLimit-Reset": "30", "Retry-After": "5"}, 5.0),
    ({"Retry-After": "soon"}, None),
    ({}, None),
])
def test_server_wait(headers: dict[str, str], wait: float | None) -> None:
    assert server_wait(headers, now=NOW) == wait


HUGE = "9" * 400  # past a float's range


@pytest.mark.parametrize(("headers", "wait"), [
    # Retry-After: delta-seconds are any non-negative integer, however large (RFC 9110 10.2.3), never an epoch.
    ({"Retry-After": "0"}, 0.0),
    ({"Retry-After": "86400"}, 86_400.0),
    ({"Retry-After": "86401"}, 86_401.0),
    ({"Retry-After": str(int(NOW) + 90)}, NOW + 90),
    ({"Retry-After": "1" + "0" * 30}, 1e30),
    ({"Retry-After": HUGE}, math.inf),
    ({"Retry-After": " 12 "}, 12.0),
    ({"Retry-After": "2.5"}, 2.5),
    # HTTP-dates: IMF-fixdate, a past one, one without a zone (always GMT).
    ({"Retry-After": email.utils.formatdate(NOW + 3600, usegmt=True)}, 3600.0),
    ({"Retry-After": email.utils.formatdate(NOW - 3600, usegmt=True)}, 0.0),
    ({"Retry-After": email.utils.formatdate(NOW + 60, usegmt=True).removesuffix(" GMT")}, 60.0),
    # Garbage names no wait; a later header that does still counts.
    ({"Retry-After": "-5"}, None),
    ({"Retry-After": "+5"}, None),
    ({"Retry-After": "1e5"}, None),
    ({"Retry-After": "12 seconds"}, None),
    ({"Retry-After": "nan"}, None),
    ({"Retry-After": "inf"}, None),
    ({"Retry-After": ""}, None),
    ({"Retry-After": "Funday, 99 Nov 2024"}, None),
    ({"Retry-After": "-5", "X-RateLimit-Reset": "30"}, 30.0),
    # Partnerize's X-RateLimit-Retry-After and the Partner API's RateLimit-Reset are seconds, never epochs.
    ({"X-RateLimit-Retry-After": "86401"}, 86_401.0),
    ({"RateLimit-Reset": str(int(NOW) + 90)}, NOW + 90),
    # impact's brand X-RateLimit-Reset: documented as seconds, its example an epoch; both are read.
    ({"X-RateLimit-Reset": "86401"}, 86_401.0),
    ({"X-RateLimit-Reset": str(int(NOW) - 50)}, 0.0),
    ({"X-RateLimit-Reset": str(int(NOW) + 7200)}, 7200.0),
    ({"X-RateLimit-Reset": HUGE}, math.inf),
])
def test_server_wait_reads_delta_seconds_as_seconds(headers: dict[str, str], wait: float | None) -> None:
    assert server_wait(headers, now=NOW) == wait


def test_attempt_deadline_settings_are_checked() -> None:
    assert RetryPolicy().attempt_deadline == 300.0 and RetryPolicy(attempt_deadline=None).attempt_deadline is None
    for wrong in ({"attempt_deadline": 0.0}, {"attempt_deadline": -1.0}, {"attempt_min_rate": 0.0}):
        with pytest.raises(ValueError, match="attempt_"):
            RetryPolicy(**wrong)  # type: ignore[arg-type]


def test_refused_writes_can_be_kept_from_replaying() -> None:
    strict = RetryPolicy(replay_refused=False)
    assert not should_retry_status("POST", 429, strict)
    assert should_retry_status("GET", 429, strict)


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
