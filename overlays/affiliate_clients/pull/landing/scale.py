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
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster, as_completed
from dlt.extract.source import DltSource

from ...http.clients import Transport
from ...impact import ImpactClient
from ...impact.windows import MAX_SPAN, Window, plan_windows
from .accounts import AccountSpec
from .impact import ACTION_COLUMNS, ACTION_SCHEMA, _pages, actions_source
from .run import DEFAULT_DATASET, land, pipeline_for
from .tables import to_table


@attrs.frozen
class Partition:
    account: AccountSpec
    window: Window
    page_size: int = 20_000

    @property
    def name(self) -> str:
        stamp = "%Y%m%dT%H%M%S"
        return f"{self.account.key}/{self.window.start:{stamp}}_{self.window.end:{stamp}}"

    def path(self, work_dir: str | Path) -> Path:
        return Path(work_dir) / f"{self.name}.parquet"


@attrs.frozen
class PartitionResult:
    name: str
    path: str
    rows: int = 0
    requests: int = 0
    rate_limited: int = 0
    skipped: bool = False
    finished: float = 0.0   # time.time() when done (the next partition of the account waits from there)


@attrs.frozen
class Summary:
    """What a run did: partitions run and skipped, rows written, client requests and 429s, rows loaded."""

    partitions: int
    ran: int
    skipped: int
    rows_written: int
    requests: int
    rate_limited: int
    loaded: dict[str, int]
    seconds: float
    load_seconds: float = 0.0   # of ``seconds``, the one merge into the destination


class PartitionsFailed(RuntimeError):
    """Some partitions failed after their retries; nothing was loaded (a re-run retries only those)."""

    def __init__(self, failures: dict[str, BaseException]) -> None:
        self.failures = failures
        listed = "; ".join(f"{name}: {type(exc).__name__}: {exc}" for name, exc in sorted(failures.items()))
        super().__init__(f"{len(failures)} partition(s) failed, nothing loaded: {listed}")


# Called on the worker after each page is written to the temporary file, with the rows written so far (tests
# use it to kill a worker mid-partition).
Hook = Callable[[Partition, int], None]
# Called on the driver as each partition ends: with its result, or with its exception after the retries.
OnDone = Callable[[Partition, PartitionResult | BaseException], None]


def plan_partitions(accounts: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, *,
                    page_size: int = 20_000, span: dt.timedelta = MAX_SPAN) -> list[Partition]:
    """(account x window) over ``[start, end]``, accounts in order, windows oldest first."""
    keys = [a.key for a in accounts]
    if len(set(keys)) != len(keys):
        raise ValueError("two accounts share a name; give each AccountSpec a distinct name=")
    windows = plan_windows(start, end, span)
    return [Partition(account, window, page_size) for account in accounts for window in windows]


def run_partition(partition: Partition, work_dir: str, not_before: float = 0.0,
                  hook: Hook | None = None) -> PartitionResult:
    """Fetch one partition into its Parquet file (nothing if the file is already there). Runs on a worker."""
    target = partition.path(work_dir)
    if target.exists():
        return PartitionResult(partition.name, str(target), skipped=True, finished=time.time())
    if (wait := not_before - time.time()) > 0:
        time.sleep(wait)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    account, rows = partition.account, 0
    try:
        with ImpactClient(account.account_sid, account.auth_token, base_url=account.base_url, rate=account.rate,
                          transport=Transport()) as client, \
                pq.ParquetWriter(str(temporary), ACTION_SCHEMA) as writer:
            plan = client.plan_actions(partition.window.start, partition.window.end,
                                       page_size=partition.page_size)
            for page in _pages(client, plan):
                writer.write_table(to_table(page, ACTION_COLUMNS, {"account_sid": [client.account_sid] * len(page)},
                                            ACTION_SCHEMA))
                rows += len(page)
                if hook is not None:
                    hook(partition, rows)
            stats = client.stats
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return PartitionResult(partition.name, str(target), rows, stats.requests, stats.rate_limited,
                           finished=time.time())


def run_partitions(client: Client, partitions: Sequence[Partition], work_dir: str | Path, *, retries: int = 2,
                   hook: Hook | None = None, on_done: OnDone | None = None,
                   ) -> tuple[list[PartitionResult], dict[str, BaseException]]:
    """Run ``partitions`` on the cluster, one in flight per account; the results and the failures by name."""
    queues: dict[str, deque[Partition]] = {}
    for partition in partitions:
        queues.setdefault(partition.account.key, deque()).append(partition)
    running: dict[Any, Partition] = {}
    done = as_completed()

    def submit(partition: Partition, not_before: float) -> None:
        future = client.submit(run_partition, partition, str(work_dir), not_before, hook, retries=retries,
                               pure=False, key=f"impact-{partition.name}-{uuid.uuid4().hex[:8]}")
        running[future] = partition
        done.add(future)

    for queue in queues.values():
        submit(queue.popleft(), 0.0)
    results: list[PartitionResult] = []
    failures: dict[str, BaseException] = {}
    for future in done:
        partition = running.pop(future)
        try:
            result: PartitionResult = future.result()
        except Exception as exc:  # noqa: BLE001 - any failure of one partition is reported with the rest
            failures[partition.name] = exc
            not_before = time.time() + partition.account.refill_seconds
            if on_done is not None:
                on_done(partition, exc)
        else:
            results.append(result)
            # A skipped partition sent no request: the next one need not wait for a refill.
            not_before = 0.0 if result.skipped else result.finished + partition.account.refill_seconds
            if on_done is not None:
                on_done(partition, result)
        queue = queues[partition.account.key]
        if queue:
            submit(queue.popleft(), not_before)
    return results, failures


def partition_tables(paths: Sequence[str | Path]) -> Iterator[pa.Table]:
    """Every partition file as Arrow tables (one per row group)."""
    for path in paths:
        parquet = pq.ParquetFile(str(path))
        for group in range(parquet.num_row_groups):
            yield parquet.read_row_group(group).cast(ACTION_SCHEMA)


def partition_source(paths: Sequence[str | Path]) -> DltSource:
    """The ``actions`` resource of the impact source (merge on ``id``) fed from partition files."""

    def actions() -> Iterator[pa.Table]:
        yield from partition_tables(paths)

    return actions_source(actions)


def cluster_client(scheduler: str | None = None, *, n_workers: int = 2, threads_per_worker: int = 1,
                   processes: bool = True, stack: ExitStack) -> Client:
    """A client of ``scheduler`` (``tcp://HOST:8786``), or of a new :class:`LocalCluster` closed with ``stack``."""
    if scheduler is not None:
        client: Client = stack.enter_context(Client(scheduler))
        return client
    cluster = stack.enter_context(LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker,
                                               processes=processes, dashboard_address=":0"))
    client = stack.enter_context(Client(cluster))
    return client


def land_accounts(accounts: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, destination: str,
                  work_dir: str | Path, scheduler: str | Client | None = None, *, page_size: int = 20_000,
                  retries: int = 2, n_workers: int = 2, pipelines_dir: str | Path | None = None,
                  dataset: str = DEFAULT_DATASET, hook: Hook | None = None, on_done: OnDone | None = None) -> Summary:
    """Pull impact actions of ``accounts`` over ``[start, end]`` on Dask, then merge them into ``destination``.

    ``scheduler``: an address, a connected :class:`Client`, or ``None`` for a local cluster of ``n_workers``
    processes (one thread each). Raises :class:`PartitionsFailed` (nothing loaded) when a partition still
    fails after ``retries``; a re-run skips every partition already written to ``work_dir``. ``on_done`` is
    told of every partition as it ends (for progress).
    """
    began = time.perf_counter()
    partitions = plan_partitions(accounts, start, end, page_size=page_size)
    with ExitStack() as stack:
        client = scheduler if isinstance(scheduler, Client) else cluster_client(scheduler, n_workers=n_workers,
                                                                                 stack=stack)
        results, failures = run_partitions(client, partitions, work_dir, retries=retries, hook=hook,
                                           on_done=on_done)
    if failures:
        raise PartitionsFailed(failures)
    pulled = time.perf_counter()
    pipeline = pipeline_for("impact", destination, pipelines_dir=pipelines_dir, dataset=dataset)
    landed = land(pipeline, partition_source([p.path(work_dir) for p in partitions]))
    ran = [r for r in results if not r.skipped]
    return Summary(len(partitions), len(ran), len(results) - len(ran), sum(r.rows for r in ran),
                   sum(r.requests for r in ran), sum(r.rate_limited for r in ran), landed.rows,
                   time.perf_counter() - began, time.perf_counter() - pulled)
