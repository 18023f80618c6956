"""Live contract mode: schemathesis against a real deployment, reporting where the API disagrees with our spec.

``affiliate-clients contract impact --base-url https://api.impact.com`` reads credentials from the
environment (``CREDENTIALS``), sends schema-valid requests only, to safe methods only (GET, HEAD, OPTIONS)
unless ``unsafe=True``, paced by its own request budget (2 requests a second by default) and by the server
(a 429 is waited out as its ``Retry-After`` or reset header says, then sent again), and runs the response
checks that compare an answer with the spec: status codes, content types, headers, body schemas, acceptance
of valid data and server errors. The report (:mod:`.contract_report`) lists, per operation and check, how
often it failed and one example, and says when nothing was checked (credentials refused, no operation run,
only error answers); its ``drift`` counts what every JSON answer did that the spec does not say, per operation,
JSON path and kind, as a pull's drift report does (:mod:`.contract_drift`). A guard in the HTTP session refuses
any unsafe request in read-only mode, whatever asks. Credentials travel over ``https://`` only; plain
``http://`` is allowed for loopback (the sandboxes) alone.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import requests
import requests.adapters
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok
from schemathesis.engine.statistic import GroupedFailures

from .contract_drift import AnswerDrift
from .contract_report import ContractReport, Finding, render
from .contract_rules import REQUIRED_HEADERS, avoid_shadowed_paths, cross_parameter_settings
from .http.budget import Rate, RequestBudget
from .http.clients import check_base_url
from .http.policy import server_wait
from .http.schemas import bundled_spec

__all__ = ["CREDENTIALS", "ContractReport", "ContractSettings", "Finding", "GuardedAdapter", "MissingCredentials",
           "UnsafeRequestRefused", "credentials", "render", "run_contract"]

DEFAULT_RATE = Rate(2, 1.0, burst=1)  # requests a second, no bursts: gentle on a live API
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
REPLAYABLE = SAFE_METHODS | {"PUT", "DELETE"}  # sent again after a 429 the run waited out
# The response checks run on every answer; none of them sends a request of its own.
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
          "response_headers_conformance", "response_schema_conformance", "positive_data_acceptance")


class MissingCredentials(Exception):
    """The environment lacks a credential the API needs."""


class UnsafeRequestRefused(Exception):
    """A read-only run was about to send a request that may change data."""


def _need(env: Mapping[str, str], *names: str) -> list[str]:
    missing = [n for n in names if not env.get(n)]
    if missing:
        raise MissingCredentials(f"set {', '.join(missing)} in the environment")
    return [env[n] for n in names]


def _basic(user: str, password: str) -> Callable[[Mapping[str, str]], dict[str, str]]:
    def headers(env: Mapping[str, str]) -> dict[str, str]:
        pair = ":".join(_need(env, user, password)).encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
    return headers


def _invoca(env: Mapping[str, str]) -> dict[str, str]:
    return {"Authorization": _need(env, "INVOCA_API_TOKEN")[0]}


def _spaaza(env: Mapping[str, str]) -> dict[str, str]:
    user, key = _need(env, "SPAAZA_SESSION_USER_ID", "SPAAZA_SESSION_KEY")
    return {"X-Spaaza-Session-User-Id": user, "X-Spaaza-Session-Key": key}


# API -> headers built from the environment.
CREDENTIALS: dict[str, Callable[[Mapping[str, str]], dict[str, str]]] = {
    "impact": _basic("IMPACT_ACCOUNT_SID", "IMPACT_AUTH_TOKEN"),
    "partnerize": _basic("PARTNERIZE_APPLICATION_KEY", "PARTNERIZE_USER_API_KEY"),
    "invoca": _invoca,
    "spaaza": _spaaza,
}
# API -> parameters fixed from the environment (a path value that must name the caller's own account).
FIXED_FROM_ENV = {"impact": {"AccountSID": "IMPACT_ACCOUNT_SID"}}


def credentials(api: str, env: Mapping[str, str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """``(headers, fixed parameters)`` for ``api`` from the environment."""
    env = os.environ if env is None else env
    if api not in CREDENTIALS:
        raise MissingCredentials(f"no credential rule for {api!r}")
    fixed = {param: env[var] for param, var in FIXED_FROM_ENV.get(api, {}).items() if env.get(var)}
    return CREDENTIALS[api](env), fixed


@attrs.frozen
class ContractSettings:
    """One live run. ``headers`` go with every request (credentials, say), after those the API needs anyway
    (:data:`.contract_rules.REQUIRED_HEADERS`), which they can replace; ``parameters`` fixes values by name
    (e.g. ``{"CampaignId": "101"}``); ``operations`` limits the run to these operationIds; ``unsafe`` allows
    POST/PUT/PATCH/DELETE. A 429 is waited out and sent again up to ``retries_429`` times when the server says
    how long to wait and asks no more than ``max_server_wait`` seconds (otherwise the 429 goes to the checks)."""

    api: str
    base_url: str
    headers: dict[str, str] = attrs.field(factory=dict)
    parameters: dict[str, Any] = attrs.field(factory=dict)
    unsafe: bool = False
    rate: Rate | None = DEFAULT_RATE
    examples: int = 5
    operations: tuple[str, ...] = ()
    timeout: float = 30.0
    retries_429: int = 3
    max_server_wait: float = 120.0

    @property
    def sent_headers(self) -> dict[str, str]:
        """The headers of every request (a new dict each time: schemathesis adds to what it is given)."""
        return {**REQUIRED_HEADERS.get(self.api, {}), **self.headers}


class GuardedAdapter(requests.adapters.HTTPAdapter):
    """The session's transport: refuses unsafe methods in read-only mode, paces requests, counts them, and
    waits out a 429 as the server says (``Retry-After``, ``RateLimit-Reset``, ...) before sending it again.
    A request that changes data is sent again only when it is idempotent (PUT, DELETE): not every API promises
    that a POST refused with 429 was left unprocessed."""

    def __init__(self, report: ContractReport, budget: RequestBudget | None, unsafe: bool,
                 retries_429: int = 3, max_server_wait: float = 120.0) -> None:
        super().__init__(max_retries=0)
        self.report, self.budget, self.unsafe = report, budget, unsafe
        self.retries_429, self.max_server_wait = retries_429, max_server_wait

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        method = (request.method or "GET").upper()
        if method not in SAFE_METHODS and not self.unsafe:
            raise UnsafeRequestRefused(f"{method} {request.url}: read-only run (pass --unsafe to allow it)")
        attempt = 0
        while True:
            if self.budget is not None:
                wait = self.budget.reserve()
                self.report.waited += wait
                time.sleep(wait)
            self.report.requests[method] = self.report.requests.get(method, 0) + 1
            response = super().send(request, *args, **kwargs)
            asked = server_wait(response.headers) if response.status_code == 429 else None
            if (asked is None or asked > self.max_server_wait or attempt >= self.retries_429
                    or method not in REPLAYABLE):
                return response
            attempt += 1
            self.report.rate_limited += 1
            self.report.server_waited += asked
            response.close()
            time.sleep(asked)


def _schema(doc: dict[str, Any], run: ContractSettings) -> schemathesis.schemas.BaseSchema:
    config = SchemathesisConfig.from_dict({"operations": cross_parameter_settings(run.api)})
    schema = schemathesis.openapi.from_dict(doc, config=config)
    schema.config.update(base_url=run.base_url, headers=run.sent_headers)
    avoid_shadowed_paths(schema, doc.get("paths", {}))
    return schema


def _wanted(operation: Any, run: ContractSettings) -> bool:
    # Filtered here rather than with schema.include(), which per-operation check settings override.
    return not run.operations or operation.definition.raw.get("operationId") in run.operations


def _fixed(operation: Any, parameters: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """``as_strategy`` keyword arguments that pin the parameters named in ``parameters``."""
    where = {"path_parameters": operation.path_parameters, "query": operation.query, "headers": operation.headers}
    return {kind: pinned for kind, params in where.items()
            if (pinned := {p.name: parameters[p.name] for p in params if p.name in parameters})}


def _example(case: Any, response: Any, message: str) -> str:
    sent = response.request if response is not None else None
    where = f"{case.method.upper()} {sent.url if sent is not None else case.formatted_path}"
    answer = f" -> {response.status_code}" if response is not None else ""
    lines = [line for line in message.strip().splitlines() if line.strip()]
    return f"{where}{answer}: " + " | ".join(lines[:3])[:400]


def _probe(operation: Any, run: ContractSettings, session: requests.Session, report: ContractReport,
           answers: AnswerDrift) -> None:
    checks = [getattr(schemathesis.checks, name) for name in CHECKS]
    label = operation.definition.raw.get("operationId") or operation.label
    log = report.log(label)
    strategy = operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE,
                                     **_fixed(operation, run.parameters))

    @given(strategy)
    @settings(max_examples=run.examples, database=None, derandomize=True, deadline=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def probe(case: Any) -> None:
        if report.stopped is not None:
            return
        try:
            response = case.call(base_url=run.base_url, session=session, headers=run.sent_headers,
                                 timeout=run.timeout)
        except UnsafeRequestRefused:
            raise
        except requests.RequestException as exc:
            example = _example(case, None, f"{type(exc).__name__}: {exc}")
            report.add(label, "transport", example)
            log.errors.append(example)
            return
        first = not report.statuses
        report.answered(response.status_code)
        if first and response.status_code == 401:
            report.stopped = (f"authentication refused: the first answer ({label}) was 401, so the run stopped; "
                              f"check the credentials in the environment")
            return
        answers.check_answer(label, response.status_code, _content_type(response.headers), response.content)
        failures: list[Any] = []
        try:
            case.validate_response(response, checks=checks, headers=run.sent_headers)
        except BaseExceptionGroup as group:
            failures = list(group.exceptions)
        except AssertionError as single:
            failures = [single]
        for failure in failures:
            report.add(label, _check_name(failure), _example(case, response, str(failure)))
        if failures:
            # No code sample: schemathesis's curl line would carry the credentials into the report.
            log.failures.append(GroupedFailures(case_id=case.id, code_sample=None, failures=failures,
                                                response=response))

    started = time.perf_counter()
    probe()
    log.elapsed += time.perf_counter() - started
    report.operations.append(label)


def _content_type(headers: Mapping[str, Any]) -> str:
    """The Content-Type of an answer (schemathesis keeps each header as a list, under its lower-case name)."""
    for name, value in headers.items():
        if name.lower() == "content-type":
            return str(value[0] if isinstance(value, list) and value else value)
    return ""


def _check_name(failure: BaseException) -> str:
    names = getattr(type(failure), "checks", ())
    return str(names[0]) if names else type(failure).__name__


def run_contract(run: ContractSettings, doc: dict[str, Any] | None = None) -> ContractReport:
    """Check a deployment against the spec of ``run.api`` (``doc``: the bundled spec, default ours).

    Raises :class:`~affiliate_clients.http.errors.InvalidRequest` for a plain-``http://`` URL of another host
    than loopback, before any request."""
    check_base_url(run.base_url)
    if doc is None:
        doc = bundled_spec(run.api)
    report = ContractReport(run.api)
    answers = AnswerDrift(doc, report.drift)
    session = requests.Session()
    adapter = GuardedAdapter(report, RequestBudget(run.rate) if run.rate is not None else None, run.unsafe,
                             run.retries_429, run.max_server_wait)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    with session:
        for result in _schema(doc, run).get_all_operations():
            if not isinstance(result, Ok):
                report.add("(spec)", "invalid_operation", str(result.err()))
                report.log("(spec)").errors.append(str(result.err()))
            elif not _wanted(operation := result.ok(), run):
                continue
            elif operation.method.upper() not in SAFE_METHODS and not run.unsafe:
                report.skipped.append(operation.definition.raw.get("operationId") or operation.label)
            elif report.stopped is None:
                _probe(operation, run, session, report, answers)
    return report
