"""Spaaza demo: create and update a campaign group, show a typed error and a create that is not replayed."""

from __future__ import annotations

import datetime as dt


def run() -> dict[str, object]:
    """Run against the embedded sandbox, print a short report and return ``{"ok": ...}``."""
    import httpx

    from affiliate_clients import ServerError, Transport
    from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.spaaza import SESSION_KEY, SESSION_USER_ID, create_app
    from affiliate_clients.spaaza import ChainNotFound, SpaazaClient

    app = create_app(SandboxConfig(faults=FaultPlan(schedule={4: "503"})))  # the second create meets a 503
    transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
    groups = app.state.campaign_groups.groups
    with SpaazaClient(SESSION_USER_ID, SESSION_KEY, base_url="http://127.0.0.1", transport=transport) as spaaza:
        created = spaaza.create_campaign_group(123, "Autumn Campaign Group", dt.datetime(2026, 9, 1),
                                               "2026-11-30 23:59:59")
        updated = spaaza.update_campaign_group(created.id, 123, name="Autumn Campaign Group (extended)",
                                               active_date_until=dt.datetime(2026, 12, 15, 23, 59, 59))
        try:
            spaaza.create_campaign_group(4711, "Nowhere")
            typed = "none"
        except ChainNotFound as error:
            typed = f"{type(error).__name__} (code {error.code}, {error.name}, HTTP {error.status})"
        before, sent_before = len(groups), app.state.stats.requests
        try:
            spaaza.create_campaign_group(123, "Sent once")
            replayed = "no error"
        except ServerError as error:
            replayed = f"HTTP {error.status} raised"
        sent = app.state.stats.requests - sent_before
        stats = spaaza.stats
    stored = groups[created.id]
    ok = (stored["name"] == updated.name and stored["active_date_until"] == "2026-12-15 23:59:59"
          and typed.startswith("ChainNotFound") and len(groups) == before and sent == 1 and stats.retries == 0)
    print(f"spaaza      created group {created.id} ({created.active_date_from} .. {created.active_date_until}), "
          f"updated to {updated.name!r} until {updated.active_date_until}")
    print(f"            typed error: {typed}; create meeting a 503: {replayed} after {sent} request (never replayed)")
    print(f"            sandbox holds exactly what was sent: {'yes' if ok else 'NO'}")
    return {"created": created.id, "ok": ok}
