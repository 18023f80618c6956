"""impact's change log, single actions and action items against the sandbox: the landed ``action_updates`` equal
the sandbox's log after every run in which it approves, reverses and re-prices actions; ``action_items`` equal the
sandbox's items; the typed methods return what the sandbox holds; a pull over ten pages splits its window."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
from affiliate_clients import ImpactClient, InvalidRequest, NotFound
from affiliate_clients.generated.impact_client.models import ActionState
from affiliate_clients.pull.landing.impact import ImpactLanding, impact_source
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_HEADERS, create_app
from affiliate_clients.sandbox.impact.items import items
from starlette.applications import Starlette

from .landing_support import Clock, action_table, action_truth, impact_client, moment


def _client(app: Starlette) -> ImpactClient:
    return impact_client(app)()


# -- ground truth and landed tables ------------------------------------------------------------------------------
def log_truth(app: Starlette) -> dict[str, tuple[Any, ...]]:
    """id -> (action id, state after, delta payout, delta amount, update date) of every change the sandbox logged."""
    return {p["Id"]: (p["ActionId"], p["State"], Decimal(p["DeltaPayout"]), Decimal(p["DeltaAmount"]),
                      moment(p["UpdateDate"]))
            for p in app.state.actions.log.payloads()}


def updates_table(db: Path) -> dict[str, tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql("select id, action_id, state, delta_payout, delta_amount, update_date "
                       "from affiliate.action_updates").fetchall()
    landed = {r[0]: tuple(r[1:]) for r in rows}
    assert len(landed) == len(rows), "a change landed twice"
    return landed


def item_truth(app: Starlette) -> dict[tuple[str, str], tuple[Any, ...]]:
    found = {}
    for record in app.state.actions.records:
        for item in items(record, ACCOUNT_SID):
            found[record.payload["Id"], item["Sku"]] = (
                item["ItemName"], item["Quantity"], Decimal(item["SaleAmount"]), Decimal(item["Payout"]),
                moment(item["AdjustmentDate"]), item["AdjustmentReason"] or None)
    return found


def items_table(db: Path) -> dict[tuple[str, str], tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql("select action_id, sku, item_name, quantity, sale_amount, payout, adjustment_date, "
                       "nullif(adjustment_reason, '') from affiliate.action_items").fetchall()
    landed = {(r[0], r[1]): tuple(r[2:]) for r in rows}
    assert len(landed) == len(rows), "an item landed twice"
    return landed


def _pending(app: Starlette, now: dt.datetime, count: int, skip: int = 0) -> set[str]:
    """Pending actions not locked yet at ``now`` (a locked action is final: the ``actions`` stream's contract)."""
    ids = sorted(r.payload["Id"] for r in app.state.actions.records if r.state == "PENDING" and r.locking > now)
    assert len(ids) >= skip + count
    return set(ids[skip:skip + count])


# -- landing over several runs -----------------------------------------------------------------------------------
def test_landed_action_updates_equal_the_sandbox_log_after_every_run(tmp_path: Path) -> None:
    app = create_app(SandboxConfig(records=2_000, seed=17))
    store = app.state.actions
    clock = Clock(store.anchor + dt.timedelta(days=5))
    db = tmp_path / "impact.duckdb"
    pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")

    def run() -> dict[str, int]:
        landing = ImpactLanding(impact_client(app), since=store.anchor - dt.timedelta(days=181), clock=clock,
                                page_size=2_000, action_updates=True, action_items=True)
        rows = land(pipeline, impact_source(landing)).rows
        assert updates_table(db) == log_truth(app)
        assert action_table(db) == action_truth(app)
        assert items_table(db) == item_truth(app)
        return rows

    first = run()
    assert first["action_updates"] == len(store.log.entries) > 2_000  # every action's creation, then its moves
    approved_once: set[str] = set()  # approved on an earlier night, not reversed yet
    for n in range(3):  # three nights: approvals, reversals (also of approved actions), re-pricing, new actions
        clock.now += dt.timedelta(days=1)
        before = len(store.log.entries)
        approve = _pending(app, clock.now, 8)
        reverse = _pending(app, clock.now, 3, skip=8) | set(sorted(approved_once)[:2])
        reprice = _pending(app, clock.now, 4, skip=11)
        assert store.approve(approve, clock.now - dt.timedelta(hours=5)) == 8
        assert len(store.reverse(reverse, clock.now - dt.timedelta(hours=4))) == len(reverse)
        assert len(store.reprice(reprice, clock.now - dt.timedelta(hours=3), "1.25")) == 4
        assert len(store.reprice(set(sorted(reprice)[:2]), clock.now - dt.timedelta(hours=2), "0.5")) == 2
        store.add(4, clock.now - dt.timedelta(hours=1), seed=n)
        approved_once = (approved_once | approve) - reverse
        made = len(store.log.entries) - before
        assert made == 8 + len(reverse) + 4 + 2 + 4
        rows = run()
        assert made <= rows["action_updates"] < made + 50  # what changed, plus what the hour of overlap re-reads

    # The log replays each action: its deltas add up to the payout and amount landed, its last entry is its state.
    with duckdb.connect(str(db), read_only=True) as con:
        sums = con.sql("select u.action_id, sum(u.delta_payout), sum(u.delta_amount), max(a.payout), "
                       "max(a.amount), arg_max(u.state, u.update_date), max(a.state) from affiliate.action_updates u "
                       "join affiliate.actions a on a.id = u.action_id group by u.action_id").fetchall()
    assert len(sums) == len(store.records)
    assert all(r[1] == r[3] and r[2] == r[4] and r[5] == r[6] for r in sums)


# -- typed methods ---------------------------------------------------------------------------------------------
def test_typed_methods_return_what_the_sandbox_holds() -> None:
    app = create_app(SandboxConfig(records=600, seed=5))
    store = app.state.actions
    record = next(r for r in store.records if r.state == "PENDING")
    action_id = record.payload["Id"]
    at = store.anchor + dt.timedelta(hours=1)
    store.reprice({action_id}, at, "2")
    change = store.reverse({action_id}, at + dt.timedelta(minutes=5))[0]
    with _client(app) as impact:
        got = impact.action_updates_api.get(id=change["Id"])
        assert (got.id, got.action_id, got.state, got.delta_payout, got.update_date) == (
            change["Id"], action_id, ActionState.REVERSED, change["DeltaPayout"], at + dt.timedelta(minutes=5))
        page = impact.action_updates_api.list(start_date=at - dt.timedelta(minutes=1),
                                              end_date=at + dt.timedelta(minutes=10), page_size=2_000)
        assert [u.id for u in page.action_updates] == [p["Id"] for p in store.log.payloads()[-2:]][::-1]
        assert page.total == "2" and page.nextpageuri == ""
        action = impact.actions_api.get(id=action_id)
        assert (action.id, action.state, action.payout, action.amount) == (
            action_id, ActionState.REVERSED, "0.00", record.payload["Amount"])
        listed = impact.action_items.list(id=action_id).action_items
        expected = items(record, ACCOUNT_SID)
        assert [(i.sku, i.payout, i.sale_amount, i.adjustment_reason) for i in listed] == [
            (e["Sku"], e["Payout"], e["SaleAmount"], "REJECTED") for e in expected]
        assert sum(Decimal(i.sale_amount) for i in listed) == Decimal(record.payload["Amount"])
        one = impact.action_items.get(action_id=action_id, sku=expected[-1]["Sku"])
        assert one.to_dict() == expected[-1]
        with pytest.raises(NotFound):
            impact.actions_api.get(id="1000.0.0")
        with pytest.raises(NotFound):
            impact.action_items.get(action_id=action_id, sku="SKU-NONE")
        with pytest.raises(InvalidRequest, match="45 days"):
            impact.action_updates_api.list(start_date=at - dt.timedelta(days=50), end_date=at)
    # impact's conventions: XML unless JSON is asked for; its own 400 for a range over 45 days.
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://127.0.0.1", headers=AUTH_HEADERS) as raw:
        xml = raw.get(f"/Mediapartners/{ACCOUNT_SID}/ActionUpdates/{change['Id']}")
        assert xml.status_code == 200 and xml.headers["content-type"].startswith("application/xml")
        assert change["Id"].encode() in xml.content
        refused = raw.get(f"/Mediapartners/{ACCOUNT_SID}/ActionUpdates", headers={"Accept": "application/json"},
                          params={"StartDate": (at - dt.timedelta(days=50)).isoformat(), "EndDate": at.isoformat()})
        assert refused.status_code == 400 and "45 days" in refused.json()["Message"]


# -- paging, window splitting, resume --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_app() -> Starlette:
    return create_app(SandboxConfig(records=45_000, seed=21))


def _window(app: Starlette) -> tuple[dt.datetime, dt.datetime]:
    anchor = app.state.actions.anchor
    return anchor - dt.timedelta(days=135), anchor - dt.timedelta(days=90)


def _expected(app: Starlette, start: dt.datetime, end: dt.datetime) -> list[str]:
    return sorted(e.payload["Id"] for e in app.state.actions.log.entries if start <= e.at <= end)


def test_a_window_over_ten_pages_is_split_and_read_exactly_once(big_app: Starlette) -> None:
    start, end = _window(big_app)
    expected = _expected(big_app, start, end)
    assert len(expected) > 10 * 2_000, "the window must hold more than ten pages of 2,000"
    with _client(big_app) as impact:
        plan = impact.plan_action_updates(start, end, page_size=2_000)
        ids = [u.id for u in impact.iterate_plan(plan)]
    assert len(ids) == len(set(ids)) and sorted(ids) == expected
    assert plan.splits > 0 and not plan.pending

    async def pull() -> list[str]:
        async with _client(big_app) as impact:
            return [u.id async for u in impact.aaction_updates(start, end, page_size=2_000)]  # type: ignore[misc]

    assert sorted(asyncio.run(pull())) == expected


def test_a_pull_resumes_from_its_checkpoint_exactly_once(big_app: Starlette) -> None:
    start, end = _window(big_app)
    end = start + dt.timedelta(days=20)
    seen: list[str] = []
    with _client(big_app) as impact:
        plan = impact.plan_action_updates(start, end, page_size=2_000, state="APPROVED")
        for n, update in enumerate(impact.iterate_plan(plan, ahead=0)):
            seen.append(update.id)
            if n == 2_500:
                saved = plan.checkpoint()
                break
        assert saved["listing"] == "list_action_updates"
        with pytest.raises(ValueError):
            impact.resume_actions(saved)
        restored = impact.resume_action_updates(saved)
        seen += [u.id for u in impact.iterate_plan(restored)]
    approved = {r.payload["Id"] for r in big_app.state.actions.records if r.state == "APPROVED"}
    expected = sorted(e.payload["Id"] for e in big_app.state.actions.log.entries
                      if start <= e.at <= end and e.payload["ActionId"] in approved)
    assert sorted(seen) == expected and len(seen) == len(set(seen))


def test_state_and_campaign_filter_the_parent_action() -> None:
    app = create_app(SandboxConfig(records=800, seed=9))
    store = app.state.actions
    first, last = store.anchor - dt.timedelta(days=181), store.anchor + dt.timedelta(days=4)
    by_action: dict[str, list[str]] = defaultdict(list)
    for entry in store.log.entries:
        by_action[entry.payload["ActionId"]].append(entry.payload["State"])
    with _client(app) as impact:
        got = list(impact.action_updates(first, last, page_size=2_000, state="REVERSED", campaign_id=1000))
    assert got and all(u.campaign_id == "1000" for u in got)
    expected = {e.payload["Id"] for e in store.log.entries
                if store.find(e.payload["ActionId"]).state == "REVERSED" and e.payload["CampaignId"] == "1000"}
    assert {u.id for u in got} == expected
    assert all(states[0] == "PENDING" for states in by_action.values())  # every action starts PENDING in the log
