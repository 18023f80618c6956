"""Live contract mode against sandboxes served on loopback, one of them deliberately drifted from the spec; the
verdict of a run that checked nothing, the JUnit and JSON reports, 429 waits and the https-only rule."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import attrs
import pytest
import requests
import requests.structures
from affiliate_clients.cli import app as cli_app
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
from affiliate_clients.contract_report import INCONCLUSIVE, report_target, to_json, write_report
from affiliate_clients.http.budget import Rate
from affiliate_clients.http.drift import DriftReport
from affiliate_clients.http.errors import InvalidRequest
from affiliate_clients.http.schemas import bundled_spec
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from typer.testing import CliRunner

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


def _read_only_operations() -> set[str]:
    """The operations of the impact spec a read-only run sends (its GETs)."""
    return {op["operationId"] for item in bundled_spec("impact")["paths"].values()
            for method, op in item.items() if method == "get"}


def _settings(base_url: str, env: dict[str, str], **kwargs: Any) -> ContractSettings:
    headers, fixed = credentials("impact", env)
    return ContractSettings("impact", base_url, headers=headers, parameters={**fixed, "CampaignId": 1000},
                            rate=kwargs.pop("rate", FAST), examples=kwargs.pop("examples", 4), **kwargs)


def test_the_faithful_sandbox_agrees_with_the_spec(env: dict[str, str]) -> None:
    with ServerThread(create_app(SandboxConfig(records=200))) as server:
        report = run_contract(_settings(server.base_url, env))
    assert report.ok, render(report)
    assert set(report.operations) == _read_only_operations() >= {"get_partner_group", "list_actions",
                                                                 "list_partner_groups"}
    assert not report.drift, report.drift.summary()


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
    # The renamed member, in the run's drift report too: the one the spec requires is missing, the other unknown.
    found_drift = {(d.operation, d.path, d.kind) for d in report.drift.rows()}
    assert found_drift == {("list_partner_groups", "$.Groups", "missing_required"),
                           ("list_partner_groups", "$.PartnerGroups", "unknown_field")}, report.drift.summary()


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


# A run that checked nothing is no pass: each reason, in Python and through the CLI (exit 3), and CI's reports.

runner = CliRunner()


def test_a_wrong_token_stops_the_run_at_the_first_answer(env: dict[str, str]) -> None:
    app = Drift(create_app(SandboxConfig(records=50)))
    with ServerThread(app) as server:
        report = run_contract(_settings(server.base_url, {**env, "IMPACT_AUTH_TOKEN": "wrong"}))
        result = runner.invoke(cli_app, ["contract", "impact", "--base-url", server.base_url, "--rate", "1000",
                                         "--examples", "2"], env={**env, "IMPACT_AUTH_TOKEN": "wrong"})
    assert not report.ok and report.exit_code == INCONCLUSIVE and not report.findings
    assert report.inconclusive is not None and report.inconclusive.startswith("authentication refused")
    assert report.statuses == {401: 1}, "the run went on after the credentials were refused"
    assert len(app.methods) == 2  # one request from the run in Python, one from the CLI
    assert result.exit_code == INCONCLUSIVE, result.output
    assert "NOTHING CHECKED: authentication refused" in result.output and "wrong" not in result.output


def test_every_answer_refused_as_forbidden_is_no_pass(env: dict[str, str]) -> None:
    class Forbidding(Drift):
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                return await self.app(scope, receive, send)
            self.methods.append(scope["method"])
            body = b'{"Status": "ERROR", "Message": "Access Denied"}'
            await send({"type": "http.response.start", "status": 403,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]})
            return await send({"type": "http.response.body", "body": body})

    with ServerThread(Forbidding(create_app(SandboxConfig(records=50)))) as server:
        report = run_contract(_settings(server.base_url, env, examples=2))
    assert report.statuses and set(report.statuses) == {403}
    assert report.exit_code == INCONCLUSIVE and "all" in (report.inconclusive or "") and "401/403" in render(report)


def test_only_error_answers_is_no_pass(env: dict[str, str]) -> None:
    """A partner group id that does not exist: every answer a documented 404, so no check can fail, and
    nothing was compared with a success schema either."""
    with ServerThread(create_app(SandboxConfig(records=50))) as server:
        run = _settings(server.base_url, env, examples=3, operations=("get_partner_group",))
        report = run_contract(attrs.evolve(run, parameters={**run.parameters, "PartnerGroupId": 987654321}))
    assert report.statuses == {404: sum(report.statuses.values())} and not report.findings
    assert report.exit_code == INCONCLUSIVE and "every answer was an error (404)" in render(report)


def test_spaaza_without_unsafe_runs_no_operation() -> None:
    from affiliate_clients.sandbox import spaaza

    spaaza_env = {"SPAAZA_SESSION_USER_ID": spaaza.SESSION_USER_ID, "SPAAZA_SESSION_KEY": spaaza.SESSION_KEY}
    with ServerThread(spaaza.create_app(SandboxConfig(records=20))) as server:
        result = runner.invoke(cli_app, ["contract", "spaaza", "--base-url", server.base_url], env=spaaza_env)
    assert result.exit_code == INCONCLUSIVE, result.output
    assert "no operation run" in result.output and "--unsafe" in result.output
    assert "agreed with the spec" not in result.output


def test_junit_and_json_reports_are_written_and_parse(env: dict[str, str], tmp_path: Path) -> None:
    junit, as_json = tmp_path / "contract.xml", tmp_path / "contract.json"
    with ServerThread(Drift(create_app(SandboxConfig(records=50)))) as server:
        result = runner.invoke(cli_app, ["contract", "impact", "--base-url", server.base_url, "--rate", "1000",
                                         "--examples", "2", "--param", "CampaignId=1000",
                                         "--report", f"junit:{junit}", "--report", f"json:{as_json}"], env=env)
    assert result.exit_code == 1, result.output
    suite = ElementTree.parse(junit).getroot()
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == _read_only_operations()
    assert suite.get("failures") == "2" and suite.get("tests") == str(len(cases))
    assert cases["list_actions"].find("failure") is None
    failure = cases["list_partner_groups"].find("failure")
    assert failure is not None and "Groups" in (failure.text or "")
    data = json.loads(as_json.read_text(encoding="utf-8"))
    assert data["exit_code"] == 1 and data["ok"] is False and data["inconclusive"] is None
    assert {(f["operation"], f["check"]) for f in data["findings"]} >= {
        ("list_partner_groups", "response_schema_conformance"), ("get_partner_group", "status_code_conformance")}
    for text in (junit.read_text(encoding="utf-8"), as_json.read_text(encoding="utf-8")):
        assert AUTH_TOKEN not in text and "Basic " not in text, "a credential reached a report"


def test_a_run_that_checked_nothing_fails_its_junit_report(env: dict[str, str], tmp_path: Path) -> None:
    with ServerThread(create_app(SandboxConfig(records=50))) as server:
        report = run_contract(_settings(server.base_url, {**env, "IMPACT_AUTH_TOKEN": "wrong"}))
    write_report(report, "junit", tmp_path / "r.xml")
    suite = ElementTree.parse(tmp_path / "r.xml").getroot()
    errors = [case for case in suite.iter("testcase") if case.find("error") is not None]
    assert [case.get("name") for case in errors] == ["impact (run)"]
    with pytest.raises(ValueError, match="junit:FILE or json:FILE"):
        report_target("xml:out.xml")
    bad = runner.invoke(cli_app, ["contract", "impact", "--base-url", "https://api.impact.com",
                                  "--report", f"junit:{tmp_path / 'missing' / 'r.xml'}"], env=env)
    assert bad.exit_code == 2 and "--report" in bad.output


def test_a_429_is_waited_out_as_retry_after_says(env: dict[str, str]) -> None:
    faults = FaultPlan(schedule={1: "429"}, retry_after_seconds=1)
    with ServerThread(create_app(SandboxConfig(records=50, faults=faults))) as server:
        started = time.perf_counter()
        report = run_contract(_settings(server.base_url, env, examples=2, operations=("list_actions",)))
        elapsed = time.perf_counter() - started
    assert report.rate_limited == 1 and report.server_waited == 1.0 and elapsed >= 1.0
    assert 429 not in report.statuses and report.requests["GET"] == sum(report.statuses.values()) + 1
    assert report.ok, render(report)
    assert "1 answer(s) 429: waited 1.0s as the server asked" in render(report)


def test_a_429_without_a_usable_wait_or_on_a_post_goes_to_the_checks() -> None:
    def answer(status: int, headers: dict[str, str]) -> requests.Response:
        response = requests.Response()
        response.status_code, response.headers = status, requests.structures.CaseInsensitiveDict(headers)
        response._content, response._content_consumed = b"", True  # a body already read, as after a real send
        return response

    class Scripted(GuardedAdapter):
        def __init__(self, *answers: requests.Response, unsafe: bool = False) -> None:
            super().__init__(ContractReport("impact"), None, unsafe, retries_429=3, max_server_wait=5.0)
            self.answers = list(answers)

    sent: list[str] = []

    def fake_send(self: Scripted, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        sent.append(request.method or "")
        return self.answers.pop(0)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(requests.adapters.HTTPAdapter, "send", fake_send)
        get = requests.Request("GET", "http://127.0.0.1:9/x").prepare()
        too_long = Scripted(answer(429, {"Retry-After": "60"}))
        assert too_long.send(get).status_code == 429 and too_long.report.rate_limited == 0
        unspecified = Scripted(answer(429, {}))
        assert unspecified.send(get).status_code == 429
        post = Scripted(answer(429, {"Retry-After": "0"}), unsafe=True)
        assert post.send(requests.Request("POST", "http://127.0.0.1:9/x").prepare()).status_code == 429
        again = Scripted(*(answer(429, {"Retry-After": "0"}) for _ in range(4)))
        assert again.send(get).status_code == 429 and again.report.rate_limited == 3  # retries_429, then given up
    assert sent == ["GET", "GET", "POST", "GET", "GET", "GET", "GET"]


def test_plain_http_to_another_host_is_refused_before_any_request(env: dict[str, str]) -> None:
    sent: list[str] = []

    def record(self: Any, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        sent.append(request.url or "")
        raise AssertionError("a request was sent")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(requests.adapters.HTTPAdapter, "send", record)
        with pytest.raises(InvalidRequest, match="https://"):
            run_contract(_settings("http://api.impact.com", env))
        result = runner.invoke(cli_app, ["contract", "impact", "--base-url", "http://api.impact.com"], env=env)
    assert result.exit_code == 2 and "--base-url" in result.output and "https://" in result.output
    assert sent == []


# Every contract run collects how the answers drifted from the spec, as a pull does.

def _reported(report: DriftReport) -> dict[tuple[str, str, str], int]:
    return {(d.operation, d.path, d.kind): d.count for d in report.rows()}


def _drift_matches_the_tally(report: DriftReport, tally: Any) -> None:
    """Every deviation reported is one the sandbox served on purpose, and every drifted record served was
    reported: the same (operation, JSON path, kind) both ways. The run may fetch a record more than once (its
    generated requests overlap), so a count is at least the sandbox's count of distinct records."""
    expected = tally.client_counts()
    assert expected, "the sandbox drifted no record the run received"
    reported = _reported(report)
    assert set(reported) == set(expected), report.summary(60)
    assert all(reported[key] >= n for key, n in expected.items()), report.summary(60)
    served: dict[tuple[str, str], set[Any]] = {}
    for r in tally.records.values():
        served.setdefault((r.operation, r.json_paths[0]), set()).add(r.value)
    for d in report.rows():
        if d.kind in ("unknown_enum_value", "unparseable_date"):  # the first example is a value served on purpose
            assert d.example in served[(d.operation, d.path)], d


def test_a_drifting_sandbox_gives_a_drift_report_that_matches_its_tally(env: dict[str, str]) -> None:
    app = create_app(SandboxConfig(records=200, drift=DriftPlan(seed=5, rate=1.0)))
    with ServerThread(app) as server:
        report = run_contract(_settings(server.base_url, env, examples=6))
    _drift_matches_the_tally(report.drift, app.state.drift.tally)
    kinds = {d.kind for d in report.drift.rows()}
    assert {"unknown_field", "unknown_enum_value", "null_not_nullable", "type_differs", "unparseable_date"} <= kinds
    assert report.drift.api == "impact" and to_json(report)["drift"] == report.drift.as_json()["deviations"]
    undrifted = {op for op in report.operations} - {d.operation for d in report.drift.rows()}
    assert {"list_partner_groups", "get_partner_group"} <= undrifted  # records the sandbox does not drift


def test_a_bare_array_answer_is_reported_at_its_records(env: dict[str, str]) -> None:
    """Invoca answers its relationships as a bare JSON array: deviations at ``$[*]...``, a required status
    removed reported where it is missing, not as the whole array failing."""
    from affiliate_clients.sandbox import invoca

    app = invoca.create_app(SandboxConfig(drift=DriftPlan(seed=4, rate=0.7)))
    app.state.relationships.advertisers["2"].update({str(5000 + n): "Approved" for n in range(40)})
    headers, _ = credentials("invoca", {"INVOCA_API_TOKEN": invoca.TOKEN})
    with ServerThread(app) as server:
        report = run_contract(ContractSettings("invoca", server.base_url, headers=headers, rate=FAST, examples=3,
                                               parameters={"advertiser_id_from_network": "2"}))
    _drift_matches_the_tally(report.drift, app.state.drift.tally)
    assert all(d.path.startswith("$[*].") for d in report.drift.rows())
    assert "missing_required" in {d.kind for d in report.drift.rows()}


def test_the_cli_prints_the_drift_summary_and_writes_the_report(env: dict[str, str], tmp_path: Path) -> None:
    target = tmp_path / "drift.json"
    app = create_app(SandboxConfig(records=100, drift=DriftPlan(seed=9, rate=1.0)))
    with ServerThread(app) as server:
        argv = ["contract", "impact", "--base-url", server.base_url, "--rate", "1000", "--examples", "3",
                "--param", "CampaignId=1000", "--operation", "list_actions", "--operation", "list_action_updates"]
        result = runner.invoke(cli_app, [*argv, "--drift-report", str(target)], env=env)
        bad = runner.invoke(cli_app, [*argv, "--drift-report", str(tmp_path / "missing" / "d.json")], env=env)
    assert result.exit_code == 1, result.output  # the drifted answers break the schema checks as well
    assert "drift from the impact spec:" in result.output and f"drift report written to {target}" in result.output
    text = target.read_text(encoding="utf-8")
    assert AUTH_TOKEN not in text and "Basic " not in text
    written = DriftReport.from_json(json.loads(text))
    _drift_matches_the_tally(written, app.state.drift.tally)
    assert bad.exit_code == 2 and "--drift-report" in bad.output
    with ServerThread(create_app(SandboxConfig(records=50))) as server:
        calm = runner.invoke(cli_app, [*argv[:3], server.base_url, *argv[4:]], env=env)
    assert calm.exit_code == 0 and "drift: the answers matched the spec" in calm.output, calm.output


def test_each_rule_an_answer_breaks_maps_to_one_drift_kind_per_member() -> None:
    """A small spec exercising what the sandboxes' schemas do not all have: a closed object, a nullable enum
    (``anyOf``), a date-time or empty string, a free-form map; one deviation per member, the most telling."""
    from affiliate_clients.contract_drift import AnswerDrift

    status = {"type": "string", "enum": ["ON", "OFF"]}
    item = {"type": "object", "required": ["Id"], "properties": {
        "Id": {"type": "string"}, "State": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]},
        "When": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "enum": [""]}]},
        "Kind": {"$ref": "#/components/schemas/Status"}, "Tags": {"type": "object", "additionalProperties": {
            "type": "string"}}, "Closed": {"type": "object", "properties": {"a": {"type": "integer"}},
                                          "additionalProperties": False}}}
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {"Status": status}},
           "paths": {"/x": {"get": {"operationId": "list_x", "responses": {"200": {"description": "ok", "content": {
               "application/json": {"schema": {"type": "object", "properties": {
                   "Items": {"type": "array", "items": item}}}}}}}}}}}
    report = DriftReport("t")
    answers = AnswerDrift(doc, report)
    fine = {"Id": "1", "State": None, "When": "", "Kind": "ON", "Tags": {"any": "x"}, "Closed": {"a": 1}}
    assert answers.check("list_x", 200, {"Items": [fine, {**fine, "When": "2024-01-01T00:00:00Z"}]}) == 0
    drifted = [{**fine, "State": "PAUSED"}, {**fine, "When": "2017-02-31T00:00:00Z", "Kind": 7},
               {"State": 3, "Closed": {"a": 1, "b": 2}, "Extra": True}, {**fine, "Kind": None}]
    assert answers.check("list_x", 200, {"Items": drifted}) == 8
    assert answers.check("list_x", 404, {"anything": 1}) == 0  # no documented schema: nothing to compare
    assert answers.check_answer("list_x", 200, "text/xml", b"<Items/>") == 0
    assert _reported(report) == {
        ("list_x", "$.Items[*].State", "unknown_enum_value"): 1, ("list_x", "$.Items[*].State", "type_differs"): 1,
        ("list_x", "$.Items[*].When", "unparseable_date"): 1, ("list_x", "$.Items[*].Kind", "type_differs"): 1,
        ("list_x", "$.Items[*].Kind", "null_not_nullable"): 1, ("list_x", "$.Items[*].Id", "missing_required"): 1,
        ("list_x", "$.Items[*].Closed.b", "unknown_field"): 1, ("list_x", "$.Items[*].Extra", "unknown_field"): 1}
