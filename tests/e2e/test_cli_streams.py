"""``affiliate-clients pull`` for the Partnerize and Invoca streams, crash and resume included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from affiliate_clients.cli import app
from affiliate_clients.pull import sinks
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.partnerize import create_app
from affiliate_clients.sandbox.partnerize.reports_data import reports_of
from affiliate_clients.testing import facts
from typer.testing import CliRunner

runner = CliRunner()
RECORDS = 2_000


def _pull(stream: list[str], out: Path, checkpoint: Path) -> Any:
    return runner.invoke(app, ["pull", *stream, "--sandbox", "--sandbox-records", str(RECORDS), "--out", str(out),
                               "--checkpoint", str(checkpoint), "--no-progress"])


class Crash(Exception):
    """Stands in for the process dying."""


def test_partnerize_conversions_killed_and_resumed_exactly_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    truth = sorted(c.conversion_id for c in reports_of(create_app(SandboxConfig(records=RECORDS)).state.store).conversions)
    out, checkpoint = tmp_path / "conversions.jsonl", tmp_path / "conversions.ckpt"
    stream = ["partnerize", "conversions"]  # --sandbox fills --since/--until with the dates of its data
    real_write = sinks.JsonlSink.write
    written = 0

    def dying_write(self: sinks.Sink, record: Any) -> None:
        nonlocal written
        written += 1
        if written > 777:  # part-way through the third page of 300
            raise Crash("killed")
        real_write(self, record)  # type: ignore[arg-type]

    monkeypatch.setattr(sinks.JsonlSink, "write", dying_write)
    with pytest.raises(Crash):
        runner.invoke(app, ["pull", *stream, "--sandbox", "--sandbox-records", str(RECORDS), "--out", str(out),
                            "--checkpoint", str(checkpoint), "--no-progress"], catch_exceptions=False)
    monkeypatch.setattr(sinks.JsonlSink, "write", real_write)
    resumed = _pull(stream, out, checkpoint)
    assert resumed.exit_code == 0, resumed.output
    known = facts("partnerize")
    assert f"--sandbox: --since {known.first:%Y-%m-%d %H:%M} and --until {known.last:%Y-%m-%d %H:%M} UTC" in \
        resumed.output
    ids = [json.loads(line)["conversion_data"]["conversion_id"] for line in out.read_text().splitlines()]
    assert len(ids) == len(set(ids)) and sorted(ids) == truth


def test_partnerize_clicks_and_invoca_relationships(tmp_path: Path) -> None:
    clicks = tmp_path / "clicks.jsonl"
    known = facts("partnerize")
    assert known.first is not None and known.last is not None
    result = _pull(["partnerize", "clicks", "--since", f"{known.first:%Y-%m-%d}", "--until", f"{known.last:%Y-%m-%d}"],
                   clicks, tmp_path / "clicks.ckpt")
    assert result.exit_code == 0, result.output
    assert "--sandbox:" not in result.output  # both dates given: nothing chosen for the user
    ids = [json.loads(line)["click"]["click_id"] for line in clicks.read_text().splitlines()]
    assert len(ids) == len(set(ids)) == 2 * RECORDS
    relationships = tmp_path / "relationships.jsonl"
    result = _pull(["invoca", "relationships", "--where", "advertiser_id=1"], relationships, tmp_path / "rel.ckpt")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in relationships.read_text().splitlines()]
    assert {r["affiliate_id_from_network"] for r in rows} and all(r["status"] for r in rows)
