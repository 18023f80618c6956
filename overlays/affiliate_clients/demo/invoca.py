"""Invoca demo: set relationships (one through an injected 503 and a dropped answer), list them, compare."""

from __future__ import annotations

import time


def run() -> dict[str, object]:
    """Run against the embedded sandbox, print a short report and return ``{"ok": ...}``."""
    from affiliate_clients import RetryPolicy
    from affiliate_clients.invoca import ValidationFailed
    from affiliate_clients.testing import FaultPlan, SandboxConfig, sandbox

    # Requests 2 and 3 fail (a 503, then an answer cut off after the server stored the write): PUT is replayed.
    box = sandbox("invoca", SandboxConfig(faults=FaultPlan(schedule={2: "503", 3: "drop"})))
    advertiser = box.facts.ids["advertiser_id"][0]
    wanted = {"5001": "Approved", "5002": "Pending", "5003": "Suspended"}
    began = time.perf_counter()
    with box.client(retry=RetryPolicy(wait_initial=0.05, wait_max=0.2, wait_jitter=0.05)) as invoca:
        for affiliate, status in wanted.items():
            invoca.set_relationship(advertiser, affiliate, status)
        invoca.set_relationship(advertiser, "5001", "Approved")  # the same write again: nothing changes
        listed = {r.affiliate_id_from_network: str(r.status) for r in invoca.relationships(advertiser)}
        try:
            invoca.set_relationship(advertiser, "5001", "Pending")
            refused = "none"
        except ValidationFailed as error:
            refused = "; ".join(f"{field}: {', '.join(messages)}" for field, messages in error.fields.items())
        stats = invoca.stats
    elapsed = time.perf_counter() - began
    truth = box.app.state.relationships.advertisers[advertiser]
    ok = listed == truth and all(truth.get(a) == s for a, s in wanted.items())
    print(f"invoca      {len(wanted)} relationships set with PUT (create-or-update), 1 repeated; advertiser "
          f"{advertiser} lists {len(listed)}, matching the sandbox: {'yes' if ok else 'NO'}")
    print(f"            absorbed {stats.server_errors} x 5xx and {stats.connection_errors} dropped answer with "
          f"{stats.retries} idempotent retries; {stats.requests} requests in {elapsed:.2f}s")
    print(f"            Approved -> Pending refused as ValidationFailed: {refused}")
    return {"set": len(wanted), "listed": len(listed), "retries": stats.retries, "ok": ok}
