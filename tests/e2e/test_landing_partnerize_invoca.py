"""Partnerize conversions (with items) and clicks, and Invoca relationships, landed in DuckDB with dlt:
equality with the sandbox, and a conversion approved after the first run caught by its last-update date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import httpx
from affiliate_clients.http.clients import Transport
from affiliate_clients.invoca import InvocaClient
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.pull.landing.invoca import InvocaLanding, invoca_source
from affiliate_clients.pull.landing.partnerize import ITEM_COLUMNS, PartnerizeLanding, partnerize_source
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.invoca import TOKEN
from affiliate_clients.sandbox.invoca import create_app as invoca_app
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY
from affiliate_clients.sandbox.partnerize import create_app as partnerize_app
from affiliate_clients.sandbox.partnerize.reports_data import NOW, reports_of
from starlette.applications import Starlette

from .landing_support import Clock, keyed_rows, partnerize_rows

START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _transport(app: Starlette) -> Transport:
    return Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))


_rows = keyed_rows


def _truth(data: Any) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    conversions = {c.conversion_id: (c.status, Decimal(f"{c.value:.4f}"), Decimal(f"{c.publisher_commission:.4f}"))
                   for c in data.conversions if START <= c.time < NOW}
    items = {i.item_id: (i.conversion.conversion_id, i.status, Decimal(f"{i.value:.4f}"))
             for i in data.items if i.conversion is not None and i.conversion.conversion_id in conversions}
    return conversions, items


def test_partnerize_conversions_items_and_clicks_equal_the_sandbox_across_runs(tmp_path: Path) -> None:
    app = partnerize_app(SandboxConfig(records=1_500, seed=5))
    data = reports_of(app.state.store)
    clock = Clock(NOW)

    def landing() -> PartnerizeLanding:
        return PartnerizeLanding(lambda: PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1",
                                                          transport=_transport(app)),
                                 data.publisher_id, since=START, clock=clock)

    db = tmp_path / "partnerize.duckdb"
    pipeline = pipeline_for("partnerize", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    first = land(pipeline, partnerize_source(landing()))
    assert partnerize_rows(db) == _truth(data)
    with duckdb.connect(str(db), read_only=True) as con:
        item_columns = {name for (name,) in con.sql("select column_name from information_schema.columns "
                                                    "where table_name = 'conversion_items'").fetchall()}
    assert item_columns == {c.name for c in ITEM_COLUMNS} | {"conversion_id", "_extra"}  # none of the conversions
    clicks = {c.click_id for c in data.clicks if START <= c.set_time < NOW}
    assert set(_rows(db, "select click_id from affiliate.clicks")) == clicks
    assert first.rows["clicks"] == len(clicks)

    # After the first run, pending conversions are approved (their conversion time is long past).
    pending = [c for c in data.conversions if c.status == "pending" and START <= c.time < NOW][:20]
    assert pending
    for conversion in pending:
        conversion.status = "approved"
        conversion.approved_at = conversion.last_modified = NOW + dt.timedelta(hours=6)
        for item in conversion.items:
            item.status = "approved"
    clock.now = NOW + dt.timedelta(days=1)
    second = land(pipeline, partnerize_source(landing()))
    assert partnerize_rows(db) == _truth(data)
    # Read by last-update date: what changed, plus the hour of overlap before the previous run's end.
    assert len(pending) <= second.rows["conversions"] < first.rows["conversions"] // 10


def test_invoca_relationships_equal_the_sandbox(tmp_path: Path) -> None:
    app = invoca_app(SandboxConfig(seed=3))
    advertisers = sorted(app.state.relationships.advertisers)
    landing = InvocaLanding(lambda: InvocaClient(TOKEN, 1234, base_url="http://127.0.0.1", transport=_transport(app)),
                            advertisers)
    db = tmp_path / "invoca.duckdb"
    land(pipeline_for("invoca", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines"), invoca_source(landing))
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql("select advertiser_id_from_network, affiliate_id_from_network, status "
                       "from affiliate.relationships").fetchall()
    truth = {(a, f, s) for a, found in app.state.relationships.advertisers.items() for f, s in found.items()}
    assert set(rows) == truth and len(rows) == len(truth)
