"""impact.com demo: 100,000 actions through window splitting, paging, a rate limit and injected faults."""

from __future__ import annotations

import time

from affiliate_clients import Rate, RetryPolicy

RECORDS = 100_000
SANDBOX_RATE = 20.0  # requests per second the sandbox allows before answering 429


def run() -> dict[str, object]:
    from affiliate_clients.testing import FaultPlan, SandboxConfig, sandbox

    started = time.perf_counter()
    faults = FaultPlan(seed=42, rate=0.08, kinds=("429", "503", "502", "drop"), retry_after_seconds=1)
    box = sandbox("impact", SandboxConfig(records=RECORDS, seed=2024, rate_per_second=SANDBOX_RATE, burst=10,
                                          faults=faults))
    seeded = time.perf_counter() - started
    start, end = box.facts.first, box.facts.last  # the update dates of every seeded action
    assert start is not None and end is not None
    with box.client(rate=Rate(int(SANDBOX_RATE), 1.0, burst=10),
                    retry=RetryPolicy(wait_initial=0.1, wait_max=2.0, wait_jitter=0.2)) as impact:
        plan = impact.plan_actions(start, end, page_size=2000)
        windows = len(plan.pending)
        began = time.perf_counter()
        seen: set[str] = set()
        payout = 0.0
        pulled = 0
        for action in impact.iterate_plan(plan):
            pulled += 1
            seen.add(str(action.id))
            payout += float(action.payout) if isinstance(action.payout, str) else 0.0
        elapsed = time.perf_counter() - began
        stats = impact.stats
    print(f"impact.com  actions {pulled:,} pulled ({len(seen):,} distinct of {RECORDS:,} in the sandbox) "
          f"over {(end - start).days} days in {elapsed:.1f}s ({pulled / elapsed:,.0f}/s; sandbox seeded in {seeded:.1f}s)")
    print(f"            {windows} planned 45-day windows, {plan.splits} split for the 10-page rule, "
          f"{plan.pages} pages, {stats.requests} requests")
    print(f"            absorbed: {stats.rate_limited} x 429, {stats.server_errors} x 5xx, "
          f"{stats.connection_errors} dropped connections; {stats.retries} retries; "
          f"budget waits {stats.budget_wait:.1f}s; payout total ${payout:,.2f}")
    ok = pulled == len(seen) == RECORDS
    print(f"            exactly once: {'yes' if ok else 'NO'}")
    return {"pulled": pulled, "distinct": len(seen), "ok": ok}
