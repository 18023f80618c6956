"""Issue 16, item 10 and the canary test: no credential of any client shows up in any channel a user or an
error reporter sees, in raw, percent-encoded or Base64 form (``SID:token`` for the Basic schemes included).

Channels: log records at DEBUG (every logger: root, httpx, httpcore), ``str``/``repr`` of every exception and
client, tracebacks rendered with ``capture_locals=True`` (as Sentry-like reporters capture them), checkpoint
JSON, CLI output, the landed tables and dlt's pipeline folder. Failures come from the sandboxes' injected faults,
wrong credentials (401) and a loopback port nobody listens on (so httpcore's own frames are in the tracebacks).
The counts per channel are printed (``pytest -s``).
"""

from __future__ import annotations

import base64
import json
import logging
import socket
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
import pytest
from affiliate_clients import ImpactClient, InvocaClient, PartnerizeClient, RetryPolicy, SpaazaClient
from affiliate_clients.cli import app as cli_app
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.sandbox import impact, invoca, partnerize, spaaza
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from typer.testing import CliRunner

from tests.helpers import in_process

FAST = RetryPolicy(attempts=2, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0, timeout=5.0)
FAULTS = FaultPlan(schedule={1: "429", 2: "503", 3: "drop", 5: "502", 6: "drop", 7: "drop"}, retry_after_seconds=0)
# Wrong credentials with characters that percent-encoding changes, so each form is a distinct string.
WRONG = {"impact": ("IRcanarySID/9", "CANARY+impact/tok=1"), "partnerize": ("CANARY+app/key=2", "CANARY+user/key=3"),
         "invoca": "CANARY+invoca/tok=4", "spaaza": ("1001", "CANARY+spaaza/key=5"), "bearer": "CANARY+bearer/t=6"}
PUB = "1l1007802"


def _forms(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote(secret), base64.b64encode(secret.encode()).decode()}


def _basic(user: str, secret: str) -> set[str]:
    return _forms(secret) | {base64.b64encode(f"{user}:{secret}".encode()).decode()}


CANARIES: set[str] = (_basic(impact.ACCOUNT_SID, impact.AUTH_TOKEN) | _basic(*WRONG["impact"])
                      | _basic(partnerize.APPLICATION_KEY, partnerize.USER_API_KEY) | _basic(*WRONG["partnerize"])
                      | _forms(partnerize.APPLICATION_KEY)
                      | _forms(invoca.TOKEN) | _forms(WRONG["invoca"]) | _forms(spaaza.SESSION_KEY)
                      | _forms(spaaza.BEARER_TOKEN) | _forms(WRONG["spaaza"][1]) | _forms(WRONG["bearer"]))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _exception_texts(exc: BaseException) -> list[str]:
    rendered = traceback.TracebackException(type(exc), exc, exc.__traceback__, capture_locals=True)
    texts = ["".join(rendered.format()), str(exc), repr(exc), repr(vars(exc))]
    request = getattr(exc, "_request", None)
    if request is not None:
        texts += [str(request.url), repr(request)]
    return texts


class Channels:
    """Text seen per channel."""

    def __init__(self) -> None:
        self.texts: dict[str, list[str]] = {}

    def add(self, channel: str, texts: Iterable[str]) -> None:
        self.texts.setdefault(channel, []).extend(texts)

    def run(self, client: Any, actions: Iterable[Callable[[Any], Any]]) -> None:
        self.add("client repr", [repr(client), str(client)])
        for action in actions:
            try:
                action(client)
            except Exception as exc:  # noqa: BLE001  (every failure, typed or not, is a channel)
                self.add("exceptions (str, repr, traceback with locals)", _exception_texts(exc))
        client.close()

    def counts(self) -> Counter[str]:
        found: Counter[str] = Counter()
        for channel, texts in self.texts.items():
            found[channel] += sum(text.count(canary) for text in texts for canary in CANARIES)
        return found


def _library_channels(tmp_path: Path) -> Channels:
    seen = Channels()
    refused = {"base_url": f"http://127.0.0.1:{_closed_port()}", "retry": FAST}

    def faulty(module: Any, **config: Any) -> Callable[[], dict[str, Any]]:
        return lambda: {**in_process(module.create_app(SandboxConfig(faults=FAULTS, **config))), "retry": FAST}

    def closed() -> dict[str, Any]:
        return refused

    # impact.com
    for options in (faulty(impact, records=50), closed):
        for sid, token in ((impact.ACCOUNT_SID, impact.AUTH_TOKEN), WRONG["impact"]):
            seen.run(ImpactClient(sid, token, rate=None, **options()),
                     [lambda c: c.call(list_partner_groups, campaign_id=1000),
                      lambda c: c.call(list_partner_groups, campaign_id=1000),
                      lambda c: list(c.iterate_plan(c.plan_actions(*impact_range()), ahead=0))])
    # Partnerize: a pull whose checkpoint is saved, then errors
    for options in (faulty(partnerize, records=60), closed):
        for keys in ((partnerize.APPLICATION_KEY, partnerize.USER_API_KEY), WRONG["partnerize"]):
            def pulled(c: PartnerizeClient) -> None:
                pull = c.conversions(PUB, "2024-01-01T00:00:00Z", end_date="2025-01-02T00:00:00Z", limit=20)
                try:
                    for _ in pull:
                        seen.add("checkpoint JSON", [json.dumps(pull.checkpoint())])
                finally:
                    seen.add("checkpoint JSON", [json.dumps(pull.checkpoint())])
            seen.run(PartnerizeClient(*keys, **options()), [pulled, pulled])
    # Invoca, both credential forms
    for auth in ("header", "query"):
        for options in (faulty(invoca), closed):
            for token in (invoca.TOKEN, WRONG["invoca"]):
                seen.run(InvocaClient(token, "77", auth=auth, **options()),  # type: ignore[arg-type]
                         [lambda c: list(c.relationships("1")), lambda c: c.set_relationship("1", "222", "Approved"),
                          lambda c: list(c.relationships("1")), lambda c: c.set_relationship("1", "9", "Pending")])
    # Spaaza, session and bearer
    for options in (faulty(spaaza), closed):
        for credentials in ({"session_user_id": spaaza.SESSION_USER_ID, "session_key": spaaza.SESSION_KEY},
                            {"bearer_token": spaaza.BEARER_TOKEN},
                            {"session_user_id": WRONG["spaaza"][0], "session_key": WRONG["spaaza"][1]},
                            {"bearer_token": WRONG["bearer"]}):
            seen.run(SpaazaClient(**credentials, **options()),
                     [lambda c: c.create_campaign_group(123, "Summer"),
                      lambda c: c.update_campaign_group(1, 123, name="x"),
                      lambda c: c.update_campaign_group(1, 123, name="y")])
    return seen


def impact_range() -> tuple[Any, Any]:
    from affiliate_clients.pull.impact import sandbox_range

    start, end = sandbox_range()
    return start, min(end, start + (end - start) / 8)


def _cli_channels(tmp_path: Path, seen: Channels) -> None:
    runner = CliRunner()
    streams = [["impact", "actions", "--sandbox-records", "300"], ["partnerize", "conversions",
               "--sandbox-records", "200"], ["invoca", "relationships"]]
    for n, stream in enumerate(streams):
        out = tmp_path / f"out{n}.jsonl"
        ckpt = tmp_path / f"out{n}.ckpt"
        result = runner.invoke(cli_app, ["pull", *stream, "--sandbox", "--no-progress", "--out", str(out),
                                         "--checkpoint", str(ckpt)])
        seen.add("CLI output", [result.output, repr(result.exception)])
        seen.add("checkpoint JSON", [p.read_text(errors="replace") for p in (ckpt, out) if p.exists()])
        db = tmp_path / f"land{n}.duckdb"
        pipelines = tmp_path / f"pipelines{n}"
        landed = runner.invoke(cli_app, ["pull", *stream, "--sandbox", "--no-progress", "--to", f"duckdb:{db}",
                                         "--pipelines-dir", str(pipelines)])
        seen.add("CLI output", [landed.output, repr(landed.exception)])
        assert landed.exit_code == 0, landed.output
        with duckdb.connect(str(db), read_only=True) as con:
            tables = con.sql("select table_schema, table_name from information_schema.tables").fetchall()
            for schema, table in tables:
                rows = con.sql(f'select * from "{schema}"."{table}"').fetchall()
                seen.add("landed tables", [repr(rows)])
        seen.add("landed tables", [db.read_bytes().decode("latin-1")])
        seen.add("dlt pipeline folder", [p.read_bytes().decode("latin-1") for p in pipelines.rglob("*") if p.is_file()])


def test_no_canary_in_any_channel(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                  capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")  # dlt would report to its vendor's host
    caplog.set_level(logging.DEBUG)  # the root logger: httpx, httpcore and ours included
    for name in ("httpx", "httpcore", "affiliate_clients"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    seen = _library_channels(tmp_path)
    _cli_channels(tmp_path, seen)
    seen.add("log records (DEBUG)", [r.getMessage() + repr(r.args) + repr(vars(r)) for r in caplog.records])
    seen.add("printed output", [capsys.readouterr().out])
    counts = seen.counts()
    volume = {channel: len(texts) for channel, texts in seen.texts.items()}
    with capsys.disabled():
        print("\ncanary occurrences per channel (texts examined):")
        for channel in sorted(seen.texts):
            print(f"  {channel}: {counts[channel]} ({volume[channel]})")
    assert volume["exceptions (str, repr, traceback with locals)"] > 50 and volume["log records (DEBUG)"] > 50
    assert any("httpcore" in t for t in seen.texts["log records (DEBUG)"]), "httpcore's DEBUG records not seen"
    leaks = {channel: count for channel, count in counts.items() if count}
    if leaks:
        channel = next(iter(leaks))
        sample = next(t for t in seen.texts[channel] if any(c in t for c in CANARIES))
        canary = next(c for c in CANARIES if c in sample)
        at = sample.index(canary)
        pytest.fail(f"canaries found: {leaks}; e.g. in {channel}: ...{sample[max(0, at - 300):at + 60]!r}")
