"""6. Peak memory while streaming 1,000,000 actions (50 pages of 20,000) and discarding them.

The pages come from a server in another process (``pageserver.py``), so tracemalloc sees only the client:
httpx reading the 18 MB body, the typed parse, the paging driver. "A page's worth" is what one parsed
20,000-action page holds (its typed models, measured the same way); the body's bytes are given too.
"""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import tracemalloc
from pathlib import Path

from affiliate_clients import ImpactClient
from affiliate_clients.http import fastparse
from affiliate_clients.http.paging import iterate
from affiliate_clients.impact.client import _Pages
from impact_client.models import ActionList

from sandbox.impact import ACCOUNT_SID, AUTH_TOKEN

from .conftest import Recorder
from .pages import action_rows, page_body

PAGES = 50
ROOT = Path(__file__).resolve().parents[2]


def _page_worth() -> tuple[int, int]:
    """(bytes held by one parsed page's models, the page body's length)."""
    body = page_body(action_rows(20_000))
    gc.collect()
    tracemalloc.start()
    page = fastparse.parse(ActionList, body)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del page
    return held, len(body)


def _stream_peak(base_url: str, prefetch: bool) -> tuple[int, int]:
    now = dt.datetime.now(dt.UTC)
    with ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, rate=None) as impact:
        plan = impact.plan_actions(now - dt.timedelta(days=30), now, by="event", page_size=20_000, split=False)
        gc.collect()
        tracemalloc.start()
        count = sum(1 for _ in iterate(plan, _Pages(impact).fetch, prefetch=prefetch))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return count, peak


def test_peak_memory_streaming_a_million_actions(record: Recorder) -> None:
    held, body = _page_worth()
    server = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.pageserver", str(PAGES)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        count_on, peak_on = _stream_peak(base_url, prefetch=True)
        count_off, peak_off = _stream_peak(base_url, prefetch=False)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert count_on == count_off == PAGES * 20_000
    mb = 1e6
    record(f"peak memory streaming {count_on:,} actions ({PAGES} pages × 20,000), discarding them (tracemalloc)",
           f"{peak_on / held:.1f} pages' worth with prefetch ({peak_on / mb:.0f} MB), {peak_off / held:.1f} without "
           f"({peak_off / mb:.0f} MB); a page's worth = one parsed page's models, {held / mb:.0f} MB (body "
           f"{body / mb:.1f} MB)", "≤ 2 pages' worth", peak_on <= 2 * held)
