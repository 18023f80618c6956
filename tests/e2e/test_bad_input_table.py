"""Issue 16, items 7-9: bad input to every public method of the four clients, their constructors and the CLI's
``pull`` flags is refused before any request, with a message naming the parameter or the flag.

A recording transport under each client proves that nothing was sent; for the CLI, every request of every
client passes through the innermost transport (``http/scrub.py``), which is watched instead.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from affiliate_clients import ImpactClient, InvalidRequest, InvocaClient, PartnerizeClient, SpaazaClient
from affiliate_clients.cli import app as cli_app
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.impact_client.api.partner_groups import delete_partner_group, get_partner_group
from affiliate_clients.generated.invoca_client.api.relationships import get_relationship
from affiliate_clients.generated.partnerize_client.api.partner_management import get_partner
from affiliate_clients.generated.partnerize_client.api.reporting import get_click_report, get_conversion_report
from affiliate_clients.generated.partnerize_client.models import ReportFormat
from affiliate_clients.http import scrub
from affiliate_clients.http.budget import Rate
from affiliate_clients.sandbox import impact, invoca, partnerize, spaaza
from affiliate_clients.sandbox.common.config import SandboxConfig
from typer.testing import CliRunner

from tests.helpers import Recorder

UTC = dt.UTC
NOW = dt.datetime.now(UTC)
DAY = dt.timedelta(days=1)
PUB = "1l1007802"
JSON = ReportFormat.JSON


def _drain(value: Any) -> Any:
    """Run what a method returned far enough to send its first request (iterators, pulls, coroutines)."""
    if asyncio.iscoroutine(value):
        return asyncio.run(value)
    if hasattr(value, "__aiter__"):
        async def first() -> None:
            async for _ in value:
                return
        return asyncio.run(first())
    if hasattr(value, "__iter__") and not isinstance(value, str | bytes | dict):
        return next(iter(value), None)
    return value


Case = tuple[str, Callable[[Any], Any], str, str]
CASES: list[Case] = [
    # item 7: path parameters that would leave their segment, through call(), the typed methods and helpers
    ("partnerize", lambda c: c.call(get_partner, publisher_id=".."), "publisher_id", "'..'"),
    ("partnerize", lambda c: c.call(get_partner, publisher_id="."), "publisher_id", "'.'"),
    ("partnerize", lambda c: c.acall(get_partner, publisher_id=".."), "publisher_id", "'..'"),
    ("partnerize", lambda c: c.call(get_partner, publisher_id="1l1\r\nX-Evil: 1"), "publisher_id", "control"),
    ("partnerize", lambda c: c.call(get_partner, publisher_id=None), "publisher_id", "None"),
    ("partnerize", lambda c: c.call(get_partner, publisher_id=""), "publisher_id", "empty"),
    ("partnerize", lambda c: c.call(get_partner, publisher_id="x" * 2000), "publisher_id", "at most 1024"),
    ("partnerize", lambda c: c.wait_for_job(".."), "job_id", "'..'"),
    ("partnerize", lambda c: c.await_job(".."), "job_id", "'..'"),
    ("impact", lambda c: c.call(get_partner_group, campaign_id="..", partner_group_id=".."), "campaign_id", "'..'"),
    ("impact", lambda c: c.call(get_partner_group, campaign_id=1000, partner_group_id=".."), "partner_group_id",
     "'..'"),
    ("impact", lambda c: c.partner_groups.get(campaign_id=1000, partner_group_id=None), "partner_group_id", "None"),
    ("impact", lambda c: c.partner_groups.adelete(campaign_id=".", partner_group_id=1), "campaign_id", "'.'"),
    ("impact", lambda c: c.call(delete_partner_group, campaign_id=1000, partner_group_id="5\n"),
     "partner_group_id", "control"),
    ("impact", lambda c: c.partner_groups.list(campaign_id=1000, account_sid=".."), "account_sid", "'..'"),
    ("invoca", lambda c: c.relationships(None), "advertiser_id_from_network", "non-empty id"),
    ("invoca", lambda c: c.arelationships(None), "advertiser_id_from_network", "non-empty id"),
    ("invoca", lambda c: c.relationships(".."), "advertiser_id_from_network", "'..'"),
    ("invoca", lambda c: c.set_relationship("1", "..", "Approved"), "affiliate_id_from_network", "'..'"),
    ("invoca", lambda c: c.aset_relationship(".", "9", "Approved"), "advertiser_id_from_network", "'.'"),
    ("invoca", lambda c: c.call(get_relationship, advertiser_id_from_network="1", affiliate_id_from_network=".."),
     "affiliate_id_from_network", "'..'"),
    ("invoca", lambda c: c.relationships_api.get(advertiser_id_from_network="..", affiliate_id_from_network="1"),
     "advertiser_id_from_network", "'..'"),
    ("invoca", lambda c: c.relationships_api.alist(advertiser_id_from_network=None), "advertiser_id_from_network",
     "None"),
    # item 8: Partnerize report inputs, as impact's are checked
    ("partnerize", lambda c: c.conversions(PUB, "not a date"), "start_date", "date-time"),
    ("partnerize", lambda c: c.conversions(PUB, None), "start_date", "is required"),
    ("partnerize", lambda c: c.conversions(PUB, dt.datetime(2024, 1, 1)), "start_date", "timezone-aware"),
    ("partnerize", lambda c: c.conversions(PUB, "2024-06-01", end_date="2024-01-01"), "end_date", "before start"),
    ("partnerize", lambda c: c.conversions(PUB, "2014-01-01", end_date="2024-01-01"), "end_date", "5 years"),
    ("partnerize", lambda c: c.conversions("x" * 10_000, "2024-01-01"), "publisher_id", "at most 64"),
    ("partnerize", lambda c: c.conversions(PUB, "2024-01-01", limit="300"), "limit", "integer"),
    ("partnerize", lambda c: c.aconversions(PUB, "2024-01-01", end_date="2023-01-01"), "end_date", "before start"),
    ("partnerize", lambda c: c.clicks(PUB, "yesterday-ish"), "start_date", "date-time"),
    ("partnerize", lambda c: c.aclicks(PUB, "2024-01-01", limit=True), "limit", "integer"),
    ("partnerize", lambda c: c.paged(get_click_report, "clicks", publisher_id=PUB, format_=JSON, start_date=None),
     "start_date", "is required"),
    ("partnerize", lambda c: c.call(get_conversion_report, publisher_id=PUB, format_=JSON, start_date="2024-01-01",
                                    end_date="2040-01-01"), "end_date", "5 years"),
    ("partnerize", lambda c: c.call(get_click_report, publisher_id=PUB, format_=JSON, start_date="2024-01-01",
                                    offset="10"), "offset", "integer"),
    ("partnerize", lambda c: c.export_rows("clicks", publisher_id=PUB, start_date="2024-01-01", end_date=None),
     "end_date", "is required"),
    ("partnerize", lambda c: c.aexport_rows("conversions", publisher_id="", start_date="2024-01-01",
                                            end_date="2024-02-01"), "publisher_id", "is required"),
    ("impact", lambda c: c.actions(NOW - DAY, NOW, page_size="2000"), "page_size", "integer"),
    ("impact", lambda c: c.call(list_actions, page_size="2000"), "page_size", "integer"),
    ("impact", lambda c: c.call(list_actions, page="1"), "page", "integer"),
]

CONSTRUCTORS: list[tuple[Callable[[], Any], str, str]] = [
    # item 9: a credential with CR or LF (or anything a header cannot carry), in every constructor
    (lambda: SpaazaClient(bearer_token="canary\r\nX-Injected: 1"), "bearer_token", "CR or LF"),
    (lambda: SpaazaClient("1001", "canary-session\n"), "session_key", "CR or LF"),
    (lambda: SpaazaClient("10\r01", "canary-session"), "session_user_id", "CR or LF"),
    (lambda: InvocaClient("canary\ntoken", "77"), "api_token", "CR or LF"),
    (lambda: InvocaClient("canary-tökén", "77"), "api_token", "printable ASCII"),
    (lambda: ImpactClient("IRsid", "canary\r\ntoken"), "auth_token", "CR or LF"),
    (lambda: ImpactClient("IR\nsid", "canary-token"), "account_sid", "CR or LF"),
    (lambda: PartnerizeClient("canary-app\n", "user-key"), "application_key", "CR or LF"),
    (lambda: PartnerizeClient("app-key", "canary\ruser"), "user_api_key", "CR or LF"),
    # item 7: Invoca's network id is part of every URL
    (lambda: InvocaClient("token", network_id=".."), "network_id", "'..'"),
    (lambda: InvocaClient("token", network_id="77?x"), "network_id", "network's id"),
    (lambda: InvocaClient("token", network_id="77#x"), "network_id", "network's id"),
    (lambda: InvocaClient("token", network_id="7\n7"), "network_id", "control"),
    # item 8: a rate that can never let a request through
    (lambda: Rate(0, 1), "requests", "at least 1"),
    (lambda: Rate(10, 0), "per_seconds", "positive"),
    (lambda: Rate(10, 1, burst=0), "burst", "at least 1"),
    (lambda: ImpactClient("IRsid", "token", rate=Rate("10", 1)), "requests", "whole number"),  # type: ignore[arg-type]
]


def _client(vendor: str, recorder: Recorder) -> Any:
    from affiliate_clients import Transport

    options: dict[str, Any] = {"base_url": "http://127.0.0.1", "transport": Transport(sync=recorder, async_=recorder)}
    if vendor == "impact":
        return ImpactClient(impact.ACCOUNT_SID, impact.AUTH_TOKEN, rate=None, **options)
    if vendor == "partnerize":
        return PartnerizeClient(partnerize.APPLICATION_KEY, partnerize.USER_API_KEY, **options)
    if vendor == "invoca":
        return InvocaClient(invoca.TOKEN, "77", **options)
    return SpaazaClient(session_user_id=spaaza.SESSION_USER_ID, session_key=spaaza.SESSION_KEY, **options)


APPS = {"impact": lambda: impact.create_app(SandboxConfig(records=10)),
        "partnerize": lambda: partnerize.create_app(SandboxConfig(records=10)),
        "invoca": invoca.create_app, "spaaza": spaaza.create_app}


@pytest.mark.parametrize(("vendor", "act", "parameter", "rule"), CASES,
                         ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(CASES)])
def test_method_refuses_before_any_request(vendor: str, act: Callable[[Any], Any], parameter: str,
                                           rule: str) -> None:
    recorder = Recorder(APPS[vendor]())
    with _client(vendor, recorder) as client, pytest.raises(InvalidRequest) as caught:
        _drain(act(client))
    assert caught.value.parameter == parameter, str(caught.value)
    assert rule in str(caught.value) and parameter in str(caught.value), str(caught.value)
    assert recorder.requests == [], "a request was sent"


@pytest.mark.parametrize(("build", "parameter", "rule"), CONSTRUCTORS,
                         ids=[f"{c[1]}-{n}" for n, c in enumerate(CONSTRUCTORS)])
def test_constructor_refuses(build: Callable[[], Any], parameter: str, rule: str,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _watch(monkeypatch)
    with pytest.raises(InvalidRequest) as caught:
        build()
    assert isinstance(caught.value, ValueError) and caught.value.parameter == parameter
    assert rule in str(caught.value), str(caught.value)
    assert "canary" not in str(caught.value) and "canary" not in repr(caught.value)  # item 9: never the value
    assert sent == []


def _watch(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Request]:
    """Record every request any client sends (all pass through the innermost transport)."""
    sent: list[httpx.Request] = []
    sync, async_ = scrub.ScrubTransport.handle_request, scrub.AsyncScrubTransport.handle_async_request

    def record(self: Any, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return sync(self, request)

    async def arecord(self: Any, request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return await async_(self, request)

    monkeypatch.setattr(scrub.ScrubTransport, "handle_request", record)
    monkeypatch.setattr(scrub.AsyncScrubTransport, "handle_async_request", arecord)
    return sent


CLI_CASES: list[tuple[list[str], str]] = [
    (["partnerize", "conversions", "--where", "publisher_id=..", "--since", "2024-01-01"], "--where publisher_id"),
    (["partnerize", "clicks", "--where", "publisher_id=.", "--since", "2024-01-01"], "--where publisher_id"),
    (["invoca", "relationships", "--where", "advertiser_id=.."], "--where advertiser_id"),
    (["invoca", "relationships", "--where", "network_id=.."], "--where network_id"),
    (["partnerize", "conversions", "--where", "publisher_id=", "--since", "2024-01-01"], "--where publisher_id"),
    (["partnerize", "conversions", "--since", "2024-06-01", "--until", "2024-01-01"], "--until"),
    (["impact", "actions", "--since", "2024-06-01", "--until", "2024-05-31"], "--since"),
]


@pytest.mark.parametrize("landing", [False, True], ids=["out", "to"])
@pytest.mark.parametrize(("argv", "flag"), CLI_CASES, ids=[c[1] + f"-{n}" for n, c in enumerate(CLI_CASES)])
def test_cli_refuses_before_any_request(argv: list[str], flag: str, landing: bool, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sent = _watch(monkeypatch)
    target = ["--to", f"duckdb:{tmp_path / 'x.duckdb'}", "--pipelines-dir", str(tmp_path)] if landing \
        else ["--out", str(tmp_path / "out.jsonl")]
    result = CliRunner().invoke(cli_app, ["pull", *argv, "--sandbox", "--no-progress", *target])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and flag in lines[0], result.output
    assert sent == [] and not (tmp_path / "out.jsonl").exists()
