"""impact window planning, splitting and constraint checks (pure)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from affiliate_clients.http.errors import BadRequest, InvalidRequest
from affiliate_clients.impact.pull import ActionPages, FirstPage, NextPage, resume, too_many_pages
from affiliate_clients.impact.windows import MAX_SPAN, ONE_SECOND, Window, check_list_actions, plan_windows

UTC = dt.UTC
T0 = dt.datetime(2026, 1, 1, tzinfo=UTC)


def covered(windows: list[Window]) -> int:
    return sum(int((w.end - w.start).total_seconds()) + 1 for w in windows)


@pytest.mark.parametrize("days", [0, 1, 44, 45, 46, 90, 91, 365])
def test_windows_tile_the_range_exactly_once(days: int) -> None:
    end = T0 + dt.timedelta(days=days)
    windows = plan_windows(T0, end)
    assert windows[0].start == T0 and windows[-1].end == end
    assert all(w.end - w.start <= MAX_SPAN for w in windows)
    assert all(b.start == a.end + ONE_SECOND for a, b in itertools.pairwise(windows))
    assert covered(windows) == int((end - T0).total_seconds()) + 1


def test_halves_cover_the_window_and_stop_at_one_second() -> None:
    window = Window(T0, T0 + dt.timedelta(days=3, seconds=1))
    left, right = window.halves()  # type: ignore[misc]
    assert left.start == window.start and right.end == window.end and right.start == left.end + ONE_SECOND
    assert Window(T0, T0).halves() is None


def test_plan_splits_on_too_many_pages() -> None:
    plan = ActionPages.plan(T0, T0 + dt.timedelta(days=60), now=T0)
    first = plan.next_request()
    assert isinstance(first, FirstPage) and first.window.end == T0 + MAX_SPAN
    error = BadRequest(400, "list_actions", message="The result exceeds 10 pages; narrow StartDate/EndDate")
    assert too_many_pages(error)
    plan.on_too_many_pages(error)
    second = plan.next_request()
    assert isinstance(second, FirstPage) and second.window.start == T0 and second.window.end < first.window.end
    plan.on_page(second, "/Mediapartners/X/Actions?Page=2")
    assert plan.next_request() == NextPage("/Mediapartners/X/Actions?Page=2")


def test_checkpoint_round_trip() -> None:
    plan = ActionPages.plan(T0, T0 + dt.timedelta(days=100), now=T0)
    request = plan.next_request()
    assert request is not None
    plan.on_page(request, "/next?Page=2")
    plan.offset = 17
    restored = resume(plan.checkpoint())
    assert restored.next_request() == request and restored.skip == 17
    assert list(restored.pending) == list(plan.pending)


def test_no_split_for_a_pagesize_message() -> None:
    assert not too_many_pages(BadRequest(400, "list_actions", message="PageSize: 5 is less than the minimum of 2000"))


@pytest.mark.parametrize(("kwargs", "parameter"), [
    ({"start_date": T0}, "start_date"),
    ({"end_date": T0}, "end_date"),
    ({"start_date": T0, "end_date": T0 + dt.timedelta(days=45, seconds=1)}, "end_date"),
    ({"start_date": T0, "end_date": T0 - ONE_SECOND}, "end_date"),
    ({"locking_date_start": T0}, "locking_date_start"),
    ({"page_size": 10}, "page_size"),
    ({"start_date": dt.datetime(2026, 1, 1), "end_date": T0}, "end_date"),
])
def test_check_list_actions(kwargs: dict[str, object], parameter: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        check_list_actions(now=T0, **kwargs)
    assert caught.value.parameter == parameter


def test_check_list_actions_three_years() -> None:
    with pytest.raises(InvalidRequest, match="3 years"):
        check_list_actions(now=T0, start_date=T0 - dt.timedelta(days=3 * 365 + 1),
                           end_date=T0 - dt.timedelta(days=3 * 365 - 1))
    check_list_actions(now=T0, start_date=T0 - dt.timedelta(days=40), end_date=T0)
