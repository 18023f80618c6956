"""The worker side of the Dask landings (:mod:`.scale_runner`): one partition into its Parquet files, and one
account's partitions in order under one request budget, stopping at the first answer refusing its credentials.
Pickled by reference to the workers: everything here is module-level.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from ...http.clients import Transport
from ...http.errors import ApiError
from .scale_pacing import PacedTransport, account_budget, emit
from .scale_runner import Hook, NotTried, Partition, PartitionFailed, PartitionResult, Vendor

__all__ = ["AccountOutcome", "on_disk_rows", "run_account", "run_partition"]


def on_disk_rows(targets: Mapping[str, Path]) -> int | None:
    """Rows of the partition's first table when all its files are there (else None)."""
    if not all(target.exists() for target in targets.values()):
        return None
    return int(pq.ParquetFile(str(next(iter(targets.values())))).metadata.num_rows)


def run_partition(partition: Partition[Any], work_dir: str, hook: Hook | None = None, *, vendor: Vendor[Any],
                  transport: Transport | None = None) -> PartitionResult:
    """Fetch one partition into its Parquet files (nothing if they are already there). Runs on a worker;
    ``transport`` (default: one paced by a budget of the account's own) carries its requests."""
    targets = vendor.files(partition, work_dir)
    primary = next(iter(targets.values()))
    if on_disk_rows(targets) is not None:
        return PartitionResult(partition.name, str(primary), skipped=True, finished=time.time())
    if transport is None:
        rate = partition.account.rate
        transport = Transport(sync=PacedTransport(account_budget(rate))) if rate is not None else Transport()
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

            stats = vendor.fetch(partition, sink, transport)
        for table in reversed(list(targets)):   # the first table's file last: once it is there, all are
            os.replace(temporary[table], targets[table])
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)
    return PartitionResult(partition.name, str(primary), rows, stats.requests, stats.rate_limited,
                           finished=time.time())


def _refused(exc: BaseException) -> bool:
    """An answer saying the credentials are not good (401) or not allowed (403): no window would do better."""
    return isinstance(exc, ApiError) and exc.status in (401, 403)


@attrs.frozen
class AccountOutcome:
    """What one account's task did: a result per partition that ended, the failures by partition name."""

    results: list[PartitionResult]
    failures: dict[str, BaseException]


def run_account(partitions: Sequence[Partition[Any]], work_dir: str, hook: Hook | None = None, *,
                vendor: Vendor[Any], retries: int = 2, topic: str | None = None) -> AccountOutcome:
    """Fetch one account's ``partitions`` in order, every request paced by one budget of the account's rate.
    Runs on a worker; tells ``topic`` of each partition's end and of each wait for the budget.

    A partition found on disk was written by an earlier attempt of this task (the driver skips those on disk
    when the run starts): it counts as done, its rows read from its file."""
    account = partitions[0].account
    budget = account_budget(account.rate) if account.rate is not None else None

    def on_wait(until: float) -> None:
        emit(topic, kind="wait", account=account.key, until=until)

    results: list[PartitionResult] = []
    failures: dict[str, BaseException] = {}
    refused = False
    for n, partition in enumerate(partitions):
        targets = vendor.files(partition, work_dir)
        rows = on_disk_rows(targets)
        if rows is not None:
            results.append(PartitionResult(partition.name, str(next(iter(targets.values()))), rows,
                                           finished=time.time()))
            emit(topic, kind="done", **attrs.asdict(results[-1]))
            continue
        for attempt in range(retries + 1):
            paced = PacedTransport(budget, on_wait) if budget is not None else None
            try:
                found = run_partition(partition, work_dir, hook, vendor=vendor,
                                      transport=Transport(sync=paced) if paced is not None else Transport())
            except Exception as exc:  # noqa: BLE001 - any failure of one partition is reported with the rest
                if _refused(exc) or attempt == retries:
                    failures[partition.name] = PartitionFailed.of(exc)
                    refused = _refused(exc)
                    emit(topic, kind="failed", name=partition.name, type=type(exc).__name__, error=str(exc))
                    break
            else:
                results.append(attrs.evolve(found, waited=paced.waited if paced is not None else 0.0))
                emit(topic, kind="done", **attrs.asdict(results[-1]))
                break
        if refused:
            for rest in partitions[n + 1:]:
                failures[rest.name] = NotTried(f"not tried: {account.key}'s credentials were refused on "
                                               f"{partition.name}")
                emit(topic, kind="failed", name=rest.name, type="NotTried", error=str(failures[rest.name]))
            break
    return AccountOutcome(results, failures)
