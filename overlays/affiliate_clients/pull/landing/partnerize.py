"""Partnerize as a dlt source: ``conversions`` (merge on ``conversion_id``, cursor paging) with
``conversion_items`` (merge on ``conversion_item_id``), and ``clicks`` (merge on ``click_id``).

Incremental contract: the first run reads conversions by conversion time over ``[since, until]``. A
conversion changes after it is first seen (pending -> approved or rejected, items edited), so every later
run reads the report with ``date_type=last_updated`` from the previous run's end (less ``overlap``): every
conversion changed since, whatever its conversion time, and merges it. A conversion read twice in one load
(modified while the report was paged) lands as its later modification (``last_modified``; items by
``last_update``). Clicks do not change: later runs read clicks by click time from the previous end (less
``overlap``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import dlt
import pyarrow as pa
from dlt.extract.source import DltSource

from affiliate_clients.generated.partnerize_client.models import ReportClick, ReportConversion, ReportConversionItem

from ...http.quarantine import Rejected
from ...partnerize import PartnerizeClient
from .drifted import keeper, key_in, rejects_table
from .impact import hints, utc_now
from .schema import arrow_schema, columns
from .tables import to_table
from .tally import Tally

DATES = ("conversion_time", "last_modified", "approved_at", "last_update", "set_time", "self_bill_release_date",
         "self_bill_request_date")
CONVERSION_COLUMNS = columns("affiliate_clients.generated.partnerize_client", "ReportConversion", ReportConversion, timestamps=DATES,
                             flatten=("conversion_value",), skip=("conversion_items", "click"))
CONVERSION_SCHEMA = arrow_schema(CONVERSION_COLUMNS)
ITEM_COLUMNS = columns("affiliate_clients.generated.partnerize_client", "ReportConversionItem", ReportConversionItem, timestamps=DATES)
ITEM_SCHEMA = arrow_schema(ITEM_COLUMNS, {"conversion_id": pa.string()})
# Each table of the conversions resource carries its own hints: column hints on the resource would be
# applied to the items table as well (every conversion column, always NULL, in conversion_items).
# Of two copies of a conversion (or item) in one load, the merge keeps the one Partnerize modified last.
CONVERSION_HINTS = dlt.mark.make_hints(table_name="conversions", primary_key="conversion_id",
                                       write_disposition="merge",
                                       columns=hints(CONVERSION_COLUMNS, newest="last_modified"))
ITEM_HINTS = dlt.mark.make_hints(table_name="conversion_items", primary_key="conversion_item_id",
                                 write_disposition="merge",
                                 columns=hints(ITEM_COLUMNS, ITEM_SCHEMA, newest="last_update"))
CLICK_COLUMNS = columns("affiliate_clients.generated.partnerize_client", "ReportClick", ReportClick, timestamps=DATES)
CLICK_SCHEMA = arrow_schema(CLICK_COLUMNS)


CONVERSION_KEY = key_in("conversion_data", "conversion_id")
CLICK_KEY = key_in("click", "click_id")


def _v1(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@attrs.frozen
class PartnerizeLanding:
    """What to land for one publisher (partner): ``client`` builds the :class:`PartnerizeClient`."""

    client: Callable[[], PartnerizeClient]
    publisher_id: str
    since: dt.datetime
    until: dt.datetime | None = None
    limit: int = 300
    overlap: dt.timedelta = dt.timedelta(hours=1)
    clicks: bool = True
    clock: Callable[[], dt.datetime] = utc_now
    tally: Tally = attrs.field(factory=Tally)


def _paged(pull: Any) -> Iterator[list[Any]]:
    page: list[Any] = []
    seen = pull.plan.pages
    for record in pull:
        if pull.plan.pages != seen and page:
            yield page
            page = []
        seen = pull.plan.pages
        page.append(record)
    if page:
        yield page


def conversion_tables(landing: PartnerizeLanding, cursor: dict[str, Any], now: dt.datetime) -> Iterator[Any]:
    """Conversions and their items, one table each per page; updates ``cursor`` once all are read."""
    end = landing.until or now
    options: dict[str, Any] = {"end_date": _v1(end), "limit": landing.limit}
    start = landing.since
    if cursor.get("updated_to"):
        start = dt.datetime.fromisoformat(cursor["updated_to"]) - landing.overlap
        options["date_type"] = "last_updated"
    rejects: list[Rejected] = []  # conversions that cannot be read, landed in ``_rejected``
    with landing.client() as client, client.conversions(landing.publisher_id, _v1(min(start, end)),
                                                        on_invalid=keeper(rejects), **options) as pull:
        for page in _paged(pull):
            conversions, items = page_tables(page)
            landing.tally.page(conversions.num_rows, client.stats)
            yield hinted(conversions, CONVERSION_HINTS)
            if items.num_rows:
                yield hinted(items, ITEM_HINTS)
            if rejects:
                yield rejects_table("conversions", rejects, CONVERSION_KEY)
                rejects.clear()
    if rejects:
        yield rejects_table("conversions", rejects, CONVERSION_KEY)
    cursor["updated_to"] = end.isoformat()


def page_tables(page: list[Any]) -> tuple[pa.Table, pa.Table]:
    """One page of the conversion report as the ``conversions`` and ``conversion_items`` tables (each item
    with its ``conversion_id``)."""
    found = [entry.conversion_data for entry in page]
    items = [(c.conversion_id, item) for c in found for item in (c.conversion_items or [])]
    return (to_table(found, CONVERSION_COLUMNS, schema=CONVERSION_SCHEMA),
            to_table([i for _, i in items], ITEM_COLUMNS, {"conversion_id": [c for c, _ in items]}, ITEM_SCHEMA))


def hinted(table: pa.Table, table_hints: Any) -> Any:
    """``table`` marked for its own table of the ``conversions`` resource (``CONVERSION_HINTS``/``ITEM_HINTS``)."""
    return dlt.mark.with_hints(table, table_hints, create_table_variant=True)


def click_tables(landing: PartnerizeLanding, cursor: dict[str, Any], now: dt.datetime) -> Iterator[pa.Table]:
    end = landing.until or now
    start = dt.datetime.fromisoformat(cursor["clicks_to"]) - landing.overlap if cursor.get("clicks_to") \
        else landing.since
    rejects: list[Rejected] = []
    with landing.client() as client, client.clicks(landing.publisher_id, _v1(min(start, end)), end_date=_v1(end),
                                                   limit=landing.limit, on_invalid=keeper(rejects)) as pull:
        for page in _paged(pull):
            found = [entry.click for entry in page]
            landing.tally.page(len(found), client.stats)
            yield to_table(found, CLICK_COLUMNS, schema=CLICK_SCHEMA)
            if rejects:
                yield rejects_table("clicks", rejects, CLICK_KEY)
                rejects.clear()
    if rejects:
        yield rejects_table("clicks", rejects, CLICK_KEY)
    cursor["clicks_to"] = end.isoformat()


def partnerize_source(landing: PartnerizeLanding) -> DltSource:
    """The dlt source: ``conversions`` + ``conversion_items`` and (``clicks=True``) ``clicks``."""

    def conversions() -> Iterator[Any]:
        state = dlt.current.resource_state()
        cursor = dict(state.get("cursor") or {})
        yield from conversion_tables(landing, cursor, landing.clock())
        state["cursor"] = cursor

    def clicks() -> Iterator[pa.Table]:
        state = dlt.current.resource_state()
        cursor = dict(state.get("cursor") or {})
        yield from click_tables(landing, cursor, landing.clock())
        state["cursor"] = cursor

    resources = [conversions_resource(conversions)]
    if landing.clicks:
        resources.append(dlt.resource(clicks, name="clicks", primary_key="click_id", write_disposition="merge",
                                      columns=hints(CLICK_COLUMNS)))

    @dlt.source(name="partnerize", max_table_nesting=0)
    def source() -> Any:
        return resources

    return source()


def conversions_resource(tables: Callable[[], Iterator[Any]]) -> Any:
    """The ``conversions`` resource (merge on ``conversion_id``) over a generator function of :func:`hinted`
    tables: each lands in ``conversions`` or ``conversion_items`` by its hints."""
    return dlt.resource(tables, name="conversions", primary_key="conversion_id", write_disposition="merge")


def conversions_source(tables: Callable[[], Iterator[Any]]) -> DltSource:
    """A Partnerize source holding only the ``conversions`` resource, over tables made elsewhere (the Dask
    partitions' files): the tables, keys and hints of the single-process landing."""
    resource = conversions_resource(tables)

    @dlt.source(name="partnerize", max_table_nesting=0)
    def source() -> Any:
        return [resource]

    return source()
