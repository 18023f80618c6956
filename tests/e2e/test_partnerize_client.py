"""The Partnerize overlay against the Partnerize sandbox: both paging styles exactly once, faults, jobs,
exports, Analytics checks and typed errors."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from affiliate_clients import InvalidRequest, NotFound, RetryPolicy
from affiliate_clients.generated.partnerize_client.api.partner_management import get_partner
from affiliate_clients.generated.partnerize_client.api.transaction_queries import list_transaction_queries
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app
from affiliate_clients.sandbox.partnerize.reports_data import reports_of

from tests.helpers import in_process

FAST = RetryPolicy(attempts=12, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)
PUBLISHER = "1l1007802"
SPAN = {"start_date": "2022-01-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}


def _client(app: Any, **kwargs: Any) -> PartnerizeClient:
    return PartnerizeClient(APPLICATION_KEY, USER_API_KEY, retry=FAST, **in_process(app), **kwargs)


def _conversion_ids(app: Any) -> list[str]:
    return sorted(c.conversion_id for c in reports_of(app.state.store).conversions)


@pytest.fixture(scope="module")
def app() -> Any:
    return create_app(SandboxConfig(records=6_000, seed=3))


def test_cursor_paging_delivers_every_conversion_once(app: Any) -> None:
    with _client(app) as partnerize:
        pull = partnerize.conversions(PUBLISHER, SPAN["start_date"], end_date=SPAN["end_date"])
        ids = [entry.conversion_data.conversion_id for entry in pull]
    assert len(ids) == len(set(ids)) == 6_000
    assert sorted(ids) == _conversion_ids(app)
    assert pull.plan.pages == 20


def test_offset_paging_delivers_every_click_once(app: Any) -> None:
    expected = sorted(c.click_id for c in reports_of(app.state.store).clicks)
    with _client(app) as partnerize:
        ids = [entry.click.click_id for entry in partnerize.clicks(PUBLISHER, SPAN["start_date"],
                                                                  end_date=SPAN["end_date"])]
    assert len(ids) == len(set(ids)) and sorted(ids) == expected


def test_async_paging_matches(app: Any) -> None:
    async def pull() -> list[str]:
        async with _client(app) as partnerize:
            return [e.conversion_data.conversion_id
                    async for e in partnerize.aconversions(PUBLISHER, SPAN["start_date"], end_date=SPAN["end_date"])]

    assert sorted(asyncio.run(pull())) == _conversion_ids(app)


@pytest.mark.parametrize("kinds", [("429",), ("500", "502", "503", "504"), ("drop",)])
def test_faults_mid_pull_lose_and_duplicate_nothing(kinds: tuple[str, ...]) -> None:
    app = create_app(SandboxConfig(records=3_000, seed=9, faults=FaultPlan(seed=4, rate=0.3, kinds=kinds,
                                                                          retry_after_seconds=0)))
    with _client(app) as partnerize:
        ids = [e.conversion_data.conversion_id
               for e in partnerize.conversions(PUBLISHER, SPAN["start_date"], end_date=SPAN["end_date"])]
        assert partnerize.stats.retries == len(app.state.stats.injected) > 0
    assert sorted(ids) == _conversion_ids(app)


def test_resume_from_checkpoint_mid_page(app: Any) -> None:
    with _client(app) as partnerize:
        pull = partnerize.conversions(PUBLISHER, SPAN["start_date"], end_date=SPAN["end_date"])
        seen = [next(pull).conversion_data.conversion_id for _ in range(1_234)]
        saved = pull.checkpoint()
        rest = [e.conversion_data.conversion_id for e in
                partnerize.conversions(PUBLISHER, SPAN["start_date"], end_date=SPAN["end_date"], checkpoint=saved)]
    assert sorted(seen + rest) == _conversion_ids(app)


def test_export_streams_rows(app: Any) -> None:
    with _client(app) as partnerize:
        rows = list(partnerize.export_rows("conversions", publisher_id=PUBLISHER, **SPAN))
    assert sorted(r["conversion_id"] for r in rows) == _conversion_ids(app)


@pytest.mark.parametrize(("kwargs", "parameter"), [({"limit": 301}, "limit"), ({"limit": 0}, "limit")])
def test_limits_checked_before_any_request(app: Any, kwargs: dict[str, Any], parameter: str) -> None:
    before = app.state.stats.requests
    with _client(app) as partnerize, pytest.raises(InvalidRequest) as caught:
        partnerize.conversions(PUBLISHER, SPAN["start_date"], **kwargs)
    assert caught.value.parameter == parameter
    assert app.state.stats.requests == before


def test_typed_errors_carry_the_envelope(app: Any) -> None:
    with _client(app) as partnerize:
        assert partnerize.call(get_partner, publisher_id=PUBLISHER) is not None
        with pytest.raises(NotFound) as caught:
            partnerize.call(get_partner, publisher_id="no-such-partner")
        assert caught.value.status == 404 and caught.value.envelope is not None
        assert partnerize.call(list_transaction_queries, publisher_id=PUBLISHER) is not None


# -- Analytics: checks before I/O, pacing by token cost ---------------------------------------------------
def _explode(**overrides: Any) -> Any:
    from affiliate_clients.generated.partnerize_client.models import (
        AnalyticsClicksDimension,
        AnalyticsClicksExplodeRequest,
        AnalyticsClicksMetric,
        AnalyticsDateTimeRange,
        AnalyticsScope,
    )

    fields: dict[str, Any] = {
        "date_time_ranges": [AnalyticsDateTimeRange(start="2026-01-01T00:00:00", end="2026-03-01T00:00:00")],
        "scope": AnalyticsScope(partner=PUBLISHER), "metrics": [AnalyticsClicksMetric.TOTAL_CLICKS],
        "group_by": [AnalyticsClicksDimension.CAMPAIGN], **overrides}
    return AnalyticsClicksExplodeRequest(**fields)


def _fast_budget(app: Any, per_second: float) -> None:
    from affiliate_clients.sandbox.partnerize.analytics import AnalyticsBudget

    app.state.store.shared("partnerize.analytics_budget", lambda: AnalyticsBudget(60, per_second))


def test_a_burst_of_30_analytics_queries_is_paced_not_refused() -> None:
    from affiliate_clients import Rate
    from affiliate_clients.generated.partnerize_client.api.analytics import clicks_explode

    app = create_app(SandboxConfig(records=500))
    _fast_budget(app, 20.0)  # the documented 60 tokens, refilled 60x faster so the test takes seconds
    with _client(app, analytics_rate=Rate(60, 3.0)) as partnerize:
        for _ in range(30):  # 30 x 3 tokens = 90: 60 at once, the rest as the allowance refills
            partnerize.call(clicks_explode, body=_explode())
        assert partnerize.stats.rate_limited == 0
        assert partnerize.analytics_budget is not None and partnerize.analytics_budget.waited > 1.0


def test_the_same_burst_unpaced_meets_429s() -> None:
    from affiliate_clients.generated.partnerize_client.api.analytics import clicks_explode

    app = create_app(SandboxConfig(records=500))
    _fast_budget(app, 20.0)
    with _client(app, analytics_rate=None) as partnerize:
        for _ in range(30):
            partnerize.call(clicks_explode, body=_explode())
        assert partnerize.stats.rate_limited > 0  # absorbed by the retry layer, but the server said no


@pytest.mark.parametrize(("overrides", "parameter"), [
    ({"top": 0}, "top"), ({"top": 50_001}, "top"), ({"metrics": []}, "metrics"), ({"group_by": []}, "group_by"),
    ({"date_time_ranges": []}, "date_time_ranges"),
])
def test_analytics_queries_checked_before_any_request(overrides: dict[str, Any], parameter: str) -> None:
    from affiliate_clients.generated.partnerize_client.api.analytics import clicks_explode

    app = create_app(SandboxConfig(records=10))
    with _client(app) as partnerize, pytest.raises(InvalidRequest) as caught:
        partnerize.call(clicks_explode, body=_explode(**overrides))
    assert caught.value.parameter == parameter
    assert app.state.stats.requests == 0


def test_query_cost_follows_the_documented_table() -> None:
    from affiliate_clients.generated.partnerize_client.models import AnalyticsDateTimeRange
    from affiliate_clients.partnerize import query_cost

    def cost(kind: str, years: int) -> int:
        start = f"{2026 - years}-01-01T00:00:00"
        return query_cost(kind, _explode(date_time_ranges=[AnalyticsDateTimeRange(start=start,
                                                                                  end="2026-01-02T00:00:00")]))

    assert [cost("explode", y) for y in range(6)] == [3, 5, 10, 12, 15, 15]
    assert [cost("count", y) for y in (0, 2)] == [2, 4] and cost("filter", 4) == 8


# -- jobs --------------------------------------------------------------------------------------------------
def test_large_export_is_waited_for_as_a_job_and_read(app: Any) -> None:
    from affiliate_clients.partnerize import JobPolicy

    with _client(app, jobs_policy=JobPolicy(interval=0.01, timeout=10)) as partnerize:
        before = app.state.stats.requests
        rows = list(partnerize.export_rows("conversions", publisher_id=PUBLISHER, **SPAN, limit=0))
        requests = app.state.stats.requests - before
    assert sorted(r["conversion_id"] for r in rows) == _conversion_ids(app)
    assert requests >= 4, "expected the export, at least two job polls and the download"


def test_job_wait_times_out_with_the_last_state(app: Any) -> None:
    from affiliate_clients.partnerize import JobPolicy, JobTimeout
    from affiliate_clients.sandbox.partnerize.jobs import jobs_of

    job = jobs_of(app.state.store).create("reporting/export/export/click.csv", None, lambda: iter([b""]),
                                          polls_needed=1_000)
    with _client(app) as partnerize, pytest.raises(JobTimeout) as caught:
        partnerize.wait_for_job(job.job_id, JobPolicy(interval=0.01, timeout=0.05))
    assert caught.value.job.job_id == job.job_id


def test_transaction_query_creation_is_a_job_that_can_be_waited_for(app: Any) -> None:
    from affiliate_clients.generated.partnerize_client.api.transaction_queries import create_transaction_queries
    from affiliate_clients.generated.partnerize_client.models import TransactionQueryCreate, TransactionQueryCreateBatch
    from affiliate_clients.partnerize import JobPolicy

    batch = TransactionQueryCreateBatch(transaction_queries=[TransactionQueryCreate(
        transaction_query_type="declined", camref="cr10l176", conversion_reference="order-991")])
    with _client(app) as partnerize:
        created = partnerize.call(create_transaction_queries, publisher_id=PUBLISHER, body=batch)
        job = partnerize.wait_for_job(created.job.job_id, JobPolicy(interval=0.01, timeout=5))
    assert job.job_id == created.job.job_id and job.status == "complete"
