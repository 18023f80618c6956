"""The partition runner and driver shared by the Dask landings (:mod:`.scale` for impact accounts,
:mod:`.scale_partnerize` for Partnerize publishers): (account x window) partitions, one Parquet file per
table written atomically, then one dlt load of every file. A :class:`Vendor` says what a partition fetches,
which tables it writes and which dlt source merges them.

Rate: an account's windows are fetched one after another in one Dask task (:func:`run_account`), every request
paced by one budget of the account's rate (:mod:`.scale_pacing`): the requests flow at the documented rate
across windows, with no pause between windows; accounts run in parallel, one per worker thread. A wait for
the budget is reported to the driver (``on_wait``: which account, until when). Failures: a window that raises
is retried alone (``retries``) and the account goes on with its next window; an answer 401 or 403 stops the
account at once (its credentials are refused: every other window would be refused too), its other windows
reported as not tried. A worker that dies mid-account has its task rescheduled by the scheduler: the windows
already on disk are kept, the half-written temporary file is never renamed. Partitions already on disk when
the run starts are skipped without a request.

Names: account, window start and exclusive end (an impact window ending 23:59:59 is named by the next
midnight), so windows planned from the same ``--since`` and ``--until`` keep their names on a rerun.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import attrs
import pyarrow as pa
import pyarrow.parquet as pq
from dask.distributed import Client, LocalCluster, as_completed
from dlt.extract.source import DltSource

from ...http.budget import Rate
from ...http.clients import Transport
from ...http.transports import TransportStats
from ...impact.windows import Window
from .run import DEFAULT_DATASET, land, pipeline_for
from .scale_pacing import Events


class Owner(Protocol):
    """What the runner needs of an account (an impact account, a Partnerize publisher...)."""
    @property
    def key(self) -> str: ...   # names the account's files; one task per key paces all its requests

    @property
    def rate(self) -> Rate | None: ...   # the account's request budget (None: unpaced)


O = TypeVar("O", bound=Owner)


@attrs.frozen
class Partition(Generic[O]):
    account: O
    window: Window
    page_size: int = 20_000
    inclusive: bool = False   # the window's end is its last second (impact); else the first one after it

    @property
    def name(self) -> str:
        stamp = "%Y%m%dT%H%M%S"
        end = self.window.end + dt.timedelta(seconds=1) if self.inclusive else self.window.end
        return f"{self.account.key}/{self.window.start:{stamp}}_{end:{stamp}}"

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
    ``fetch`` (on a worker): pull one partition through the given transport (build the client with
    ``rate=None``: the transport paces), hand each page's tables to the sink, return the client's stats; ``source``: the dlt source merging the tables read back from every partition's files. Its
    functions are pickled by reference to the workers: keep them module-level.
    """

    name: str
    schemas: Mapping[str, pa.Schema] = attrs.field(hash=False)
    fetch: Callable[[Partition[O], Sink, Transport], TransportStats]
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
    finished: float = 0.0   # time.time() when done
    waited: float = 0.0     # seconds this partition's requests waited for the account's budget


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
    waited: float = 0.0         # seconds requests waited for their account's budget, over all partitions


class NotTried(RuntimeError):
    """A partition not fetched because its account's credentials were refused on an earlier one."""


class PartitionFailed(RuntimeError):
    """Why a partition failed, as the worker saw it (``kind``: the error's class name), in a form that always
    crosses from the worker to the driver (the client's own errors need not survive pickling)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self) -> tuple[type[PartitionFailed], tuple[str, str]]:
        return PartitionFailed, (self.kind, str(self))

    @classmethod
    def of(cls, exc: BaseException) -> PartitionFailed:
        return cls(type(exc).__name__, str(exc))


class PartitionsFailed(RuntimeError):
    """Some partitions failed after their retries; nothing was loaded (a re-run retries only those)."""

    def __init__(self, failures: dict[str, BaseException]) -> None:
        self.failures = failures
        tried = {name: exc for name, exc in failures.items() if not isinstance(exc, NotTried)}
        listed = "; ".join(f"{name}: {getattr(exc, 'kind', type(exc).__name__)}: {exc}"
                           for name, exc in sorted(tried.items()))
        skipped = len(failures) - len(tried)
        rest = f"; {skipped} more not tried (their account's credentials were refused)" if skipped else ""
        super().__init__(f"{len(failures)} partition(s) failed, nothing loaded: {listed}{rest}")


# Called on the worker after each page is written to the temporary file, with the rows written so far (tests
# use it to kill a worker mid-partition).
Hook = Callable[[Partition[Any], int], None]
# Called on the driver as each partition ends: with its result, or with its exception after the retries.
OnDone = Callable[[Partition[Any], PartitionResult | BaseException], None]
# Called on the driver when an account's requests wait for its budget: the account's key, until (time.time()).
OnWait = Callable[[str, float], None]


def partitions_of(accounts: Sequence[O], windows: Sequence[Window], page_size: int) -> list[Partition[O]]:
    """(account x window), accounts in order; refuses two accounts with one key (their files would collide)."""
    keys = [a.key for a in accounts]
    if len(set(keys)) != len(keys):
        raise ValueError("two accounts share a name; give each spec a distinct name=")
    return [Partition(account, window, page_size) for account in accounts for window in windows]


class _Reporter:
    """The driver's ``on_done`` / ``on_wait`` calls, each partition reported once (from its event, or from its
    task's outcome when the event came late or never)."""

    def __init__(self, partitions: Sequence[Partition[Any]], on_done: OnDone | None, on_wait: OnWait | None) -> None:
        self.by_name = {p.name: p for p in partitions}
        self.on_done, self.on_wait = on_done, on_wait
        self.told: set[str] = set()
        self.lock = threading.Lock()

    def tell(self, name: str, outcome: PartitionResult | BaseException) -> None:
        with self.lock:
            if name in self.told or name not in self.by_name:
                return
            self.told.add(name)
            if self.on_done is not None:
                self.on_done(self.by_name[name], outcome)

    def event(self, message: dict[str, Any]) -> None:
        kind = message.get("kind")
        if kind == "wait" and self.on_wait is not None:
            self.on_wait(str(message["account"]), float(message["until"]))
        elif kind == "done":
            fields = attrs.fields_dict(PartitionResult)   # Dask adds its own keys (``worker``) to events
            self.tell(str(message["name"]), PartitionResult(**{k: v for k, v in message.items() if k in fields}))
        elif kind == "failed":
            self.tell(str(message["name"]), PartitionFailed(str(message["type"]), str(message["error"])))


def run_partitions(client: Client, partitions: Sequence[Partition[Any]], work_dir: str | Path, *, retries: int = 2,
                   hook: Hook | None = None, on_done: OnDone | None = None, on_wait: OnWait | None = None,
                   vendor: Vendor[Any]) -> tuple[list[PartitionResult], dict[str, BaseException]]:
    """Run ``partitions`` on the cluster, one task per account (:func:`run_account`); the results and the
    failures by name. Partitions on disk are skipped (no task, no request)."""
    from .scale_worker import AccountOutcome, on_disk_rows, run_account

    reporter = _Reporter(partitions, on_done, on_wait)
    results: list[PartitionResult] = []
    accounts: dict[str, list[Partition[Any]]] = {}
    for partition in partitions:
        targets = vendor.files(partition, work_dir)
        if on_disk_rows(targets) is not None:
            results.append(PartitionResult(partition.name, str(next(iter(targets.values()))), skipped=True))
            reporter.tell(partition.name, results[-1])
        else:
            accounts.setdefault(partition.account.key, []).append(partition)
    failures: dict[str, BaseException] = {}
    topic = f"affiliate-landing-{uuid.uuid4().hex[:12]}"
    with Events(client, topic, reporter.event):
        futures = [client.submit(run_account, owned, str(work_dir), hook, vendor=vendor, retries=retries,
                                 topic=topic, pure=False, key=f"{vendor.name}-{key}-{uuid.uuid4().hex[:8]}")
                   for key, owned in accounts.items()]
        for future in as_completed(futures):
            outcome: AccountOutcome = future.result()
            results += outcome.results
            failures.update(outcome.failures)
            for result in outcome.results:
                reporter.tell(result.name, result)
            for name, exc in outcome.failures.items():
                reporter.tell(name, exc)
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
                    hook: Hook | None = None, on_done: OnDone | None = None,
                    on_wait: OnWait | None = None) -> Summary:
    """Run ``partitions`` of ``vendor`` on Dask, then merge all their files into ``destination`` in one load.

    ``scheduler``: an address, a connected :class:`Client`, or ``None`` for a local cluster of ``n_workers``
    processes (one thread each). Raises :class:`PartitionsFailed` (nothing loaded) when a partition still
    fails after ``retries``; a re-run skips every partition already written to ``work_dir``. ``on_done`` is
    told of every partition as it ends, ``on_wait`` of every wait of an account for its budget (for progress).
    """
    began = time.perf_counter()
    with ExitStack() as stack:
        client = scheduler if isinstance(scheduler, Client) else cluster_client(scheduler, n_workers=n_workers,
                                                                                 stack=stack)
        results, failures = run_partitions(client, partitions, work_dir, retries=retries, hook=hook,
                                           on_done=on_done, on_wait=on_wait, vendor=vendor)
    if failures:
        raise PartitionsFailed(failures)
    pulled = time.perf_counter()
    pipeline = pipeline_for(vendor.name, destination, pipelines_dir=pipelines_dir, dataset=dataset)
    landed = land(pipeline, files_source(vendor, partitions, work_dir))
    ran = [r for r in results if not r.skipped]
    return Summary(len(partitions), len(ran), len(results) - len(ran), sum(r.rows for r in ran),
                   sum(r.requests for r in ran), sum(r.rate_limited for r in ran), landed.rows,
                   time.perf_counter() - began, time.perf_counter() - pulled, sum(r.waited for r in ran))
