"""Shared pieces of the landing tests: sandbox clients, a movable clock, ground truth and table reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import httpx
from affiliate_clients.http.clients import Transport
from affiliate_clients.impact import ImpactClient
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN
from starlette.applications import Starlette


def impact_client(app: Starlette, **options: Any) -> Callable[[], ImpactClient]:
    def build() -> ImpactClient:
        transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
        return ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1", rate=None, transport=transport,
                            **options)
    return build


def moment(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def action_truth(app: Starlette) -> dict[str, tuple[Any, ...]]:
    """id -> (state, payout, amount, cleared date) of every action in the sandbox."""
    return {r.payload["Id"]: (r.payload["State"], Decimal(r.payload["Payout"]), Decimal(r.payload["Amount"]),
                              moment(r.payload["ClearedDate"]))
            for r in app.state.actions.records}


def action_table(path: Path, dataset: str = "affiliate") -> dict[str, tuple[Any, ...]]:
    """id -> (state, payout, amount, cleared date) as landed (one row per id, or the test fails)."""
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.sql(f"select id, state, payout, amount, cleared_date from {dataset}.actions").fetchall()
    landed = {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
    assert len(landed) == len(rows), "an id landed twice"
    return landed


class Clock:
    """A clock the test moves forward."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def keyed_rows(db: Path, sql: str) -> dict[str, tuple[Any, ...]]:
    """The rows of ``sql`` (read-only) keyed by their first column; a key found twice fails the test."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.sql(sql).fetchall()
    found = {r[0]: tuple(r[1:]) for r in rows}
    assert len(found) == len(rows), "a key landed twice"
    return found


def partnerize_rows(db: Path) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
    """The landed Partnerize tables as compared with a sandbox's ground truth: conversions (status, value,
    commission) and items (conversion, status, value), keyed by their ids."""
    return (keyed_rows(db, "select conversion_id, conversion_value_conversion_status, conversion_value_value, "
                           "conversion_value_publisher_commission from affiliate.conversions"),
            keyed_rows(db, "select conversion_item_id, conversion_id, item_status, item_value "
                           "from affiliate.conversion_items"))
