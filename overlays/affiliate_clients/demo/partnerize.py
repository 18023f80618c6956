"""Partnerize demo: 50,000 conversions by cursor and their clicks by offset, through injected faults."""

from __future__ import annotations

import time

from affiliate_clients import RetryPolicy

RECORDS = 50_000
MOMENT = "%Y-%m-%dT%H:%M:%SZ"


def run() -> dict[str, object]:
    from affiliate_clients.testing import FaultPlan, SandboxConfig, sandbox

    faults = FaultPlan(seed=7, rate=0.03, kinds=("429", "503", "drop"), retry_after_seconds=1)
    box = sandbox("partnerize", SandboxConfig(records=RECORDS, seed=2024, faults=faults))
    publisher, first, last = box.facts.default("publisher_id"), box.facts.first, box.facts.last
    assert publisher is not None and first is not None and last is not None
    span = (first.strftime(MOMENT), last.strftime(MOMENT))  # the dates of the sandbox's report data
    with box.client(retry=RetryPolicy(wait_initial=0.1, wait_max=2.0, wait_jitter=0.2)) as partnerize:
        began = time.perf_counter()
        pull = partnerize.conversions(publisher, span[0], end_date=span[1])
        conversions = {entry.conversion_data.conversion_id for entry in pull}
        pulled = pull.plan.pages
        took = time.perf_counter() - began
        began = time.perf_counter()
        clicks = partnerize.clicks(publisher, span[0], end_date=span[1])
        click_ids = [entry.click.click_id for entry in clicks]
        click_time = time.perf_counter() - began
        stats = partnerize.stats
    ok = len(conversions) == RECORDS and len(click_ids) == len(set(click_ids))
    print(f"Partnerize  conversions {len(conversions):,} by cursor in {pulled} pages, {took:.1f}s "
          f"({len(conversions) / took:,.0f}/s); clicks {len(click_ids):,} by offset in {click_time:.1f}s")
    print(f"            absorbed: {stats.rate_limited} x 429, {stats.server_errors} x 5xx, "
          f"{stats.connection_errors} dropped connections; {stats.retries} retries; "
          f"exactly once: {'yes' if ok else 'NO'}")
    return {"ok": ok, "conversions": len(conversions), "clicks": len(click_ids)}
