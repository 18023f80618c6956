"""Arrow tables built from the typed models, with the explicit schemas of :mod:`.schema`.

Each column is converted at once: one pass gathers the raw attribute values, the set of their types picks a
conversion pyarrow does in C, and a column holding anything else goes through the per-value ``CONVERT``
function of its kind, so every value lands as the per-value conversion would land it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from operator import attrgetter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from .schema import EXTRA, KINDS, MONEY, TIMESTAMP, Column, arrow_schema


def _plain(value: Any) -> Any:
    if value is None or type(value).__name__ == "Unset":
        return None
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _timestamp(value: Any) -> dt.datetime | None:
    value = _plain(value)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value, dt.UTC)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # type: ignore[no-any-return]


def _text(value: Any) -> str | None:
    value = _plain(value)
    return None if value is None else str(value)


def _json(value: Any) -> str | None:
    value = _plain(value)
    if value is None:
        return None
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    elif isinstance(value, list):
        value = [v.to_dict() if hasattr(v, "to_dict") else _plain(v) for v in value]
    return json.dumps(value, sort_keys=True, default=str)


def _decimal(value: Any) -> str | None:
    value = _plain(value)
    if isinstance(value, float):
        return f"{value:.4f}"
    return None if value is None or value == "" else str(value)


CONVERT: dict[str, Callable[[Any], Any]] = {"string": _text, "timestamp": _timestamp, "json": _json,
                                            "decimal": _decimal, "integer": _plain, "boolean": _plain}


def _get(record: Any, path: tuple[str, ...]) -> Any:
    for attr in path:
        record = getattr(record, attr, None)
        if record is None:
            return None
    return record


# ``to_table`` converts a column at a time: one pass gathers the raw attribute values, the set of their types
# picks a conversion that pyarrow does in C (datetimes, ISO text, decimal text, plain text, integers), and any
# column holding something else goes through the per-value ``CONVERT`` function of its kind, so every value
# lands exactly as the per-value conversion would land it (``tests/unit/test_to_table.py`` compares the two).
_NONE = type(None)
_ISO = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
_ISO_ZONED = _ISO + r"(Z|[+-][0-9]{2}:[0-9]{2})$"
_ISO_NAIVE = _ISO + "$"


def _gather(records: Sequence[Any], path: tuple[str, ...]) -> list[Any]:
    """The values at ``path`` in every record (``None`` where an attribute is missing or a step is ``None``)."""
    first, *rest = path
    try:
        values = list(map(attrgetter(first), records))
    except AttributeError:
        values = [getattr(r, first, None) for r in records]
    for attr in rest:
        values = [None if v is None else getattr(v, attr, None) for v in values]
    return values


def _unset_to_none(values: list[Any], types: set[type]) -> tuple[list[Any], set[type]]:
    unset = {t for t in types if t.__name__ == "Unset"}
    if not unset:
        return values, types
    return [None if type(v) in unset else v for v in values], (types - unset) | {_NONE}


def _per_value(values: list[Any], kind: str) -> pa.Array:
    converted = list(map(CONVERT[kind], values))
    if kind == "decimal":
        return pa.array(converted, pa.string()).cast(MONEY)
    return pa.array(converted, KINDS[kind])


def _text_array(values: list[Any], types: set[type]) -> pa.Array:
    if types <= {str, _NONE}:
        return pa.array(values, pa.string())
    enums = {t for t in types if issubclass(t, enum.Enum)}
    if enums and types - enums <= {str, _NONE}:
        if all(map(_text_is_value, enums)):      # (str, Enum) members: pyarrow reads their text, which is the value
            return pa.array(values, pa.string())
        if all(type(m.value) is str for e in enums for m in e):
            return pa.array([v.value if type(v) in enums else v for v in values], pa.string())
    return _per_value(values, "string")


@cache
def _text_is_value(members: type[enum.Enum]) -> bool:
    return all(isinstance(m, str) and str.__str__(m) == m.value for m in members)


def _decimal_array(values: list[Any], types: set[type]) -> pa.Array:
    if types <= {str, _NONE}:
        text = pa.array(values, pa.string())
        empty = pc.equal(text, "")
        if pc.any(empty).as_py():
            text = pc.if_else(empty, pa.scalar(None, pa.string()), text)
        return text.cast(MONEY)
    if types <= {float, _NONE}:
        return pa.array([None if v is None else f"{v:.4f}" for v in values], pa.string()).cast(MONEY)
    return _per_value(values, "decimal")


def _timestamp_array(values: list[Any], types: set[type]) -> pa.Array:
    if str in types and types - {str, _NONE}:                  # e.g. datetimes and "" (DateTimeOrEmpty)
        values = [None if type(v) is str and not v else v for v in values]
        types = set(map(type, values))
    if types <= {dt.datetime, _NONE}:                          # pyarrow reads naive datetimes as UTC, as _timestamp
        return pa.array(values, TIMESTAMP)
    if types <= {str, _NONE} and (parsed := _iso_texts(values)) is not None:
        return parsed
    return _per_value(values, "timestamp")


def _iso_texts(values: list[str | None]) -> pa.Array | None:
    """Date-time text parsed by Arrow, when every text has a shape that Arrow and ``datetime.fromisoformat`` both
    read (``YYYY-MM-DD[T ]HH:MM:SS[.ffffff]``, all with ``Z``/``+HH:MM`` or all without); ``None`` otherwise,
    or when Arrow refuses one (the per-value path then reads it, or raises fromisoformat's error)."""
    text = pa.array(values, pa.string())
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    present = text.drop_null()
    try:
        if pc.all(pc.match_substring_regex(present, _ISO_ZONED)).as_py():
            return text.cast(TIMESTAMP)
        if pc.all(pc.match_substring_regex(present, _ISO_NAIVE)).as_py():
            return text.cast(pa.timestamp("us")).cast(TIMESTAMP)       # naive text is UTC, as in _timestamp
    except pa.ArrowInvalid:
        pass
    return None


def _plain_array(values: list[Any], types: set[type], kind: str) -> pa.Array:
    if types <= {int if kind == "integer" else bool, _NONE}:
        return pa.array(values, KINDS[kind])
    return _per_value(values, kind)


def _array(values: list[Any], kind: str) -> pa.Array:
    """One column's Arrow array: the values ``CONVERT[kind]`` would give, converted by pyarrow where it can."""
    values, types = _unset_to_none(values, set(map(type, values)))
    if types <= {_NONE}:
        return pa.nulls(len(values), KINDS[kind])
    if kind == "string":
        return _text_array(values, types)
    if kind == "decimal":
        return _decimal_array(values, types)
    if kind == "timestamp":
        return _timestamp_array(values, types)
    if kind in ("integer", "boolean"):
        return _plain_array(values, types, kind)
    return _per_value(values, kind)


def to_table(records: Sequence[Any], cols: Sequence[Column],
             extra: Mapping[str, Sequence[Any] | pa.Array] | None = None, schema: pa.Schema | None = None) -> pa.Table:
    """One Arrow table of ``records`` (typed models) with the explicit schema of ``cols``.

    ``extra`` adds constant or computed columns (name -> values, one per record, or an Arrow array of them)
    typed by ``schema``.
    """
    schema = schema or arrow_schema(cols)
    arrays: list[pa.Array] = [_array(_gather(records, col.path), col.kind) for col in cols]
    for name, column in (extra or {}).items():
        arrays.append(column if isinstance(column, pa.Array) else pa.array(column, schema.field(name).type))
    if EXTRA in schema.names and EXTRA not in (extra or {}):
        arrays.append(_unnamed(records, cols))
    return pa.Table.from_arrays(arrays, schema=schema)


def _unnamed(records: Sequence[Any], cols: Sequence[Column]) -> pa.Array:
    """The ``_extra`` column: per record, the members the spec does not name (its models'
    ``additional_properties``: the record's own at the top, a nested model's under its attribute path), as JSON
    text, NULL where there are none. Checked a column at a time, so records without any cost next to nothing."""
    found: list[dict[str, Any] | None] = [None] * len(records)
    for parent in sorted({c.path[:-1] for c in cols}):
        objects = _gather(records, parent) if parent else list(records)
        unnamed = [getattr(o, "additional_properties", None) for o in objects]
        if not any(unnamed):
            continue
        for n, members in enumerate(unnamed):
            if members:
                merged = found[n] = found[n] or {}
                if parent:
                    merged[".".join(parent)] = members
                else:
                    merged.update(members)
    if not any(found):
        return pa.nulls(len(records), pa.string())
    return pa.array([None if f is None else json.dumps(f, sort_keys=True, default=str) for f in found], pa.string())
