"""Partnerize demo: 50,000 conversions by cursor and their clicks by offset, through injected faults."""

from __future__ import annotations

import time

from affiliate_clients import RetryPolicy, Transport
from affiliate_clients.partnerize import PartnerizeClient

RECORDS = 50_000
PUBLISHER = "1l1007802"
SPAN = ("2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z")


def run() -> dict[str, object]:
    import httpx

    from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app

    faults = FaultPlan(seed=7, rate=0.03, kinds=("429", "503", "drop"), retry_after_seconds=1)
    app = create_app(SandboxConfig(records=RECORDS, seed=2024, faults=faults))
    transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
    with PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1", transport=transport,
                          retry=RetryPolicy(wait_initial=0.1, wait_max=2.0, wait_jitter=0.2)) as partnerize:
        began = time.perf_counter()
        pull = partnerize.conversions(PUBLISHER, SPAN[0], end_date=SPAN[1])
        conversions = {entry.conversion_data.conversion_id for entry in pull}
        pulled = pull.plan.pages
        took = time.perf_counter() - began
        began = time.perf_counter()
        clicks = partnerize.clicks(PUBLISHER, SPAN[0], end_date=SPAN[1])
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
