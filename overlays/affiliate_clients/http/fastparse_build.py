"""The second half of the fast parse (:mod:`.fastparse`): decoded msgspec structs into the generated models.

Columns are converted a whole column at a time before the models are built (``datetime | str`` by the stock
rule, opened enums to their members, widened primitives checked against the spec's types for the drift report);
members the spec does not name (decoded into extra struct fields) go into the models' ``additional_properties``,
as the stock ``from_dict`` puts them.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Callable
from itertools import repeat, starmap
from operator import attrgetter, itemgetter
from typing import Any

import attrs
import msgspec

from . import drift

ABSENT = msgspec.UNSET  # the default of an extra (unnamed) member's struct field: not in this record
_astuple = msgspec.structs.astuple
CHUNK = 1024  # decoded structs turned into models per step, so both never coexist in full
Column = tuple[str, Callable[[list[Any]], list[Any]]]


@attrs.frozen
class OpenEnum:
    """The wire type of an opened enum member (``TheEnum | str``): decoded as found, then converted a column at a
    time by the stock rule: a string the enum knows becomes its member, anything else stays as it came."""

    enum: type[enum.Enum]

    def column(self, model: type, key: str, unset: Any) -> Callable[[list[Any]], list[Any]]:
        known: dict[Any, Any] = dict(self.enum._value2member_map_)

        expected_classes = {str, self.enum, type(unset)}

        def convert(values: list[Any]) -> list[Any]:
            out: list[Any]
            try:  # in C: a known text becomes its member, anything else stays as it is
                out = list(map(known.get, values, values))
                distinct: Any = set(out)
            except TypeError:  # a list or an object where the enum's text belongs
                out = [known.get(v, v) if v.__class__ is str else v for v in values]
                distinct = out
            if {v.__class__ for v in (distinct if isinstance(distinct, set) else set(map(type, out)))} \
                    - expected_classes:
                _note_types(model, key, values, (str,), False, unset)
            strays = {v for v in distinct if v.__class__ is str}  # a member's class is the enum
            if strays:
                drift.note(model, key, "unknown_enum_value", min(strays), sum(map(out.count, strays)))
            return out
        return convert


def _note_types(model: type, key: str, values: list[Any], types: tuple[type, ...], nullable: bool,
                unset: Any) -> None:
    seen = set(map(type, values)) - {*types, type(unset)}
    if not seen:
        return
    nulls = 0 if nullable else values.count(None)
    if nulls:
        drift.note(model, key, "null_not_nullable", None, nulls)
    others = [v for v in values if v is not None and v is not unset and v.__class__ not in types]
    if others:
        drift.note(model, key, "type_differs", others[0], len(others))


def expected(model: type, key: str, types: tuple[type, ...], nullable: bool,
             unset: Any) -> Callable[[list[Any]], list[Any]]:
    """The column check of a primitive member widened to ``Any`` after a value of another type came: the values
    stay as they came (as the stock parser keeps them), and what differs from the spec is noted."""
    def check(values: list[Any]) -> list[Any]:
        _note_types(model, key, values, types, nullable, unset)
        return values
    return check


def builders(model: type, converts: tuple[tuple[int, Callable[[Any], Any]], ...], width: int, unset: Any,
             columns: tuple[Column, ...], extras: tuple[tuple[str, str], ...]
             ) -> tuple[Callable[[Any], Any], Callable[[list[Any]], list[Any]]]:
    """(build one, build a list) for ``model``: ``width`` init fields, ``converts`` per value (nested models),
    ``columns`` per column, ``extras`` (struct attribute, JSON key) of members the spec does not name."""
    cut = itemgetter(slice(0, width)) if extras else None

    def convert_columns(structs: list[Any]) -> list[Any]:
        for name, convert in columns:
            values = convert(list(map(attrgetter(name), structs)))
            deque(map(setattr, structs, repeat(name), values), maxlen=0)
        return structs

    def build_values(values: Any) -> Any:
        values = list(values)
        for n, convert in converts:
            value = values[n]
            if value is not unset:
                values[n] = convert(value)
        return model(*values)

    def attach(structs: list[Any], made: list[Any]) -> None:
        """Unnamed members into ``additional_properties``: in C where every record has the same ones (a vendor
        adding a member to every record), record by record where they differ."""
        found = []
        for attr, key in extras:
            column = list(map(attrgetter(attr), structs))
            absent = column.count(ABSENT)
            if absent < len(column):
                drift.note(model, key, "unknown_field", next(v for v in column if v is not ABSENT),
                           len(column) - absent)
                found.append((key, column, absent))
        if not found:
            return
        if not any(absent for _, _, absent in found):  # the common case, every record has them: in C
            (key, column, _), *rest = found
            rows = [{key: value} for value in column]
            for key, column, _ in rest:
                deque(map(dict.__setitem__, rows, repeat(key), column), maxlen=0)
        else:
            rows = [{} for _ in made]
            for key, column, _ in found:
                for row, value in zip(rows, column, strict=True):
                    if value is not ABSENT:
                        row[key] = value
        deque(map(setattr, made, repeat("additional_properties"), rows), maxlen=0)

    def build_all(structs: list[Any]) -> list[Any]:
        for start in range(0, len(structs), CHUNK):  # in place: each chunk's structs freed as it is built
            chunk = convert_columns(structs[start:start + CHUNK])
            values = map(_astuple, chunk) if cut is None else map(cut, map(_astuple, chunk))
            made = list(map(build_values, values)) if converts else list(starmap(model, values))
            if extras:
                attach(chunk, made)
            structs[start:start + CHUNK] = made
        return structs

    def build(struct: Any) -> Any:
        if columns:
            convert_columns([struct])
        values = _astuple(struct) if cut is None else cut(_astuple(struct))
        made = build_values(values) if converts else model(*values)
        if extras:
            attach([struct], [made])
        return made
    return build, build_all


def extras_builders(model: type) -> tuple[Callable[[Any], Any], Callable[[list[Any]], list[Any]]]:
    """(build one, build a list) for a model holding only ``additional_properties``, kept as json.loads made them."""
    def build(values: dict[str, Any]) -> Any:
        made = model()
        made.additional_properties = values
        return made

    def build_all(items: list[dict[str, Any]]) -> list[Any]:
        return list(map(build, items))
    return build, build_all
