"""``affiliate-clients pull ... --to duckdb:FILE``: lands the sandbox stream, a second run merges (no doubles)."""

from __future__ import annotations

from pathlib import Path

import duckdb
from affiliate_clients.cli import app
from typer.testing import CliRunner


def test_pull_to_duckdb_lands_and_merges_on_rerun(tmp_path: Path) -> None:
    db = tmp_path / "impact.duckdb"
    argv = ["pull", "impact", "actions", "--sandbox", "--sandbox-records", "2000", "--to", f"duckdb:{db}",
            "--pipelines-dir", str(tmp_path / "pipelines"), "--no-progress"]
    runner = CliRunner()
    first = runner.invoke(app, argv)
    assert first.exit_code == 0, first.output
    assert "2,000 rows into actions" in first.output
    second = runner.invoke(app, argv)
    assert second.exit_code == 0, second.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.sql("select count(*), count(distinct id) from affiliate.actions").fetchall() == [(2000, 2000)]


def test_pull_to_an_unknown_landing_names_the_available_ones(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["pull", "impact", "clicks", "--sandbox", "--to", f"duckdb:{tmp_path / 'x.duckdb'}",
                                      "--pipelines-dir", str(tmp_path), "--no-progress"])
    assert result.exit_code == 2
    assert "impact actions" in result.output and "partnerize conversions" in result.output


def test_pull_without_out_or_to_is_refused() -> None:
    result = CliRunner().invoke(app, ["pull", "impact", "actions", "--sandbox"])
    assert result.exit_code != 0
