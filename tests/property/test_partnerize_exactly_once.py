"""Partnerize paging, both styles: the conversion report's cursor (``conversions()``) and the click report's
offset + count (``clicks()``), exactly once under random fault schedules and resumable at any point."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app
from affiliate_clients.sandbox.partnerize.reports_data import reports_of
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import in_process

from .support import EXAMPLES, POLICY, RESUME_EXAMPLES, TIMEOUT, exactly_once, examples, killed_and_resumed, schedules

PUBLISHER = "1l1007802"
START, END = "2022-01-01T00:00:00Z", "2026-01-01T00:00:00Z"
CONVERSIONS_LIMIT = 30  # 150 conversions: 5 cursor pages
CLICKS_LIMIT = 60  # 300 clicks: 5 offset pages


def _conversion(entry: Any) -> str:
    return str(entry.conversion_data.conversion_id)


def _click(entry: Any) -> str:
    return str(entry.click.click_id)


@pytest.fixture(scope="module")
def app() -> Any:
    return create_app(SandboxConfig(records=150, seed=13))


@pytest.fixture(scope="module")
def truth(app: Any) -> dict[str, list[str]]:
    data = reports_of(app.state.store)
    return {"conversions": sorted(c.conversion_id for c in data.conversions),
            "clicks": sorted(c.click_id for c in data.clicks)}


def _client(app: Any) -> PartnerizeClient:
    return PartnerizeClient(APPLICATION_KEY, USER_API_KEY, retry=POLICY, timeout=TIMEOUT, **in_process(app))


@pytest.fixture(scope="module")
def partnerize(app: Any) -> Iterator[PartnerizeClient]:
    with _client(app) as client:
        yield client


def _conversions(client: PartnerizeClient, checkpoint: dict[str, Any] | None = None) -> Any:
    return client.conversions(PUBLISHER, START, end_date=END, limit=CONVERSIONS_LIMIT, checkpoint=checkpoint)


def _clicks(client: PartnerizeClient, checkpoint: dict[str, Any] | None = None) -> Any:
    return client.clicks(PUBLISHER, START, end_date=END, limit=CLICKS_LIMIT, checkpoint=checkpoint)


def test_the_clean_pulls_take_several_pages(app: Any, partnerize: PartnerizeClient, truth: Any) -> None:
    app.state.faults.replan(FaultPlan())
    conversions, clicks = _conversions(partnerize), _clicks(partnerize)
    assert sorted(map(_conversion, conversions)) == truth["conversions"] and conversions.plan.pages >= 5
    assert sorted(map(_click, clicks)) == truth["clicks"] and clicks.plan.pages >= 5


@examples(EXAMPLES)
@given(schedule=schedules(10))
def test_cursor_every_conversion_exactly_once_or_a_typed_stop(app: Any, partnerize: PartnerizeClient, truth: Any,
                                                             schedule: dict[int, str]) -> None:
    exactly_once(app, schedule, lambda: _conversions(partnerize), lambda saved: _conversions(partnerize, saved),
                 _conversion, truth["conversions"])


@examples(EXAMPLES)
@given(schedule=schedules(10))
def test_offset_every_click_exactly_once_or_a_typed_stop(app: Any, partnerize: PartnerizeClient, truth: Any,
                                                        schedule: dict[int, str]) -> None:
    exactly_once(app, schedule, lambda: _clicks(partnerize), lambda saved: _clicks(partnerize, saved),
                 _click, truth["clicks"])


def _start(pull: Any) -> tuple[Iterator[Any], Any]:
    return pull, pull.checkpoint


@examples(RESUME_EXAMPLES)
@given(stop=st.integers(0, 160), schedule=schedules(6))
def test_cursor_killed_at_any_point_and_resumed_by_a_new_client(app: Any, truth: Any, stop: int,
                                                                schedule: dict[int, str]) -> None:
    killed_and_resumed(app, schedule, stop, lambda: _client(app), lambda client: _start(_conversions(client)),
                       _conversions, _conversion, truth["conversions"])


@examples(RESUME_EXAMPLES)
@given(stop=st.integers(0, 310), schedule=schedules(6))
def test_offset_killed_at_any_point_and_resumed_by_a_new_client(app: Any, truth: Any, stop: int,
                                                                schedule: dict[int, str]) -> None:
    killed_and_resumed(app, schedule, stop, lambda: _client(app), lambda client: _start(_clicks(client)),
                       _clicks, _click, truth["clicks"])
