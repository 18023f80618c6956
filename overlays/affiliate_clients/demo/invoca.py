"""Invoca demo: set relationships (one through an injected 503 and a dropped answer), list them, compare."""

from __future__ import annotations

import time


def run() -> dict[str, object]:
    """Run against the embedded sandbox, print a short report and return ``{"ok": ...}``."""
    import httpx

    from affiliate_clients import RetryPolicy, Transport
    from affiliate_clients.invoca import InvocaClient, ValidationFailed
    from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.invoca import TOKEN, create_app

    # Requests 2 and 3 fail (a 503, then an answer cut off after the server stored the write): PUT is replayed.
    app = create_app(SandboxConfig(faults=FaultPlan(schedule={2: "503", 3: "drop"})))
    transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
    wanted = {"5001": "Approved", "5002": "Pending", "5003": "Suspended"}
    began = time.perf_counter()
    with InvocaClient(TOKEN, 1234, base_url="http://127.0.0.1", transport=transport,
                      retry=RetryPolicy(wait_initial=0.05, wait_max=0.2, wait_jitter=0.05)) as invoca:
        for affiliate, status in wanted.items():
            invoca.set_relationship("1", affiliate, status)
        invoca.set_relationship("1", "5001", "Approved")  # the same write again: nothing changes
        listed = {r.affiliate_id_from_network: r.status.value for r in invoca.relationships("1")}
        try:
            invoca.set_relationship("1", "5001", "Pending")
            refused = "none"
        except ValidationFailed as error:
            refused = "; ".join(f"{field}: {', '.join(messages)}" for field, messages in error.fields.items())
        stats = invoca.stats
    elapsed = time.perf_counter() - began
    truth = app.state.relationships.advertisers["1"]
    ok = listed == truth and all(truth.get(a) == s for a, s in wanted.items())
    print(f"invoca      {len(wanted)} relationships set with PUT (create-or-update), 1 repeated; advertiser 1 lists "
          f"{len(listed)}, matching the sandbox: {'yes' if ok else 'NO'}")
    print(f"            absorbed {stats.server_errors} x 5xx and {stats.connection_errors} dropped answer with "
          f"{stats.retries} idempotent retries; {stats.requests} requests in {elapsed:.2f}s")
    print(f"            Approved -> Pending refused as ValidationFailed: {refused}")
    return {"set": len(wanted), "listed": len(listed), "retries": stats.retries, "ok": ok}
