"""Fetching several pages ahead: plans that can name their next requests (offsets, impact page numbers), the
drivers keeping up to ``ahead`` fetches under way, and what a plan must never predict.

Nothing here measures time: concurrency is shown with a barrier every fetch must reach before any answers.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import Any

import pytest
from affiliate_clients.http.errors import ApiError
from affiliate_clients.http.paging import Pull, aiterate, iterate
from affiliate_clients.http.plans import OffsetPlan
from affiliate_clients.impact.pull import NextPage, _later_pages


class NumberedPlan:
    """Pages 0..n-1, each named by its number; ``lookahead`` names every page still to come."""

    def __init__(self, pages: int, *, predicts: bool = True) -> None:
        self.pages, self.next, self.offset, self.predicts = pages, 0, 0, predicts

    def next_request(self) -> int | None:
        return self.next if self.next < self.pages else None

    def accept(self, request: int, page: Sequence[str]) -> Sequence[str]:
        assert request == self.next, "pages must be accepted in order"
        self.next += 1
        return page

    def recover(self, request: int, error: ApiError) -> bool:
        return False

    def lookahead(self, depth: int) -> list[int]:
        return list(range(self.next, self.pages))[:depth] if self.predicts else []


def _page(n: int) -> list[str]:
    return [f"{n}-{i}" for i in range(3)]


def test_up_to_ahead_pages_are_fetched_at_once_and_records_come_in_order() -> None:
    barrier = threading.Barrier(3, timeout=30)   # pages 1, 2 and 3 must all be under way together
    fetched: list[int] = []

    def fetch(n: int) -> list[str]:
        fetched.append(n)
        if n in (1, 2, 3):
            barrier.wait()
        return _page(n)

    records = list(iterate(NumberedPlan(6), fetch, ahead=3))
    assert records == [r for n in range(6) for r in _page(n)]
    assert sorted(fetched) == list(range(6))      # each page fetched once
    assert not barrier.broken


def test_never_more_than_ahead_fetches_under_way() -> None:
    lock, running, most = threading.Lock(), [0], [0]
    release = threading.Event()

    def fetch(n: int) -> list[str]:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        if n == 1:
            release.wait(timeout=30)
        with lock:
            running[0] -= 1
        return _page(n)

    records = iterate(NumberedPlan(10), fetch, ahead=2)
    assert next(records) == "0-0"
    release.set()
    assert len(list(records)) == 29
    assert most[0] <= 2


def test_a_plan_that_names_nothing_gets_no_fetch_ahead() -> None:
    fetched: list[int] = []

    def fetch(n: int) -> list[str]:
        fetched.append(n)
        return _page(n)

    records = iterate(NumberedPlan(3, predicts=False), fetch, ahead=4)
    assert next(records) == "0-0"
    assert fetched == [0]


def test_ahead_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="ahead"):
        list(iterate(NumberedPlan(1), _page, ahead=-1))


def test_the_async_driver_keeps_several_fetches_under_way() -> None:
    async def main() -> list[str]:
        started = {n: asyncio.Event() for n in range(5)}

        async def fetch(n: int) -> list[str]:
            started[n].set()
            if n in (1, 2):   # each waits for the other: only concurrent fetches finish
                await asyncio.wait_for(started[3 - n].wait(), 30)
            return _page(n)

        return [r async for r in aiterate(NumberedPlan(5), fetch, ahead=2)]

    assert asyncio.run(main()) == [r for n in range(5) for r in _page(n)]


class Clicks:
    def __init__(self, offset: int, count: int, size: int) -> None:
        self.offset, self.count = offset, count
        self.clicks = [f"c{i}" for i in range(offset, min(offset + size, count))]


def test_offset_plan_names_offsets_below_count_once_count_is_known() -> None:
    plan = OffsetPlan({"q": 1}, lambda page: page.clicks, limit=10)
    assert plan.lookahead(4) == [{"q": 1, "offset": 0, "limit": 10}]    # count unknown: the next one only
    plan.accept(plan.lookahead(1)[0], Clicks(0, 35, 10))
    assert [r["offset"] for r in plan.lookahead(4)] == [10, 20, 30]
    assert [r["offset"] for r in plan.lookahead(2)] == [10, 20]


def test_an_offset_pull_fetched_ahead_is_every_record_once() -> None:
    plan = OffsetPlan({}, lambda page: page.clicks, limit=10)
    with Pull(plan, lambda request: Clicks(request["offset"], 95, 10), ahead=4) as pull:
        assert list(pull) == [f"c{i}" for i in range(95)]


URI = "/Mediapartners/IR1/Actions?ActionDateStart=2026-01-01T00%3A00%3A00%2B00%3A00&Page=2&PageSize=2000"


def test_impact_later_pages_are_predicted_only_when_they_reproduce_the_last_page_address() -> None:
    last = URI.replace("Page=2", "Page=4")
    assert _later_pages(URI, 1, 4, last) == [NextPage(URI.replace("Page=2", "Page=3")), NextPage(last)]
    assert _later_pages(URI, 1, 4, last.replace("PageSize", "Pagesize")) == []   # spelled otherwise
    assert _later_pages(URI, 1, 4, None) == []
    assert _later_pages(URI, 2, 4, last) == []                                    # @page disagrees
    assert _later_pages(URI.replace("Page=2", "Page=2&Page=2"), 1, 4, last) == []  # ambiguous
    assert _later_pages(URI, 1, 2, URI) == []                                     # no page after the next


def test_impact_lookahead_never_mixes_windows(monkeypatch: Any) -> None:
    import datetime as dt

    from affiliate_clients.impact.pull import ActionPages, FirstPage

    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    plan = ActionPages.plan(now - dt.timedelta(days=100), now, page_size=2000, now=now)
    first = plan.lookahead(4)
    assert len(first) == 1 and isinstance(first[0], FirstPage)   # only the next window's first page
    plan.next_request()
    plan.next_uri, plan.page_no, plan.num_pages = URI, 1, 3
    plan.last_uri = URI.replace("Page=2", "Page=3")
    assert plan.lookahead(4) == [NextPage(URI), NextPage(plan.last_uri)]   # this window's pages, no other


def test_by_default_pages_ahead_hold_about_records_ahead_records(monkeypatch: pytest.MonkeyPatch) -> None:
    from affiliate_clients.http import ahead

    monkeypatch.setattr(ahead, "RECORDS_AHEAD", 6)     # pages of 3 records: two pages ahead, not four
    lock, running, most = threading.Lock(), [0], [0]
    both = threading.Barrier(2, timeout=30)

    def fetch(n: int) -> list[str]:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        if n in (1, 2):
            both.wait()                                   # pages 1 and 2 under way together
        with lock:
            running[0] -= 1
        return _page(n)

    assert len(list(iterate(NumberedPlan(8), fetch))) == 24
    assert most[0] == 2
