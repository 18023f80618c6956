"""impact.com next-URI paging with window splitting: exactly once under random fault schedules, and resumable
from a checkpoint taken at a random point.

impact refuses a result of more than ten pages; the sandbox's limit is lowered to two here so that a few
thousand actions with the smallest PageSize (2,000) need both a window split and a followed ``@nextpageuri``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from affiliate_clients import ImpactClient
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app, pages
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import in_process

from .support import (
    EXAMPLES,
    POLICY,
    RESUME_EXAMPLES,
    TIMEOUT,
    exactly_once,
    examples,
    killed_and_resumed,
    schedules,
)


def _key(action: Any) -> str:
    return str(action.id)


@pytest.fixture(scope="module")
def app() -> Iterator[Any]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pages, "MAX_PAGES", 2)
        yield create_app(SandboxConfig(records=18_000, seed=21))


@pytest.fixture(scope="module")
def span(app: Any) -> tuple[dt.datetime, dt.datetime]:
    """46 days: a 45-day window of about 4,500 actions (split, then two pages per half) and a 1-day one."""
    anchor = app.state.actions.anchor
    return anchor - dt.timedelta(days=50), anchor - dt.timedelta(days=4)


@pytest.fixture(scope="module")
def truth(app: Any, span: tuple[dt.datetime, dt.datetime]) -> list[str]:
    return sorted(r.payload["Id"] for r in app.state.actions.records if span[0] <= r.updated <= span[1])


def _client(app: Any) -> ImpactClient:
    return ImpactClient(ACCOUNT_SID, AUTH_TOKEN, rate=None, retry=POLICY, timeout=TIMEOUT, **in_process(app))


@pytest.fixture(scope="module")
def impact(app: Any) -> Iterator[ImpactClient]:
    with _client(app) as client:
        yield client


def test_the_clean_pull_splits_a_window_and_follows_next_uris(app: Any, impact: ImpactClient, span: Any,
                                                              truth: list[str]) -> None:
    app.state.faults.replan(FaultPlan())
    plan_ = impact.plan_actions(*span, page_size=2000)
    ids = [_key(a) for a in impact.iterate_plan(plan_)]
    assert sorted(ids) == truth and len(truth) > 4_000
    assert plan_.splits >= 1 and plan_.pages > plan_.splits + 2, "no window split or no next-URI followed"


@examples(EXAMPLES)
@given(schedule=schedules(12))
def test_every_action_exactly_once_or_a_typed_stop(app: Any, impact: ImpactClient, span: Any, truth: list[str],
                                                  schedule: dict[int, str]) -> None:
    exactly_once(app, schedule, lambda: impact.iterate_plan(impact.plan_actions(*span, page_size=2000)),
                 lambda saved: impact.iterate_plan(ImpactClient.resume_actions(saved)), _key, truth)


@examples(RESUME_EXAMPLES)
@given(stop=st.integers(0, 4_700), schedule=schedules(8))
def test_killed_at_any_point_and_resumed_by_a_new_client(app: Any, span: Any, truth: list[str], stop: int,
                                                         schedule: dict[int, str]) -> None:
    def start(client: ImpactClient) -> tuple[Iterator[Any], Any]:
        pull = client.plan_actions(*span, page_size=2000)
        return client.iterate_plan(pull), pull.checkpoint

    killed_and_resumed(app, schedule, stop, lambda: _client(app), start,
                       lambda client, saved: client.iterate_plan(ImpactClient.resume_actions(saved)), _key, truth)
