"""Drift demo: impact actions from a sandbox that drifts on purpose, read leniently, with the drift summary.

The sandbox changes a share of the actions the way vendors do: values its enums do not list, members the spec does
not name, nulls, numbers for text, and breaks a few (impossible dates). Every readable action is delivered once,
the broken ones are set aside with their raw JSON, and the run ends with what drifted, counted per JSON path.
"""

from __future__ import annotations

import time

RECORDS = 20_000
RATE = 0.02  # share of the actions the sandbox drifts


def run() -> dict[str, object]:
    from affiliate_clients.http import drift, quarantine
    from affiliate_clients.testing import DriftPlan, SandboxConfig, sandbox

    box = sandbox("impact", SandboxConfig(records=RECORDS, seed=2025, drift=DriftPlan(seed=9, rate=RATE)))
    start, end = box.facts.first, box.facts.last
    assert start is not None and end is not None
    report = drift.DriftReport("impact")
    began = time.perf_counter()
    with box.client(rate=None) as impact, drift.collecting(report), quarantine.collecting() as rejected:
        delivered = [a.id for a in impact.actions(start, end, page_size=2000)]
    elapsed = time.perf_counter() - began
    tally = box.app.state.drift.tally
    broken = tally.keys(breaking=True)
    truth = {r.payload["Id"] for r in box.app.state.actions.records}
    readable_once = len(delivered) == len(set(delivered)) and set(delivered) == truth - broken
    quarantined_exactly = sorted(str(r.record.get("Id")) for r in rejected) == sorted(broken)
    print(f"drift       actions {len(delivered):,} delivered of {RECORDS:,} in {elapsed:.1f}s from a sandbox drifting "
          f"{RATE:.0%} of them; {len(rejected)} set aside (the sandbox broke {len(broken)})")
    for line in report.summary(limit=6).splitlines():
        print(f"            {line}")
    if rejected:
        first = rejected[0]
        print(f"            e.g. set aside: {first.path}: {first.reason}")
    ok = readable_once and quarantined_exactly
    print(f"            every readable action once, exactly the broken ones set aside: {'yes' if ok else 'NO'}")
    return {"delivered": len(delivered), "rejected": len(rejected), "ok": ok}
