"""A landing from a sandbox that drifts on purpose: the landed ``actions`` equal the ground truth for every readable
record, the broken ones are in ``_rejected`` (once, even across a second run), the members the spec does not name
are in ``_extra``, and the run's drift report is in ``_drift`` with the sandbox's counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
from affiliate_clients.pull.landing.impact import ImpactLanding, impact_source
from affiliate_clients.pull.landing.run import land, pipeline_for
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.sandbox.impact import create_app

from .landing_support import Clock, action_table, action_truth, impact_client


def test_a_drifting_sandbox_lands_what_can_be_read_and_keeps_the_rest(tmp_path: Path) -> None:
    app = create_app(SandboxConfig(records=2_000, seed=4, drift=DriftPlan(seed=3, rate=0.2)))
    db = tmp_path / "impact.duckdb"
    clock = Clock(app.state.actions.anchor + dt.timedelta(days=5))
    pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    landing = ImpactLanding(impact_client(app), since=app.state.actions.anchor - dt.timedelta(days=181), clock=clock,
                            page_size=2_000)
    landed = land(pipeline, impact_source(landing))
    tally = app.state.drift.tally
    broken = tally.keys(breaking=True)
    assert broken and tally.keys(breaking=False)

    truth = {key: row for key, row in action_truth(app).items() if key not in broken}
    table = action_table(db)
    readable_drifted = {r.key for r in tally.select(breaking=False)}
    # Rows whose values drifted (a null, a number for text, an unknown state) land as the vendor sent them; the
    # rest equal the sandbox's own records.
    assert set(table) == set(truth)
    assert {k: v for k, v in table.items() if k not in readable_drifted} == {
        k: v for k, v in truth.items() if k not in readable_drifted}

    with duckdb.connect(str(db), read_only=True) as con:
        rejected = con.sql("select key, kind, path, record from affiliate._rejected").fetchall()
        extra = dict(con.sql("select id, _extra from affiliate.actions where _extra is not null").fetchall())
        drift_rows = con.sql("select path, kind, count from affiliate._drift").fetchall()
    assert sorted(k for k, *_ in rejected) == sorted(broken)
    assert all(json.loads(record)["Id"] == key for key, _, _, record in rejected)
    with_extras = {r.key for r in tally.select(kind="extra_fields")}
    assert set(extra) == with_extras
    assert all(set(json.loads(v)) == {"ExtraNote", "ExtraScore"} for v in extra.values())
    assert {(path, kind): count for path, kind, count in drift_rows} == {
        (path, kind): count for (_, path, kind), count in tally.client_counts().items()}
    assert landed.drift.count() == sum(tally.client_counts().values())

    # A second run re-reads the actions not yet locked (as every incremental run does): a broken one read again is
    # appended again with its read time (``rejected_at``), none is lost, and the actions still equal the truth.
    clock.now += dt.timedelta(days=1)
    land(pipeline, impact_source(landing))
    assert set(action_table(db)) == set(truth)
    with duckdb.connect(str(db), read_only=True) as con:
        keys = [k for (k,) in con.sql("select key from affiliate._rejected").fetchall()]
        ((runs,),) = con.sql("select count(distinct rejected_at) from affiliate._rejected").fetchall()
    assert set(keys) == broken and len(keys) >= len(broken) and runs >= 1
