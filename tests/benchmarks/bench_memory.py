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
from typing import Any

import httpx
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


def _stream_peak(base_url: str, prefetch: bool, collect: bool = False) -> tuple[int, int]:
    """Peak while streaming; ``collect`` runs ``gc.collect()`` before each fetch (a diagnosis: what is left is
    not garbage waiting for the cyclic collector, e.g. httpx's Response <-> stream cycles holding bodies)."""
    now = dt.datetime.now(dt.UTC)
    with ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, rate=None) as impact:
        plan = impact.plan_actions(now - dt.timedelta(days=30), now, by="event", page_size=20_000, split=False)
        pages = _Pages(impact)

        def fetch(request: Any) -> Any:
            if collect:
                gc.collect()
            return pages.fetch(request)
        gc.collect()
        tracemalloc.start()
        count = sum(1 for _ in iterate(plan, fetch, prefetch=prefetch))
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
        _, peak_gc = _stream_peak(base_url, prefetch=False, collect=True)
        read_parse = _fetch_parse_peaks(base_url)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert count_on == count_off == PAGES * 20_000
    mb = 1e6
    record(f"peak memory streaming {count_on:,} actions ({PAGES} pages × 20,000), discarding them (tracemalloc)",
           f"{peak_on / held:.1f} pages' worth with prefetch ({peak_on / mb:.0f} MB), {peak_off / held:.1f} without "
           f"({peak_off / mb:.0f} MB); a page's worth = one parsed page's models, {held / mb:.0f} MB (body "
           f"{body / mb:.1f} MB)", "≤ 2 pages' worth", peak_on <= 2 * held)
    record("peak memory, split: without prefetch and with gc.collect() before each fetch (so no httpx "
           "Response<->stream cycle keeps an old 18 MB body alive)", f"{peak_gc / held:.1f} pages' worth "
           f"({peak_gc / mb:.0f} MB)", "(diagnosis)", None)
    (plain, streamed) = read_parse
    record("peak memory, split: one page on plain httpx, read + fastparse.parse(response.content) vs "
           "streamed into fastparse.parse_chunks (one buffer, emptied once decoded)",
           f"{plain / held:.2f} vs {streamed / held:.2f} pages' worth ({plain / mb:.0f} MB vs {streamed / mb:.0f} MB)",
           "(breakdown)", None)


def _fetch_parse_peaks(base_url: str) -> tuple[int, int]:
    """Peak of fetching and parsing one page: httpx's ``read()`` (chunk list + join) then ``parse``, against
    ``parse_chunks`` over ``iter_bytes()`` of a streamed response."""
    url = f"{base_url}/Mediapartners/{ACCOUNT_SID}/Actions?p=1"
    peaks = []
    with httpx.Client() as client:
        for streamed in (False, True):
            gc.collect()
            tracemalloc.start()
            if streamed:
                with client.stream("GET", url) as response:
                    size = int(response.headers.get("content-length", 0))
                    page = fastparse.parse_chunks(ActionList, response.iter_bytes(), size)
            else:
                response = client.get(url)
                page = fastparse.parse(ActionList, response.content)
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            assert len(page.actions) == 20_000
            del page, response
    return peaks[0], peaks[1]
