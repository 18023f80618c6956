"""What a live contract run found, and its verdict: disagreements per operation and check, what was sent and
answered, and the reason a run that checked nothing is no pass. Rendered as text, JSON or JUnit XML (through
schemathesis's own JUnit writer, so CI shows one test case per operation).

A run proves nothing when authentication was refused (the first answer a 401, or every answer a 401 or 403), when
no operation ran (a read-only run over an API whose operations all change data), or when every answer was an
error: its exit status is :data:`INCONCLUSIVE`, never 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
from schemathesis.config import OutputConfig
from schemathesis.engine.statistic import GroupedFailures
from schemathesis.reporting.junitxml import JunitXmlWriter

from .http.drift import DriftReport

__all__ = ["AGREED", "DISAGREED", "INCONCLUSIVE", "REPORT_FORMATS", "ContractReport", "Finding", "render",
           "report_target", "to_json", "write_junit", "write_report"]

AGREED, DISAGREED, INCONCLUSIVE = 0, 1, 3  # exit statuses
AUTH_REFUSED = frozenset({401, 403})
REPORT_FORMATS = ("junit", "json")


@attrs.define
class Finding:
    """How often one check failed on one operation, and the first failure seen."""

    operation: str
    check: str
    count: int
    example: str


@attrs.define
class OperationLog:
    """One operation's time and schemathesis failures, for the JUnit report."""

    elapsed: float = 0.0
    failures: list[GroupedFailures] = attrs.field(factory=list)
    errors: list[str] = attrs.field(factory=list)


@attrs.define
class ContractReport:
    """What a live run found: findings, what was sent (by method), the statuses answered, how long the run was
    held (its own budget, and the waits 429 answers asked for), and the operations left out (``skipped``: they
    change data and the run is read-only). ``stopped`` says why a run ended early. ``drift`` counts what the
    JSON answers did that the spec does not say (:mod:`.contract_drift`); it does not change the verdict, which
    the checks give."""

    api: str
    findings: dict[tuple[str, str], Finding] = attrs.field(factory=dict)
    operations: list[str] = attrs.field(factory=list)
    skipped: list[str] = attrs.field(factory=list)
    requests: dict[str, int] = attrs.field(factory=dict)
    statuses: dict[int, int] = attrs.field(factory=dict)
    waited: float = 0.0
    server_waited: float = 0.0
    rate_limited: int = 0
    stopped: str | None = None
    logs: dict[str, OperationLog] = attrs.field(factory=dict)
    drift: DriftReport = attrs.field(default=attrs.Factory(lambda self: DriftReport(self.api), takes_self=True))

    def add(self, operation: str, check: str, example: str) -> None:
        """Count one failure; keep the first example."""
        found = self.findings.setdefault((operation, check), Finding(operation, check, 0, example))
        found.count += 1

    def answered(self, status: int) -> None:
        """Count one answer the checks saw (after any 429 the run waited out)."""
        self.statuses[status] = self.statuses.get(status, 0) + 1

    def log(self, operation: str) -> OperationLog:
        """The JUnit record of ``operation``."""
        return self.logs.setdefault(operation, OperationLog())

    @property
    def inconclusive(self) -> str | None:
        """Why nothing was checked, or None when the answers were compared with the spec."""
        answers = sum(self.statuses.values())
        if self.stopped is not None:
            return self.stopped
        if not self.operations:
            if self.skipped:
                return (f"no operation run: all {len(self.skipped)} selected operation(s) change data "
                        f"(pass --unsafe to send them, against a test account)")
            return "no operation run: no operation of the spec matches the selection"
        if not answers:
            return "no answer received: every request failed before an answer came back"
        if all(status in AUTH_REFUSED for status in self.statuses):
            return (f"authentication refused: all {answers} answer(s) were 401/403; "
                    f"check the credentials in the environment")
        if all(status >= 400 for status in self.statuses):
            seen = ", ".join(str(s) for s in sorted(self.statuses))
            return f"every answer was an error ({seen}): no success answer was compared with the spec"
        return None

    @property
    def ok(self) -> bool:
        """Whether the API agreed with the spec on everything tried, and something was tried."""
        return not self.findings and self.inconclusive is None

    @property
    def exit_code(self) -> int:
        """:data:`DISAGREED` when a check failed, else :data:`INCONCLUSIVE` when nothing was checked, else 0."""
        return DISAGREED if self.findings else INCONCLUSIVE if self.inconclusive is not None else AGREED


def render(report: ContractReport) -> str:
    """The report as text: one block per operation and check, with a count and an example; then the verdict."""
    sent = ", ".join(f"{n} {m}" for m, n in sorted(report.requests.items())) or "no requests"
    lines = [(f"{report.api}: {len(report.operations)} operation(s) tried, {sent}, "
              f"{report.waited:.1f}s held by the rate limit")]
    if report.rate_limited:
        lines.append(f"  {report.rate_limited} answer(s) 429: waited {report.server_waited:.1f}s as the server asked")
    if report.skipped and report.operations:
        lines.append(f"  {len(report.skipped)} operation(s) that change data left out (--unsafe sends them)")
    if report.ok:
        lines.append("  the API agreed with the spec on every answer")
    for finding in sorted(report.findings.values(), key=lambda f: (f.operation, f.check)):
        lines.append(f"  {finding.operation}: {finding.check} failed {finding.count}x")
        lines.append(f"      e.g. {finding.example}")
    if (reason := report.inconclusive) is not None:
        lines.append(f"  NOTHING CHECKED: {reason}")
    return "\n".join(lines)


def to_json(report: ContractReport) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {"api": report.api, "ok": report.ok, "exit_code": report.exit_code, "inconclusive": report.inconclusive,
            "operations": report.operations, "skipped": report.skipped, "requests": report.requests,
            "statuses": {str(status): n for status, n in sorted(report.statuses.items())},
            "waited_seconds": round(report.waited, 3), "server_waited_seconds": round(report.server_waited, 3),
            "rate_limited": report.rate_limited,
            "findings": [attrs.asdict(f) for f in sorted(report.findings.values(),
                                                         key=lambda f: (f.operation, f.check))],
            "drift": report.drift.as_json()["deviations"]}


def write_junit(report: ContractReport, path: Path) -> None:
    """One JUnit test case per operation tried (its schemathesis failures and its transport errors; ``(spec)``
    for operations schemathesis could not read), and one ``(run)`` error case when nothing was checked, so CI
    marks such a run failed."""
    writer = JunitXmlWriter(path)
    config = OutputConfig()
    for name, log in report.logs.items():
        writer.record_scenario(label=name, elapsed_sec=log.elapsed, failures=log.failures, skip_reason=None,
                               config=config)
        for message in log.errors:
            writer.record_error(name, message)
    if (reason := report.inconclusive) is not None:
        writer.record_error(f"{report.api} (run)", reason)
    writer.close()


def report_target(spec: str) -> tuple[str, Path]:
    """``(format, path)`` of a ``--report`` value, ``junit:FILE`` or ``json:FILE`` (ValueError otherwise)."""
    kind, _, name = spec.partition(":")
    if kind not in REPORT_FORMATS or not name:
        raise ValueError(f"expected junit:FILE or json:FILE, got {spec!r}")
    path = Path(name)
    if not path.resolve().parent.is_dir():
        raise ValueError(f"the folder of {name!r} does not exist")
    return kind, path


def write_report(report: ContractReport, kind: str, path: Path) -> None:
    """Write ``report`` to ``path`` as ``kind`` (one of :data:`REPORT_FORMATS`)."""
    if kind == "junit":
        write_junit(report, path)
    elif kind == "json":
        path.write_text(json.dumps(to_json(report), indent=2) + "\n", encoding="utf-8")
    else:
        raise ValueError(f"unknown report format {kind!r}: expected one of {', '.join(REPORT_FORMATS)}")
