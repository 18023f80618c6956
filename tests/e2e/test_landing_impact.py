"""impact actions landed in DuckDB with dlt: equality with the sandbox after every run, state moves between
runs (approvals are not updates), new actions, a run killed mid-way, a destination that fails."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from affiliate_clients.pull.landing.impact import ImpactLanding, impact_source
from affiliate_clients.pull.landing.run import LandingFailed, land, pipeline_for
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.impact import create_app
from starlette.applications import Starlette

from .landing_support import Clock, action_table, action_truth, impact_client


@pytest.fixture
def app() -> Starlette:
    return create_app(SandboxConfig(records=3_000, seed=11))


def _landing(app: Starlette, clock: Clock, **options: Any) -> ImpactLanding:
    anchor = app.state.actions.anchor
    return ImpactLanding(impact_client(app, **options.pop("client_options", {})), since=anchor - dt.timedelta(days=181),
                         clock=clock, page_size=2_000, **options)


def _unlocked_pending(app: Starlette, now: dt.datetime, count: int) -> set[str]:
    ids = sorted(r.payload["Id"] for r in app.state.actions.records if r.state == "PENDING" and r.locking > now)
    return set(ids[:count])


def test_every_run_equals_the_sandbox_through_approvals_and_new_actions(app: Starlette, tmp_path: Path) -> None:
    db = tmp_path / "impact.duckdb"
    clock = Clock(app.state.actions.anchor + dt.timedelta(days=5))
    pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    first = land(pipeline, impact_source(_landing(app, clock)))
    assert first.rows["actions"] == 3_000
    assert action_table(db) == action_truth(app)

    # Between runs: pending actions not yet locked are approved (their update date does not move), others
    # reversed, and new ones arrive.
    store = app.state.actions
    approved = _unlocked_pending(app, clock.now, 40)
    reversed_ = _unlocked_pending(app, clock.now, 50) - approved
    assert len(approved) == 40 and reversed_
    before_run = clock.now
    clock.now += dt.timedelta(days=1)
    assert store.approve(approved, clock.now - dt.timedelta(hours=2)) == 40
    store.set_state(reversed_, "REVERSED", clock.now - dt.timedelta(hours=1))
    added = store.add(25, clock.now - dt.timedelta(hours=3), seed=1)
    assert all(r.updated < before_run for r in store.records if r.payload["Id"] in approved)  # no update date moved
    second = land(pipeline, impact_source(_landing(app, clock)))
    landed = action_table(db)
    assert landed == action_truth(app)
    assert {landed[i][0] for i in approved} == {"APPROVED"} and set(added) <= set(landed)
    assert second.rows["actions"] < 3_025        # only what could still change was read again

    # A third run with nothing changed leaves the table as it is.
    clock.now += dt.timedelta(hours=6)
    land(pipeline, impact_source(_landing(app, clock)))
    assert action_table(db) == action_truth(app)


class _Killed(Exception):
    pass


def test_a_run_killed_mid_way_and_run_again_leaves_the_same_table(app: Starlette, tmp_path: Path) -> None:
    db = tmp_path / "impact.duckdb"
    clock = Clock(app.state.actions.anchor + dt.timedelta(days=5))
    pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    land(pipeline, impact_source(_landing(app, clock)))
    clock.now += dt.timedelta(days=1)
    app.state.actions.approve(_unlocked_pending(app, clock.now, 30), clock.now)
    app.state.actions.add(10, clock.now - dt.timedelta(hours=1), seed=2)
    state_before = pipeline.state["sources"]

    landing = _landing(app, clock)

    def kill_after_first_page(tally: Any) -> None:
        raise _Killed("killed after one page")

    landing.tally.on_page = kill_after_first_page
    with pytest.raises(_Killed):
        land(pipeline, impact_source(landing))
    assert pipeline.state["sources"] == state_before
    land(pipeline, impact_source(_landing(app, clock)))
    assert action_table(db) == action_truth(app)


def test_a_destination_that_fails_raises_clearly_and_does_not_advance_the_state(app: Starlette,
                                                                                tmp_path: Path) -> None:
    db = tmp_path / "impact.duckdb"
    clock = Clock(app.state.actions.anchor + dt.timedelta(days=5))
    pipeline = pipeline_for("impact", f"duckdb:{db}", pipelines_dir=tmp_path / "pipelines")
    land(pipeline, impact_source(_landing(app, clock)))
    cursor = pipeline.state["sources"]["impact"]["resources"]["actions"]["cursor"]
    clock.now += dt.timedelta(days=1)
    app.state.actions.approve(_unlocked_pending(app, clock.now, 30), clock.now)

    # Another process holds the DuckDB file (a locked file): the load fails.
    hold = f"import duckdb, sys; c = duckdb.connect({str(db)!r}); print('held', flush=True); sys.stdin.read()"
    holder = subprocess.Popen([sys.executable, "-c", hold],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LandingFailed, match="duckdb.*not advanced"):
            land(pipeline, impact_source(_landing(app, clock)))
    finally:
        holder.communicate("")
    assert pipeline.state["sources"]["impact"]["resources"]["actions"]["cursor"] == cursor
    assert not pipeline.has_pending_data
    land(pipeline, impact_source(_landing(app, clock)))
    assert action_table(db) == action_truth(app)
