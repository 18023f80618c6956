"""3. Dask scale-out: 4 impact accounts, each its own sandbox on loopback answering after 200 ms of injected
latency; the same (account x window) partitions run one after another in this process, then on a LocalCluster
of 2 worker processes (one thread each). The figure is the ratio of the two wall times, each including the one
DuckDB merge of the partition files; the cluster's start-up (and the workers' first import of the landing
package) is reported apart (an existing cluster pays none).
"""

from __future__ import annotations

import datetime as dt
import time
from contextlib import ExitStack
from importlib import import_module
from pathlib import Path

from affiliate_clients.pull.landing import scale
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from dask.distributed import Client, LocalCluster

from .conftest import Recorder

ACCOUNTS, RECORDS, LATENCY, DAYS = 4, 2_000, 0.2, 720


def test_dask_two_workers_against_one_process(record: Recorder, tmp_path: Path) -> None:
    apps = [create_app(SandboxConfig(records=RECORDS, seed=60 + i, faults=FaultPlan(latency_seconds=LATENCY)))
            for i in range(ACCOUNTS)]
    with ExitStack() as stack:
        servers = [stack.enter_context(ServerThread(app)) for app in apps]
        accounts = [scale.AccountSpec(ACCOUNT_SID, AUTH_TOKEN, base_url=s.base_url, rate=None, name=f"account{i}")
                    for i, s in enumerate(servers)]
        anchor = apps[0].state.actions.anchor
        start, end = anchor - dt.timedelta(days=DAYS), anchor + dt.timedelta(days=5)
        partitions = scale.plan_partitions(accounts, start, end, page_size=2_000)

        began = time.perf_counter()
        for partition in partitions:
            scale.run_partition(partition, str(tmp_path / "single"))
        pipeline = pipeline_for("impact", f"duckdb:{tmp_path / 'single.duckdb'}", pipelines_dir=tmp_path / "p1")
        single_rows = land(pipeline, scale.partition_source([scale.IMPACT.files(p, tmp_path / "single")["actions"]
                                                                      for p in partitions])).rows
        single = time.perf_counter() - began
        requests = sum(a.state.stats.requests for a in apps)

        began = time.perf_counter()
        cluster = stack.enter_context(LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                                   dashboard_address=":0"))
        client = stack.enter_context(Client(cluster))
        client.run(import_module, "affiliate_clients.pull.landing.scale")   # warm, as an existing cluster is
        startup = time.perf_counter() - began
        summary = scale.land_accounts(accounts, start, end, f"duckdb:{tmp_path / 'dask.duckdb'}", tmp_path / "dask",
                                client, page_size=2_000, pipelines_dir=tmp_path / "p2")
    assert summary.loaded == single_rows and summary.ran == len(partitions)
    ratio = single / summary.seconds
    print(f"\n  {len(partitions)} partitions, {requests} requests at {LATENCY * 1000:.0f} ms: one process "
          f"{single:.1f} s, 2 workers {summary.seconds:.1f} s (+{startup:.1f} s cluster start-up); "
          f"the merge into DuckDB {summary.load_seconds:.1f} s of it")
    record("Dask: 4 accounts, 200 ms latency, 2 workers vs one process",
           f"{ratio:.2f}x faster ({single:.1f} s vs {summary.seconds:.1f} s; cluster start-up {startup:.1f} s "
           f"not counted, {(single / (summary.seconds + startup)):.2f}x with it)", ">= 1.7x", ratio >= 1.7)
