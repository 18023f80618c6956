"""The sandboxes' drift mode (issue 15, item 4): records that drift from the spec on purpose, deterministically,
each kind changing what it says, with a tally that matches what was served and breaks the models it claims to.

Real answers of impact (actions), Partnerize (conversions and clicks) and Invoca (relationships) are fetched
twice: from a sandbox that drifts and from one seeded alike that does not; the records are compared one by one.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
import sys
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest
from affiliate_clients.generated.impact_client.models import Action, ActionState, ReferringType
from affiliate_clients.generated.invoca_client.models import Relationship, RelationshipStatus
from affiliate_clients.generated.partnerize_client.models import ClickReportEntry, ConversionReportEntry
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.drift import BREAKING, CLIENT_KINDS, DRIFT_KINDS, DriftPlan, DriftTally
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.testing import sandbox

RECORDS = 400
PUBLISHER = "/reporting/report_publisher/publisher/1l1007802"
PARTNERIZE_RANGE = {"start_date": "2024-01-01 00:00:00", "end_date": "2024-04-01 00:00:00"}
MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


@attrs.frozen
class Case:
    """One kind of record list a sandbox serves: where, its records member (None: the answer is the list), the
    record's key and its generated model."""

    api: str
    paths: tuple[str, ...]
    member: str | None
    key: tuple[str, ...]
    model: Any
    params: Callable[[Any], dict[str, Any]] = lambda facts: {}


def _impact_window(facts: Any, start_day: int = 0, days: int = 40) -> dict[str, Any]:
    start = facts.first + dt.timedelta(days=start_day)
    return {"StartDate": start.isoformat(), "EndDate": (start + dt.timedelta(days=days)).isoformat(),
            "PageSize": 2000}


CASES = {
    "impact_actions": Case("impact", ("/Mediapartners/IRsandboxSID0001/Actions",), "Actions", ("Id",), Action,
                           _impact_window),
    "partnerize_conversions": Case("partnerize", (f"{PUBLISHER}/conversion.json",), "conversions",
                                   ("conversion_data", "conversion_id"), ConversionReportEntry,
                                   lambda facts: {**PARTNERIZE_RANGE, "limit": 100}),
    "partnerize_clicks": Case("partnerize", (f"{PUBLISHER}/click.json",), "clicks", ("click", "click_id"),
                              ClickReportEntry, lambda facts: {**PARTNERIZE_RANGE, "limit": 100}),
    "invoca_relationships": Case("invoca", tuple(f"/advertisers/{a}/affiliates.json" for a in "12345"), None,
                                 ("affiliate_id_from_network",), Relationship),
}
IMPACT_DATES = {"CreationDate", "EventDate", "LockingDate", "ReferringDate"}
IMPACT_NOT_PLAIN_TEXT = {"Id", "State", "ReferringType", "ClearedDate", *IMPACT_DATES}
CONVERSION_NOT_NULL_TEXT = {"conversion_data.campaign_id", "conversion_data.publisher_id",
                            "conversion_data.conversion_value.conversion_status", "conversion_data.click.campaign_id",
                            "conversion_data.click.publisher_id"}


def only(*members: str) -> Callable[[str], bool]:
    return lambda member: member in members


def anything_but(*members: str) -> Callable[[str], bool]:
    return lambda member: member not in members


# Which members each kind may change in each case's records, as read from the specs by hand (None: the kind
# does not apply to that record type: no enum, no number, nothing required...).
ALLOWED: dict[str, dict[str, Callable[[str], bool] | None]] = {
    "impact_actions": {
        "unknown_enum": only("State", "ReferringType"), "extra_fields": only("ExtraNote", "ExtraScore"),
        "null": anything_but(*IMPACT_NOT_PLAIN_TEXT), "number_for_string": anything_but(*IMPACT_NOT_PLAIN_TEXT),
        "string_for_number": None, "impossible_date": only(*IMPACT_DATES), "missing_required": None,
        "object_for_list": None},
    "partnerize_conversions": {
        "unknown_enum": None, "extra_fields": only("conversion_data.ExtraNote", "conversion_data.ExtraScore"),
        "null": only(*CONVERSION_NOT_NULL_TEXT), "number_for_string": anything_but("conversion_data.conversion_id"),
        "string_for_number": lambda m: m.startswith("conversion_data."), "impossible_date": None,
        "missing_required": only("conversion_data", "conversion_data.conversion_id"),
        "object_for_list": only("conversion_data.conversion_items")},
    "partnerize_clicks": {
        "unknown_enum": None, "extra_fields": only("click.ExtraNote", "click.ExtraScore"),
        "null": only("click.campaign_id", "click.publisher_id"), "number_for_string": anything_but("click.click_id"),
        "string_for_number": lambda m: m.startswith("click."), "impossible_date": None,
        "missing_required": only("click"), "object_for_list": None},
    "invoca_relationships": {
        "unknown_enum": only("status"), "extra_fields": only("ExtraNote", "ExtraScore"), "null": None,
        "number_for_string": only("affiliate_id_from_network"), "string_for_number": None, "impossible_date": None,
        "missing_required": only("status"), "object_for_list": None},
}
ENUMS = {"State": ActionState, "ReferringType": ReferringType, "status": RelationshipStatus}
APPLICABLE = [(case, kind) for case, kinds in ALLOWED.items() for kind, allowed in kinds.items() if allowed]
NOT_APPLICABLE = [(case, kind) for case, kinds in ALLOWED.items() for kind, allowed in kinds.items() if not allowed]


@attrs.frozen
class Served:
    """What one sandbox answered: the bodies, the records as (request path, record), and its drift tally."""

    bodies: tuple[bytes, ...]
    records: tuple[tuple[str, dict[str, Any]], ...]
    tally: DriftTally


def fetch(case: Case, box: Any, params: dict[str, Any] | None = None) -> Served:
    bodies, records = [], []
    headers = {**box.facts.auth_headers, "Accept": "application/json"}
    with httpx.Client(transport=SyncASGITransport(box.app), base_url="http://sandbox", headers=headers) as client:
        for path in case.paths:
            answer = client.get(path, params=case.params(box.facts) if params is None else params)
            assert answer.status_code == 200, answer.text
            bodies.append(answer.content)
            document = answer.json()
            records += [(path, r) for r in (document if case.member is None else document[case.member])]
    return Served(tuple(bodies), tuple(records), box.app.state.drift.tally)


@functools.cache
def served(name: str, plan: DriftPlan | None) -> Served:
    """``CASES[name]``'s records from a new sandbox (seed 7, RECORDS records) drifting as ``plan`` says."""
    case = CASES[name]
    return fetch(case, sandbox(case.api, SandboxConfig(records=RECORDS, drift=plan)))


def at(record: Any, dotted: str) -> tuple[bool, Any]:
    value = record
    for name in dotted.split("."):
        if not isinstance(value, dict) or name not in value:
            return False, None
        value = value[name]
    return True, value


def put(record: dict[str, Any], dotted: str, value: Any, present: bool = True) -> None:
    *parents, last = dotted.split(".")
    for name in parents:
        record = record[name]
    if present:
        record[last] = value
    else:
        record.pop(last, None)


def key_of(case: Case, record: dict[str, Any]) -> str:
    return str(at(record, ".".join(case.key))[1])


def check_drifted(kind: str, before: dict[str, Any], after: dict[str, Any], members: tuple[str, ...],
                  value: Any) -> None:
    """``after`` is ``before`` changed as ``kind`` says at ``members``, and nowhere else."""
    restored = copy.deepcopy(after)
    for member in members:
        put(restored, member, *at(before, member)[::-1])
    assert restored == before, f"{kind} changed more than {members}"
    had, old = at(before, members[0])
    has, new = at(after, members[0])
    assert new == value
    if kind == "extra_fields":
        assert len(members) == 2 and not had and not at(before, members[1])[0]
        assert isinstance(new, str) and isinstance(at(after, members[1])[1], float)
        return
    assert had, f"{kind} changed a member the record did not have"
    if kind == "missing_required":
        assert not has
        return
    assert has
    if kind == "unknown_enum":
        enum = ENUMS[members[0].rsplit(".", 1)[-1]]
        assert old in {e.value for e in enum} and isinstance(new, str) and new not in {e.value for e in enum}
    elif kind == "null":
        assert isinstance(old, str) and new is None
    elif kind == "number_for_string":
        assert isinstance(old, str) and isinstance(new, int | float) and not isinstance(new, bool)
        if re.fullmatch(r"-?\d+(\.\d+)?", old):
            assert new == float(old)
    elif kind == "string_for_number":
        assert isinstance(old, int | float) and new == str(old)
    elif kind == "impossible_date":
        dt.datetime.fromisoformat(old)
        assert re.match(r"\d{4}-02-31T", new)
        with pytest.raises(ValueError):
            dt.datetime.fromisoformat(new)
    elif kind == "object_for_list":
        assert isinstance(old, list) and isinstance(new, dict) and new
    else:
        raise AssertionError(f"unknown kind {kind}")


def compare(name: str, plan: DriftPlan) -> tuple[Served, Served, int]:
    """The clean and drifted answers of a case, after checking that exactly the records the tally names changed,
    each as its kind says; returns them and how many records drifted."""
    case, clean, drifted = CASES[name], served(name, None), served(name, plan)
    assert len(clean.records) == len(drifted.records) > 0
    assert drifted.tally.served == {(path, key_of(case, r)) for path, r in clean.records}
    changed = 0
    for (path, before), (_, after) in zip(clean.records, drifted.records, strict=True):
        entry = drifted.tally.records.get((path, key_of(case, before)))
        if entry is None:
            assert after == before
            continue
        changed += 1
        assert (entry.operation, entry.path, entry.key) == (drifted.tally.records[(path, entry.key)].operation,
                                                           path, key_of(case, before))
        assert entry.breaking == (entry.kind in BREAKING) and entry.kind in plan.kinds
        allowed = ALLOWED[name][entry.kind]
        assert allowed is not None and all(allowed(m) for m in entry.members), (entry.kind, entry.members)
        check_drifted(entry.kind, before, after, entry.members, entry.value)
        prefix = "$[*]" if case.member is None else f"$.{case.member}[*]"
        assert entry.json_paths == tuple(f"{prefix}.{m}" for m in entry.members)
    assert changed == len(drifted.tally)
    return clean, drifted, changed


@pytest.mark.parametrize(("name", "kind"), APPLICABLE)
def test_each_kind_changes_what_it_says(name: str, kind: str) -> None:
    _, drifted, changed = compare(name, DriftPlan(seed=5, rate=1.0, kinds=(kind,)))
    assert changed >= len(drifted.records) // 2, "at rate 1 most records should drift"
    assert drifted.tally.counts() == {kind: changed}


@pytest.mark.parametrize(("name", "kind"), NOT_APPLICABLE)
def test_a_kind_that_does_not_apply_changes_nothing(name: str, kind: str) -> None:
    _, drifted, changed = compare(name, DriftPlan(seed=5, rate=1.0, kinds=(kind,)))
    assert changed == 0 and drifted.tally.counts() == {}


@pytest.mark.parametrize(("name", "kind"), APPLICABLE)
def test_breaking_kinds_break_the_generated_models_and_readable_ones_do_not(name: str, kind: str) -> None:
    case = CASES[name]
    drifted = served(name, DriftPlan(seed=5, rate=1.0, kinds=(kind,)))
    clean = served(name, None)
    for (path, before), (_, after) in zip(clean.records, drifted.records, strict=True):
        case.model.from_dict(before)
        entry = drifted.tally.records.get((path, key_of(case, before)))
        if entry is not None and entry.breaking:
            with pytest.raises(MODEL_ERRORS):
                case.model.from_dict(after)
        else:
            model = case.model.from_dict(after)
            assert model.to_dict() is not None


@pytest.mark.parametrize("name", list(CASES))
def test_the_tally_matches_the_served_answers_with_every_kind(name: str) -> None:
    plan = DriftPlan(seed=11, rate=0.4)
    _, drifted, changed = compare(name, plan)
    tally = drifted.tally
    assert 0 < changed < len(drifted.records) or name == "invoca_relationships" and changed > 0
    assert sum(tally.counts().values()) == len(tally) == tally.breaking_count() + tally.readable_count()
    assert tally.keys(breaking=True) == {r.key for r in tally.records.values() if r.kind in BREAKING}
    client = tally.client_counts()
    assert sum(client.values()) == sum(len(r.members) for r in tally.records.values())
    assert all(kind in CLIENT_KINDS.values() for _, _, kind in client)


def test_rate_zero_and_no_plan_change_nothing() -> None:
    for name in CASES:
        clean, still = served(name, None), served(name, DriftPlan(seed=5, rate=0.0))
        assert still.records == clean.records and len(still.tally) == 0 and not still.tally.served
    assert served("impact_actions", DriftPlan(seed=5, rate=0.0)).bodies == served("impact_actions", None).bodies
    assert SandboxConfig().drift is None


def test_the_same_record_drifts_to_the_same_bytes_however_it_is_served() -> None:
    plan = DriftPlan(seed=3, rate=0.5)
    case = CASES["impact_actions"]
    box = sandbox("impact", SandboxConfig(records=RECORDS, drift=plan))
    first = fetch(case, box)
    again = fetch(case, box)
    assert first.bodies == again.bodies  # the same page twice (a re-fetch after a fault)
    drifted_before = dict(box.app.state.drift.tally.records)
    overlapping = fetch(case, box, _impact_window(box.facts, start_day=20))  # a window that overlaps the first
    other_app = fetch(case, sandbox("impact", SandboxConfig(records=RECORDS, drift=plan)))  # a resume elsewhere
    assert other_app.bodies == first.bodies

    def as_bytes(s: Served) -> dict[str, bytes]:
        return {r["Id"]: json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() for _, r in s.records}

    common = as_bytes(first).keys() & as_bytes(overlapping).keys()
    assert len(common) > 10
    assert all(as_bytes(first)[k] == as_bytes(overlapping)[k] for k in common)
    assert all(box.app.state.drift.tally.records[k] == v for k, v in drifted_before.items())
    # Partnerize conversions in pages of 7 give the records of one page of 100, byte for byte.
    name = "partnerize_conversions"
    pz = sandbox("partnerize", SandboxConfig(records=RECORDS, drift=plan))
    whole = fetch(CASES[name], pz)
    tallied = dict(pz.app.state.drift.tally.records)
    paged: list[tuple[str, dict[str, Any]]] = []
    while len(paged) < len(whole.records):
        paged += fetch(CASES[name], pz, {**PARTNERIZE_RANGE, "limit": 7, "offset": len(paged)}).records
    assert [json.dumps(r) for _, r in paged[: len(whole.records)]] == [json.dumps(r) for _, r in whole.records]
    assert tallied and all(pz.app.state.drift.tally.records[k] == v for k, v in tallied.items())


def test_replan_turns_drift_on_and_off_on_a_running_app() -> None:
    case = CASES["invoca_relationships"]
    box = sandbox("invoca", SandboxConfig(records=RECORDS))
    clean = fetch(case, box)
    assert box.app.state.drift.plan is None and len(box.app.state.drift.tally) == 0
    box.app.state.drift.replan(DriftPlan(seed=2, rate=1.0, kinds=("unknown_enum",)))
    drifted = fetch(case, box)
    assert len(box.app.state.drift.tally) == len(clean.records)
    assert all(r["status"] == "DRIFTED_VALUE_2" for _, r in drifted.records)
    box.app.state.drift.replan(None)
    assert fetch(case, box).records == clean.records and len(box.app.state.drift.tally) == 0


def test_plans_refuse_rates_and_kinds_they_do_not_know() -> None:
    assert DriftPlan().kinds == DRIFT_KINDS and set(CLIENT_KINDS) == set(DRIFT_KINDS)
    with pytest.raises(ValueError, match="between 0 and 1"):
        DriftPlan(rate=1.5)
    with pytest.raises(ValueError, match="drift kinds"):
        DriftPlan(kinds=("typo",))


def test_the_command_line_turns_drift_on(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import affiliate_clients.sandbox.__main__ as cli

    apps: list[Any] = []
    monkeypatch.setattr(cli, "run", lambda app, port: apps.append(app))
    monkeypatch.setattr(sys, "argv", ["sandbox", "invoca", "--drift", "9", "--drift-rate", "0.25",
                                      "--drift-kinds", "null,extra_fields"])
    cli.main()
    assert apps[0].state.drift.plan == DriftPlan(9, 0.25, ("null", "extra_fields"))
    monkeypatch.setattr(sys, "argv", ["sandbox", "invoca"])
    cli.main()
    assert apps[1].state.drift.plan is None
    monkeypatch.setattr(sys, "argv", ["sandbox", "impact", "--drift", "1", "--drift-rate", "2"])
    with pytest.raises(SystemExit):
        cli.main()
    assert "between 0 and 1" in capsys.readouterr().err
