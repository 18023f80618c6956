"""The impact overlay against the impact sandbox: big pulls, window splitting, faults, no POST replays."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from affiliate_clients import ImpactClient, InvalidRequest, NotFound, RetryPolicy, ServerError
from affiliate_clients.generated.impact_client.api.partner_groups import (
    create_partner_group,
    get_partner_group,
    list_partner_groups,
)
from affiliate_clients.generated.impact_client.models import CreatePartnerGroupForm
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

from tests.helpers import in_process

FAST = RetryPolicy(wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)


def _client(app: Any, **kwargs: Any) -> ImpactClient:
    return ImpactClient(ACCOUNT_SID, AUTH_TOKEN, rate=None, retry=kwargs.pop("retry", FAST), **in_process(app), **kwargs)


def _expected_ids(app: Any, start: dt.datetime, end: dt.datetime) -> list[str]:
    return sorted(r.payload["Id"] for r in app.state.actions.records if start <= r.updated <= end)


@pytest.fixture(scope="module")
def big_app() -> Any:
    return create_app(SandboxConfig(records=100_000, seed=11))


def _range(app: Any) -> tuple[dt.datetime, dt.datetime]:
    anchor = app.state.actions.anchor
    return anchor - dt.timedelta(days=181), anchor + dt.timedelta(days=4)


def test_pull_100k_actions_over_45_days_and_10_pages_exactly_once(big_app: Any) -> None:
    start, end = _range(big_app)
    with _client(big_app) as impact:
        plan = impact.plan_actions(start, end, page_size=2000)
        ids = [action.id for action in impact.iterate_plan(plan)]
    expected = _expected_ids(big_app, start, end)
    assert len(expected) == 100_000
    assert len(ids) == len(set(ids)) == 100_000
    assert sorted(ids) == expected
    assert plan.splits > 0, "a 45-day window over 10 pages of 2,000 must have been split"
    assert len(plan.pending) == 0


def test_async_pull_matches_ground_truth(big_app: Any) -> None:
    start, end = _range(big_app)

    async def pull() -> list[str]:
        async with _client(big_app) as impact:
            return [a.id async for a in impact.aactions(start, end, page_size=2000)]  # type: ignore[union-attr]

    ids = asyncio.run(pull())
    assert sorted(ids) == _expected_ids(big_app, start, end)


@pytest.mark.parametrize("kinds", [("429",), ("500", "502", "503", "504", "520"), ("drop",)])
def test_faults_mid_pull_lose_and_duplicate_nothing(kinds: tuple[str, ...]) -> None:
    app = create_app(SandboxConfig(records=30_000, seed=5, faults=FaultPlan(seed=3, rate=0.3, kinds=kinds,
                                                                          retry_after_seconds=0)))
    start, end = _range(app)
    with _client(app, retry=RetryPolicy(attempts=12, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)) as impact:
        ids = [a.id for a in impact.actions(start, end, page_size=2000)]
        stats = impact.stats
    assert sorted(ids) == _expected_ids(app, start, end)
    assert app.state.stats.injected, "the schedule injected no fault"
    assert stats.retries == len(app.state.stats.injected)


def test_post_is_not_replayed_after_a_server_error() -> None:
    app = create_app(SandboxConfig(faults=FaultPlan(schedule={1: "503"})))
    before = len(app.state.groups.groups)
    with _client(app) as impact, pytest.raises(ServerError) as caught:
        impact.call(create_partner_group, campaign_id=1000, body=CreatePartnerGroupForm(name="Once"))
    assert caught.value.status == 503 and caught.value.operation == "create_partner_group"
    assert app.state.stats.requests == 1, "the POST was sent again"
    assert len(app.state.groups.groups) == before


def test_post_is_not_replayed_after_a_dropped_connection() -> None:
    app = create_app(SandboxConfig(faults=FaultPlan(schedule={1: "drop"})))
    with _client(app) as impact, pytest.raises(Exception) as caught:
        impact.call(create_partner_group, campaign_id=1000, body=CreatePartnerGroupForm(name="Once"))
    assert "dropped" in str(caught.value)
    assert app.state.stats.requests == 1


def test_post_is_retried_after_429_because_it_was_refused_unprocessed() -> None:
    app = create_app(SandboxConfig(faults=FaultPlan(schedule={1: "429"}, retry_after_seconds=0)))
    with _client(app) as impact:
        result = impact.call(create_partner_group, campaign_id=1000, body=CreatePartnerGroupForm(name="After 429"))
    assert result.status == "OK" and app.state.stats.requests == 2


def test_partner_group_crud_and_typed_errors() -> None:
    app = create_app()
    with _client(app) as impact:
        created = impact.call(create_partner_group, campaign_id=8882,
                              body=CreatePartnerGroupForm(name="Acme Top Partners", media_partners="2552842,2552843"))
        group_id = int(created.uri.rsplit("/", 1)[-1])
        group = impact.call(get_partner_group, campaign_id=8882, partner_group_id=group_id)
        assert group.name == "Acme Top Partners"
        assert [m.partner_id for m in group.media_partners] == ["2552842", "2552843"]
        assert any(g.id == str(group_id) for g in impact.call(list_partner_groups, campaign_id=8882).groups)
        with pytest.raises(NotFound) as caught:
            impact.call(get_partner_group, campaign_id=8882, partner_group_id=999_999)
        assert caught.value.envelope.message == "Partner group not found"


@pytest.mark.parametrize(("options", "parameter"), [
    ({"page_size": 1999}, "page_size"),
    ({"split": False}, "end"),
    ({"state": "LOST"}, "state"),
    ({"by": "creation"}, "by"),
])
def test_constraints_are_checked_before_any_request(options: dict[str, Any], parameter: str) -> None:
    app = create_app(SandboxConfig(records=10))
    start, end = _range(app)
    with _client(app) as impact, pytest.raises(InvalidRequest) as caught:
        next(iter(impact.actions(start, end, **options)))
    assert caught.value.parameter == parameter
    assert app.state.stats.requests == 0


def test_direct_calls_are_checked_too() -> None:
    from affiliate_clients.generated.impact_client.api.actions import list_actions

    app = create_app(SandboxConfig(records=10))
    now = dt.datetime.now(dt.UTC)
    with _client(app) as impact:
        for kwargs, parameter in (({"start_date": now}, "start_date"),
                                  ({"start_date": now - dt.timedelta(days=50), "end_date": now}, "end_date"),
                                  ({"start_date": now - dt.timedelta(days=4 * 365),
                                    "end_date": now - dt.timedelta(days=4 * 365 - 1)}, "start_date"),
                                  ({"locking_date_end": now}, "locking_date_end")):
            with pytest.raises(InvalidRequest) as caught:
                impact.call(list_actions, **kwargs)
            assert caught.value.parameter == parameter
    assert app.state.stats.requests == 0


def test_resume_from_checkpoint_mid_page_yields_the_rest_once(big_app: Any) -> None:
    start, end = _range(big_app)
    with _client(big_app) as impact:
        plan = impact.plan_actions(start, end, page_size=2000)
        seen: list[str] = []
        for n, action in enumerate(impact.iterate_plan(plan)):
            seen.append(action.id)
            if n == 54_321:
                break
        saved = plan.checkpoint()
        rest = [a.id for a in impact.iterate_plan(ImpactClient.resume_actions(saved))]
    assert sorted(seen + rest) == _expected_ids(big_app, start, end)


def test_loopback_server_sync_client() -> None:
    from affiliate_clients import Transport
    from affiliate_clients.sandbox.common.serve import ServerThread

    app = create_app(SandboxConfig(records=5_000))
    start, end = _range(app)
    with ServerThread(app) as server, ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url, rate=None,
                                                   transport=Transport()) as impact:
        ids = [a.id for a in impact.actions(start, end, page_size=2000)]
    assert sorted(ids) == _expected_ids(app, start, end)
