"""The ``affiliate-clients`` CLI against the impact sandbox: pull, crash mid-way, resume; diff; contract."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from affiliate_clients.cli import app
from affiliate_clients.http.schemas import bundled_spec
from affiliate_clients.pull import runner as runner_module
from affiliate_clients.pull import sinks
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from typer.testing import CliRunner

RECORDS = 9_000
ENV = {"IMPACT_ACCOUNT_SID": ACCOUNT_SID, "IMPACT_AUTH_TOKEN": AUTH_TOKEN}
runner = CliRunner()


@pytest.fixture(scope="module")
def truth() -> list[str]:
    """Every action id the sandbox the CLI seeds holds (same config, same seed)."""
    return sorted(r.payload["Id"] for r in create_app(SandboxConfig(records=RECORDS)).state.actions.records)


def _ids(path: Path, suffix: str = "") -> list[str]:
    if (suffix or path.suffix) == ".csv":
        with path.open(encoding="utf-8", newline="") as f:
            return [row["Id"] for row in csv.DictReader(f)]
    return [json.loads(line)["Id"] for line in path.read_text(encoding="utf-8").splitlines()]


def _pull(out: Path, checkpoint: Path | None = None, *extra: str) -> Any:
    args = ["pull", "impact", "actions", "--sandbox", "--sandbox-records", str(RECORDS), "--page-size", "2000",
            "--out", str(out), "--no-progress", *extra]
    return runner.invoke(app, args + (["--checkpoint", str(checkpoint)] if checkpoint else []))


class Crash(Exception):
    """Stands in for the process dying."""


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_pull_killed_mid_way_resumes_with_every_record_exactly_once(
        tmp_path: Path, truth: list[str], suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out, checkpoint = tmp_path / f"actions{suffix}", tmp_path / "pull.checkpoint"
    kind = sinks.SINKS[suffix]
    real_write = kind.write
    written = 0

    def dying_write(self: sinks.Sink, record: Any) -> None:
        nonlocal written
        written += 1
        if written > 5_100:  # mid-page: 2,000 per page
            raise Crash("killed")
        real_write(self, record)

    monkeypatch.setattr(kind, "write", dying_write)
    first = _pull(out, checkpoint)
    assert isinstance(first.exception, Crash)
    saved = json.loads(checkpoint.read_text())
    assert not saved["done"] and 0 < saved["sink"]["records"] <= 5_100
    partial = runner_module.partial_of(out)
    assert not out.exists(), "nothing is written to --out before the pull is complete"
    assert len(_ids(partial, suffix)) > saved["sink"]["records"], "records written after the last checkpoint (cut on resume)"

    monkeypatch.setattr(kind, "write", real_write)
    second = _pull(out, checkpoint)
    assert second.exit_code == 0, second.output
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == RECORDS
    assert sorted(ids) == truth and not partial.exists()
    assert json.loads(checkpoint.read_text())["done"]

    again = _pull(out, checkpoint)
    assert again.exit_code == 0 and "already complete" in again.output
    assert len(_ids(out)) == RECORDS


def test_pull_from_a_base_url_with_credentials_from_the_environment(tmp_path: Path) -> None:
    app_ = create_app(SandboxConfig(records=3_000, seed=3))
    anchor = app_.state.actions.anchor
    since, until = (anchor.date().replace(day=1)).isoformat(), anchor.date().isoformat()
    expected = sorted(r.payload["Id"] for r in app_.state.actions.records
                      if since <= r.updated.date().isoformat() <= until)
    out = tmp_path / "a.jsonl"
    with ServerThread(app_) as server:
        result = runner.invoke(app, ["pull", "impact", "actions", "--base-url", server.base_url, "--since", since,
                                     "--until", until, "--out", str(out), "--no-progress"], env=ENV)
    assert result.exit_code == 0, result.output
    assert sorted(_ids(out)) == expected and expected
    missing = runner.invoke(app, ["pull", "impact", "actions", "--base-url", "https://api.impact.com", "--since",
                                  since, "--until", until, "--out", str(out)],
                            env={"IMPACT_ACCOUNT_SID": "", "IMPACT_AUTH_TOKEN": ""})
    assert missing.exit_code == 2 and "IMPACT_ACCOUNT_SID" in missing.output


def test_a_checkpoint_of_another_pull_is_refused(tmp_path: Path) -> None:
    out, checkpoint = tmp_path / "a.jsonl", tmp_path / "c.json"
    assert _pull(out, checkpoint).exit_code == 0
    other = _pull(tmp_path / "b.jsonl", checkpoint)
    assert other.exit_code == 2 and "is for impact actions into" in other.output


def test_unknown_stream_lists_the_registered_ones(tmp_path: Path) -> None:
    result = runner.invoke(app, ["pull", "impact", "clicks", "--out", str(tmp_path / "x.jsonl")])
    text = " ".join(result.output.replace("│", " ").split())  # rich wraps the message inside a box
    assert result.exit_code == 2 and "impact actions" in text and "partnerize conversions" in text


def test_diff_command_fails_on_breaking_changes(tmp_path: Path) -> None:
    old = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
        "operationId": "get_a", "responses": {"200": {"description": "ok"}}}}}}
    new = {**old, "paths": {}}
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    args = ["diff", "toy", "--old", str(tmp_path / "old.yaml"), "--new", str(tmp_path / "new.yaml"),
            "--ack", str(tmp_path / "none.txt")]
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "toy:operation-removed:get_a" in result.output
    assert runner.invoke(app, [*args, "--accept-breaking"]).exit_code == 0


def test_contract_command_against_the_sandbox_on_loopback() -> None:
    with ServerThread(create_app(SandboxConfig(records=100))) as server:
        result = runner.invoke(app, ["contract", "impact", "--base-url", server.base_url, "--rate", "1000",
                                     "--examples", "2", "--param", "CampaignId=1000"], env=ENV)
    assert result.exit_code == 0, result.output
    gets = sum(1 for item in bundled_spec("impact")["paths"].values() for method in item if method == "get")
    assert f"{gets} operation(s) tried" in result.output and "agreed with the spec" in result.output
