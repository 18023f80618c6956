"""Every documented constraint of the four clients is refused before any request, with an ``InvalidRequest``
(a ``ValueError``) naming the parameter and the rule; the sandbox sees no request at all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from affiliate_clients import ImpactClient, InvalidRequest, InvocaClient, PartnerizeClient, SpaazaClient
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.partnerize_client.api.analytics import clicks_explode
from affiliate_clients.generated.partnerize_client.api.reporting import get_click_report
from affiliate_clients.generated.partnerize_client.models import (
    AnalyticsClicksDimension,
    AnalyticsClicksExplodeRequest,
    AnalyticsClicksMetric,
    AnalyticsDateTimeRange,
    AnalyticsScope,
    ReportFormat,
)
from affiliate_clients.sandbox import impact, invoca, partnerize, spaaza

from tests.helpers import in_process

UTC = dt.UTC
NOW = dt.datetime.now(UTC)
DAY = dt.timedelta(days=1)
PUB = "1l1007802"


def _explode(**overrides: Any) -> AnalyticsClicksExplodeRequest:
    fields: dict[str, Any] = {
        "date_time_ranges": [AnalyticsDateTimeRange(start="2026-01-01T00:00:00", end="2026-02-01T00:00:00")],
        "scope": AnalyticsScope(partner=PUB), "metrics": [AnalyticsClicksMetric.TOTAL_CLICKS],
        "group_by": [AnalyticsClicksDimension.CAMPAIGN], **overrides}
    return AnalyticsClicksExplodeRequest(**fields)


def _late(hours: int) -> AnalyticsDateTimeRange:
    return AnalyticsDateTimeRange(start="2026-02-01T00:00:00", end=f"2026-01-01T{hours:02d}:00:00")


Case = tuple[str, Callable[[Any], Any], str, str]
CASES: list[Case] = [
    # impact.com: date rules and PageSize
    ("impact", lambda c: c.actions(dt.datetime(2026, 1, 1), NOW), "start", "timezone-aware"),
    ("impact", lambda c: c.actions(NOW - 3 * 366 * DAY, NOW), "start", "3 years"),
    ("impact", lambda c: c.actions(NOW - DAY, NOW, page_size=1999), "page_size", "at least 2000"),
    ("impact", lambda c: c.actions(NOW, NOW - DAY), "end", "must not be before start"),
    ("impact", lambda c: c.actions(NOW - 60 * DAY, NOW, split=False), "end", "45 days"),
    ("impact", lambda c: c.actions(NOW - DAY, NOW, state="LOST"), "state", "must be one of"),
    ("impact", lambda c: c.actions(NOW - DAY, NOW, by="created"), "by", "must be one of"),
    ("impact", lambda c: c.call(list_actions, start_date=NOW - DAY), "start_date", "given together"),
    ("impact", lambda c: c.call(list_actions, locking_date_end=NOW), "locking_date_end", "given together"),
    ("impact", lambda c: c.call(list_actions, start_date=NOW - 50 * DAY, end_date=NOW), "end_date", "45 days"),
    ("impact", lambda c: c.call(list_actions, start_date=NOW, end_date=NOW - DAY), "end_date", "before its start"),
    ("impact", lambda c: c.call(list_actions, start_date=NOW - 4 * 365 * DAY, end_date=NOW - 4 * 365 * DAY + DAY),
     "start_date", "3 years"),
    ("impact", lambda c: c.call(list_actions, page_size=100), "page_size", "at least 2000"),
    ("impact", lambda c: c.call(list_actions, page=0), "page", "counts from 1"),
    # Partnerize: limit, offset, Analytics required fields and top
    ("partnerize", lambda c: c.conversions(PUB, "2026-01-01", limit=301), "limit", "between 1 and 300"),
    ("partnerize", lambda c: c.conversions(PUB, "2026-01-01", limit=0), "limit", "between 1 and 300"),
    ("partnerize", lambda c: c.clicks(PUB, "2026-01-01", limit=500), "limit", "between 1 and 300"),
    ("partnerize", lambda c: c.call(get_click_report, publisher_id=PUB, format_=ReportFormat.JSON,
                                    start_date="2026-01-01", offset=-1), "offset", "must not be negative"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(top=0)), "top", "between 1 and 50000"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(top=50_001)), "top", "between 1 and 50000"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(date_time_ranges=[])), "date_time_ranges",
     "at least one"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(date_time_ranges=[_late(0)])),
     "date_time_ranges[0]", "end must be after start"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(metrics=[])), "metrics", "at least one metric"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(group_by=[])), "group_by", "at least one dimension"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(metrics=["total_clickz"])), "metrics[0]",
     "documented values"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(group_by=["campaign"])), "group_by[0]",
     "documented values"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(metrics=[AnalyticsClicksMetric.TOTAL_CLICKS] * 2)),
     "metrics", "appear once"),
    ("partnerize", lambda c: c.call(clicks_explode, body=_explode(scope=AnalyticsScope(partner=""))),
     "scope.partner", "is required"),
    ("partnerize", lambda c: c.call(clicks_explode, body=None), "body", "needs a request body"),
    # Invoca: the status enum and ids
    ("invoca", lambda c: c.set_relationship("1", "900", "Maybe"), "status", "must be one of"),
    ("invoca", lambda c: list(c.relationships("")), "advertiser_id_from_network", "non-empty id"),
    # Spaaza: conditional id/name, name length, the date format and order
    ("spaaza", lambda c: c.create_campaign_group(1, None), "name", "is required when creating"),
    ("spaaza", lambda c: c.create_campaign_group(1, ""), "name", "non-empty string"),
    ("spaaza", lambda c: c.create_campaign_group(1, "x" * 256), "name", "at most 255 characters"),
    ("spaaza", lambda c: c.update_campaign_group(None, 1, name="New"), "id", "is required"),
    ("spaaza", lambda c: c.update_campaign_group(0, 1, name="New"), "id", "positive integer"),
    ("spaaza", lambda c: c.create_campaign_group(0, "Group"), "chain_id", "positive integer"),
    ("spaaza", lambda c: c.create_campaign_group(1, "Group", active_date_from="2026-01-01T00:00:00"),
     "active_date_from", "'YYYY-MM-DD HH:MM:SS'"),
    ("spaaza", lambda c: c.create_campaign_group(1, "Group", active_date_until="2026-02-30 00:00:00"),
     "active_date_until", "not a real date"),
    ("spaaza", lambda c: c.create_campaign_group(1, "Group", active_date_from=dt.datetime(2026, 1, 1, tzinfo=UTC)),
     "active_date_from", "naive local datetime"),
    ("spaaza", lambda c: c.create_campaign_group(1, "Group", active_date_from="2026-03-01 00:00:00",
                                                 active_date_until="2026-01-01 00:00:00"),
     "active_date_from", "must not be after"),
]


def _client(vendor: str, app: Any) -> Any:
    if vendor == "impact":
        return ImpactClient(impact.ACCOUNT_SID, impact.AUTH_TOKEN, rate=None, **in_process(app))
    if vendor == "partnerize":
        return PartnerizeClient(partnerize.APPLICATION_KEY, partnerize.USER_API_KEY, **in_process(app))
    if vendor == "invoca":
        return InvocaClient(invoca.TOKEN, "1", **in_process(app))
    return SpaazaClient(session_user_id=spaaza.SESSION_USER_ID, session_key=spaaza.SESSION_KEY, **in_process(app))


APPS: dict[str, Any] = {}


def _app(vendor: str) -> Any:
    if vendor not in APPS:
        from affiliate_clients.sandbox.common.config import SandboxConfig

        module = {"impact": impact, "partnerize": partnerize, "invoca": invoca, "spaaza": spaaza}[vendor]
        APPS[vendor] = module.create_app(SandboxConfig(records=10)) if vendor in ("impact", "partnerize") \
            else module.create_app()
    return APPS[vendor]


@pytest.mark.parametrize(("vendor", "act", "parameter", "rule"), CASES,
                         ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(CASES)])
def test_refused_before_any_request(vendor: str, act: Callable[[Any], Any], parameter: str, rule: str) -> None:
    app = _app(vendor)
    before = app.state.stats.requests
    with _client(vendor, app) as client, pytest.raises(InvalidRequest) as caught:
        act(client)
    assert isinstance(caught.value, ValueError)
    assert caught.value.parameter == parameter
    assert rule in caught.value.rule and parameter in str(caught.value)
    assert app.state.stats.requests == before == 0, "a request reached the sandbox"

