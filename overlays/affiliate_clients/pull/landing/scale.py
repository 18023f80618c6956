"""impact actions over many accounts on ``dask.distributed``: (account x window) partitions, one loader.

A pull over ``[start, end]`` for each account is cut into the windows of :func:`plan_windows`; each (account,
window) is a partition. A partition fetches its window through :class:`ImpactClient` (the account's own
credentials and rate budget), converts every page to Arrow with the landing schema and writes one Parquet
file, atomically (a temporary name, then a rename), named by account and window: a re-run skips the
partitions already on disk and sends no request for them.

Windows are consecutive and aligned: ``[since, since + 45 days)``, then the next from there, impact asked for
each up to its last second; a window is named by its start and the start of the next, so a rerun with the
same ``--since`` and ``--until`` finds every name again and skips what is on disk.

Rate: one task per account fetches its windows in order, every request paced by one budget of the account's
rate (:mod:`.scale_pacing`), so its requests flow at the documented rate across windows; a 401 or 403 stops
the account. Failures: a partition that raises is retried alone (``retries``); a worker that dies mid-account
has its task rescheduled by the scheduler, and the half-written temporary file is never renamed. Once every
partition is on disk, one dlt load merges all files into the destination by ``id`` (the ``actions`` table of
the single-process landing, same columns, same key). See :mod:`.scale_runner`.

The runner and the driver (:mod:`.scale_runner`) are shared by every vendor: a :class:`Vendor` says what a
partition fetches, which tables it writes (one Parquet file each) and which dlt source merges them.
``IMPACT`` is impact's; :mod:`.scale_partnerize` holds Partnerize's (conversions and their items over many
publishers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa
from dask.distributed import Client
from dlt.extract.source import DltSource

from ...http.clients import Transport
from ...http.quarantine import Rejected
from ...http.transports import TransportStats
from ...impact import ImpactClient
from ...impact.windows import MAX_SPAN, ONE_SECOND, Window
from . import scale_runner as runner
from . import scale_worker
from .accounts import AccountSpec
from .drifted import REJECT_SCHEMA, reject_rows
from .impact import ACTION_KEY, ACTION_SCHEMA, _pages, actions_source, page_table
from .run import DEFAULT_DATASET
from .scale_runner import (
    Hook,
    OnDone,
    OnWait,
    Partition,
    PartitionResult,
    PartitionsFailed,
    Readers,
    Sink,
    Summary,
    Vendor,
    cluster_client,
    land_partitions,
)

__all__ = ["IMPACT", "AccountSpec", "Hook", "OnDone", "OnWait", "Partition", "PartitionResult", "PartitionsFailed", "Summary",
           "Vendor", "cluster_client", "land_accounts", "land_partitions", "partition_source", "partition_tables",
           "plan_account_windows", "plan_partitions", "run_partition", "run_partitions"]


def _fetch_actions(partition: Partition[AccountSpec], sink: Sink, transport: Transport) -> TransportStats:
    account = partition.account
    with ImpactClient(account.account_sid, account.auth_token, base_url=account.base_url, rate=None,
                      transport=transport) as client:
        plan = client.plan_actions(partition.window.start, partition.window.end, page_size=partition.page_size)
        rejects: list[Rejected] = []  # actions that cannot be read: landed in ``_rejected`` with the partition
        for page in _pages(client, plan, rejects):
            sink({"actions": page_table(page, client.account_sid),
                  "_rejected": reject_rows("actions", rejects, ACTION_KEY)})
            rejects.clear()
        if rejects:
            sink({"_rejected": reject_rows("actions", rejects, ACTION_KEY)})
        return client.stats


def _actions_source(readers: Readers) -> DltSource:
    return actions_source(readers["actions"], readers["_rejected"])


IMPACT: Vendor[AccountSpec] = Vendor("impact", {"actions": ACTION_SCHEMA, "_rejected": REJECT_SCHEMA},
                                     _fetch_actions, _actions_source)


def plan_account_windows(start: dt.datetime, end: dt.datetime, span: dt.timedelta = MAX_SPAN) -> list[Window]:
    """Windows covering ``[start, end]`` once, oldest first, each ``[cursor, min(cursor + span, end + 1s))`` asked
    for up to its last second: the boundaries depend only on ``start`` and ``span`` (and the last on ``end``)."""
    start, stop = start.replace(microsecond=0), end.replace(microsecond=0) + ONE_SECOND
    windows, cursor = [], start
    while cursor < stop:
        following = min(cursor + span, stop)
        windows.append(Window(cursor, following - ONE_SECOND))
        cursor = following
    return windows


def plan_partitions(accounts: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, *,
                    page_size: int = 20_000, span: dt.timedelta = MAX_SPAN) -> list[Partition[AccountSpec]]:
    """(account x window) over ``[start, end]``, accounts in order, windows oldest first."""
    keys = [a.key for a in accounts]
    if len(set(keys)) != len(keys):
        raise ValueError("two accounts share a name; give each spec a distinct name=")
    return [Partition(account, window, page_size, inclusive=True) for account in accounts
            for window in plan_account_windows(start, end, span)]


def run_partition(partition: Partition[AccountSpec], work_dir: str, hook: Hook | None = None) -> PartitionResult:
    """Fetch one impact partition into its Parquet file (nothing if the file is already there), paced by a
    budget of the account's rate of its own."""
    return scale_worker.run_partition(partition, work_dir, hook, vendor=IMPACT)


def run_partitions(client: Client, partitions: Sequence[Partition[AccountSpec]], work_dir: str | Path, *,
                   retries: int = 2, hook: Hook | None = None, on_done: OnDone | None = None,
                   on_wait: OnWait | None = None) -> tuple[list[PartitionResult], dict[str, BaseException]]:
    """Run impact ``partitions`` on the cluster, one task per account (:func:`.scale_runner.run_partitions`)."""
    return runner.run_partitions(client, partitions, work_dir, retries=retries, hook=hook, on_done=on_done,
                                 on_wait=on_wait, vendor=IMPACT)


def partition_tables(paths: Sequence[str | Path], schema: pa.Schema = ACTION_SCHEMA) -> Iterator[pa.Table]:
    """Every partition file as Arrow tables (one per row group)."""
    return runner.partition_tables(paths, schema)


def partition_source(paths: Sequence[str | Path]) -> DltSource:
    """The ``actions`` resource of the impact source (merge on ``id``) fed from partition files."""

    def actions() -> Iterator[pa.Table]:
        yield from partition_tables(paths)

    return actions_source(actions)


def land_accounts(accounts: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, destination: str,
                  work_dir: str | Path, scheduler: str | Client | None = None, *, page_size: int = 20_000,
                  retries: int = 2, n_workers: int = 2, pipelines_dir: str | Path | None = None,
                  dataset: str = DEFAULT_DATASET, hook: Hook | None = None, on_done: OnDone | None = None,
                  on_wait: OnWait | None = None) -> Summary:
    """Pull impact actions of ``accounts`` over ``[start, end]`` on Dask, then merge them into ``destination``
    (see :func:`land_partitions`)."""
    return land_partitions(IMPACT, plan_partitions(accounts, start, end, page_size=page_size), destination,
                           work_dir, scheduler, retries=retries, n_workers=n_workers, pipelines_dir=pipelines_dir,
                           dataset=dataset, hook=hook, on_done=on_done, on_wait=on_wait)
