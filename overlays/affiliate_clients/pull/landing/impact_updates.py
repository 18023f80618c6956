"""impact's change log and action items as dlt streams: ``action_updates`` and ``action_items``.

``action_updates`` (merge on ``id``, incremental by update date): every change impact logged for the account's
actions (List Action Updates), one row each, with ``action_id``, ``delta_payout``/``delta_amount`` as decimals
and ``update_date`` as a timestamp. A change is logged once and never edited, so each run reads the changes
made since the previous run's end (less ``overlap``) and the merge drops what the overlap reads twice (the later
``read_at`` is kept). The position (``updated_to``) is dlt state and advances only with a successful load.
Summing ``delta_payout`` by ``action_id`` gives each action's payout; ordering by ``update_date`` its states.

``action_items`` (merge on ``action_id`` + ``sku``): the items of every action the ``actions`` stream lands in
the run, read right after the action's page with the same client (so within its request budget). impact has no
bulk read for items: it costs one request per action, which is why it is opt-in (``ImpactLanding.action_items``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import dlt
import pyarrow as pa

from affiliate_clients.generated.impact_client.models import Action, ActionItem, ActionUpdate

from ...http.quarantine import Rejected
from ...impact import ImpactClient
from ...impact.pull import ActionUpdatePages
from .drifted import key_in, rejects_table
from .impact import READ_AT, ImpactLanding, _pages, hints, utc_now
from .schema import TIMESTAMP, arrow_schema, columns
from .tables import to_table

PACKAGE = "affiliate_clients.generated.impact_client"
UPDATE_COLUMNS = columns(PACKAGE, "ActionUpdate", ActionUpdate)
UPDATE_SCHEMA = arrow_schema(UPDATE_COLUMNS, {"account_sid": pa.string(), READ_AT: TIMESTAMP})
UPDATE_KEY = key_in("Id")
ITEM_COLUMNS = columns(PACKAGE, "ActionItem", ActionItem)
ITEM_SCHEMA = arrow_schema(ITEM_COLUMNS, {"action_id": pa.string(), "account_sid": pa.string(), READ_AT: TIMESTAMP})
ITEM_HINTS = dlt.mark.make_hints(table_name="action_items", write_disposition="merge",
                                 primary_key=("action_id", "sku"), columns=hints(ITEM_COLUMNS, ITEM_SCHEMA, newest=READ_AT))


def update_plan(landing: ImpactLanding, cursor: dict[str, Any], now: dt.datetime) -> ActionUpdatePages:
    """The read of one run: changes made from the previous run's end (less ``overlap``; ``since`` on the first
    run) to ``until`` (default ``now``)."""
    end = landing.until or now
    start = landing.since
    if cursor.get("updated_to"):
        start = max(dt.datetime.fromisoformat(cursor["updated_to"]) - landing.overlap, landing.since)
    return ActionUpdatePages.plan(min(start, end), end, page_size=landing.page_size)


def update_tables(landing: ImpactLanding, cursor: dict[str, Any], now: dt.datetime) -> Iterator[pa.Table]:
    """One Arrow table per page of the run's read; sets ``cursor`` once every page is read."""
    rejects: list[Rejected] = []
    plan = update_plan(landing, cursor, now)
    with landing.client() as client:
        sid = client.account_sid
        for page in _pages(client, plan, rejects):
            table = update_table(page, sid)
            del page
            landing.tally.page(table.num_rows, client.stats)
            yield table
            if rejects:
                yield rejects_table("action_updates", rejects, UPDATE_KEY)
                rejects.clear()
        if rejects:
            yield rejects_table("action_updates", rejects, UPDATE_KEY)
    cursor.update(updated_to=(landing.until or now).isoformat())


def update_table(page: Sequence[ActionUpdate], account_sid: str, read_at: dt.datetime | None = None) -> pa.Table:
    """One page of changes as an ``action_updates`` table (typed columns, ``account_sid``, ``read_at``)."""
    moment = pa.scalar(read_at or utc_now(), TIMESTAMP)
    return to_table(page, UPDATE_COLUMNS, {"account_sid": [account_sid] * len(page),
                                           READ_AT: pa.repeat(moment, len(page))}, UPDATE_SCHEMA)


def item_tables(client: ImpactClient, actions: Sequence[Action], landing: ImpactLanding) -> Iterator[Any]:
    """The items of ``actions`` (one request each, through ``client`` and so its budget), as one table bound
    for ``action_items``."""
    items: list[ActionItem] = []
    owners: list[str] = []
    for action in actions:
        if not isinstance(action.id, str):
            continue
        found = client.action_items.list(id=action.id).action_items
        items += found
        owners += [action.id] * len(found)
    if not items:
        return
    moment = pa.scalar(utc_now(), TIMESTAMP)
    table = to_table(items, ITEM_COLUMNS, {"action_id": owners, "account_sid": [client.account_sid] * len(items),
                                           READ_AT: pa.repeat(moment, len(items))}, ITEM_SCHEMA)
    landing.tally.page(table.num_rows, client.stats)
    yield dlt.mark.with_hints(table, ITEM_HINTS, create_table_variant=True)


def updates_resource(landing: ImpactLanding) -> Any:
    """The ``action_updates`` resource: merge on ``id`` (the later ``read_at`` kept), incremental by update
    date with its position in the resource's dlt state."""

    def action_updates() -> Iterator[pa.Table]:
        state = dlt.current.resource_state()
        cursor = dict(state.get("cursor") or {})
        yield from update_tables(landing, cursor, landing.clock())
        state["cursor"] = cursor

    return dlt.resource(action_updates, name="action_updates", primary_key="id", write_disposition="merge",
                        columns=hints(UPDATE_COLUMNS, UPDATE_SCHEMA, newest=READ_AT))
