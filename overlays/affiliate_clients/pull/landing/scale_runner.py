"""The partition runner and driver shared by the Dask landings (:mod:`.scale` for impact accounts,
:mod:`.scale_partnerize` for Partnerize publishers): (account x window) partitions, one Parquet file per
table written atomically, one partition of an account in flight at a time, failed partitions retried alone,
partitions on disk skipped, then one dlt load of every file. A :class:`Vendor` says what a partition fetches,
which tables it writes and which dlt source merges them.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import attrs
import pyarrow as pa
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster, as_completed
from dlt.extract.source import DltSource

from ...http.transports import TransportStats
from ...impact.windows import Window
from .run import DEFAULT_DATASET, land, pipeline_for


class Owner(Protocol):
    """What the runner needs of an account (an impact account, a Partnerize publisher...)."""

    @property
    def key(self) -> str: ...   # names the account's files; one partition of a key in flight at a time

    @property
    def refill_seconds(self) -> float: ...   # how long the account's budget takes to refill from empty


O = TypeVar("O", bound=Owner)


@attrs.frozen
class Partition(Generic[O]):
    account: O
    window: Window
    page_size: int = 20_000

    @property
    def name(self) -> str:
        stamp = "%Y%m%dT%H%M%S"
        return f"{self.account.key}/{self.window.start:{stamp}}_{self.window.end:{stamp}}"

    def path(self, work_dir: str | Path, table: str | None = None) -> Path:
        """The partition's file (``table``: one of several, ``NAME.TABLE.parquet``)."""
        return Path(work_dir) / f"{self.name}{'.' + table if table else ''}.parquet"


# Handed one page's tables (by table name) as a partition is fetched; writes them to the partition's files.
Sink = Callable[[Mapping[str, pa.Table]], None]
# Table name -> a generator function of that table's Arrow tables (read back from the partition files).
Readers = Mapping[str, Callable[[], Iterator[pa.Table]]]


@attrs.frozen
class Vendor(Generic[O]):
    """What the shared runner needs of one API.

    ``name``: the dlt pipeline and the task keys; ``schemas``: table name -> Arrow schema of its files (the
    first table is counted in ``rows`` and its file is renamed last, so that it marks a finished partition);
    ``fetch`` (on a worker): pull one partition, hand each page's tables to the sink, return the client's
    stats; ``source``: the dlt source merging the tables read back from every partition's files. Its
    functions are pickled by reference to the workers: keep them module-level.
    """

    name: str
    schemas: Mapping[str, pa.Schema] = attrs.field(hash=False)
    fetch: Callable[[Partition[O], Sink], TransportStats]
    source: Callable[[Readers], DltSource]

    def files(self, partition: Partition[O], work_dir: str | Path) -> dict[str, Path]:
        """The partition's file per table (a single table keeps the plain ``NAME.parquet``)."""
        single = len(self.schemas) == 1
        return {table: partition.path(work_dir, None if single else table) for table in self.schemas}


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
Hook = Callable[[Partition[Any], int], None]
# Called on the driver as each partition ends: with its result, or with its exception after the retries.
OnDone = Callable[[Partition[Any], PartitionResult | BaseException], None]


def partitions_of(accounts: Sequence[O], windows: Sequence[Window], page_size: int) -> list[Partition[O]]:
    """(account x window), accounts in order; refuses two accounts with one key (their files would collide)."""
    keys = [a.key for a in accounts]
    if len(set(keys)) != len(keys):
        raise ValueError("two accounts share a name; give each spec a distinct name=")
    return [Partition(account, window, page_size) for account in accounts for window in windows]


def run_partition(partition: Partition[Any], work_dir: str, not_before: float = 0.0, hook: Hook | None = None, *,
                  vendor: Vendor[Any]) -> PartitionResult:
    """Fetch one partition into its Parquet files (nothing if they are already there). Runs on a worker."""
    targets = vendor.files(partition, work_dir)
    primary = next(iter(targets.values()))
    if all(target.exists() for target in targets.values()):
        return PartitionResult(partition.name, str(primary), skipped=True, finished=time.time())
    if (wait := not_before - time.time()) > 0:
        time.sleep(wait)
    primary.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    temporary = {table: t.with_name(f".{t.name}.{token}.tmp") for table, t in targets.items()}
    rows = 0
    try:
        with ExitStack() as stack:
            writers = {table: stack.enter_context(pq.ParquetWriter(str(temporary[table]), schema))
                       for table, schema in vendor.schemas.items()}
            first = next(iter(writers))

            def sink(tables: Mapping[str, pa.Table]) -> None:
                nonlocal rows
                for table, found in tables.items():
                    if found.num_rows:
                        writers[table].write_table(found)
                rows += tables[first].num_rows if first in tables else 0
                if hook is not None:
                    hook(partition, rows)

            stats = vendor.fetch(partition, sink)
        for table in reversed(list(targets)):   # the first table's file last: once it is there, all are
            os.replace(temporary[table], targets[table])
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)
    return PartitionResult(partition.name, str(primary), rows, stats.requests, stats.rate_limited,
                           finished=time.time())


def run_partitions(client: Client, partitions: Sequence[Partition[Any]], work_dir: str | Path, *, retries: int = 2,
                   hook: Hook | None = None, on_done: OnDone | None = None, vendor: Vendor[Any],
                   ) -> tuple[list[PartitionResult], dict[str, BaseException]]:
    """Run ``partitions`` on the cluster, one in flight per account; the results and the failures by name."""
    queues: dict[str, deque[Partition[Any]]] = {}
    for partition in partitions:
        queues.setdefault(partition.account.key, deque()).append(partition)
    running: dict[Any, Partition[Any]] = {}
    done = as_completed()

    def submit(partition: Partition[Any], not_before: float) -> None:
        future = client.submit(run_partition, partition, str(work_dir), not_before, hook, vendor=vendor, retries=retries,
                               pure=False, key=f"{vendor.name}-{partition.name}-{uuid.uuid4().hex[:8]}")
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


def partition_tables(paths: Sequence[str | Path], schema: pa.Schema) -> Iterator[pa.Table]:
    """Every partition file as Arrow tables (one per row group)."""
    for path in paths:
        parquet = pq.ParquetFile(str(path))
        for group in range(parquet.num_row_groups):
            yield parquet.read_row_group(group).cast(schema)


def files_source(vendor: Vendor[Any], partitions: Sequence[Partition[Any]], work_dir: str | Path) -> DltSource:
    """``vendor``'s source over the files of ``partitions``, each table read back with its schema."""

    def reader(table: str) -> Callable[[], Iterator[pa.Table]]:
        paths = [vendor.files(p, work_dir)[table] for p in partitions]
        return lambda: partition_tables(paths, vendor.schemas[table])

    return vendor.source({table: reader(table) for table in vendor.schemas})


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


def land_partitions(vendor: Vendor[Any], partitions: Sequence[Partition[Any]], destination: str,
                    work_dir: str | Path, scheduler: str | Client | None = None, *, retries: int = 2,
                    n_workers: int = 2, pipelines_dir: str | Path | None = None, dataset: str = DEFAULT_DATASET,
                    hook: Hook | None = None, on_done: OnDone | None = None) -> Summary:
    """Run ``partitions`` of ``vendor`` on Dask, then merge all their files into ``destination`` in one load.

    ``scheduler``: an address, a connected :class:`Client`, or ``None`` for a local cluster of ``n_workers``
    processes (one thread each). Raises :class:`PartitionsFailed` (nothing loaded) when a partition still
    fails after ``retries``; a re-run skips every partition already written to ``work_dir``. ``on_done`` is
    told of every partition as it ends (for progress).
    """
    began = time.perf_counter()
    with ExitStack() as stack:
        client = scheduler if isinstance(scheduler, Client) else cluster_client(scheduler, n_workers=n_workers,
                                                                                 stack=stack)
        results, failures = run_partitions(client, partitions, work_dir, retries=retries, hook=hook,
                                           on_done=on_done, vendor=vendor)
    if failures:
        raise PartitionsFailed(failures)
    pulled = time.perf_counter()
    pipeline = pipeline_for(vendor.name, destination, pipelines_dir=pipelines_dir, dataset=dataset)
    landed = land(pipeline, files_source(vendor, partitions, work_dir))
    ran = [r for r in results if not r.skipped]
    return Summary(len(partitions), len(ran), len(results) - len(ran), sum(r.rows for r in ran),
                   sum(r.requests for r in ran), sum(r.rate_limited for r in ran), landed.rows,
                   time.perf_counter() - began, time.perf_counter() - pulled)
