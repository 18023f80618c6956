"""Live contract mode against sandboxes served on loopback, one of them deliberately drifted from the spec."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import attrs
import pytest
import requests
from affiliate_clients.contract import (
    ContractReport,
    ContractSettings,
    GuardedAdapter,
    MissingCredentials,
    UnsafeRequestRefused,
    credentials,
    render,
    run_contract,
)
from affiliate_clients.http.budget import Rate
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from starlette.types import ASGIApp, Message, Receive, Scope, Send

FAST = Rate(10_000, 1.0)
ONE_GROUP = re.compile(r"/MediaPartnerGroups/\d+$")


class Drift:
    """Wraps the impact sandbox so that it disagrees with the spec on two operations, and records methods.

    ``list_partner_groups`` answers ``PartnerGroups`` instead of the required ``Groups``; ``get_partner_group``
    answers 418, a status the spec does not document.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.methods: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        self.methods.append(scope["method"])
        path = scope["path"]
        if scope["method"] == "GET" and ONE_GROUP.search(path):
            body = b'{"Status": "ERROR", "Message": "I am a teapot"}'
            await send({"type": "http.response.start", "status": 418,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]})
            return await send({"type": "http.response.body", "body": body})
        if scope["method"] == "GET" and path.endswith("/MediaPartnerGroups"):
            return await self.app(scope, receive, self._renaming(send))
        return await self.app(scope, receive, send)

    @staticmethod
    def _renaming(send: Send) -> Send:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            if start["status"] == 200:
                data = json.loads(body)
                data["PartnerGroups"] = data.pop("Groups")
                body = json.dumps(data).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        return wrapped


@pytest.fixture(scope="module")
def env() -> dict[str, str]:
    return {"IMPACT_ACCOUNT_SID": ACCOUNT_SID, "IMPACT_AUTH_TOKEN": AUTH_TOKEN}


def _settings(base_url: str, env: dict[str, str], **kwargs: Any) -> ContractSettings:
    headers, fixed = credentials("impact", env)
    return ContractSettings("impact", base_url, headers=headers, parameters={**fixed, "CampaignId": 1000},
                            rate=kwargs.pop("rate", FAST), examples=kwargs.pop("examples", 4), **kwargs)


def test_the_faithful_sandbox_agrees_with_the_spec(env: dict[str, str]) -> None:
    with ServerThread(create_app(SandboxConfig(records=200))) as server:
        report = run_contract(_settings(server.base_url, env))
    assert report.ok, render(report)
    assert sorted(report.operations) == ["get_partner_group", "list_actions", "list_partner_groups"]


def test_the_drifted_sandbox_is_reported_and_a_read_only_run_changes_nothing(env: dict[str, str]) -> None:
    drifted = Drift(create_app(SandboxConfig(records=200)))
    with ServerThread(drifted) as server:
        report = run_contract(_settings(server.base_url, env))
    text = render(report)
    print(text)
    found = {(f.operation, f.check) for f in report.findings.values()}
    assert ("list_partner_groups", "response_schema_conformance") in found, text
    assert ("get_partner_group", "status_code_conformance") in found, text
    assert not any(op == "list_actions" for op, _ in found), text
    schema_finding = report.findings[("list_partner_groups", "response_schema_conformance")]
    assert "Groups" in schema_finding.example and "GET http://127.0.0.1" in schema_finding.example
    assert set(drifted.methods) == {"GET"}, "a read-only run sent an unsafe request"
    assert set(report.requests) == {"GET"} and sum(report.requests.values()) == len(drifted.methods)


def test_unsafe_methods_need_the_flag(env: dict[str, str]) -> None:
    guard = GuardedAdapter(ContractReport("impact"), None, unsafe=False)
    with pytest.raises(UnsafeRequestRefused):
        guard.send(requests.Request("DELETE", "http://127.0.0.1:9/x").prepare())
    app = Drift(create_app(SandboxConfig(records=50)))
    with ServerThread(app) as server:
        report = run_contract(_settings(server.base_url, env, unsafe=True, examples=2,
                                        operations=("create_partner_group", "delete_partner_group")))
    assert {"POST", "DELETE"} <= set(app.methods)
    assert sorted(report.operations) == ["create_partner_group", "delete_partner_group"]


def test_its_own_rate_limit_paces_the_run(env: dict[str, str]) -> None:
    with ServerThread(create_app(SandboxConfig(records=50))) as server:
        started = time.perf_counter()
        report = run_contract(_settings(server.base_url, env, rate=Rate(10, 1.0, burst=1), examples=3,
                                        operations=("list_partner_groups",)))
        elapsed = time.perf_counter() - started
    sent = sum(report.requests.values())
    assert sent >= 2 and report.waited > 0 and elapsed >= (sent - 1) / 10 * 0.9


def test_credentials_come_from_the_environment() -> None:
    assert credentials("invoca", {"INVOCA_API_TOKEN": "t0k"}) == ({"Authorization": "t0k"}, {})
    assert credentials("spaaza", {"SPAAZA_SESSION_USER_ID": "7", "SPAAZA_SESSION_KEY": "k"})[0] == {
        "X-Spaaza-Session-User-Id": "7", "X-Spaaza-Session-Key": "k"}
    headers, _ = credentials("partnerize", {"PARTNERIZE_APPLICATION_KEY": "a", "PARTNERIZE_USER_API_KEY": "b"})
    assert headers == {"Authorization": "Basic YTpi"}
    with pytest.raises(MissingCredentials, match="IMPACT_AUTH_TOKEN"):
        credentials("impact", {"IMPACT_ACCOUNT_SID": "IR1"})
    headers, fixed = credentials("impact", {"IMPACT_ACCOUNT_SID": "IR1", "IMPACT_AUTH_TOKEN": "t"})
    assert headers == {"Authorization": "Basic SVIxOnQ="} and fixed == {"AccountSID": "IR1"}
    # A run adds the headers the API needs to the credentials; a header given to the run replaces its default.
    run = ContractSettings("impact", "https://api.impact.com", headers=headers)
    assert run.sent_headers == {"Accept": "application/json", "Authorization": "Basic SVIxOnQ="}
    assert attrs.evolve(run, headers={**headers, "Accept": "*/*"}).sent_headers["Accept"] == "*/*"
    assert ContractSettings("invoca", "https://x.invalid", headers={"Authorization": "t"}).sent_headers == {
        "Authorization": "t"}


def test_without_asking_for_json_impact_answers_xml_and_every_check_says_so(env: dict[str, str]) -> None:
    """The run sends ``Accept: application/json`` because impact needs it: a run told to send ``*/*`` instead
    gets XML from the sandbox, as from impact, and the content type of every operation fails its check."""
    headers, fixed = credentials("impact", env)
    headers["Accept"] = "*/*"
    with ServerThread(create_app(SandboxConfig(records=50))) as server:
        report = run_contract(ContractSettings("impact", server.base_url, headers=headers,
                                               parameters={**fixed, "CampaignId": 1000}, rate=FAST, examples=2))
    found = {(f.operation, f.check) for f in report.findings.values()}
    assert {(op, "content_type_conformance") for op in ("list_actions", "list_partner_groups")} <= found
    assert "application/xml" in render(report)
