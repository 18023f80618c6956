"""``tables.to_table`` (column-wise, converted by pyarrow where it can) against a per-value reference conversion.

The reference below is written from the landing contract, not from ``tables.CONVERT``: ``Unset`` and ``None`` are
NULL, ``""`` dates and ``""`` money are NULL, naive datetimes and naive ISO text are UTC, floats are money to 4
decimals, enums land as their values, nested objects and lists as JSON text with sorted keys. Columns are drawn
both uniform (one type: the fast paths) and mixed (the per-value fallback), with missing attributes and nested
paths; a value the reference refuses must be refused by ``to_table`` too.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Self

import attrs
import pyarrow as pa
import pytest
from affiliate_clients.generated.impact_client.models import Action, ActionState, PartnerGroup, ReferringType
from affiliate_clients.generated.impact_client.types import UNSET
from affiliate_clients.generated.partnerize_client.types import UNSET as PARTNERIZE_UNSET
from affiliate_clients.pull.landing.impact import (
    ACTION_COLUMNS,
    ACTION_SCHEMA,
    GROUP_COLUMNS,
    GROUP_SCHEMA,
    READ_AT,
    page_table,
)
from affiliate_clients.pull.landing.schema import KINDS, MONEY, TIMESTAMP, Column, arrow_schema
from affiliate_clients.pull.landing.tables import to_table
from affiliate_clients.sandbox.impact.actions import ActionStore
from hypothesis import given, settings
from hypothesis import strategies as st


class Color(enum.Enum):       # an enum with text values that is not a str subclass
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Shouty(str, enum.Enum):  # a str enum whose text is not its value
    A = "a"

    def __new__(cls, value: str) -> Self:
        member = str.__new__(cls, value.upper())
        member._value_ = value
        return member


@attrs.define
class Inner:
    """A nested typed model (``to_dict`` like the generated ones)."""

    x: Any = None
    y: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"y": _json_ready(self.y), "x": _json_ready(self.x)}


@attrs.define
class Row:
    a: Any = None
    b: Any = None
    c: Any = None
    d: Any = None
    e: Any = None
    f: Any = None
    inner: Any = None


@attrs.define
class Stub:
    """A record without most of ``Row``'s attributes: a missing attribute is NULL."""

    a: Any = None


NAMES = ("a", "b", "c", "d", "e", "f")


def _json_ready(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


# -- the reference: one value at a time ------------------------------------------------------------------------

def _absent(value: Any) -> bool:
    return value is None or type(value).__name__ == "Unset"


def ref_value(value: Any, kind: str) -> Any:
    if _absent(value):
        return None
    if kind == "json":
        if hasattr(value, "to_dict"):
            value = value.to_dict()
        elif isinstance(value, list):
            value = [v.to_dict() if hasattr(v, "to_dict") else None if _absent(v) else _json_ready(v) for v in value]
        return json.dumps(_json_ready(value), sort_keys=True, default=str)
    value = _json_ready(value)
    if kind == "string":
        return str(value)
    if kind == "timestamp":
        if value == "":
            return None
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if isinstance(value, int | float):
            return dt.datetime.fromtimestamp(value, dt.UTC)
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    if kind == "decimal":
        if value == "":
            return None
        return Decimal(f"{value:.4f}") if isinstance(value, float) else Decimal(str(value))
    return value


def ref_at(record: Any, path: Sequence[str]) -> Any:
    for attr in path:
        record = getattr(record, attr, None)
        if record is None:
            return None
    return record


def reference(records: Sequence[Any], cols: Sequence[Column], extra: dict[str, list[Any]] | None = None,
              schema: pa.Schema | None = None) -> pa.Table:
    schema = schema or arrow_schema(cols)
    arrays = [pa.array([ref_value(ref_at(r, c.path), c.kind) for r in records], KINDS[c.kind]) for c in cols]
    arrays += [pa.array(v, schema.field(n).type) for n, v in (extra or {}).items()]
    if "_extra" in schema.names and "_extra" not in (extra or {}):
        arrays.append(pa.array([ref_extra(r, cols) for r in records], pa.string()))
    return pa.Table.from_arrays(arrays, schema=schema)


def ref_extra(record: Any, cols: Sequence[Column]) -> str | None:
    """The members a record's models have that the spec does not name, per record."""
    merged: dict[str, Any] = {}
    for parent in sorted({c.path[:-1] for c in cols}):
        members = getattr(ref_at(record, parent) if parent else record, "additional_properties", None)
        if members and parent:
            merged[".".join(parent)] = members
        elif members:
            merged.update(members)
    return json.dumps(merged, sort_keys=True, default=str) if merged else None


def outcome(build: Callable[[], pa.Table]) -> pa.Table | str:
    try:
        return build()
    except (ValueError, TypeError, ArithmeticError, AttributeError, pa.ArrowException):
        return "refused"


def assert_same(records: Sequence[Any], cols: Sequence[Column], extra: dict[str, list[Any]] | None = None,
                schema: pa.Schema | None = None) -> None:
    expected = outcome(lambda: reference(records, cols, extra, schema))
    got = outcome(lambda: to_table(records, cols, extra, schema))
    if not isinstance(expected, pa.Table) or not isinstance(got, pa.Table):
        assert expected == got, f"reference {expected!r}, to_table {got!r}"
        return
    assert got.schema.equals(expected.schema)
    for name in got.column_names:
        assert got.column(name).to_pylist() == expected.column(name).to_pylist(), name
    assert got.equals(expected)


# -- values ----------------------------------------------------------------------------------------------------

OFFSETS = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
MOMENTS = st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 12, 30))
ABSENT = st.sampled_from([None, UNSET, PARTNERIZE_UNSET])


@st.composite
def iso_texts(draw: st.DrawFn) -> str:
    """ISO date-time text: the shapes the Arrow path reads, and others (``+0530``, date only) it leaves alone."""
    moment = draw(MOMENTS)
    text = moment.isoformat(sep=draw(st.sampled_from("T ")),
                            timespec=draw(st.sampled_from(["seconds", "milliseconds", "microseconds"])))
    if draw(st.integers(0, 9)) == 0:
        text = draw(st.sampled_from([text[:10], text[:16], text[:21]]))   # date only, no seconds, 1-digit fraction
    minutes = draw(st.integers(-23 * 60 - 59, 23 * 60 + 59))
    offset = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text + draw(st.sampled_from(["", "Z", offset, offset, "+0530", "-00:00", "+05"]))


def decimal_texts() -> st.SearchStrategy[str]:
    return st.integers(0, 4).flatmap(lambda places: st.decimals(
        min_value=-10**13, max_value=10**13, places=places, allow_nan=False, allow_infinity=False)).map(
        lambda d: format(d, "f"))


FLOATS = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
TEXTS = st.text(max_size=12)
INNERS = st.builds(Inner, st.one_of(st.integers(), TEXTS, ABSENT),
                   st.one_of(st.sampled_from(list(ActionState)), FLOATS, ABSENT))

# Families of values per kind; a column draws one to three families (one: the uniform fast paths).
FAMILIES: dict[str, list[st.SearchStrategy[Any]]] = {
    "string": [TEXTS, ABSENT, st.sampled_from(list(ActionState) + list(ReferringType)), st.sampled_from(list(Color)),
               st.sampled_from(list(Level)), st.just(Shouty.A), st.integers(), st.booleans(), FLOATS],
    "timestamp": [st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 12, 30),
                               timezones=st.one_of(st.just(dt.UTC), OFFSETS)),
                  MOMENTS, ABSENT, st.just(""), iso_texts(), st.integers(0, 4_000_000_000)],
    "decimal": [decimal_texts(), ABSENT, st.just(""), FLOATS, st.integers(-10**13, 10**13)],
    "integer": [st.integers(-2**63, 2**63 - 1), ABSENT, st.sampled_from(list(Level)), st.booleans()],
    "boolean": [st.booleans(), ABSENT],
    "json": [ABSENT, INNERS, st.lists(st.one_of(INNERS, ABSENT, st.sampled_from(list(Color)), st.integers()), max_size=3),
             st.dictionaries(TEXTS, st.one_of(st.integers(), TEXTS), max_size=3), TEXTS],
}


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[Any], list[Column]]:
    kinds = [draw(st.sampled_from(sorted(KINDS))) for _ in NAMES]
    values = {name: st.one_of(*draw(st.lists(st.sampled_from(FAMILIES[kind]), min_size=1, max_size=3, unique_by=id)))
              for name, kind in zip(NAMES, kinds, strict=True)}
    inner_kind = draw(st.sampled_from(sorted(KINDS)))
    inner_values = st.one_of(*draw(st.lists(st.sampled_from(FAMILIES[inner_kind]), min_size=1, max_size=2,
                                            unique_by=id)))
    inner = st.one_of(st.builds(Inner, inner_values), ABSENT)
    row = st.builds(Row, inner=inner, **values)
    records = draw(st.lists(st.one_of(row, row, row, row, st.builds(Stub, values["a"])), max_size=25))
    cols = [Column(f"col_{n}", (n,), k) for n, k in zip(NAMES, kinds, strict=True)]
    cols.append(Column("inner_x", ("inner", "x"), inner_kind))
    return records, cols


@settings(max_examples=600, deadline=None)
@given(pages())
def test_to_table_matches_the_per_value_reference(page: tuple[list[Any], list[Column]]) -> None:
    records, cols = page
    assert_same(records, cols)


@settings(max_examples=200, deadline=None)
@given(st.lists(iso_texts(), min_size=1, max_size=8), st.booleans())
def test_date_time_text_lands_as_fromisoformat_reads_it(texts: list[str], blanks: bool) -> None:
    records = [Row(a=t) for t in texts] + ([Row(a=""), Row(a=None)] if blanks else [])
    assert_same(records, [Column("a", ("a",), "timestamp")])


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_empty_page_has_the_schema_and_no_rows(kind: str) -> None:
    cols = [Column("a", ("a",), kind), Column("x", ("inner", "x"), kind)]
    table = to_table([], cols)
    assert table.num_rows == 0 and table.schema.equals(arrow_schema(cols))
    assert_same([], cols)


def test_uniform_columns_are_converted_exactly() -> None:
    """The fast paths one at a time, with values chosen to trip a careless vectorisation."""
    paris = dt.timezone(dt.timedelta(hours=2))
    rows = [Row(a="", b=dt.datetime(2024, 3, 31, 1, 30), c="0.0001", d=1.00005, e=ActionState.PENDING,
                f="2024-03-31 01:30:00"),
            Row(a=dt.datetime(2024, 3, 31, 1, 30, tzinfo=paris), b=UNSET, c="", d=None, e=Color.RED,
                f="2024-03-31T01:30:00.5"),
            Row(a=UNSET, b=dt.datetime(1999, 12, 31, 23, 59, 59, 999999), c="-12345678901234.5678", d=2.5,
                e=None, f=None)]
    cols = [Column("a", ("a",), "timestamp"), Column("b", ("b",), "timestamp"), Column("c", ("c",), "decimal"),
            Column("d", ("d",), "decimal"), Column("e", ("e",), "string"), Column("f", ("f",), "timestamp")]
    assert_same(rows, cols)
    table = to_table(rows, cols)
    assert table.column("a").to_pylist() == [None, dt.datetime(2024, 3, 30, 23, 30, tzinfo=dt.UTC), None]
    assert table.column("b").to_pylist()[0] == dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.UTC)
    assert table.column("c").to_pylist() == [Decimal("0.0001"), None, Decimal("-12345678901234.5678")]
    assert table.column("d").to_pylist() == [Decimal("1.0001"), None, Decimal("2.5")]   # f"{1.00005:.4f}"
    assert table.column("e").to_pylist() == ["PENDING", "red", None]
    assert table.column("f").to_pylist()[1] == dt.datetime(2024, 3, 31, 1, 30, 0, 500000, tzinfo=dt.UTC)
    assert table.schema.field("c").type == MONEY and table.schema.field("a").type == TIMESTAMP


def test_refused_values_are_refused_alike() -> None:
    for value, kind in (("2024-02-30T10:00:00+00:00", "timestamp"), ("not a date", "timestamp"),
                        ("1.23456", "decimal"), ("abc", "decimal"), ("7", "integer")):
        assert_same([Row(a=value), Row(a=None)], [Column("a", ("a",), kind)])
        with pytest.raises((ValueError, TypeError, pa.ArrowException)):
            to_table([Row(a=value)], [Column("a", ("a",), kind)])


def test_impact_pages_match_the_reference() -> None:
    """The real landing columns over seeded sandbox actions, parsed by the generated models."""
    store = ActionStore.seeded(3, 500, "IRtest", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    actions = [Action.from_dict(r.payload) for r in store.records]
    actions += [Action.from_dict({}), Action.from_dict({"Id": "x", "ClearedDate": "", "State": "REVERSED"})]
    read_at = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    extra: dict[str, list[Any]] = {"account_sid": ["IRtest"] * len(actions), READ_AT: [read_at] * len(actions)}
    assert_same(actions, ACTION_COLUMNS, extra, ACTION_SCHEMA)
    assert page_table(actions, "IRtest", read_at).equals(
        to_table(actions, ACTION_COLUMNS, extra, ACTION_SCHEMA))
    assert to_table(actions, ACTION_COLUMNS, extra, ACTION_SCHEMA).column("cleared_date").null_count > 0
    groups = [PartnerGroup.from_dict({"Id": "1", "Name": "g"}), PartnerGroup.from_dict({})]
    assert_same(groups, GROUP_COLUMNS, {"campaign_id": [1, 2], "account_sid": ["s", "s"]}, GROUP_SCHEMA)
