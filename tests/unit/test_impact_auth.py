"""What every impact request carries: JSON asked for (impact answers XML otherwise), the pinned API version for
the brand or partner family, and Basic credentials, through the real client and its httpx stack."""

from __future__ import annotations

import datetime as dt
import itertools

import httpx
from affiliate_clients import ImpactClient
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.http.budget import Rate
from affiliate_clients.http.clients import Transport
from affiliate_clients.impact.auth import BRAND_VERSION, PARTNER_VERSION, ImpactAuth

SID, TOKEN = "IRtest0001", "token-for-the-test"


def _client(seen: list[httpx.Request]) -> ImpactClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "/Mediapartners/" in request.url.path:
            return httpx.Response(200, json={"@page": "1", "@numpages": "1", "@nextpageuri": "", "Actions": []})
        return httpx.Response(200, json={"@page": "1", "@numpages": "1", "@nextpageuri": "", "Groups": []})

    mock = httpx.MockTransport(answer)
    return ImpactClient(SID, TOKEN, base_url="https://api.impact.com", rate=Rate(1_000, 1.0),
                        transport=Transport(sync=mock, async_=mock))


def test_brand_and_partner_calls_ask_for_json_with_their_versions() -> None:
    seen: list[httpx.Request] = []
    with _client(seen) as client:
        client.call(list_partner_groups, campaign_id=1000)
        now = dt.datetime.now(dt.UTC)
        assert list(itertools.islice(client.actions(now - dt.timedelta(days=1), now), 1)) == []
    brand, partner = seen
    assert brand.headers["accept"] == partner.headers["accept"] == "application/json"
    assert brand.headers["ir-version"] == BRAND_VERSION and partner.headers["ir-version"] == PARTNER_VERSION
    expected = httpx.BasicAuth(SID, TOKEN).auth_flow(httpx.Request("GET", "https://x"))
    assert brand.headers["authorization"] == next(expected).headers["authorization"]


def test_a_caller_s_own_accept_and_version_are_kept() -> None:
    request = httpx.Request("GET", "https://api.impact.com/Advertisers/IR1/Campaigns",
                            headers={"Accept": "application/xml", "IR-Version": "12"})
    sent = next(ImpactAuth(SID, TOKEN).auth_flow(request))
    assert sent.headers["accept"] == "application/xml" and sent.headers["ir-version"] == "12"
    assert TOKEN not in repr(ImpactAuth(SID, TOKEN))
