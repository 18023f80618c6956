"""Retry decisions and server waits: one table, no I/O."""

from __future__ import annotations

import email.utils

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


def test_refused_writes_can_be_kept_from_replaying() -> None:
    strict = RetryPolicy(replay_refused=False)
    assert not should_retry_status("POST", 429, strict)
    assert should_retry_status("GET", 429, strict)


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
