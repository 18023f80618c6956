"""Pulls through sandboxes that drift on purpose: every readable record delivered exactly once, exactly the
broken ones quarantined, and the drift report's counts equal to the sandbox's own tally.

One test per paging style (impact windows and ``@nextpageuri``; Partnerize conversions by cursor, clicks by
offset), sync and async, plus ``on_invalid="raise"`` and a callable, and a resume from a checkpoint taken
mid-pull that neither loses nor repeats a record or a reject.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from typing import Any

import pytest
from affiliate_clients import ResponseValidationError
from affiliate_clients.http import drift, quarantine
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.sandbox.partnerize.reports_data import reports_of
from affiliate_clients.testing import SandboxConfig, sandbox

RATE = 0.3
SEED = 11
# Partnerize pulls run several pages (limit 100 of about 500 conversions / 1,000 clicks), so a page holding a
# record set aside must not end the pull: the plans count set-aside records as read.


def _impact(records: int = 600, seed: int = SEED) -> Any:
    return sandbox("impact", SandboxConfig(records=records, drift=DriftPlan(seed=seed, rate=RATE)))


def _partnerize(records: int = 500, seed: int = SEED) -> Any:
    return sandbox("partnerize", SandboxConfig(records=records, drift=DriftPlan(seed=seed, rate=RATE)))


def _reported(report: drift.DriftReport) -> dict[tuple[str, str, str], int]:
    return {(d.operation, d.path, d.kind): d.count for d in report.rows()}


def _expected(tally: Any) -> dict[tuple[str, str, str], int]:
    """What the sandbox did, as the client's report names it. A quarantined record is reported at the path that
    broke; the sandbox names the member it changed, which for a removed required member is the same path."""
    return {key: count for key, count in tally.client_counts().items()}


def _impact_range(box: Any) -> tuple[dt.datetime, dt.datetime]:
    return box.facts.first, box.facts.last + dt.timedelta(seconds=1)


def _check(delivered: list[str], rejected: list[quarantine.Rejected], tally: Any, truth: set[str]) -> None:
    broken = tally.keys(breaking=True)
    assert broken and tally.keys(breaking=False), "the sandbox drifted both kinds of record"
    assert len(delivered) == len(set(delivered)), "a readable record was delivered twice"
    assert set(delivered) == truth - broken
    assert len(rejected) == len(broken)
    assert {str(r.record.get("Id", "")) for r in rejected} <= broken | {""}


def test_impact_actions_deliver_every_readable_action_once_and_quarantine_the_rest() -> None:
    box = _impact()
    report = drift.DriftReport("impact")
    with box.client(rate=None) as impact, drift.collecting(report), quarantine.collecting() as rejected:
        start, end = _impact_range(box)
        delivered = [a.id for a in impact.actions(start, end, page_size=2000)]
    tally = box.app.state.drift.tally
    truth = {r.payload["Id"] for r in box.app.state.actions.records}
    broken = tally.keys(breaking=True)
    assert broken and tally.keys(breaking=False)
    assert len(delivered) == len(set(delivered)) and set(delivered) == truth - broken
    assert sorted(r.record["Id"] for r in rejected) == sorted(broken)
    assert {r.kind for r in rejected} <= set(drift.BREAKING) | {"type_differs", "null_not_nullable"}
    counted = Counter(d.kind for d in report.rows() for _ in range(d.count))
    expected = Counter(kind for (_, _, kind), n in _expected(tally).items() for _ in range(n))
    assert counted == expected


def test_impact_drift_is_reported_per_path_as_the_sandbox_tallies_it() -> None:
    box = _impact(seed=5)
    report = drift.DriftReport("impact")
    with box.client(rate=None) as impact, drift.collecting(report), quarantine.collecting():
        list(impact.actions(*_impact_range(box), page_size=2000))
    assert _reported(report) == _expected(box.app.state.drift.tally)


def test_impact_async_pull_under_drift() -> None:
    box = _impact(seed=3)

    async def run() -> tuple[list[str], list[quarantine.Rejected]]:
        with quarantine.collecting() as rejected:
            async with box.client(rate=None) as impact:
                return [a.id async for a in impact.aactions(*_impact_range(box), page_size=2000)], rejected

    delivered, rejected = asyncio.run(run())
    tally = box.app.state.drift.tally
    truth = {r.payload["Id"] for r in box.app.state.actions.records}
    assert len(delivered) == len(set(delivered)) and set(delivered) == truth - tally.keys(breaking=True)
    assert sorted(r.record["Id"] for r in rejected) == sorted(tally.keys(breaking=True))


def test_on_invalid_raise_names_the_path_that_broke_and_a_callable_gets_every_reject() -> None:
    box = _impact(seed=7)
    with box.client(rate=None) as impact, pytest.raises(ResponseValidationError) as raised:
        list(impact.actions(*_impact_range(box), page_size=2000, on_invalid="raise"))
    assert raised.value.checkpoint is not None and "$.Actions[" in str(raised.value)
    seen: list[quarantine.Rejected] = []
    with box.client(rate=None) as impact:
        list(impact.actions(*_impact_range(box), page_size=2000, on_invalid=seen.append))
    assert sorted(r.record["Id"] for r in seen) == sorted(box.app.state.drift.tally.keys(breaking=True))


def test_a_resume_mid_pull_neither_loses_nor_repeats_records_or_rejects() -> None:
    box = _impact(records=900, seed=13)
    start, end = _impact_range(box)
    delivered: list[str] = []
    with box.client(rate=None) as impact, quarantine.collecting() as rejected:
        plan = impact.plan_actions(start, end, page_size=2000)
        pull = impact.iterate_plan(plan)
        for action in pull:
            delivered.append(action.id)
            if len(delivered) == 450:
                saved = plan.checkpoint()
                break
        pull.close()
        resumed = impact.iterate_plan(type(impact).resume_actions(saved))
        delivered += [a.id for a in resumed]
    tally = box.app.state.drift.tally
    truth = {r.payload["Id"] for r in box.app.state.actions.records}
    assert len(delivered) == len(set(delivered)) and set(delivered) == truth - tally.keys(breaking=True)
    assert Counter(r.record["Id"] for r in rejected) == Counter(tally.keys(breaking=True))


@pytest.mark.parametrize("stream", ["conversions", "clicks"])
def test_partnerize_pulls_under_drift(stream: str) -> None:
    box = _partnerize()
    publisher = box.facts.default("publisher_id")
    start = box.facts.first.strftime("%Y-%m-%d %H:%M:%S")
    end = (box.facts.last + dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")
    report = drift.DriftReport("partnerize")
    with box.client() as pz, drift.collecting(report), quarantine.collecting() as rejected:
        pull = getattr(pz, stream)(publisher, start, end_date=end, limit=100)
        if stream == "conversions":
            delivered = [e.conversion_data.conversion_id for e in pull]
        else:
            delivered = [e.click.click_id for e in pull]
    tally = box.app.state.drift.tally
    operation = "get_conversion_report" if stream == "conversions" else "get_click_report"
    broken = tally.keys(breaking=True, operation=operation)
    drifted = tally.keys(operation=operation)
    assert drifted, "the sandbox drifted this stream"
    assert len(delivered) == len(set(delivered))
    data = reports_of(box.app.state.store)
    truth = {c.conversion_id for c in data.conversions} if stream == "conversions" else {c.click_id for c in data.clicks}
    assert set(map(str, delivered)) == truth - broken  # every record of the report, not only those served
    assert len(rejected) == len(broken)
    readable = {k: n for k, n in _expected(tally).items() if k[0] == operation}
    reported = {k: n for k, n in _reported(report).items() if k[0] == operation}
    assert reported == readable
