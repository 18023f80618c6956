"""Live contract mode: schemathesis against a real deployment, reporting where the API disagrees with our spec.

``affiliate-clients contract impact --base-url https://api.impact.com`` reads credentials from the
environment (``CREDENTIALS``), sends schema-valid requests only, to safe methods only (GET, HEAD, OPTIONS)
unless ``unsafe=True``, paced by its own request budget (2 requests a second by default), and runs the
response checks that compare an answer with the spec: status codes, content types, headers, body schemas,
acceptance of valid data and server errors. The report lists, per operation and check, how often it failed
and one example. A guard in the HTTP session refuses any unsafe request in read-only mode, whatever asks.
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

from .contract_rules import REQUIRED_HEADERS, avoid_shadowed_paths, cross_parameter_settings
from .http.budget import Rate, RequestBudget
from .http.schemas import bundled_spec

DEFAULT_RATE = Rate(2, 1.0, burst=1)  # requests a second, no bursts: gentle on a live API
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
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
    (e.g. ``{"CampaignId": "1000"}``); ``operations`` limits the run to these operationIds; ``unsafe`` allows
    POST/PUT/PATCH/DELETE."""

    api: str
    base_url: str
    headers: dict[str, str] = attrs.field(factory=dict)
    parameters: dict[str, Any] = attrs.field(factory=dict)
    unsafe: bool = False
    rate: Rate | None = DEFAULT_RATE
    examples: int = 5
    operations: tuple[str, ...] = ()
    timeout: float = 30.0

    @property
    def sent_headers(self) -> dict[str, str]:
        """The headers of every request (a new dict each time: schemathesis adds to what it is given)."""
        return {**REQUIRED_HEADERS.get(self.api, {}), **self.headers}


@attrs.define
class Finding:
    """How often one check failed on one operation, and the first failure seen."""

    operation: str
    check: str
    count: int
    example: str


@attrs.define
class ContractReport:
    """What a live run found: findings, plus what was sent (by method) and how long the budget held it."""

    api: str
    findings: dict[tuple[str, str], Finding] = attrs.field(factory=dict)
    operations: list[str] = attrs.field(factory=list)
    requests: dict[str, int] = attrs.field(factory=dict)
    waited: float = 0.0

    def add(self, operation: str, check: str, example: str) -> None:
        """Count one failure; keep the first example."""
        found = self.findings.setdefault((operation, check), Finding(operation, check, 0, example))
        found.count += 1

    @property
    def ok(self) -> bool:
        """Whether the API agreed with the spec on everything that was tried."""
        return not self.findings


class GuardedAdapter(requests.adapters.HTTPAdapter):
    """The session's transport: refuses unsafe methods in read-only mode, paces requests, counts them."""

    def __init__(self, report: ContractReport, budget: RequestBudget | None, unsafe: bool) -> None:
        super().__init__(max_retries=0)
        self.report, self.budget, self.unsafe = report, budget, unsafe

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        method = (request.method or "GET").upper()
        if method not in SAFE_METHODS and not self.unsafe:
            raise UnsafeRequestRefused(f"{method} {request.url}: read-only run (pass --unsafe to allow it)")
        if self.budget is not None:
            wait = self.budget.reserve()
            self.report.waited += wait
            time.sleep(wait)
        self.report.requests[method] = self.report.requests.get(method, 0) + 1
        return super().send(request, *args, **kwargs)


def _schema(doc: dict[str, Any], run: ContractSettings) -> schemathesis.schemas.BaseSchema:
    config = SchemathesisConfig.from_dict({"operations": cross_parameter_settings(run.api)})
    schema = schemathesis.openapi.from_dict(doc, config=config)
    schema.config.update(base_url=run.base_url, headers=run.sent_headers)
    avoid_shadowed_paths(schema, doc.get("paths", {}))
    return schema


def _selected(operation: Any, run: ContractSettings) -> bool:
    # Filtered here rather than with schema.include(), which per-operation check settings override.
    if operation.method.upper() not in SAFE_METHODS and not run.unsafe:
        return False
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


def _probe(operation: Any, run: ContractSettings, session: requests.Session, report: ContractReport) -> None:
    checks = [getattr(schemathesis.checks, name) for name in CHECKS]
    label = operation.definition.raw.get("operationId") or operation.label

    strategy = operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE,
                                     **_fixed(operation, run.parameters))

    @given(strategy)
    @settings(max_examples=run.examples, database=None, derandomize=True, deadline=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def probe(case: Any) -> None:
        try:
            response = case.call(base_url=run.base_url, session=session, headers=run.sent_headers,
                                 timeout=run.timeout)
        except UnsafeRequestRefused:
            raise
        except requests.RequestException as exc:
            report.add(label, "transport", _example(case, None, f"{type(exc).__name__}: {exc}"))
            return
        try:
            case.validate_response(response, checks=checks, headers=run.sent_headers)
        except BaseExceptionGroup as group:
            for failure in group.exceptions:
                report.add(label, _check_name(failure), _example(case, response, str(failure)))
        except AssertionError as failure:
            report.add(label, _check_name(failure), _example(case, response, str(failure)))

    probe()
    report.operations.append(label)


def _check_name(failure: BaseException) -> str:
    names = getattr(type(failure), "checks", ())
    return str(names[0]) if names else type(failure).__name__


def run_contract(run: ContractSettings, doc: dict[str, Any] | None = None) -> ContractReport:
    """Check a deployment against the spec of ``run.api`` (``doc``: the bundled spec, default ours)."""
    if doc is None:
        doc = bundled_spec(run.api)
    report = ContractReport(run.api)
    session = requests.Session()
    adapter = GuardedAdapter(report, RequestBudget(run.rate) if run.rate is not None else None, run.unsafe)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    with session:
        for result in _schema(doc, run).get_all_operations():
            if not isinstance(result, Ok):
                report.add("(spec)", "invalid_operation", str(result.err()))
            elif _selected(operation := result.ok(), run):
                _probe(operation, run, session, report)
    return report


def render(report: ContractReport) -> str:
    """The report as text: one block per operation and check, with a count and an example."""
    sent = ", ".join(f"{n} {m}" for m, n in sorted(report.requests.items())) or "no requests"
    lines = [(f"{report.api}: {len(report.operations)} operation(s) tried, {sent}, "
              f"{report.waited:.1f}s held by the rate limit")]
    if report.ok:
        lines.append("  the API agreed with the spec on every answer")
    for finding in sorted(report.findings.values(), key=lambda f: (f.operation, f.check)):
        lines.append(f"  {finding.operation}: {finding.check} failed {finding.count}x")
        lines.append(f"      e.g. {finding.example}")
    return "\n".join(lines)
