"""Invoca's relationships through a sandbox that drifts on purpose: one answer, a bare JSON array, not paged.

Every readable relationship is delivered once (as its model holds it: an unknown status as text, members the spec
does not name in ``additional_properties``, an id that came as a number kept as it came), exactly the broken ones
are set aside with the path that broke, and the drift report's counts equal the sandbox's own tally; sync and
async, with ``on_invalid`` "quarantine", "raise" and a callable.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest
from affiliate_clients import ResponseValidationError
from affiliate_clients.generated.invoca_client.models import Relationship, RelationshipStatus
from affiliate_clients.http import drift, quarantine
from affiliate_clients.http.errors import InvalidRequest
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.testing import SandboxConfig, sandbox

ADVERTISER = "2"
STATUSES = [s.value for s in RelationshipStatus]


def _box(seed: int = 3, rate: float = 0.4, kinds: tuple[str, ...] | None = None, count: int = 120) -> Any:
    plan = DriftPlan(seed=seed, rate=rate) if kinds is None else DriftPlan(seed=seed, rate=rate, kinds=kinds)
    box = sandbox("invoca", SandboxConfig(seed=seed, drift=plan))
    box.app.state.relationships.advertisers[ADVERTISER].update(
        {str(70_000 + n): STATUSES[n % len(STATUSES)] for n in range(count)})
    return box


def _truth(box: Any) -> dict[str, str]:
    return dict(box.app.state.relationships.advertisers[ADVERTISER])


def _served_ids(box: Any) -> Counter[Any]:
    """The affiliate id of every readable relationship as the sandbox served it (a number where it drifted so)."""
    tally = box.app.state.drift.tally
    by_key = {r.key: r for r in tally.records.values()}
    served: Counter[Any] = Counter()
    for key in _truth(box):
        record = by_key.get(key)
        if record is None:
            served[key] += 1
        elif not record.breaking:
            served[record.value if record.members == ("affiliate_id_from_network",) else key] += 1
    return served


def _reported(report: drift.DriftReport) -> dict[tuple[str, str, str], int]:
    return {(d.operation, d.path, d.kind): d.count for d in report.rows()}


def _check(box: Any, delivered: list[Relationship], rejected: list[quarantine.Rejected],
           report: drift.DriftReport) -> None:
    tally = box.app.state.drift.tally
    broken = tally.keys(breaking=True)
    assert broken and tally.keys(breaking=False), "the sandbox drifted both kinds of record"
    assert Counter(r.affiliate_id_from_network for r in delivered) == _served_ids(box)
    assert len(delivered) == len(_truth(box)) - len(broken)
    assert sorted(str(r.record.get("affiliate_id_from_network")) for r in rejected) == sorted(broken)
    for found in rejected:
        assert found.operation == "list_relationships" and found.kind == "missing_required"
        assert found.path.startswith("$[") and found.path.endswith("].status"), found.path
        assert "status" not in found.record  # the record as it came
    assert _reported(report) == tally.client_counts()
    # What the model absorbed is on the model, as the stock parser would keep it.
    by_id = {str(r.affiliate_id_from_network): r for r in delivered}
    for record in tally.select(breaking=False):
        got = by_id[str(record.value if record.members == ("affiliate_id_from_network",) else record.key)]
        if record.kind == "unknown_enum":
            assert got.status == record.value and not isinstance(got.status, RelationshipStatus)
        elif record.kind == "extra_fields":
            assert set(record.members) <= set(got.additional_properties)
            assert got.status == RelationshipStatus(_truth(box)[record.key])


def test_every_readable_relationship_once_and_exactly_the_broken_ones_set_aside() -> None:
    box = _box()
    report = drift.DriftReport("invoca")
    with box.client() as invoca, drift.collecting(report), quarantine.collecting() as rejected:
        delivered = list(invoca.relationships(ADVERTISER))
    _check(box, delivered, rejected, report)


def test_async_relationships_under_drift() -> None:
    box = _box(seed=8)
    report = drift.DriftReport("invoca")

    async def run() -> tuple[list[Relationship], list[quarantine.Rejected]]:
        with drift.collecting(report), quarantine.collecting() as rejected:
            async with box.client() as invoca:
                return [r async for r in invoca.arelationships(ADVERTISER)], rejected

    delivered, rejected = asyncio.run(run())
    _check(box, delivered, rejected, report)


def test_on_invalid_raise_names_the_path_and_a_callable_gets_every_reject() -> None:
    box = _box(seed=5)
    with box.client() as invoca:
        pull = invoca.relationships(ADVERTISER, on_invalid="raise")
        with pytest.raises(ResponseValidationError) as raised:
            next(pull)
        seen: list[quarantine.Rejected] = []
        with quarantine.collecting() as kept:
            delivered = list(invoca.relationships(ADVERTISER, on_invalid=seen.append))
    assert raised.value.operation == "list_relationships"
    assert "$[" in str(raised.value) and ".status" in str(raised.value) and "cannot be read" in str(raised.value)
    broken = box.app.state.drift.tally.keys(breaking=True)
    assert sorted(str(r.record["affiliate_id_from_network"]) for r in seen) == sorted(broken) and not kept
    assert len(delivered) == len(_truth(box)) - len(broken)


def test_a_bad_on_invalid_is_refused_before_any_request() -> None:
    box = _box()
    with box.client() as invoca:
        with pytest.raises(InvalidRequest, match="on_invalid"):
            invoca.relationships(ADVERTISER, on_invalid="ignore")  # type: ignore[arg-type]
        with pytest.raises(InvalidRequest, match="on_invalid"):
            invoca.arelationships(ADVERTISER, on_invalid="skip")  # type: ignore[arg-type]
    assert not box.app.state.drift.tally.served, "a request went out"


def test_additive_drift_only_is_read_whole_and_reported_once_per_answer() -> None:
    """No record breaks: the array is read at once (after the first answer taught the model what it brings), each
    answer's deviations counted once, every relationship delivered."""
    box = _box(seed=2, rate=0.5, kinds=("unknown_enum", "extra_fields", "number_for_string"))
    first, second = drift.DriftReport("invoca"), drift.DriftReport("invoca")
    with box.client() as invoca, quarantine.collecting() as rejected:
        with drift.collecting(first):
            once = list(invoca.relationships(ADVERTISER))
        with drift.collecting(second):
            again = list(invoca.relationships(ADVERTISER))
    assert not rejected and once == again and len(once) == len(_truth(box))
    assert _reported(first) == _reported(second) == box.app.state.drift.tally.client_counts()
    assert Counter(r.affiliate_id_from_network for r in once) == _served_ids(box)


def test_without_drift_the_list_is_the_sandbox_s_and_the_report_is_empty() -> None:
    box = sandbox("invoca", SandboxConfig(seed=3))
    report = drift.DriftReport("invoca")
    with box.client() as invoca, drift.collecting(report), quarantine.collecting() as rejected:
        delivered = {r.affiliate_id_from_network: r.status for r in invoca.relationships("1")}
    assert delivered == {"222": RelationshipStatus.APPROVED, "34518": RelationshipStatus.APPROVED}
    assert not report and not rejected
