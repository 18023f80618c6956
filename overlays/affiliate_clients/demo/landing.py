"""Landing demo: the sandbox pulls merged into one DuckDB file with dlt, twice (the second run incremental,
after approvals that are not updates), then a short summary from SQL. Runs only with the dlt extra."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _offline_dlt() -> Iterator[str]:
    """A temporary folder that is dlt's data folder while the demo runs, with dlt's telemetry off: the demo
    reaches nothing beyond loopback and writes nothing to ~/.dlt (or /var/dlt when run as root)."""
    chosen = ("RUNTIME__DLTHUB_TELEMETRY", "DLT_DATA_DIR")
    saved = {name: os.environ.get(name) for name in chosen}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.update({"RUNTIME__DLTHUB_TELEMETRY": "false", "DLT_DATA_DIR": str(Path(folder) / "dlt")})
        try:
            yield folder
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def run() -> dict[str, object]:
    """Land the impact and Partnerize sandboxes in DuckDB, print a summary, return ``{"ok": ...}``."""
    if importlib.util.find_spec("dlt") is None or importlib.util.find_spec("duckdb") is None:
        print("landing     skipped: install the dlt extra (pip install 'affiliate-clients[dlt]')")
        return {"ok": True, "skipped": True}
    import logging

    import duckdb

    from affiliate_clients.pull.landing.impact import ImpactLanding, impact_source
    from affiliate_clients.pull.landing.run import land, pipeline_for
    from affiliate_clients.pull.landing.streams import source_for
    from affiliate_clients.pull.landing.tally import Tally
    from affiliate_clients.pull.streams import PullOptions
    from affiliate_clients.testing import SandboxConfig, facts, sandbox

    logging.getLogger("dlt").setLevel(logging.ERROR)
    box = sandbox("impact", SandboxConfig(records=20_000, seed=7))
    store = box.app.state.actions
    since, last = box.facts.first, box.facts.last
    assert since is not None and last is not None
    now = [last + dt.timedelta(days=2)]  # a few days after the last update

    def landing() -> ImpactLanding:
        return ImpactLanding(box.client, since=since, clock=lambda: now[0])

    with _offline_dlt() as folder:
        db = Path(folder) / "landing.duckdb"
        pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=Path(folder) / "pipelines")
        began = time.perf_counter()
        first = land(pipeline, impact_source(landing()))
        first_s = time.perf_counter() - began
        pending = sorted(r.payload["Id"] for r in store.records if r.state == "PENDING" and r.locking > now[0])[:200]
        now[0] += dt.timedelta(days=1)
        store.approve(set(pending), now[0] - dt.timedelta(hours=1))
        store.add(100, now[0] - dt.timedelta(hours=2))
        began = time.perf_counter()
        second = land(pipeline, impact_source(landing()))
        second_s = time.perf_counter() - began
        pz = facts("partnerize")  # its report data's dates
        options = PullOptions(since=pz.first, until=pz.last, sandbox=True, sandbox_records=3_000)
        landed_pz = land(pipeline_for("partnerize", f"duckdb:{db}", pipelines_dir=Path(folder) / "pipelines"),
                         source_for("partnerize", "conversions", options, Tally()))
        with duckdb.connect(str(db), read_only=True) as con:
            landed = dict(con.sql("select id, state from affiliate.actions").fetchall())
            summary = con.sql("select state, strftime(date_trunc('month', creation_date), '%Y-%m') as month, "
                              "count(*) as n, sum(payout) as payout from affiliate.actions "
                              "group by all order by month desc, state limit 6").fetchall()
            pz_rows = con.sql("select conversion_value_conversion_status, count(*), "
                              "sum(conversion_value_publisher_commission) from affiliate.conversions "
                              "group by all order by 1").fetchall()
    truth = {r.payload["Id"]: r.state for r in store.records}
    ok = landed == truth and all(landed[i] == "APPROVED" for i in pending)
    print(f"landing     impact: {first.rows.get('actions', 0):,} actions merged into DuckDB in {first_s:.2f}s; "
          f"after 200 approvals (not updates) and 100 new actions the next run re-read "
          f"{second.rows.get('actions', 0):,} in {second_s:.2f}s; table equals the sandbox: {'yes' if ok else 'NO'}")
    print(f"            partnerize: {landed_pz.rows.get('conversions', 0):,} conversions, "
          f"{landed_pz.rows.get('conversion_items', 0):,} items")
    print("            payout by state and month (latest):")
    for state, month, count, payout in summary:
        print(f"              {month}  {state:<9} {count:>6,} actions  {payout:>12,.2f} USD")
    for status, count, commission in pz_rows:
        print(f"              partnerize {status:<9} {count:>6,} conversions  {commission:>12,.2f} commission")
    return {"actions": len(landed), "ok": ok}
