"""Partnerize campaigns, commissions, commission groups and reference lists landed in DuckDB with dlt: equal to
the sandbox's store, typed as the spec says, merged (or replaced) on later runs, and reachable from the CLI."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pyarrow as pa
import pytest
from affiliate_clients.cli import app as cli
from affiliate_clients.http.clients import Transport
from affiliate_clients.http.errors import InvalidRequest
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.pull.landing.partnerize_lists import (
    STREAMS,
    PartnerizeLists,
    campaign_tables,
    partnerize_lists_source,
)
from affiliate_clients.pull.landing.partnerize_reference import REFERENCES
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.pull.landing.streams import source_for
from affiliate_clients.pull.landing.tally import Tally
from affiliate_clients.pull.streams import PullOptions
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY
from affiliate_clients.sandbox.partnerize import create_app as partnerize_app
from affiliate_clients.sandbox.partnerize.reference_data import LISTS
from affiliate_clients.sandbox.partnerize.store import NOW, PartnerizeStore
from starlette.applications import Starlette
from typer.testing import CliRunner

KINDS = ("standard", "voucher", "promotion")   # the store's kinds, also the landed `type`


def _lists(app: Starlette, limit: int = 300) -> PartnerizeLists:
    def client() -> PartnerizeClient:
        transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
        return PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1", transport=transport)
    return PartnerizeLists(client, app.state.store.publisher_id, limit=limit)


def _moment(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _rows(db: Path, sql: str, key: int = 1) -> dict[Any, tuple[Any, ...]]:
    """The rows of ``sql`` by their first ``key`` columns (a key landing twice fails the test)."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql(sql).fetchall()
    found = {(r[0] if key == 1 else tuple(r[:key])): tuple(r[key:]) for r in rows}
    assert len(found) == len(rows), f"a key landed twice: {sql}"
    return found


# --- ground truth, read from the sandbox's store -------------------------------------------------------------

def _approved(store: PartnerizeStore) -> list[str]:
    return [cid for cid, status in store.participation.items() if status == "a"]


def campaign_truth(store: PartnerizeStore) -> dict[Any, tuple[Any, ...]]:
    return {cid: (store.campaigns[cid]["title"], status, status, Decimal(store.campaigns[cid]["default_commission_rate"]),
                  store.campaigns[cid]["default_currency"])
            for cid, status in store.participation.items() if status in ("a", "p", "r")}


def commission_truth(store: PartnerizeStore) -> dict[Any, tuple[Any, ...]]:
    return {(cid, kind, item["id"]): (item["status"], Decimal(str(item["performance_value"])),
                                              _moment(item["start_date"]), _moment(item["end_date"]),
                                              _moment(item["last_modified"]))
            for cid in _approved(store) for kind in KINDS for item in store.commissions[cid][kind]}


def active_truth(store: PartnerizeStore) -> tuple[dict[Any, tuple[Any, ...]], dict[Any, tuple[Any, ...]]]:
    """The commissions in force at the sandbox's now (default, then every rule whose period holds it), and their
    rates by (campaign, type, commission id, scope, rate id)."""
    active: dict[Any, tuple[Any, ...]] = {}
    rates: dict[Any, tuple[Any, ...]] = {}
    for cid in _approved(store):
        commissions = store.commissions[cid]
        if commissions["start"] <= NOW:
            default = commissions["default"]["publishers"]
            active[(cid, "default", "default")] = ("ACTIVE", commissions["start"], None)
            rates[(cid, "default", "default", "publisher", default["id"])] = (Decimal(default["performance_value"]),)
        for kind in KINDS:
            for item in commissions[kind]:
                start, end = _moment(item["start_date"]), _moment(item["end_date"])
                if start is not None and start <= NOW and (end is None or NOW < end):
                    active[(cid, kind, item["id"])] = (item["status"], start, end)
                    rates[(cid, kind, item["id"], "publisher", item["id"])] = (
                        Decimal(str(item["performance_value"])),)
    return active, rates


def group_truth(store: PartnerizeStore) -> dict[Any, tuple[Any, ...]]:
    return {e["commission_group"]["commission_group_id"]: (
        e["commission_group"]["campaign_id"], e["commission_group"]["name"], e["active"],
        _moment(e["commission_group"]["start_date_time"]), _moment(e["end_date_time"]), _moment(e["last_modified"]))
        for e in store.commission_groups}


def landed(db: Path) -> tuple[dict[Any, tuple[Any, ...]], ...]:
    return (
        _rows(db, "select campaign_id, title, participation_status, publisher_status, default_commission_rate, "
                  "default_currency from affiliate.campaigns"),
        _rows(db, "select campaign_id, type, id, status, performance_value, start_date, end_date, last_modified "
                  "from affiliate.commissions", key=3),
        _rows(db, "select campaign_id, type, id, status, start_date, end_date from affiliate.active_commissions", key=3),
        _rows(db, "select campaign_id, commission_type, commission_id, scope, id, performance_value "
                  "from affiliate.active_commission_rates", key=5),
        _rows(db, "select commission_group_id, campaign_id, name, active, start_date_time, end_date_time, "
                  "last_modified from affiliate.commission_groups"),
    )


def truth(store: PartnerizeStore) -> tuple[dict[Any, tuple[Any, ...]], ...]:
    return (campaign_truth(store), commission_truth(store), *active_truth(store), group_truth(store))


# --- tests -------------------------------------------------------------------------------------------------

def test_campaigns_and_commissions_equal_the_sandbox_across_runs(tmp_path: Path) -> None:
    app = partnerize_app(SandboxConfig(records=100, seed=11))
    store: PartnerizeStore = app.state.store
    db = tmp_path / "lists.duckdb"
    pipeline = pipeline_for("partnerize", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")

    def run() -> dict[str, int]:
        source = partnerize_lists_source(_lists(app, limit=2)).with_resources(*STREAMS["campaigns"],
                                                                             *STREAMS["commissions"])
        return land(pipeline, source).rows

    first = run()
    expected = truth(store)
    assert landed(db) == expected
    assert first == {"campaigns": 6, "commissions": 16, "active_commissions": 20, "active_commission_rates": 20,
                     "commission_groups": 2}
    assert [len(table) for table in expected] == [6, 16, 20, 20, 2]

    # Nothing changed: the same rows again, once each.
    second = run()
    assert second == first
    assert landed(db) == expected

    # A pending campaign is approved, a standard commission is raised and a promotion ends before "now".
    pending = next(cid for cid, status in store.participation.items() if status == "p")
    store.participation[pending] = "a"
    first_campaign, second_campaign = _approved(store)[:2]
    store.commissions[first_campaign]["standard"][0]["performance_value"] = 12.75
    ended = store.commissions[second_campaign]["promotion"][0]
    ended["end_date"] = (NOW - dt.timedelta(days=1)).isoformat()
    run()
    after = landed(db)
    assert after == truth(store)
    assert after[0][pending][1:3] == ("a", "a")
    assert after[1][(first_campaign, "standard", store.commissions[first_campaign]["standard"][0]["id"])][1] == \
        Decimal("12.75")
    # The ended promotion stays among the commissions (merged, with its end date) but is no longer in force
    # (the active tables are replaced): it is gone from them.
    assert after[1][(second_campaign, "promotion", ended["id"])][3] == NOW - dt.timedelta(days=1)
    assert (second_campaign, "promotion", ended["id"]) not in after[2]
    assert [len(table) for table in after] == [6, 20, 24, 24, 2]

    # The partner leaves every campaign: nothing is in force any more, the rest is kept as merged.
    for cid in _approved(store):
        store.participation[cid] = "r"
    run()
    final = landed(db)
    assert final[2] == {} and final[3] == {}
    assert {row[1] for row in final[0].values()} == {"r"} and final[1] == after[1]


def test_column_types_follow_the_spec(tmp_path: Path) -> None:
    app = partnerize_app(SandboxConfig(records=100))
    db = tmp_path / "types.duckdb"
    land(pipeline_for("partnerize", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines"),
         partnerize_lists_source(_lists(app)))
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql("select table_name, column_name, data_type from information_schema.columns "
                       "where table_schema = 'affiliate'").fetchall()
    types = {(t, c): d for t, c, d in rows}
    money, moment = "DECIMAL(18,4)", "TIMESTAMP WITH TIME ZONE"
    assert types[("commissions", "performance_value")] == money
    assert types[("active_commission_rates", "performance_value")] == money
    assert types[("campaigns", "default_commission_rate")] == money
    assert types[("reference_country", "area_sq_km")] == money
    for table, column in (("commissions", "start_date"), ("commissions", "end_date"), ("commissions", "last_modified"),
                          ("active_commissions", "start_date"), ("commission_groups", "start_date_time"),
                          ("commission_groups", "end_date_time")):
        assert types[(table, column)] == moment, (table, column)
    assert types[("reference_country", "ref_country_id")] == "BIGINT"
    assert types[("reference_user_context", "skip_invoice")] == "VARCHAR"   # integer | string: text
    assert types[("commissions", "meta_fields")] == "VARCHAR"               # JSON text
    assert types[("campaigns", "cookie_period")] == "VARCHAR"
    # The rates table has the rate's columns and its parent's key, nothing of the parent's other columns.
    assert {c for t, c in types if t == "active_commission_rates" and not c.startswith("_dlt")} == {
        "campaign_id", "commission_type", "commission_id", "id", "scope", "name", "performance_value",
        "performance_model", "cookie_period", "_extra"}


def test_campaign_pages_travel_as_arrow_tables() -> None:
    app = partnerize_app(SandboxConfig(records=100))
    tables = list(campaign_tables(_lists(app, limit=2)))
    assert all(isinstance(t, pa.Table) for t in tables)
    assert [(t.num_rows, t.column("participation_status")[0].as_py()) for t in tables] == [
        (2, "a"), (2, "a"), (1, "p"), (1, "r")]
    assert tables[0].schema.field("default_commission_rate").type == pa.decimal128(18, 4)


def reference_truth(listed: Any) -> dict[Any, tuple[Any, ...]]:
    """Every entry of the sandbox's list, keyed by the landed key, with each column as the spec types it."""
    kind = listed.table.removeprefix("reference_")
    found = {}
    for wrapped in LISTS[kind]()[listed.items]:
        entry = next(wrapped[w] for w in listed.wrappers if w in wrapped)
        values = []
        for col in listed.cols:
            value = entry.get(col.path[-1])
            values.append(None if value is None else Decimal(str(value)) if col.kind == "decimal"
                          else str(value) if col.kind == "string" else value)
        found[entry[listed.key]] = tuple(values)
    return found


def test_reference_lists_equal_the_sandbox_and_are_replaced(tmp_path: Path) -> None:
    app = partnerize_app(SandboxConfig(records=100))
    db = tmp_path / "reference.duckdb"
    pipeline = pipeline_for("partnerize", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    assert {r.table.removeprefix("reference_") for r in REFERENCES} == set(LISTS)   # every list of the sandbox
    for _ in range(2):
        rows = land(pipeline, partnerize_lists_source(_lists(app)).with_resources(*STREAMS["reference"])).rows
        for listed in REFERENCES:
            names = ", ".join(c.name for c in listed.cols)
            found = _rows(db, f"select {listed.key}, {names} from affiliate.{listed.table}")
            expected = reference_truth(listed)
            assert found == expected, listed.table
            assert rows[listed.table] == len(expected) > 0
    assert rows["reference_country"] == 9


def test_cli_lands_campaigns_commissions_and_reference(tmp_path: Path) -> None:
    store: PartnerizeStore = partnerize_app(SandboxConfig(records=100)).state.store   # what --sandbox serves
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()

    def pull(stream: str) -> str:
        result = runner.invoke(cli, ["pull", "partnerize", stream, "--sandbox", "--sandbox-records", "100",
                                     "--to", f"duckdb:{db}", "--pipelines-dir", str(tmp_path / "pipelines"),
                                     "--no-progress"])
        assert result.exit_code == 0, result.output
        return result.output

    for _ in range(2):   # the second run merges (or replaces): the same rows, once each
        assert "6 rows into campaigns" in pull("campaigns")
        out = pull("commissions")
        assert "16 rows into commissions" in out and "20 rows into active_commission_rates" in out
        assert "9 rows into reference_country" in pull("reference")
        assert landed(db) == truth(store)
        assert set(_rows(db, "select iso from affiliate.reference_country")) == {
            e["country"]["iso"] for e in LISTS["country"]()["countries"]}


def test_streams_select_their_tables_and_only_reference_goes_without_a_publisher(monkeypatch: Any) -> None:
    monkeypatch.delenv("PARTNERIZE_PUBLISHER_ID", raising=False)
    reference = source_for("partnerize", "reference", PullOptions(), Tally())   # builds no client yet
    assert set(reference.selected_resources) == {r.table for r in REFERENCES}
    options = PullOptions(filters={"publisher_id": "1l1007802"})
    assert set(source_for("partnerize", "commissions", options, Tally()).selected_resources) == {
        "commissions", "active_commissions", "commission_groups"}
    for stream in ("campaigns", "commissions"):
        with pytest.raises(InvalidRequest, match="publisher_id"):
            source_for("partnerize", stream, PullOptions(), Tally())
