"""The fast parser on every field kind the generated models have, against the stock ``from_dict``.

Bodies are drawn from each model's own type hints: in "clean" mode every member has the type the spec
gives (then the fast path must be taken), otherwise members hold any JSON value, go missing, or are unknown
(then either path may answer, but the answer, or the error, must be the stock one). Comparison is strict:
types at every level (``1`` vs ``1.0`` vs ``True``, ``Unset`` vs ``None``, list vs model in a union), key
order of ``additional_properties``, float signs.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import types
import typing
from collections.abc import Mapping
from typing import Any, Self, cast

import attrs
import pytest
from affiliate_clients.http import fastparse, fastparse_kinds, fastparse_plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.compare import outcome, same

PACKAGES = ("affiliate_clients.generated.impact_client", "affiliate_clients.generated.partnerize_client", "affiliate_clients.generated.invoca_client", "affiliate_clients.generated.spaaza_client")
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(-(2**70), 2**70),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=8))
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.text(max_size=4), inner, max_size=3)),
                    max_leaves=6)


def _models() -> list[type]:
    found = []
    for package in PACKAGES:
        module = importlib.import_module(f"{package}.models")
        for name in module.__all__:
            model = getattr(module, name)
            if fastparse_plan._is_model(model) and fastparse.fast_path_for(model):
                found.append(model)
    return found


MODELS = _models()


def _unset_type(model: type) -> type:
    return type(fastparse_kinds.unset_of(model))


def _hints(model: type) -> dict[str, Any]:
    return typing.get_type_hints(model, localns=fastparse_kinds.models_namespace(model))


def _safe_dates() -> st.SearchStrategy[str]:
    return st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                        timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=-7))])
                        ).map(lambda d: d.isoformat())


def _typed(tp: Any, depth: int, clean: bool) -> st.SearchStrategy[Any]:
    """Values of type ``tp`` (one union member at a time), as JSON."""
    if isinstance(tp, types.UnionType):
        return st.one_of([_typed(a, depth, clean) for a in typing.get_args(tp)])
    if tp is Any:
        return JSON
    if tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.one_of(st.integers(), st.integers(-(2**70), 2**70))
    if tp is float:
        return st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers())
    if tp is str:
        return st.text(max_size=8)
    if tp is dt.datetime:
        return _safe_dates() if clean else st.one_of(_safe_dates(), st.just(""), st.text(max_size=10))
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = st.sampled_from([m.value for m in tp])
        return members if clean else st.one_of(members, st.text(max_size=6))
    if fastparse_plan._is_model(tp):
        return model_dicts(tp, depth + 1, clean)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is list:
        return st.lists(_typed(args[0], depth, clean), max_size=0 if depth > 3 else 3)
    if origin is dict:
        return st.dictionaries(st.text(max_size=5), _typed(args[1], depth, clean), max_size=3)
    raise AssertionError(f"no strategy for {tp!r}")


def _member(tp: Any, unset_type: type, depth: int, clean: bool) -> st.SearchStrategy[Any]:
    args = fastparse_kinds.members(tp, unset_type)
    typed = st.one_of([_typed(a, depth, clean) for a in sorted(args, key=repr)])
    return typed if clean else st.one_of(typed, typed, JSON)


@st.composite
def _model_dict(draw: st.DrawFn, model: type, depth: int, clean: bool) -> dict[str, Any]:
    hints, unset_type = _hints(model), _unset_type(model)
    fields = [a for a in attrs.fields(model) if a.init]
    if not fields:  # additional properties only
        return cast(dict[str, Any], draw(_typed(hints["additional_properties"], depth, clean)))
    keys = fastparse.json_keys(model)
    out: dict[str, Any] = {}
    for a in fields:
        required = a.default is attrs.NOTHING
        if clean and depth > 3 and not required:
            continue
        if (clean and required) or draw(st.integers(0, 9)) > 2:
            out[keys[a.name]] = draw(_member(hints[a.name], unset_type, depth, clean))
        elif not clean and draw(st.booleans()):
            out[keys[a.name]] = None
    if not clean and draw(st.integers(0, 14)) == 0:
        out[draw(st.text(min_size=1, max_size=6))] = draw(JSON)  # an unknown member
    return out


def model_dicts(model: type, depth: int, clean: bool) -> st.SearchStrategy[dict[str, Any]]:
    return _model_dict(model, depth, clean)




def check(model: type, body: bytes, clean: bool) -> None:
    stock = outcome(lambda: model.from_dict(json.loads(body)))  # type: ignore[attr-defined]
    fast = fastparse.fast_only(model, body)
    if clean and (not fastparse.plan_for(model).native_dates or fastparse.dates_safe(body)):
        assert fast is not None, "a body of the spec's types must take the fast path"
    if fast is not None:
        same(stock, fast)
    same(stock, outcome(lambda: fastparse.parse(model, body)))


def _bodies(model: type) -> st.SearchStrategy[tuple[bytes, bool]]:
    return st.booleans().flatmap(lambda clean: st.tuples(
        st.builds(lambda d, ascii_: json.dumps(d, ensure_ascii=ascii_).encode(), model_dicts(model, 0, clean),
                  st.booleans()), st.just(clean)))


@pytest.mark.parametrize("model", MODELS, ids=lambda m: f"{m.__module__.split('.')[2]}.{m.__name__}")
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_supported_model_matches_stock(model: type, data: st.DataObject) -> None:
    body, clean = data.draw(_bodies(model))
    check(model, body, clean)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_partnerize_conversion_report_matches_stock(data: st.DataObject) -> None:
    from affiliate_clients.generated.partnerize_client.models import ConversionReport

    body, clean = data.draw(_bodies(ConversionReport))
    check(ConversionReport, body, clean)


def test_the_partnerize_models_take_the_fast_path() -> None:
    from affiliate_clients.generated.partnerize_client.models import (
        ConversionReport,
        ReportClick,
        ReportConversionItem,
        ReportMetaDataMap,
    )

    for model in (ConversionReport, ReportClick, ReportConversionItem, ReportMetaDataMap):
        assert fastparse.fast_path_for(model), model


META = st.one_of(st.dictionaries(st.text(max_size=4), JSON, max_size=3), st.lists(JSON, max_size=3), JSON)


@settings(max_examples=300, deadline=None)
@given(META, st.sampled_from(["meta_data", "cursor_id", "limit", "total_value", "start_date_time"]))
def test_union_and_nullable_members_choose_the_stock_branch(value: Any, key: str) -> None:
    """``list[Any] | ReportMetaDataMap``: a dict is the map (its keys kept in order), a list stays a list, anything
    else is the stock TypeError; ``int | None | str``, ``int``, ``None | str``: whatever JSON held."""
    from affiliate_clients.generated.partnerize_client.models import ConversionReport

    body = json.dumps({"conversions": [], key: value}).encode()
    check(ConversionReport, body, clean=False)


NUMBER = st.from_regex(r"\A-?(0|[1-9][0-9]{0,40})(\.[0-9]{1,30})?([eE][+-]?[0-9]{1,3})?\Z")


@settings(max_examples=400, deadline=None)
@given(NUMBER)
def test_number_spellings_match_json_loads(text: str) -> None:
    """Members kept as is are decoded by msgspec as ``Any``: every number spelling gives json.loads's value
    (or an error, and then the stock parser answers: ``1e400`` is ``inf`` there, out of range in msgspec)."""
    from affiliate_clients.generated.partnerize_client.models import ReportConversionValue

    body = ('{"value": ' + text + ', "publisher_commission": [' + text + "]}").encode()
    check(ReportConversionValue, body, clean=False)


@pytest.mark.parametrize("body", [
    b'{"value": 1e400}', b'{"value": NaN}', b'{"value": -Infinity}', b'{"value": "\\ud800"}',
    b'{"value": "\xed\xa0\x80"}', b'\xef\xbb\xbf{"value": 1}', b'{"value": 1, "value": "x"}', b'{"value": -0.0}',
    b'{"value": 18446744073709551616}', "{\"value\": \"é\"}".encode("utf-16"), b'{"value": 1',
])
def test_odd_bodies_answer_as_stock(body: bytes) -> None:
    from affiliate_clients.generated.partnerize_client.models import ReportConversionValue

    check(ReportConversionValue, body, clean=False)


def test_sandbox_conversion_page_is_parsed_fast_and_identically() -> None:
    from affiliate_clients.generated.partnerize_client.models import ConversionReport

    from tests.benchmarks.bench_parse import _conversion_page

    body = _conversion_page(50)
    fast = fastparse.fast_only(ConversionReport, body)
    assert fast is not None and len(fast.conversions) == 50
    same(ConversionReport.from_dict(json.loads(body)), fast)


@attrs.define
class _Converted:
    """A model whose ``from_dict`` changes a primitive member: the source check must refuse it."""

    tags: list[str] | None
    name: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            return [str(t) for t in data]

        tags = _parse_tags(d.pop("tags"))
        name = d.pop("name")
        name = name.strip()
        made = cls(tags=tags, name=name)
        made.additional_properties = d
        return made


def test_members_changed_by_from_dict_are_not_taken_as_is() -> None:
    assert fastparse_kinds.raw_members(_Converted) == frozenset()
    assert not fastparse_kinds.extras_only(_Converted)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parse_chunks_answers_as_parse(data: st.DataObject) -> None:
    """The same answer from a body read in chunks, whatever the size hint (short, exact, long, none)."""
    from affiliate_clients.generated.partnerize_client.models import ConversionReport

    body, _ = data.draw(_bodies(ConversionReport))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(body)), max_size=4)))
    chunks = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]
    hint = data.draw(st.sampled_from([0, len(body), len(body) // 2, len(body) + 7]))
    same(outcome(lambda: fastparse.parse(ConversionReport, body)),
         outcome(lambda: fastparse.parse_chunks(ConversionReport, iter(chunks), hint)))
