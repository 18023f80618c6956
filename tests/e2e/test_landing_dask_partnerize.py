"""Partnerize conversions of 4 publishers landed on a Dask LocalCluster (2 worker processes), each publisher its
own sandbox server on loopback with a server-side rate limit and the client budget matched to it: the
``conversions`` and ``conversion_items`` tables equal the union of the 4 ground truths, almost no 429s, and a
re-run sends no request.

The sandbox numbers conversions and items the same way for every seed; Partnerize ids are unique across
publishers, so each sandbox's ids get a per-publisher prefix before it serves (as ``dask_support.py`` does for
impact actions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import duckdb
import pytest
from affiliate_clients.http.budget import Rate
from affiliate_clients.pull.landing.partnerize import ITEM_COLUMNS
from affiliate_clients.pull.landing.scale_partnerize import PublisherSpec, land_publishers
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app
from affiliate_clients.sandbox.partnerize.reports_data import DATA_START, NOW, reports_of
from dask.distributed import Client, LocalCluster
from starlette.applications import Starlette

from .landing_support import partnerize_rows

PUBLISHERS, RECORDS, PER_SECOND, BURST, LIMIT = 4, 600, 5, 2, 100
SPAN = dt.timedelta(days=61)
START, END = DATA_START, NOW


def sandbox_app(index: int) -> Starlette:
    app = create_app(SandboxConfig(records=RECORDS, seed=50 + index, rate_per_second=PER_SECOND, burst=BURST))
    for conversion in reports_of(app.state.store).conversions:
        conversion.conversion_id = f"{index}{conversion.conversion_id}"
        for item in conversion.items:
            item.item_id = f"{index}{item.item_id}"
    return app


@attrs.frozen
class Sandboxes:
    apps: list[Starlette]
    publishers: list[PublisherSpec]

    def truth(self) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]]]:
        conversions: dict[str, tuple[Any, ...]] = {}
        items: dict[str, tuple[Any, ...]] = {}
        for app in self.apps:
            data = reports_of(app.state.store)
            for c in data.conversions:
                if START <= c.time < END:
                    conversions[c.conversion_id] = (c.status, Decimal(f"{c.value:.4f}"),
                                                    Decimal(f"{c.publisher_commission:.4f}"))
                    items.update({i.item_id: (c.conversion_id, i.status, Decimal(f"{i.value:.4f}")) for i in c.items})
        assert len(conversions) > 0.9 * PUBLISHERS * RECORDS
        return conversions, items

    def requests(self) -> tuple[int, int]:
        return (sum(a.state.stats.requests for a in self.apps), sum(a.state.stats.rate_limited for a in self.apps))


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[Sandboxes]:
    apps = [sandbox_app(i) for i in range(PUBLISHERS)]
    publisher_id = reports_of(apps[0].state.store).publisher_id   # every sandbox serves one partner, same id
    with ExitStack() as stack:
        servers = [stack.enter_context(ServerThread(app)) for app in apps]
        yield Sandboxes(apps, [PublisherSpec(publisher_id, APPLICATION_KEY, USER_API_KEY, base_url=s.base_url,
                                             rate=Rate(PER_SECOND, 1.0, burst=BURST), name=f"publisher{i}")
                               for i, s in enumerate(servers)])


def test_four_publishers_on_two_workers_equal_the_sandboxes_and_a_rerun_sends_nothing(
        sandboxes: Sandboxes, tmp_path: Path) -> None:
    db, work = tmp_path / "dask.duckdb", tmp_path / "work"
    assert "user_api_key" not in repr(sandboxes.publishers[0]) and USER_API_KEY not in repr(sandboxes.publishers[0])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        first = land_publishers(sandboxes.publishers, START, END, f"duckdb:{db}", work, client, limit=LIMIT,
                                span=SPAN, pipelines_dir=tmp_path / "pipelines")
        truth = sandboxes.truth()
        assert partnerize_rows(db) == truth
        requests, refused = sandboxes.requests()
        windows = -(-(END - START) // SPAN)
        assert first.ran == first.partitions == PUBLISHERS * windows and first.skipped == 0
        assert first.rows_written == first.loaded["conversions"] == len(truth[0])
        assert first.loaded["conversion_items"] == len(truth[1])
        assert refused <= 0.01 * requests, (refused, requests)
        print(f"\n  dask partnerize: {first.partitions} partitions, {requests} requests, {refused} answered 429, "
              f"{first.seconds:.1f} s")
        with duckdb.connect(str(db), read_only=True) as con:
            item_columns = {name for (name,) in con.sql("select column_name from information_schema.columns "
                                                        "where table_name = 'conversion_items'").fetchall()}
        assert item_columns == {c.name for c in ITEM_COLUMNS} | {"conversion_id", "_extra"}   # as the single-process source
        # one file per table (conversions, conversion_items, _rejected) per partition
        assert len(list(work.rglob("*.parquet"))) == 3 * first.partitions and not list(work.rglob("*.tmp"))

        # The re-run skips every partition: no request reaches any server, the tables are unchanged.
        second = land_publishers(sandboxes.publishers, START, END, f"duckdb:{db}", work, client, limit=LIMIT,
                                 span=SPAN, pipelines_dir=tmp_path / "pipelines")
    assert second.ran == 0 and second.skipped == second.partitions and second.requests == 0
    assert sandboxes.requests() == (requests, refused)
    assert partnerize_rows(db) == truth


# -- the same landing through the command, publishers read from a roster file --------------------------------

def _publishers_file(path: Path, sandboxes: Sandboxes, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sandboxes' publishers as a TOML file, both keys of each in environment variables of its own."""
    entries = []
    for i, spec in enumerate(sandboxes.publishers):
        monkeypatch.setenv(f"PZ_APP_{i}", spec.application_key)
        monkeypatch.setenv(f"PZ_USER_{i}", spec.user_api_key)
        entries.append(f'[[publishers]]\nname = "{spec.name}"\npublisher_id = "{spec.publisher_id}"\n'
                       f'application_key_env = "PZ_APP_{i}"\nuser_api_key_env = "PZ_USER_{i}"\n'
                       f'base_url = "{spec.base_url}"\nrate = {{ requests = {PER_SECOND}, per_seconds = 1, '
                       f"burst = {BURST} }}\n")
    path.write_text("\n".join(entries), encoding="utf-8")
    return path


def test_the_command_lands_four_publishers_on_a_local_cluster(sandboxes: Sandboxes, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from affiliate_clients.cli import app
    from typer.testing import CliRunner

    db, work = tmp_path / "cli.duckdb", tmp_path / "work"
    roster = _publishers_file(tmp_path / "publishers.toml", sandboxes, monkeypatch)
    assert USER_API_KEY not in roster.read_text() and APPLICATION_KEY not in roster.read_text()
    before = sandboxes.requests()
    argv = ["land-accounts", "partnerize", "conversions", "--accounts", str(roster), "--since", START.isoformat(),
            "--until", END.isoformat(), "--to", f"duckdb:{db}", "--work-dir", str(work), "--page-size", str(LIMIT),
            "--workers", "2", "--pipelines-dir", str(tmp_path / "pipelines"), "--no-progress"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
    truth = sandboxes.truth()
    assert partnerize_rows(db) == truth
    requests, refused = (now - then for now, then in zip(sandboxes.requests(), before, strict=True))
    assert refused <= 0.01 * requests, (refused, requests)
    partitions = PUBLISHERS * -(-(END - START) // dt.timedelta(days=31))    # the command's 31-day windows
    assert f"{partitions} partitions: {partitions} ran, 0 skipped" in result.output
    assert f"merged {len(truth[1]):,} rows into conversion_items, {len(truth[0]):,} rows into conversions" \
        in result.output
    assert USER_API_KEY not in result.output and APPLICATION_KEY not in result.output

    again = CliRunner().invoke(app, argv)
    assert again.exit_code == 0, again.output
    assert f"{partitions} partitions: 0 ran, {partitions} skipped" in again.output
    assert sandboxes.requests()[0] == before[0] + requests and partnerize_rows(db) == truth
