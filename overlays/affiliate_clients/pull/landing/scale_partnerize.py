"""Partnerize conversions over many publishers on ``dask.distributed``: (publisher x window) partitions through
the shared runner of :mod:`.scale_runner`, one loader.

A pull over ``[start, end)`` by conversion time is cut into consecutive half-open windows (``end_date`` of one
is ``start_date`` of the next, so no conversion falls between two windows and, should the API count a
boundary second in both, the merge on ``conversion_id`` keeps it once). A partition reads its window's
conversion report through :class:`PartnerizeClient` (cursor paging, the publisher's own keys and budget) and
writes two Parquet files, ``NAME.conversions.parquet`` and ``NAME.conversion_items.parquet``, each first
under a temporary name; the conversions file is renamed last and marks the partition done. The rules of the
impact scale-out hold: one task per publisher fetching its windows in order under one budget of its rate, a 401
or 403 stopping the publisher, failed partitions retried alone, partitions on disk skipped (no request), then
one dlt load merging every file
into ``conversions`` (on ``conversion_id``) and ``conversion_items`` (on ``conversion_item_id``), with the
columns and hints of the single-process Partnerize landing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dask.distributed import Client
from dlt.extract.source import DltSource

from ...http.clients import Transport
from ...http.quarantine import Rejected
from ...http.transports import TransportStats
from ...impact.windows import Window
from ...partnerize import PartnerizeClient
from ...partnerize.client import MAX_LIMIT
from .accounts import PublisherSpec
from .drifted import REJECT_SCHEMA, reject_rows, rejected_hinted
from .partnerize import (
    CONVERSION_HINTS,
    CONVERSION_KEY,
    CONVERSION_SCHEMA,
    ITEM_HINTS,
    ITEM_SCHEMA,
    _paged,
    _v1,
    conversions_source,
    hinted,
    page_tables,
)
from .run import DEFAULT_DATASET
from .scale_runner import (
    Hook,
    OnDone,
    OnWait,
    Partition,
    Readers,
    Sink,
    Summary,
    Vendor,
    land_partitions,
    partitions_of,
)

__all__ = ["PARTNERIZE", "SPAN", "PublisherSpec", "land_publishers", "plan_publisher_partitions",
           "plan_publisher_windows"]

SPAN = dt.timedelta(days=31)


def _fetch_conversions(partition: Partition[PublisherSpec], sink: Sink, transport: Transport) -> TransportStats:
    spec, window = partition.account, partition.window
    rejects: list[Rejected] = []  # conversions that cannot be read: landed in ``_rejected`` with the partition
    with PartnerizeClient(spec.application_key, spec.user_api_key, base_url=spec.base_url, rate=None,
                          transport=transport) as client, \
            client.conversions(spec.publisher_id, _v1(window.start), end_date=_v1(window.end),
                               limit=partition.page_size, on_invalid=rejects.append) as pull:
        for page in _paged(pull):
            conversions, items = page_tables(page)
            sink({"conversions": conversions, "conversion_items": items,
                  "_rejected": reject_rows("conversions", rejects, CONVERSION_KEY)})
            rejects.clear()
        if rejects:
            sink({"_rejected": reject_rows("conversions", rejects, CONVERSION_KEY)})
        return client.stats


def _conversions_source(readers: Readers) -> DltSource:
    def tables() -> Iterator[Any]:
        for table in readers["conversions"]():
            yield hinted(table, CONVERSION_HINTS)
        for table in readers["conversion_items"]():
            yield hinted(table, ITEM_HINTS)
        for table in readers["_rejected"]():
            yield rejected_hinted(table)

    return conversions_source(tables)


PARTNERIZE: Vendor[PublisherSpec] = Vendor("partnerize", {"conversions": CONVERSION_SCHEMA,
                                                          "conversion_items": ITEM_SCHEMA,
                                                          "_rejected": REJECT_SCHEMA},
                                           _fetch_conversions, _conversions_source)


def plan_publisher_windows(start: dt.datetime, end: dt.datetime, span: dt.timedelta = SPAN) -> list[Window]:
    """Consecutive half-open windows ``[start, end)`` of at most ``span`` (whole seconds), oldest first."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware (e.g. datetime(..., tzinfo=UTC))")
    if span < dt.timedelta(seconds=1):
        raise ValueError("span must be at least one second")
    start, end = start.replace(microsecond=0), end.replace(microsecond=0)
    windows, cursor = [], start
    while cursor < end:
        stop = min(cursor + span, end)
        windows.append(Window(cursor, stop))
        cursor = stop
    return windows


def plan_publisher_partitions(publishers: Sequence[PublisherSpec], start: dt.datetime, end: dt.datetime, *,
                              limit: int = MAX_LIMIT, span: dt.timedelta = SPAN) -> list[Partition[PublisherSpec]]:
    """(publisher x window) over ``[start, end)``, publishers in order, windows oldest first; ``limit`` is the
    report's page size (at most 300)."""
    return partitions_of(publishers, plan_publisher_windows(start, end, span), limit)


def land_publishers(publishers: Sequence[PublisherSpec], start: dt.datetime, end: dt.datetime, destination: str,
                    work_dir: str | Path, scheduler: str | Client | None = None, *, limit: int = MAX_LIMIT,
                    span: dt.timedelta = SPAN, retries: int = 2, n_workers: int = 2,
                    pipelines_dir: str | Path | None = None, dataset: str = DEFAULT_DATASET,
                    hook: Hook | None = None, on_done: OnDone | None = None, on_wait: OnWait | None = None) -> Summary:
    """Pull the conversions (and items) of ``publishers`` over ``[start, end)`` by conversion time on Dask, then
    merge them into ``destination``'s ``conversions`` and ``conversion_items`` (see :func:`land_partitions`)."""
    return land_partitions(PARTNERIZE, plan_publisher_partitions(publishers, start, end, limit=limit, span=span),
                           destination, work_dir, scheduler, retries=retries, n_workers=n_workers,
                           pipelines_dir=pipelines_dir, dataset=dataset, hook=hook, on_done=on_done, on_wait=on_wait)
