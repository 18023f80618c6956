"""impact actions over many accounts on ``dask.distributed``: (account x window) partitions, one loader.

A pull over ``[start, end]`` for each account is cut into the windows of :func:`plan_windows`; each (account,
window) is a partition. A partition fetches its window through :class:`ImpactClient` (the account's own
credentials and rate budget), converts every page to Arrow with the landing schema and writes one Parquet
file, atomically (a temporary name, then a rename), named by account and window: a re-run skips the
partitions already on disk and sends no request for them.

Rate: at most one partition of an account is in flight at a time (the driver submits the next partition of an
account only when the previous one is done), and it starts no earlier than one full refill of the account's
budget after the previous one finished, so a fresh client's burst never meets a server bucket the previous
partition emptied. Failures: a partition that raises is retried alone (``retries``); a worker that dies
mid-partition has its partition rescheduled by the scheduler, and the half-written temporary file is never
renamed. Once every partition is on disk, one dlt load merges all files into the destination by ``id``
(the ``actions`` table of the single-process landing, same columns, same key).

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
from ...http.transports import TransportStats
from ...impact import ImpactClient
from ...impact.windows import MAX_SPAN, plan_windows
from . import scale_runner as runner
from .accounts import AccountSpec
from .impact import ACTION_SCHEMA, _pages, actions_source, page_table
from .run import DEFAULT_DATASET
from .scale_runner import (
    Hook,
    OnDone,
    Partition,
    PartitionResult,
    PartitionsFailed,
    Readers,
    Sink,
    Summary,
    Vendor,
    cluster_client,
    land_partitions,
    partitions_of,
)

__all__ = ["IMPACT", "AccountSpec", "Hook", "OnDone", "Partition", "PartitionResult", "PartitionsFailed", "Summary",
           "Vendor", "cluster_client", "land_accounts", "land_partitions", "partition_source", "partition_tables",
           "plan_partitions", "run_partition", "run_partitions"]


def _fetch_actions(partition: Partition[AccountSpec], sink: Sink) -> TransportStats:
    account = partition.account
    with ImpactClient(account.account_sid, account.auth_token, base_url=account.base_url, rate=account.rate,
                      transport=Transport()) as client:
        plan = client.plan_actions(partition.window.start, partition.window.end, page_size=partition.page_size)
        for page in _pages(client, plan):
            sink({"actions": page_table(page, client.account_sid)})
        return client.stats


def _actions_source(readers: Readers) -> DltSource:
    return actions_source(readers["actions"])


IMPACT: Vendor[AccountSpec] = Vendor("impact", {"actions": ACTION_SCHEMA}, _fetch_actions, _actions_source)


def plan_partitions(accounts: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, *,
                    page_size: int = 20_000, span: dt.timedelta = MAX_SPAN) -> list[Partition[AccountSpec]]:
    """(account x window) over ``[start, end]``, accounts in order, windows oldest first."""
    return partitions_of(accounts, plan_windows(start, end, span), page_size)


def run_partition(partition: Partition[AccountSpec], work_dir: str, not_before: float = 0.0,
                  hook: Hook | None = None) -> PartitionResult:
    """Fetch one impact partition into its Parquet file (nothing if the file is already there)."""
    return runner.run_partition(partition, work_dir, not_before, hook, vendor=IMPACT)


def run_partitions(client: Client, partitions: Sequence[Partition[AccountSpec]], work_dir: str | Path, *,
                   retries: int = 2, hook: Hook | None = None, on_done: OnDone | None = None,
                   ) -> tuple[list[PartitionResult], dict[str, BaseException]]:
    """Run impact ``partitions`` on the cluster, one in flight per account (:func:`.scale_runner.run_partitions`)."""
    return runner.run_partitions(client, partitions, work_dir, retries=retries, hook=hook, on_done=on_done,
                                 vendor=IMPACT)


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
                  dataset: str = DEFAULT_DATASET, hook: Hook | None = None, on_done: OnDone | None = None) -> Summary:
    """Pull impact actions of ``accounts`` over ``[start, end]`` on Dask, then merge them into ``destination``
    (see :func:`land_partitions`)."""
    return land_partitions(IMPACT, plan_partitions(accounts, start, end, page_size=page_size), destination,
                           work_dir, scheduler, retries=retries, n_workers=n_workers, pipelines_dir=pipelines_dir,
                           dataset=dataset, hook=hook, on_done=on_done)
