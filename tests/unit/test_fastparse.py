"""The fast parser against the stock generated ``from_dict``: same models field by field, or the same error."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from affiliate_clients.generated.impact_client.models import Action, ActionList, ActionState, ReferringType, StatusUri
from affiliate_clients.generated.impact_client.types import Unset
from affiliate_clients.http import fastparse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.compare import outcome, same

KEYS = fastparse.json_keys(Action)
DATE_KEYS = ("ReferringDate", "EventDate", "CreationDate", "LockingDate", "ClearedDate")
ENUMS = {"State": ActionState, "ReferringType": ReferringType}


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Date-time spellings: the usual ones, and the ones where decoders disagree."""
    moment = draw(st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)))
    text = moment.strftime("%Y-%m-%d") + draw(st.sampled_from(["T", "t", " "])) + moment.strftime("%H:%M:%S")
    digits = draw(st.integers(0, 9))
    if digits:
        text += "." + draw(st.text("0123456789", min_size=digits, max_size=digits))
    offset = draw(st.sampled_from(["", "Z", "z", "+00:00", "-07:00", "+05:30", "+0530", "-00:00", "+05"]))
    return text + offset


def values(key: str) -> st.SearchStrategy[Any]:
    junk = st.one_of(st.none(), st.integers(), st.booleans(), st.lists(st.text(max_size=3), max_size=2))
    if key in DATE_KEYS:
        good = st.one_of(date_texts(), st.just("")) if key == "ClearedDate" else date_texts()
        return st.one_of(good, good, good, st.text(max_size=12), junk)
    if key in ENUMS:
        members = st.sampled_from([m.value for m in ENUMS[key]])
        return st.one_of(members, members, members, st.text(max_size=8), junk)
    return st.one_of(st.text(), st.text(), st.text(), junk)


@st.composite
def action_dicts(draw: st.DrawFn) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in KEYS.values():
        if draw(st.integers(0, 9)) > 0:  # a tenth of the members missing: Unset
            out[key] = draw(values(key))
    if draw(st.integers(0, 19)) == 0:
        out[draw(st.text(min_size=1, max_size=6))] = draw(st.text(max_size=4))  # unknown member
    return out


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    body: dict[str, Any] = {"Actions": draw(st.lists(action_dicts(), max_size=4))}
    for key in ("@page", "@nextpageuri", "@total"):
        if draw(st.booleans()):
            body[key] = draw(st.one_of(st.text(max_size=10), st.integers()))
    if draw(st.integers(0, 9)) == 0:
        del body["Actions"]
    return json.dumps(body, ensure_ascii=draw(st.booleans())).encode()




@settings(max_examples=400, deadline=None)
@given(pages())
def test_fast_parse_matches_stock_from_dict(body: bytes) -> None:
    stock = outcome(lambda: ActionList.from_dict(json.loads(body)))
    fast = outcome(lambda: fastparse.parse(ActionList, body))
    same(stock, fast)


@settings(max_examples=200, deadline=None)
@given(date_texts())
def test_date_spellings_match_fromisoformat(text: str) -> None:
    body = json.dumps({"Actions": [{"EventDate": text, "ClearedDate": text}]}).encode()
    same(outcome(lambda: ActionList.from_dict(json.loads(body))), outcome(lambda: fastparse.parse(ActionList, body)))


def test_the_fast_path_is_taken_for_clean_pages() -> None:
    action = {"Id": "1", "State": "APPROVED", "EventDate": "2024-09-10T10:42:38-07:00", "ClearedDate": ""}
    body = json.dumps({"Actions": [action, {"Id": "2"}], "@page": "1"}).encode()
    plan = fastparse.plan_for(ActionList)
    parsed = fastparse.parse(ActionList, body)
    same(ActionList.from_dict(json.loads(body)), parsed)
    assert fastparse.fast_path_for(ActionList) and plan.build(msgspec_decode(plan, body)) == parsed
    assert isinstance(parsed.actions[1].state, Unset) and parsed.actions[0].cleared_date == ""
    assert parsed.actions[0].state is ActionState.APPROVED


@pytest.mark.parametrize("cleared", ["", "2024-09-10T10:42:38-07:00", "2024-09-10 10:42", "not a date", None, 0, 7,
                                     True, False, [], ["x"], {}, {"a": 1}, 1.5])
def test_date_or_text_members_take_the_fast_path_whatever_they_hold(cleared: Any) -> None:
    """``ClearedDate`` (``datetime | str``) is converted a column at a time by the stock rule: every value the
    stock parser keeps or converts comes out the same, without sending the page to the stock parser."""
    actions = [{"Id": "1", "ClearedDate": "2024-09-10T10:42:38+00:00"}, {"Id": "2", "ClearedDate": cleared},
               {"Id": "3"}]
    body = json.dumps({"Actions": actions}).encode()
    fast = fastparse.fast_only(ActionList, body)
    assert fast is not None
    same(ActionList.from_dict(json.loads(body)), fast)
    same(Action.from_dict(actions[1]), fastparse.parse(Action, json.dumps(actions[1]).encode()))


def msgspec_decode(plan: fastparse.Plan, body: bytes) -> Any:
    import msgspec

    return msgspec.json.decode(body, type=plan.struct)


@pytest.mark.parametrize("text", ["2024-09-10T10:42:38z", "2024-09-10T10:42:38.1234567Z",
                                  "2024-09-10T10:42:38\\u002e1234567Z", "2024-09-10T10:42:38.9999996+00:00"])
def test_spellings_msgspec_reads_differently_go_to_the_stock_parser(text: str) -> None:
    body = ('{"Actions": [{"EventDate": "' + text + '"}]}').encode()
    assert not fastparse.dates_safe(body)
    same(outcome(lambda: ActionList.from_dict(json.loads(body))), outcome(lambda: fastparse.parse(ActionList, body)))


def test_models_without_a_plan_use_the_stock_parser() -> None:
    assert not fastparse.fast_path_for(StatusUri) or fastparse.plan_for(StatusUri).flat
    body = b'{"Status": "OK", "Uri": "/x", "Extra": 1}'
    same(StatusUri.from_dict(json.loads(body)), fastparse.parse(StatusUri, body))
