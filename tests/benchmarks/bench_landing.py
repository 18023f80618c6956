"""Landing throughput: typed actions -> Arrow pages -> dlt merge into DuckDB, against a bare DuckDB insert of
the same Arrow tables in the same run. Prints its figures (not written to RESULTS.md)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
from affiliate_clients.pull.landing.impact import ACTION_COLUMNS, ACTION_SCHEMA, hints
from affiliate_clients.pull.landing.run import pipeline_for
from affiliate_clients.pull.landing.schema import to_table
from impact_client.models import Action

from sandbox.impact.actions import ActionStore

RECORDS = 200_000
PAGE = 20_000


def _models(count: int) -> list[Action]:
    store = ActionStore.seeded(5, count, "IRbench", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    return [Action.from_dict(r.payload) for r in store.records]


def test_landing_throughput_with_merge_against_a_bare_insert(tmp_path: Path) -> None:
    import dlt

    models = _models(RECORDS)
    began = time.perf_counter()
    tables = [to_table(models[i:i + PAGE], ACTION_COLUMNS, {"account_sid": ["IRbench"] * len(models[i:i + PAGE])},
                       ACTION_SCHEMA) for i in range(0, RECORDS, PAGE)]
    arrow_s = time.perf_counter() - began

    def pages() -> Iterator[pa.Table]:
        yield from tables

    resource = dlt.resource(pages, name="actions", primary_key="id", write_disposition="merge",
                            columns=hints(ACTION_COLUMNS, ACTION_SCHEMA))
    pipeline = pipeline_for("bench", f"duckdb:{tmp_path / 'merge.duckdb'}", pipelines_dir=tmp_path / "p")
    began = time.perf_counter()
    pipeline.run(resource)
    merge_first_s = time.perf_counter() - began
    began = time.perf_counter()
    pipeline.run(resource)                    # the same records again: every row matched and replaced
    merge_again_s = time.perf_counter() - began

    began = time.perf_counter()
    with duckdb.connect(str(tmp_path / "bare.duckdb")) as con:
        con.register("whole", pa.concat_tables(tables))
        con.sql("create table actions as select * from whole")
    bare_s = time.perf_counter() - began

    print(f"\nlanding {RECORDS:,} actions ({RECORDS // PAGE} pages of {PAGE:,}):")
    print(f"  typed models -> Arrow pages:      {arrow_s:6.2f}s  {RECORDS / arrow_s:10,.0f} records/s")
    print(f"  dlt merge into DuckDB (new):      {merge_first_s:6.2f}s  {RECORDS / merge_first_s:10,.0f} records/s")
    print(f"  dlt merge into DuckDB (replace):  {merge_again_s:6.2f}s  {RECORDS / merge_again_s:10,.0f} records/s")
    print(f"  bare DuckDB Arrow insert:         {bare_s:6.2f}s  {RECORDS / bare_s:10,.0f} records/s")
    print(f"  merge / bare: {merge_first_s / bare_s:.1f}x (new), {merge_again_s / bare_s:.1f}x (replace); "
          f"Arrow + merge end to end {RECORDS / (arrow_s + merge_again_s):,.0f} records/s")
