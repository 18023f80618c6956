"""Spaaza demo: create and update a campaign group, show a typed error and a create that is not replayed."""

from __future__ import annotations

import datetime as dt


def run() -> dict[str, object]:
    """Run against the embedded sandbox, print a short report and return ``{"ok": ...}``."""
    from affiliate_clients import ServerError
    from affiliate_clients.spaaza import ChainNotFound
    from affiliate_clients.testing import FaultPlan, SandboxConfig, sandbox

    box = sandbox("spaaza", SandboxConfig(faults=FaultPlan(schedule={4: "503"})))  # the second create meets a 503
    app, chain = box.app, int(box.facts.ids["chain_id"][0])
    groups = app.state.campaign_groups.groups
    with box.client() as spaaza:
        created = spaaza.create_campaign_group(chain, "Autumn Campaign Group", dt.datetime(2026, 9, 1),
                                               "2026-11-30 23:59:59")
        updated = spaaza.update_campaign_group(created.id, chain, name="Autumn Campaign Group (extended)",
                                               active_date_until=dt.datetime(2026, 12, 15, 23, 59, 59))
        try:
            spaaza.create_campaign_group(4711, "Nowhere")
            typed = "none"
        except ChainNotFound as error:
            typed = f"{type(error).__name__} (code {error.code}, {error.name}, HTTP {error.status})"
        before, sent_before = len(groups), app.state.stats.requests
        try:
            spaaza.create_campaign_group(chain, "Sent once")
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
