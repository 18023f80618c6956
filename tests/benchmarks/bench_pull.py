"""3. A 10-page pull with 200 ms injected latency: overlay iterator / a sequential hand-written loop.

impact pages are chained (page N+1's address is in page N), but once page 1 has said how many pages there
are (``@numpages``, ``@lastpageuri``) the plan can name the later pages, and the driver keeps up to
``paging.AHEAD`` (4) of them under way by default (2,000-action pages are small enough for all four). Two callers are timed: one that discards records and one that writes
them to a slow sink (20 ms per 200 records, 200 ms a page: as long as a request), the same sink in the loop
and in the overlay. The overlay runs three ways: the default (4 ahead), one page ahead, and none.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from affiliate_clients import ImpactClient
from affiliate_clients.http.paging import AHEAD, iterate
from affiliate_clients.impact.client import _Pages
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

from .conftest import Recorder

Sink = Callable[[Iterable[Any]], int]


def discard(records: Iterable[Any]) -> int:
    return sum(1 for _ in records)


def slow_sink(records: Iterable[Any]) -> int:
    n = 0
    for _ in records:
        n += 1
        if n % 200 == 0:
            time.sleep(0.02)
    return n


def test_paged_pull_with_latency(record: Recorder) -> None:
    app = create_app(SandboxConfig(records=20_000, faults=FaultPlan(latency_seconds=0.2), validate_requests=False))
    today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    start, end = today - dt.timedelta(days=179), today + dt.timedelta(days=1)
    params = {"ActionDateStart": start.isoformat(), "ActionDateEnd": end.isoformat(), "PageSize": "2000"}
    with ServerThread(app) as server, \
            httpx.Client(base_url=server.base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=60,
                         headers={"Accept": "application/json"}) as raw, \
            ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url, rate=None) as impact:

        def loop(sink: Sink) -> tuple[int, int]:
            def records() -> Iterable[Any]:
                page = raw.get(f"/Mediapartners/{ACCOUNT_SID}/Actions", params=params).json()
                while True:
                    yield from page["Actions"]
                    if not page["@nextpageuri"]:
                        return
                    page = raw.get(page["@nextpageuri"]).json()
            return sink(records()), 10

        def overlay(sink: Sink, ahead: int | None) -> tuple[int, int]:
            plan = impact.plan_actions(start, end, by="event", page_size=2000, split=False)
            count = sink(iterate(plan, _Pages(impact).fetch, ahead=ahead))
            return count, plan.pages

        def timed(run: Callable[[], tuple[int, int]]) -> tuple[float, int, int]:
            t0 = time.perf_counter()
            count, pages = run()
            return time.perf_counter() - t0, count, pages

        for name, sink in (("caller discards records", discard), ("caller writes to a 200 ms/page sink", slow_sink)):
            base, expected, _ = timed(functools.partial(loop, sink))
            off, count_off, _ = timed(functools.partial(overlay, sink, 0))
            one, count_one, _ = timed(functools.partial(overlay, sink, 1))
            on, count_on, pages = timed(functools.partial(overlay, sink, None))
            assert count_off == count_one == count_on == expected
            record(f"paged pull, {pages} pages × 2,000 actions, 200 ms latency, {name}: overlay / sequential loop",
                   f"{on / base:.2f}× with the default look-ahead ({AHEAD} pages), {one / base:.2f}× one ahead, "
                   f"{off / base:.2f}× none (loop {base:.2f} s, overlay {on:.2f} s / {one:.2f} s / {off:.2f} s)",
                   "≤ 0.6×", on / base <= 0.6)
