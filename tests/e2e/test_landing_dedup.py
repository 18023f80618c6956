"""One load holding a key twice lands the newer copy, whichever order the copies came in: impact actions by
``read_at`` (when their page was read), Partnerize conversions by ``last_modified`` and items by ``last_update``.
Without a sort, dlt's merge keeps an arbitrary copy; these tests fail for one order or the other then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import duckdb
import pyarrow as pa
import pytest
from affiliate_clients.generated.impact_client.models import Action, ActionState
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.pull.landing.impact import READ_AT, actions_source, page_table
from affiliate_clients.pull.landing.partnerize import (
    CONVERSION_HINTS,
    ITEM_HINTS,
    conversions_source,
    hinted,
    page_tables,
)
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.impact.actions import ActionStore
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY
from affiliate_clients.sandbox.partnerize import create_app as partnerize_app
from affiliate_clients.sandbox.partnerize.reports_data import NOW, reports_of

from .landing_support import keyed_rows
from .test_landing_partnerize_invoca import START, _transport

EARLY = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
LATE = EARLY + dt.timedelta(minutes=5)
ORDERS = pytest.mark.parametrize("late_first", [False, True], ids=["later copy last", "later copy first"])


def _tables(tables: list[Any]) -> Callable[[], Iterator[Any]]:
    return lambda: iter(tables)


def _land(tmp_path: Path, source: Any) -> Path:
    db = tmp_path / "dedup.duckdb"
    land(pipeline_for("dedup", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines"), source)
    return db


@ORDERS
def test_an_action_read_twice_in_one_load_lands_as_its_later_read(tmp_path: Path, late_first: bool) -> None:
    records = ActionStore.seeded(3, 40, "IRdedup", EARLY).records
    actions = [Action.from_dict(r.payload) for r in records]
    pending = [attrs.evolve(a, state=ActionState.PENDING) for a in actions]
    approved = [attrs.evolve(a, state=ActionState.APPROVED) for a in actions[:25]]     # read again, after approval
    early, late = page_table(pending, "IRdedup", EARLY), page_table(approved, "IRdedup", LATE)
    db = _land(tmp_path, actions_source(_tables([late, early] if late_first else [early, late])))

    landed = keyed_rows(db, f"select id, state, {READ_AT} from affiliate.actions")
    assert landed == {a.id: ("APPROVED", LATE) if n < 25 else ("PENDING", EARLY) for n, a in enumerate(actions)}
    with duckdb.connect(str(db), read_only=True) as con:
        kind = con.execute(f"select data_type from information_schema.columns where table_name = 'actions' "
                       f"and column_name = '{READ_AT}'").fetchone()
    assert kind == ("TIMESTAMP WITH TIME ZONE",)


def test_every_page_of_a_run_carries_when_it_was_read() -> None:
    actions = [Action.from_dict(r.payload) for r in ActionStore.seeded(3, 5, "IRdedup", EARLY).records]
    before = dt.datetime.now(dt.UTC)
    table = page_table(actions, "IRdedup")
    read = table.column(READ_AT).to_pylist()
    assert len(set(read)) == 1 and before <= read[0] <= dt.datetime.now(dt.UTC)
    assert table.schema.field(READ_AT).type == pa.timestamp("us", tz="UTC")
    assert table.column("account_sid").to_pylist() == ["IRdedup"] * 5


@ORDERS
def test_a_conversion_read_twice_in_one_load_lands_as_its_later_modification(tmp_path: Path,
                                                                               late_first: bool) -> None:
    app = partnerize_app(SandboxConfig(records=200, seed=7))
    data = reports_of(app.state.store)
    client = PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1", transport=_transport(app))
    with client, client.conversions(data.publisher_id, START.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                    end_date=NOW.strftime("%Y-%m-%dT%H:%M:%SZ"), limit=300) as pull:
        entries = [e for e in pull if e.conversion_data.conversion_items][:10]
    assert len(entries) == 10

    def copy(entry: Any, status: str, moment: dt.datetime) -> Any:
        found = entry.conversion_data
        items = [attrs.evolve(i, item_status=status, last_update=moment) for i in found.conversion_items]
        value = attrs.evolve(found.conversion_value, conversion_status=status)
        return attrs.evolve(entry, conversion_data=attrs.evolve(found, conversion_value=value, last_modified=moment,
                                                                conversion_items=items))

    early = page_tables([copy(e, "pending", EARLY) for e in entries])
    late = page_tables([copy(e, "approved", LATE) for e in entries[:6]])
    pages = [late, early] if late_first else [early, late]
    tables = [hinted(t, h) for conversions, items in pages for t, h in ((conversions, CONVERSION_HINTS),
                                                                         (items, ITEM_HINTS))]
    db = _land(tmp_path, conversions_source(_tables(tables)))

    def status(n: int) -> str:
        return "approved" if n < 6 else "pending"
    assert keyed_rows(db, "select conversion_id, conversion_value_conversion_status from affiliate.conversions") == {
        e.conversion_data.conversion_id: (status(n),) for n, e in enumerate(entries)}
    assert keyed_rows(db, "select conversion_item_id, item_status from affiliate.conversion_items") == {
        i.conversion_item_id: (status(n),) for n, e in enumerate(entries) for i in e.conversion_data.conversion_items}
