"""impact actions of 4 accounts landed on a Dask LocalCluster (2 worker processes), each account its own
sandbox server on loopback with a server-side rate limit and the client budget matched to it: the table equals
the union of the 4 ground truths, almost no 429s, a re-run sends no request, a worker killed mid-partition
changes nothing. The sandboxes and their ground truth: ``dask_support.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from affiliate_clients.pull.landing.scale import Partition, land_accounts, plan_partitions
from dask.distributed import Client, LocalCluster

from .dask_support import ACCOUNTS, PAGE, RECORDS, Sandboxes, served_sandboxes
from .landing_support import action_table


@pytest.fixture
def sandboxes() -> Iterator[Sandboxes]:
    with served_sandboxes() as served:
        yield served


class Flaky(RuntimeError):
    pass


@attrs.frozen
class KillOnce:
    """After the first page of ``victim``, once: ends the worker process (no cleanup, as a crash would). After
    the first page of ``failing``, once: raises (the task fails and is retried alone)."""

    victim: str
    failing: str
    marker: str

    def mark(self, name: str) -> Path:
        return Path(self.marker) / name.replace("/", "_")

    def __call__(self, partition: Partition, rows: int) -> None:
        if partition.name in (self.victim, self.failing) and not self.mark(partition.name).exists():
            self.mark(partition.name).write_text(str(os.getpid()))
            if partition.name == self.victim:
                os._exit(1)
            raise Flaky(f"{partition.name} failed once")


def test_four_accounts_on_two_workers_equal_the_sandboxes_and_a_rerun_sends_nothing(
        sandboxes: Sandboxes, tmp_path: Path) -> None:
    db, work = tmp_path / "dask.duckdb", tmp_path / "work"
    first = land_accounts(sandboxes.accounts, sandboxes.start, sandboxes.end, f"duckdb:{db}", work,
                          page_size=PAGE, pipelines_dir=tmp_path / "pipelines")
    assert action_table(db) == sandboxes.truth()
    requests, refused = sandboxes.requests()
    assert first.ran == first.partitions == ACCOUNTS * 5 and first.skipped == 0
    assert first.rows_written == first.loaded["actions"] == ACCOUNTS * RECORDS
    assert refused <= 0.01 * requests, (refused, requests)
    print(f"\n  dask: {first.partitions} partitions, {requests} requests, {refused} answered 429, "
          f"{first.seconds:.1f} s")

    # The re-run, on any cluster (here one in this process, quicker to start), skips every partition.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        second = land_accounts(sandboxes.accounts, sandboxes.start, sandboxes.end, f"duckdb:{db}", work, client,
                               page_size=PAGE, pipelines_dir=tmp_path / "pipelines")
    assert second.ran == 0 and second.skipped == second.partitions and second.requests == 0
    assert sandboxes.requests() == (requests, refused)          # no request reached any server
    assert action_table(db) == sandboxes.truth()


def test_a_worker_killed_mid_partition_or_a_failing_one_changes_nothing(sandboxes: Sandboxes,
                                                                           tmp_path: Path) -> None:
    db, work, marks = tmp_path / "dask.duckdb", tmp_path / "work", tmp_path / "marks"
    marks.mkdir()
    parts = plan_partitions(sandboxes.accounts, sandboxes.start, sandboxes.end, page_size=PAGE)
    # Victims: account 1's second window (its worker dies) and account 2's third (it raises), each once.
    victim = [p.name for p in parts if p.account.key == sandboxes.accounts[1].key][1]
    failing = [p.name for p in parts if p.account.key == sandboxes.accounts[2].key][2]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster.scheduler_address) as client:
        pids_before = set(client.run(os.getpid).values())
        summary = land_accounts(sandboxes.accounts, sandboxes.start, sandboxes.end, f"duckdb:{db}", work,
                                cluster.scheduler_address, page_size=PAGE, pipelines_dir=tmp_path / "pipelines",
                                hook=(hook := KillOnce(victim, failing, str(marks))))
        killed = int(hook.mark(victim).read_text())
        assert killed in pids_before and killed not in set(client.run(os.getpid).values())
    assert hook.mark(failing).exists()
    assert summary.ran == summary.partitions
    assert action_table(db) == sandboxes.truth()
    requests, refused = sandboxes.requests()
    # One request a window; the two interrupted partitions asked for their page once more, nothing else did.
    assert requests - refused == summary.partitions + 2, (requests, refused)
    leftovers = [p.name for p in work.rglob("*.tmp")]
    # the killed partition left its half-written temporary files (one per table it writes; never read)
    assert leftovers and len({name.split(".")[1] for name in leftovers}) == 1, leftovers
