"""impact.com as a dlt source: ``actions`` (merge on ``id``, incremental) and ``partner_groups``; opt-in, the
change log ``action_updates`` and the items of the run's actions, ``action_items`` (see :mod:`.impact_updates`).

The incremental contract for actions. impact's update date (StartDate/EndDate) does not move when an action
changes state (the List Actions doc: a state transition is not an update), so a pull by update date alone
never sees PENDING -> APPROVED. Each run therefore reads:

1. actions *updated* since the previous run's end (less ``overlap``): new and edited actions;
2. actions whose *locking date* is not yet past at the previous run's start, by LockingDateStart/End from
   that moment up to the latest locking date landed so far: every action that could still change state.

An action whose locking date had passed by the previous run was read after it locked, so its landed row is
final. Both reads merge on ``id``. An action can come twice in one load (both reads, or a page boundary that
moved while paging); each row carries ``read_at``, when its page was read, and the merge keeps the later read.
The cursor (``run_started``, ``updated_to``, ``max_locking``) is dlt state and advances only with a successful
load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from typing import Any

import attrs
import dlt
import pyarrow as pa
import pyarrow.compute as pc
from dlt.extract.source import DltSource

from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.generated.impact_client.models import Action, PartnerGroup

from ...http.quarantine import OnInvalid, Rejected
from ...impact import ImpactClient
from ...impact.pull import ActionPages, ListingPages
from .drifted import keeper, key_in, rejected_hinted, rejects_table
from .schema import TIMESTAMP, Column, arrow_schema, columns
from .tables import to_table
from .tally import Tally

ACTION_COLUMNS = columns("affiliate_clients.generated.impact_client", "Action", Action)
READ_AT = "read_at"
ACTION_SCHEMA = arrow_schema(ACTION_COLUMNS, {"account_sid": pa.string(), READ_AT: TIMESTAMP})
GROUP_COLUMNS = columns("affiliate_clients.generated.impact_client", "PartnerGroup", PartnerGroup)
GROUP_SCHEMA = arrow_schema(GROUP_COLUMNS, {"campaign_id": pa.int64(), "account_sid": pa.string()})


ACTION_KEY = key_in("Id")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@attrs.frozen
class ImpactLanding:
    """What to land from one impact account.

    ``client`` builds the :class:`ImpactClient` (credentials, base URL, rate budget, transport); ``since`` is
    where the first run starts (by update date); ``until`` caps every run (default: ``clock()``);
    ``campaign_ids`` the brand campaigns whose partner groups to land. ``action_updates`` adds the change log
    stream; ``action_items`` the items of each action landed (one request per action, paced by the client's
    budget).
    """

    client: Callable[[], ImpactClient]
    since: dt.datetime
    until: dt.datetime | None = None
    page_size: int = 20_000
    overlap: dt.timedelta = dt.timedelta(hours=1)
    campaign_ids: Sequence[int] = ()
    clock: Callable[[], dt.datetime] = utc_now
    tally: Tally = attrs.field(factory=Tally)
    action_updates: bool = False
    action_items: bool = False


# What else to land for a page of actions, with the client that read it (the items of its actions).
PageExtra = Callable[[ImpactClient, Sequence[Action]], Iterable[Any]]


def plans(landing: ImpactLanding, cursor: dict[str, Any], now: dt.datetime) -> list[ActionPages]:
    """The reads of one run for the saved ``cursor`` (empty on the first run)."""
    end = landing.until or now
    if not cursor:
        return [ActionPages.plan(landing.since, end, page_size=landing.page_size)]
    updated_from = max(dt.datetime.fromisoformat(cursor["updated_to"]) - landing.overlap, landing.since)
    found = [ActionPages.plan(min(updated_from, end), end, page_size=landing.page_size)]
    unlocked_from = dt.datetime.fromisoformat(cursor["run_started"])
    max_locking = dt.datetime.fromisoformat(cursor["max_locking"]) if cursor.get("max_locking") else None
    if max_locking is not None and max_locking >= unlocked_from:
        found.append(ActionPages.plan(unlocked_from, max_locking, by="locking", page_size=landing.page_size))
    return found


def _pages(client: ImpactClient, plan: ListingPages, rejects: list[Rejected] | None = None) -> Iterator[list[Any]]:
    """The records of ``plan`` (actions, action updates) page by page (one list per page the API answered).

    A page is handed over as soon as its last action is out, and fetched without look-ahead: the page is
    converted and let go before the next one is fetched and parsed, so the landing holds about one page of
    models (the conversion is short next to a page's fetch).
    """
    page: list[Any] = []
    # closed before the client is; an action that cannot be read goes to ``rejects`` (landed in ``_rejected``)
    on_invalid: OnInvalid = "quarantine" if rejects is None else keeper(rejects)
    with closing(client.iterate_plan(plan, ahead=0, on_invalid=on_invalid)) as actions:
        for action in actions:
            page.append(action)
            if plan.offset >= plan.page_end:
                yield page
                page = []
    if page:
        yield page


def action_tables(landing: ImpactLanding, cursor: dict[str, Any], now: dt.datetime,
                  extra: PageExtra | None = None) -> Iterator[pa.Table]:
    """One Arrow table per page of every read of the run, each followed by what ``extra`` makes of the page;
    updates ``cursor`` in place once all are read."""
    max_locking: dt.datetime | None = (dt.datetime.fromisoformat(cursor["max_locking"])
                                       if cursor.get("max_locking") else None)
    rejects: list[Rejected] = []
    with landing.client() as client:
        sid = client.account_sid
        for plan in plans(landing, cursor, now):
            for page in _pages(client, plan, rejects):
                table = page_table(page, sid)
                more = extra(client, page) if extra is not None else ()
                del page  # its models go now, not when the next page is in
                latest = pc.max(table.column("locking_date")).as_py()
                if latest is not None and (max_locking is None or latest > max_locking):
                    max_locking = latest
                landing.tally.page(table.num_rows, client.stats)
                yield table
                yield from more
                if rejects:
                    yield rejects_table("actions", rejects, ACTION_KEY)
                    rejects.clear()
        if rejects:
            yield rejects_table("actions", rejects, ACTION_KEY)
    cursor.update(run_started=now.isoformat(), updated_to=(landing.until or now).isoformat(),
                  max_locking=max_locking.isoformat() if max_locking else None)


def page_table(page: Sequence[Action], account_sid: str, read_at: dt.datetime | None = None) -> pa.Table:
    """One page of actions as an ``actions`` table: the typed columns, ``account_sid``, and ``read_at`` (when
    the page was read; default now, UTC): of two copies of an action in one load, the merge keeps the later."""
    moment = pa.scalar(read_at or utc_now(), TIMESTAMP)
    return to_table(page, ACTION_COLUMNS, {"account_sid": [account_sid] * len(page),
                                           READ_AT: pa.repeat(moment, len(page))}, ACTION_SCHEMA)


def group_tables(landing: ImpactLanding) -> Iterator[pa.Table]:
    """Every partner group of ``campaign_ids``, one table per page."""
    with landing.client() as client:
        for campaign in landing.campaign_ids:
            page_number = 1
            while True:
                answer = client.call(list_partner_groups, campaign_id=campaign, page=page_number)
                groups = list(answer.groups)
                if groups:
                    extra: dict[str, list[Any]] = {"campaign_id": [campaign] * len(groups),
                                                   "account_sid": [client.account_sid] * len(groups)}
                    landing.tally.page(len(groups), client.stats)
                    yield to_table(groups, GROUP_COLUMNS, extra, GROUP_SCHEMA)
                if not isinstance(answer.nextpageuri, str) or not answer.nextpageuri:
                    break
                page_number += 1


def impact_source(landing: ImpactLanding) -> DltSource:
    """The dlt source: ``actions`` (merge on ``id``; with ``action_items``, the items of its actions too), and
    ``partner_groups`` when ``campaign_ids`` are given, ``action_updates`` when asked for."""
    from .impact_updates import item_tables, updates_resource  # it builds on this module

    def extra(client: ImpactClient, page: Sequence[Action]) -> Iterable[Any]:
        return list(item_tables(client, page, landing))  # read now: the page's models are let go next

    def actions() -> Iterator[pa.Table]:
        state = dlt.current.resource_state()
        cursor = dict(state.get("cursor") or {})
        yield from action_tables(landing, cursor, landing.clock(), extra if landing.action_items else None)
        state["cursor"] = cursor

    def partner_groups() -> Iterator[pa.Table]:
        yield from group_tables(landing)

    resources = [actions_resource(actions)]
    if landing.campaign_ids:
        resources.append(dlt.resource(partner_groups, name="partner_groups", primary_key=("campaign_id", "id"),
                                      write_disposition="merge", columns=hints(GROUP_COLUMNS, GROUP_SCHEMA)))
    if landing.action_updates:
        resources.append(updates_resource(landing))

    @dlt.source(name="impact", max_table_nesting=0)
    def source() -> Any:
        return resources

    return source()


def actions_resource(tables: Callable[[], Iterator[pa.Table]]) -> Any:
    """The ``actions`` resource (merge on ``id``, the later ``read_at`` kept; typed columns) over a generator
    function of Arrow tables."""
    return dlt.resource(tables, name="actions", primary_key="id", write_disposition="merge",
                        columns=hints(ACTION_COLUMNS, ACTION_SCHEMA, newest=READ_AT))


def actions_source(tables: Callable[[], Iterator[pa.Table]],
                   rejected: Callable[[], Iterator[pa.Table]] | None = None) -> DltSource:
    """An impact source holding only the ``actions`` resource, over Arrow tables made elsewhere (the Dask
    partitions' files, a benchmark's pages): the table and merge of the single-process landing; ``rejected``:
    ``_rejected`` rows made with them, landed in the same load."""
    def pages() -> Iterator[Any]:
        yield from tables()
        for table in rejected() if rejected is not None else ():
            yield rejected_hinted(table)

    resource = actions_resource(pages if rejected is not None else tables)

    @dlt.source(name="impact", max_table_nesting=0)
    def source() -> Any:
        return [resource]

    return source()


def hints(cols: Sequence[Column], schema: pa.Schema | None = None, *, newest: str | None = None) -> Any:
    """dlt column hints matching the Arrow schema (so an empty first load still creates typed columns).

    ``newest``: the column whose highest value wins when one load holds a key more than once (dlt's
    ``dedup_sort``; without it the merge keeps an arbitrary copy). DuckDB also runs the merge's dedup faster
    with it: a sorted window instead of an aggregate over every column.
    """
    types: dict[str, dict[str, Any]] = {
        "string": {"data_type": "text"}, "decimal": {"data_type": "decimal", "precision": 18, "scale": 4},
        "timestamp": {"data_type": "timestamp", "timezone": True}, "integer": {"data_type": "bigint"},
        "boolean": {"data_type": "bool"}, "json": {"data_type": "text"}}
    kinds = {c.name: c.kind for c in cols}
    if schema is not None:
        arrow = {pa.string(): "string", pa.int64(): "integer", TIMESTAMP: "timestamp"}
        kinds.update({f.name: arrow[f.type] for f in schema if f.name not in kinds and f.type in arrow})
    found = {name: {"name": name, "nullable": True, **types[kind]} for name, kind in kinds.items()}
    if newest is not None:
        found[newest]["dedup_sort"] = "desc"
    return found
