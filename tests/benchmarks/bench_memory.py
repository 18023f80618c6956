"""6. Peak memory while streaming 1,000,000 actions (50 pages of 20,000) and discarding them.

The pages come from a server in another process (``pageserver.py``), so tracemalloc sees only the client:
httpx reading the 18 MB body, the typed parse, the paging driver. "A page's worth" is what one parsed
20,000-action page holds (its typed models, measured the same way); the body's bytes are given too. The pull
runs with the default look-ahead (``paging.AHEAD`` pages fetched ahead), one page ahead, and none.
"""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys
import tracemalloc
from pathlib import Path

import httpx
from affiliate_clients import ImpactClient
from affiliate_clients.generated.impact_client.models import ActionList
from affiliate_clients.http import fastparse
from affiliate_clients.http.paging import AHEAD, iterate
from affiliate_clients.impact.client import _Pages
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN

from .conftest import Recorder
from .pages import parsed_page

PAGES = 50
ROOT = Path(__file__).resolve().parents[2]


def _stream_peak(base_url: str, ahead: int | None) -> tuple[int, int]:
    """(actions streamed, peak bytes traced) for a pull fetching up to ``ahead`` pages ahead (None: default)."""
    now = dt.datetime.now(dt.UTC)
    with ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, rate=None) as impact:
        plan = impact.plan_actions(now - dt.timedelta(days=30), now, by="event", page_size=20_000, split=False)
        gc.collect()
        tracemalloc.start()
        count = sum(1 for _ in iterate(plan, _Pages(impact).fetch, ahead=ahead))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return count, peak


def test_peak_memory_streaming_a_million_actions(record: Recorder) -> None:
    _, held, body = parsed_page()
    server = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.pageserver", str(PAGES)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        peaks = {ahead: _stream_peak(base_url, ahead) for ahead in (None, AHEAD, 0)}
        read_parse = _fetch_parse_peaks(base_url)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert {count for count, _ in peaks.values()} == {PAGES * 20_000}
    mb = 1e6
    worth = {ahead: peak / held for ahead, (_, peak) in peaks.items()}
    record(f"peak memory streaming {PAGES * 20_000:,} actions ({PAGES} pages × 20,000), discarding them "
           "(tracemalloc)", f"{worth[None]:.2f} pages' worth with the default look-ahead (one page ahead for "
           f"20,000-action pages; {peaks[None][1] / mb:.0f} MB), {worth[0]:.2f} with none ahead, "
           f"{worth[AHEAD]:.2f} when forced to {AHEAD} ahead ({peaks[AHEAD][1] / mb:.0f} MB); a page's worth = "
           f"one parsed page's models, {held / mb:.0f} MB (body {body / mb:.1f} MB)", "≤ 2 pages' worth",
           worth[None] <= 2)
    (plain, streamed) = read_parse
    record("peak memory, split: one page on plain httpx, read + fastparse.parse(response.content) vs "
           "streamed into fastparse.parse_chunks (one buffer, emptied once decoded)",
           f"{plain / held:.2f} vs {streamed / held:.2f} pages' worth ({plain / mb:.0f} MB vs {streamed / mb:.0f} MB)",
           "(breakdown)", None)


def _fetch_parse_peaks(base_url: str) -> tuple[int, int]:
    """Peak of fetching and parsing one page: httpx's ``read()`` (chunk list + join) then ``parse``, against
    ``parse_chunks`` over ``iter_bytes()`` of a streamed response."""
    url = f"{base_url}/Mediapartners/{ACCOUNT_SID}/Actions?PageSize=20000&Page=1"
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
