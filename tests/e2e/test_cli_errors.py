"""Issue 17: every mistake a user can make on the command line ends with one line, ``error: ...``, naming the flag
(never a Python parameter), exit 2, no traceback and no file written; ``--help`` lists the streams and their
``--where`` keys; a failed pull leaves an earlier ``--out`` as it was; rejects and drift are reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from affiliate_clients.cli import app
from affiliate_clients.cli_catalogue import LANDING_WHERE
from affiliate_clients.pull import runner as pull_runner
from affiliate_clients.pull import sinks
from affiliate_clients.pull.landing.streams import LANDINGS
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from typer.testing import CliRunner

runner = CliRunner(env={"COLUMNS": "300", "IMPACT_ACCOUNT_SID": "", "IMPACT_AUTH_TOKEN": ""})
PULL = ["pull", "impact", "actions", "--no-progress"]
SB = [*PULL, "--sandbox"]

# (argv after the command, the error line's start after "error: ", what else it must say)
CASES: list[tuple[list[str], str, str]] = [
    ([*SB, "--where", "foo=bar", "--out", "{tmp}/a.jsonl"], "--where foo:", "its keys are state, campaign_id"),
    (["pull", "partnerize", "conversions", "--sandbox", "--where", "foo=bar", "--out", "{tmp}/a.jsonl"],
     "--where foo:", "its keys are publisher_id"),
    ([*SB, "--where", "campaign_id=abc", "--out", "{tmp}/a.jsonl"], "--where campaign_id:", "whole numbers"),
    ([*SB, "--where", "state=FOO", "--out", "{tmp}/a.jsonl"], "--where state:", "APPROVED, PENDING, REVERSED"),
    ([*SB, "--where", "state", "--out", "{tmp}/a.jsonl"], "--where:", "expected NAME=VALUE"),
    ([*SB, "--to", "duck:{tmp}/x.duckdb"], "--to:", "dlt knows no destination 'duck'"),
    ([*SB, "--to", "duckdb"], "--to:", "give --to duckdb:FILE"),
    ([*SB, "--to", "duckdb:{tmp}/x.duckdb", "--out", "{tmp}/a.jsonl"], "--out and --to:", "give one"),
    ([*SB, "--to", "duckdb:{tmp}/x.duckdb", "--where", "state=APPROVED"], "--where state:", "takes no --where"),
    ([*SB], "--out:", "give --out FILE"),
    ([*SB, "--out", "{tmp}/a.txt"], "--out must end in .jsonl or .csv", "a.txt"),
    ([*SB, "--page-size", "0", "--out", "{tmp}/a.jsonl"], "--page-size:", "at least 2,000"),
    (["pull", "partnerize", "conversions", "--sandbox", "--page-size", "500", "--out", "{tmp}/a.jsonl"],
     "--page-size:", "1 to 300"),
    (["pull", "invoca", "relationships", "--sandbox", "--page-size", "10", "--out", "{tmp}/a.jsonl"],
     "--page-size:", "one answer"),
    ([*SB, "--page-size", "abc", "--out", "{tmp}/a.jsonl"], "--page-size:", "not a valid int"),
    ([*SB, "--since", "2020-01-01", "--out", "{tmp}/a.jsonl"], "--since:", "at most 3 years back"),
    ([*SB, "--since", "yesterday", "--out", "{tmp}/a.jsonl"], "--since:", "expected a date"),
    ([*SB, "--since", "2026-06-01", "--until", "2026-05-01", "--out", "{tmp}/a.jsonl"], "--until", "is before"),
    ([*PULL, "--since", "2026-01-01", "--out", "{tmp}/a.jsonl"], "--until:", "need --since and --until"),
    ([*PULL, "--until", "2026-01-01", "--out", "{tmp}/a.jsonl"], "--since:", "need --since and --until"),
    ([*PULL, "--since", "2026-10-01", "--until", "2026-10-02", "--out", "{tmp}/a.jsonl"], "IMPACT_ACCOUNT_SID",
     "export it in the environment"),
    ([*PULL, "--base-url", "http://example.com", "--since", "2026-10-01", "--until", "2026-10-02", "--out",
      "{tmp}/a.jsonl"], "--base-url:", "must be https://"),
    ([*SB, "--base-url", "https://api.impact.com", "--out", "{tmp}/a.jsonl"], "--base-url:", "drop one"),
    ([*SB, "--on-invalid", "ignore", "--out", "{tmp}/a.jsonl"], "--on-invalid:", "quarantine"),
    ([*SB, "--checkpoint", "{tmp}/c.json", "--to", "duckdb:{tmp}/x.duckdb"], "--checkpoint:", "drop --checkpoint"),
    (["pull", "impact", "clicks", "--out", "{tmp}/a.jsonl"], "STREAM:", "impact actions"),
    (["pull", "impact"], "Missing argument", "stream"),
    ([*SB, "--nope"], "No such option: --nope", "pull --help"),
    (["sandbox", "foo"], "API:", "choose one of impact"),
    (["land-accounts", "impact", "clicks", "--accounts", "{tmp}/a.toml", "--since", "2026-01-01", "--to",
      "duckdb:{tmp}/x.duckdb", "--work-dir", "{tmp}/w"], "API STREAM:", "cannot be landed over many accounts"),
    (["land-accounts", "impact", "actions", "--accounts", "{tmp}/a.toml", "--since", "2026-01-01", "--to",
      "duckdb", "--work-dir", "{tmp}/w"], "--to:", "give --to duckdb:FILE"),
    (["land-accounts", "impact", "actions", "--accounts", "{tmp}/missing.toml", "--since", "2026-01-01", "--to",
      "duckdb:{tmp}/x.duckdb", "--work-dir", "{tmp}/w"], "--accounts:", "does not exist"),
]


def _argv(argv: list[str], tmp: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp)) for a in argv]


@pytest.mark.parametrize(("argv", "starts", "says"), CASES, ids=[f"{n}-{c[1]}" for n, c in enumerate(CASES)])
def test_a_mistake_is_one_line_naming_the_flag(argv: list[str], starts: str, says: str, tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[[accounts]]\naccount_sid = "IR1"\nauth_token_env = "X"\n', encoding="utf-8")
    result = runner.invoke(app, _argv(argv, tmp_path))
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and result.output.rstrip().endswith(errors[0]), result.output
    assert errors[0].startswith(f"error: {starts}") and says in errors[0], errors[0]
    assert "Traceback" not in result.output and "╭" not in result.output
    for python in ("account_sid", "start_date", "end_date", "page_size=", ": start:", ": end:"):
        assert python not in errors[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.toml"], "a refused run wrote a file"


def test_help_lists_the_streams_and_their_where_keys() -> None:
    text = " ".join(runner.invoke(app, ["pull", "--help"]).output.split())
    assert "impact actions: actions (conversions)" in text and "--where state: APPROVED, PENDING or REVERSED" in text
    assert "partnerize conversions" in text and "invoca relationships" in text and "advertiser_id" in text
    assert "impact partner_groups: --where campaign_id" in text
    top = " ".join(runner.invoke(app, ["--help"]).output.split())
    assert "Streams (affiliate-clients pull API STREAM" in top and "partnerize clicks" in top


def test_the_landing_where_keys_name_every_landing() -> None:
    assert set(LANDING_WHERE) == LANDINGS


def _sandboxed(tmp: Path, drift: DriftPlan | None = None) -> tuple[Any, list[str]]:
    app_ = create_app(SandboxConfig(records=3_000, seed=5, drift=drift))
    anchor = app_.state.actions.anchor
    dates = ["--since", (anchor.date() - dt.timedelta(days=40)).isoformat(), "--until", anchor.date().isoformat()]
    return app_, dates


ENV = {"IMPACT_ACCOUNT_SID": ACCOUNT_SID, "IMPACT_AUTH_TOKEN": AUTH_TOKEN}


def test_a_failed_pull_leaves_the_earlier_out_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "actions.jsonl"
    out.write_text('{"Id": "from an earlier run"}\n', encoding="utf-8")
    before = out.read_bytes()
    refused = runner.invoke(app, [*PULL, "--since", "2026-10-01", "--until", "2026-10-02", "--out", str(out)])
    assert refused.exit_code == 2 and out.read_bytes() == before          # failed before any request

    written = 0
    real = sinks.JsonlSink.write

    def full_disk(self: sinks.Sink, record: Any) -> None:
        nonlocal written
        written += 1
        if written > 2_500:
            raise OSError("No space left on device")
        real(self, record)  # type: ignore[arg-type]

    monkeypatch.setattr(sinks.JsonlSink, "write", full_disk)
    failed = runner.invoke(app, [*SB, "--page-size", "2000", "--out", str(out)])
    assert failed.exit_code != 0 and out.read_bytes() == before            # failed mid-way
    assert not pull_runner.partial_of(out).exists(), "nothing to resume from: the partial file goes"
    monkeypatch.setattr(sinks.JsonlSink, "write", real)
    done = runner.invoke(app, [*SB, "--page-size", "2000", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5_000    # replaced once complete


def test_rejects_and_drift_are_written_and_summarized(tmp_path: Path) -> None:
    app_, dates = _sandboxed(tmp_path, DriftPlan(seed=3, rate=0.05, kinds=("missing_required", "impossible_date",
                                                                            "unknown_enum")))
    out, report = tmp_path / "actions.jsonl", tmp_path / "drift.json"
    with ServerThread(app_) as server:
        base = ["pull", "impact", "actions", "--base-url", server.base_url, *dates, "--no-progress"]
        kept = runner.invoke(app, [*base, "--out", str(out), "--drift-report", str(report)], env=ENV)
        assert kept.exit_code == 0, kept.output
        raised = runner.invoke(app, [*base, "--out", str(tmp_path / "raised.jsonl"), "--on-invalid", "raise"],
                               env=ENV)
    rejects = [json.loads(line) for line in pull_runner.rejects_of(out).read_text(encoding="utf-8").splitlines()]
    broken = {r.key for r in app_.state.drift.tally.select(breaking=True)}
    assert rejects and broken and len(rejects) <= len(broken)
    assert all(r["path"].startswith("$.Actions[") and r["record"] for r in rejects)
    ids = {json.loads(line)["Id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert not ids & {r["record"].get("Id") for r in rejects}
    assert "drift from the impact spec:" in kept.output and f"drift report written to {report}" in kept.output
    assert json.loads(report.read_text(encoding="utf-8"))["deviations"]
    assert raised.exit_code == 2 and "on_invalid='raise'" in raised.output, raised.output
    assert not (tmp_path / "raised.jsonl").exists()
