"""Per-request options (``with_options``), raw answers (``call_raw``) and the User-Agent, for every vendor client."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.metadata
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from affiliate_clients import (
    ImpactClient,
    InvalidRequest,
    InvocaClient,
    NotFound,
    PartnerizeClient,
    RateLimited,
    RetryPolicy,
    ServerError,
    SpaazaClient,
    Transport,
)
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.generated.impact_client.models import PartnerGroupList
from affiliate_clients.http import options
from affiliate_clients.http.base import VendorClient

BASE = "http://127.0.0.1:9"
GROUPS = {"@page": "1", "@numpages": "1", "@nextpageuri": "", "Groups": [{"Id": "5", "Name": "VIP"}]}
ACTIONS = {"@page": "1", "@numpages": "1", "@nextpageuri": "", "Actions": []}
FAST = RetryPolicy(wait_initial=0.0, wait_max=0.0, wait_jitter=0.0)
VERSION = importlib.metadata.version("affiliate-clients")
Handler = Callable[[httpx.Request], httpx.Response]


def _groups(request: httpx.Request) -> httpx.Response:
    body = ACTIONS if request.url.path.endswith("/Actions") else GROUPS
    return httpx.Response(200, json=body, headers={"X-Request-Id": "req-1"})


def _impact(handler: Handler, seen: list[httpx.Request], retry: RetryPolicy | None = None) -> ImpactClient:
    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    mock = httpx.MockTransport(record)
    return ImpactClient("IRsid", "token", base_url=BASE, rate=None, retry=retry or FAST,
                        transport=Transport(sync=mock, async_=mock))


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def impact(seen: list[httpx.Request]) -> Iterator[ImpactClient]:
    with _impact(_groups, seen) as client:
        yield client


def _timeout(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


def test_timeout_and_headers_reach_the_request_and_the_client_is_unchanged(
        impact: ImpactClient, seen: list[httpx.Request]) -> None:
    view = impact.with_options(timeout=2.5, headers={"X-Trace": "abc"})
    assert view.call(list_partner_groups, campaign_id=1000) == PartnerGroupList.from_dict(GROUPS)
    impact.call(list_partner_groups, campaign_id=1000)
    sent, plain = seen
    assert _timeout(sent) == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert sent.headers["X-Trace"] == "abc" and sent.headers["Authorization"].startswith("Basic ")
    assert _timeout(plain) == {"connect": 10.0, "read": 120.0, "write": 30.0, "pool": 30.0}
    assert "X-Trace" not in plain.headers
    assert impact.options == options.RequestOptions() and view.options.timeout == httpx.Timeout(2.5)


def test_the_async_twin_sends_the_options_too(seen: list[httpx.Request]) -> None:
    async def run() -> None:
        async with _impact(_groups, seen) as impact:
            view = impact.with_options(timeout=httpx.Timeout(4.0, connect=1.0), headers={"X-Trace": "xyz"})
            await view.acall(list_partner_groups, campaign_id=1000)
            await view.partner_groups.alist(campaign_id=1000)
            await impact.acall(list_partner_groups, campaign_id=1000)

    asyncio.run(run())
    assert [_timeout(r)["connect"] for r in seen] == [1.0, 1.0, 10.0]
    assert [r.headers.get("X-Trace") for r in seen] == ["xyz", "xyz", None]


def test_a_view_shares_the_httpx_clients_and_transports(impact: ImpactClient) -> None:
    view = impact.with_options(timeout=1.0).with_options(headers={"X-A": "1"})
    assert view.http_client is impact.http_client and view.async_http_client is impact.async_http_client
    assert view.generated.get_httpx_client().inner is impact.http_client
    assert view.generated.get_async_httpx_client().inner is impact.async_http_client
    assert impact.generated.get_httpx_client() is impact.http_client  # the client itself is not wrapped
    assert view.stats is impact.stats and view.budget is impact.budget
    assert view.options.timeout == httpx.Timeout(1.0) and view.options.headers == (("X-A", "1"),)


def test_the_typed_methods_and_paged_helpers_of_a_view_use_its_options(
        impact: ImpactClient, seen: list[httpx.Request]) -> None:
    impact.partner_groups.list(campaign_id=1000)  # caches the tag group on the client
    view = impact.with_options(headers={"X-Trace": "typed"})
    view.partner_groups.list(campaign_id=1000)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert list(view.actions(start, start + dt.timedelta(days=2))) == []
    assert [r.headers.get("X-Trace") for r in seen] == [None, "typed", "typed"]
    assert seen[2].url.path.endswith("/Actions")


def test_options_given_again_are_added_and_a_header_is_replaced_whatever_its_case(
        impact: ImpactClient, seen: list[httpx.Request]) -> None:
    first = impact.with_options(timeout=3.0, headers={"X-Trace": "one", "X-Keep": "k"})
    second = first.with_options(headers={"x-trace": "two"})
    second.call(list_partner_groups, campaign_id=1000)
    first.call(list_partner_groups, campaign_id=1000)
    assert [r.headers["X-Trace"] for r in seen] == ["two", "one"]
    assert seen[0].headers["X-Keep"] == "k" and _timeout(seen[0])["read"] == 3.0


def test_a_header_value_stays_out_of_the_options_repr(impact: ImpactClient) -> None:
    view = impact.with_options(headers={"X-Api-Key": "hush-hush"})
    assert "hush-hush" not in repr(view.options) and "X-Api-Key" in repr(view.options)


def _flaky(statuses: list[int]) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        status = statuses.pop(0) if statuses else 200
        return httpx.Response(status, json=GROUPS if status == 200 else {"Status": "ERROR", "Message": "busy"})
    return answer


def test_a_retry_override_adds_attempts(seen: list[httpx.Request]) -> None:
    with _impact(_flaky([503, 503]), seen, retry=RetryPolicy(attempts=1)) as impact:
        with pytest.raises(ServerError):
            impact.call(list_partner_groups, campaign_id=1000)
        assert len(seen) == 1
        patient = impact.with_options(retry=attrs.evolve(FAST, attempts=3))
        assert patient.call(list_partner_groups, campaign_id=1000) == PartnerGroupList.from_dict(GROUPS)
        assert len(seen) == 3 and impact.stats.retries == 1  # one failed answer left, then 200
        assert patient.retry_policy.attempts == 3 and impact.retry_policy.attempts == 1


def test_a_retry_override_removes_attempts_sync_and_async(seen: list[httpx.Request]) -> None:
    with _impact(_flaky([503] * 10), seen, retry=attrs.evolve(FAST, attempts=4)) as impact:
        hasty = impact.with_options(retry=RetryPolicy(attempts=1))
        with pytest.raises(ServerError):
            hasty.call(list_partner_groups, campaign_id=1000)
        with pytest.raises(ServerError):
            asyncio.run(hasty.acall(list_partner_groups, campaign_id=1000))
        assert len(seen) == 2
        with pytest.raises(ServerError):
            impact.call(list_partner_groups, campaign_id=1000)
        assert len(seen) == 6


def test_a_retry_override_keeps_spaazas_promise_never_to_replay_a_create() -> None:
    seen: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(429, json={"result": "error"})

    mock = httpx.MockTransport(refuse)
    with SpaazaClient("1001", "key", base_url=BASE, transport=Transport(sync=mock, async_=mock)) as spaaza:
        eager = spaaza.with_options(retry=attrs.evolve(FAST, attempts=5, replay_refused=True))
        assert eager.retry_policy.replay_refused is False and eager.retry_policy.attempts == 5
        with pytest.raises(RateLimited):
            eager.create_campaign_group(chain_id=123, name="Summer")
    assert [r.method for r in seen] == ["POST"]


def test_call_raw_returns_status_headers_parsed_and_the_response(impact: ImpactClient) -> None:
    raw = impact.with_options(headers={"X-Trace": "raw"}).call_raw(list_partner_groups, campaign_id=1000)
    assert raw.status == 200 and raw.headers["x-request-id"] == "req-1"
    assert raw.parsed == PartnerGroupList.from_dict(GROUPS)
    assert raw.http_response.request.headers["X-Trace"] == "raw"
    assert "/Advertisers/IRsid/" in raw.http_response.request.url.path  # the account is filled in as for call()


def test_acall_raw_is_the_async_twin(seen: list[httpx.Request]) -> None:
    async def run() -> options.RawAnswer[Any]:
        async with _impact(_groups, seen) as impact:
            return await impact.acall_raw(list_partner_groups, campaign_id=1000)

    raw = asyncio.run(run())
    assert (raw.status, raw.headers["X-Request-Id"]) == (200, "req-1")
    assert isinstance(raw.parsed, PartnerGroupList) and raw.http_response.request is seen[0]


def test_call_raw_raises_the_typed_errors_and_runs_the_checks_first(seen: list[httpx.Request]) -> None:
    missing = {"Status": "ERROR", "Message": "No such campaign"}
    with _impact(lambda request: httpx.Response(404, json=missing), seen) as impact:
        with pytest.raises(NotFound) as raised:
            impact.call_raw(list_partner_groups, campaign_id=1000)
        assert raised.value.status == 404 and "No such campaign" in str(raised.value)
        with pytest.raises(NotFound):
            asyncio.run(impact.acall_raw(list_partner_groups, campaign_id=1000))
        assert len(seen) == 2
        with pytest.raises(InvalidRequest):  # a naive date: refused before any request
            impact.call_raw(list_actions, start_date=dt.datetime(2026, 1, 1), end_date=dt.datetime(2026, 1, 2))
        assert len(seen) == 2


def _answer_anything(seen: list[httpx.Request]) -> Transport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    mock = httpx.MockTransport(answer)
    return Transport(sync=mock, async_=mock)


CLIENTS: dict[str, Callable[[Transport], VendorClient]] = {
    "impact": lambda t: ImpactClient("IRsid", "token", base_url=BASE, transport=t),
    "partnerize": lambda t: PartnerizeClient("app", "user", base_url=BASE, transport=t),
    "invoca": lambda t: InvocaClient("tok", "77", base_url=BASE, transport=t),
    "spaaza": lambda t: SpaazaClient("1001", "key", base_url=BASE, transport=t),
}


@pytest.mark.parametrize("api", sorted(CLIENTS))
def test_every_request_names_the_library_its_version_and_the_vendor(api: str) -> None:
    seen: list[httpx.Request] = []
    with CLIENTS[api](_answer_anything(seen)) as client:
        client.http_client.get("/ping")
        asyncio.run(client.async_http_client.get("/ping"))
        client.with_options(headers={"User-Agent": "myapp/1.0"}).http_client.get("/ping")  # the shared client
        asyncio.run(client.with_options(headers={"user-agent": "myapp/1.0"})._ahttp.get("/ping"))
    ours = f"affiliate-clients/{VERSION} ({api})"
    assert [r.headers["User-Agent"] for r in seen] == [ours, ours, ours, f"myapp/1.0 {ours}"]


def test_a_users_agent_is_added_to_ours_not_put_in_its_place(
        impact: ImpactClient, seen: list[httpx.Request]) -> None:
    impact.with_options(headers={"User-Agent": "myapp/1.0"}).partner_groups.list(campaign_id=1000)
    impact.with_options(headers={"User-Agent": "a/1"}).with_options(headers={"user-agent": "b/2"}).call(
        list_partner_groups, campaign_id=1000)
    impact.call(list_partner_groups, campaign_id=1000)
    assert [r.headers["User-Agent"] for r in seen] == [f"myapp/1.0 affiliate-clients/{VERSION} (impact)",
                                                        f"b/2 affiliate-clients/{VERSION} (impact)",
                                                        f"affiliate-clients/{VERSION} (impact)"]


def test_spaazas_own_header_survives_the_user_agent() -> None:
    seen: list[httpx.Request] = []
    with SpaazaClient("1001", "key", base_url=BASE, transport=_answer_anything(seen)) as spaaza:
        spaaza.http_client.get("/ping")
    assert seen[0].headers["X-Spaaza-API-version"] == "1.4.3"


def test_the_version_falls_back_when_the_distribution_is_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    def not_installed(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    options.library_version.cache_clear()
    monkeypatch.setattr(importlib.metadata, "version", not_installed)
    try:
        assert options.user_agent("invoca") == "affiliate-clients/0+unknown (invoca)"
        assert options.user_agent("invoca", " myapp/2 ") == "myapp/2 affiliate-clients/0+unknown (invoca)"
    finally:
        options.library_version.cache_clear()


def test_a_views_streamed_requests_carry_its_options_too() -> None:
    """Partnerize's exports stream through the client's ``_http`` / ``_ahttp``: a view's wrap the shared ones."""
    seen: list[httpx.Request] = []
    with PartnerizeClient("app", "user", base_url=BASE, transport=_answer_anything(seen)) as partnerize:
        view = partnerize.with_options(timeout=7.0, headers={"X-Trace": "stream"})
        with view._http.stream("GET", "/export.csv") as response:
            response.read()

        async def astream() -> None:
            async with view._ahttp.stream("GET", "/export.csv") as response:
                await response.aread()

        asyncio.run(astream())
    assert [(r.headers["X-Trace"], _timeout(r)["read"]) for r in seen] == [("stream", 7.0), ("stream", 7.0)]
