"""The retry transports over httpx.MockTransport: one scenario table, run sync and async."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from affiliate_clients.http.budget import Rate, RequestBudget
from affiliate_clients.http.policy import RetryPolicy
from affiliate_clients.http.transports import AsyncRetryTransport, RetryTransport

FAST = RetryPolicy(attempts=4, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)

# (method, statuses the server answers in turn, final status, requests the server saw)
SCENARIOS = [
    ("GET", [503, 502, 200], 200, 3),
    ("GET", [429, 200], 200, 2),
    ("POST", [429, 200], 200, 2),
    ("POST", [503, 200], 503, 1),
    ("GET", [500, 500, 500, 500, 500], 500, 4),
    ("GET", [404, 200], 404, 1),
]


def _server(statuses: list[int]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses[min(len(seen), len(statuses)) - 1]
        return httpx.Response(status, headers={"Retry-After": "0"} if status == 429 else {}, json={"n": len(seen)})

    return seen, httpx.MockTransport(handler)


@pytest.mark.parametrize(("method", "statuses", "final", "sent"), SCENARIOS)
def test_sync(method: str, statuses: list[int], final: int, sent: int) -> None:
    seen, mock = _server(statuses)
    with httpx.Client(transport=RetryTransport(mock, FAST)) as client:
        assert client.request(method, "https://api.test/x").status_code == final
    assert len(seen) == sent


@pytest.mark.parametrize(("method", "statuses", "final", "sent"), SCENARIOS)
def test_async(method: str, statuses: list[int], final: int, sent: int) -> None:
    seen, mock = _server(statuses)

    async def run() -> int:
        async with httpx.AsyncClient(transport=AsyncRetryTransport(mock, FAST)) as client:
            return (await client.request(method, "https://api.test/x")).status_code

    assert asyncio.run(run()) == final
    assert len(seen) == sent


def test_connect_errors_are_retried_even_for_post() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(201)

    with httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), FAST)) as client:
        assert client.post("https://api.test/x").status_code == 201
    assert calls == 2


def test_server_wait_over_the_cap_is_not_slept() -> None:
    seen, _mock = _server([429, 200])
    policy = RetryPolicy(attempts=3, wait_initial=0.0, wait_jitter=0.0, max_server_wait=10.0)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, headers={"Retry-After": "3600"})

    with httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), policy)) as client:
        assert client.get("https://api.test/x").status_code == 429
    assert len(seen) == 1


def test_429_pauses_the_shared_budget() -> None:
    budget = RequestBudget(Rate(1000, 1.0))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "0.3"})

    transport = RetryTransport(httpx.MockTransport(handler), RetryPolicy(attempts=2, wait_initial=0.0, wait_jitter=0.0),
                               budget)
    with httpx.Client(transport=transport) as client:
        client.get("https://api.test/x")
    assert transport.stats.rate_limited == 2 and transport.stats.retries == 1 and transport.stats.requests == 2
    assert budget.reserve() > 0.1, "the server's wait did not pause the shared budget"
