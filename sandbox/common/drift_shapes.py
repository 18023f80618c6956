"""What a record looks like by its spec, and one record drifted in one of the ways real vendors drift.

A :class:`Shape` is read once per record schema from the vendor's spec: every member (nested objects included,
arrays not entered) as a :class:`Slot` with its JSON type, whether ``null`` is allowed, whether it is required,
its enum and whether it is a plain ``format: date-time``; and the record's key (``Id``, ``conversion_id``...).
:meth:`Shape.mutate` changes one record as a drift kind says, choosing the member with the random source it is
given (seeded per record, so the same record drifts the same way every time it is served).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["BREAKING", "DRIFT_KINDS", "EXTRA_FIELDS", "Shape", "Slot", "concrete", "shape_of"]

DRIFT_KINDS = ("unknown_enum", "extra_fields", "null", "number_for_string", "string_for_number",
               "impossible_date", "missing_required", "object_for_list")
# Kinds after which the record cannot be read as its model (the client quarantines it).
BREAKING = frozenset({"missing_required", "impossible_date", "object_for_list"})
# The members ``extra_fields`` adds (names the specs do not use).
EXTRA_FIELDS = ("ExtraNote", "ExtraScore")
# Members that identify a record, most telling first: impact ``Id``, Partnerize conversion, click and item ids,
# Invoca's affiliate.
KEY_NAMES = ("Id", "conversion_id", "click_id", "conversion_item_id", "affiliate_id_from_network")
MAX_DEPTH = 3
_NUMERIC_TEXT = re.compile(r"-?\d+(\.\d+)?")
_DATE_START = re.compile(r"^(\d{4})-\d{2}-\d{2}")

Resolve = Callable[[dict[str, Any]], dict[str, Any]]


@attrs.frozen
class Slot:
    """One member of a record: ``path`` from the record (``("conversion_data", "conversion_id")``) and what the
    spec says of it. ``json_type`` is ``"union"`` where the spec allows more than one non-null type."""

    path: tuple[str, ...]
    json_type: str
    nullable: bool
    required: bool
    enum: tuple[Any, ...] = ()
    date_time: bool = False
    object_items: bool = False
    names: frozenset[str] = frozenset()

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def plain_text(self) -> bool:
        """A string with no enum and no format the model converts (the model keeps what comes)."""
        return self.json_type == "string" and not self.enum and not self.date_time


def concrete(schema: dict[str, Any], resolve: Resolve) -> tuple[dict[str, Any], bool, str]:
    """(schema, nullable, JSON type) with ``$ref``, ``allOf``, nullable ``anyOf``/``oneOf`` and type lists
    folded."""
    schema = resolve(schema)
    nullable = False
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}, "required": []}
        for part in schema["allOf"]:
            part_schema, _, _ = concrete(part, resolve)
            merged["properties"].update(part_schema.get("properties") or {})
            merged["required"] += part_schema.get("required") or []
        schema = {**{k: v for k, v in schema.items() if k != "allOf"}, **merged, "type": "object"}
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        resolved = [resolve(o) for o in options]
        solid = [o for o in resolved if o.get("type") != "null"]
        nullable = len(solid) < len(resolved)
        if len(solid) != 1:
            return schema, nullable, "union"
        inner, inner_nullable, inner_kind = concrete(solid[0], resolve)
        return inner, nullable or inner_nullable, inner_kind
    declared = schema.get("type")
    if isinstance(declared, list):
        nullable = "null" in declared
        kinds = [str(k) for k in declared if k != "null"]
        declared = kinds[0] if len(kinds) == 1 else "union"
    if declared is None:
        declared = "object" if "properties" in schema else "union"
    if None in (schema.get("enum") or ()):
        nullable = True
    return schema, nullable, str(declared)


def _slots(schema: dict[str, Any], resolve: Resolve, prefix: tuple[str, ...], depth: int) -> list[Slot]:
    required = set(schema.get("required") or ())
    found: list[Slot] = []
    for name, member in (schema.get("properties") or {}).items():
        inner, nullable, kind = concrete(member, resolve)
        items = concrete(inner.get("items") or {}, resolve) if kind == "array" else None
        names = frozenset(inner.get("properties") or ())
        found.append(Slot(prefix + (name,), kind, nullable, name in required,
                          enum=tuple(v for v in inner.get("enum") or () if v is not None),
                          date_time=kind == "string" and inner.get("format") == "date-time",
                          object_items=items is not None and items[2] == "object", names=names))
        if kind == "object" and names and depth < MAX_DEPTH:
            found += _slots(inner, resolve, prefix + (name,), depth + 1)
    return found


def _at(record: Any, path: tuple[str, ...]) -> tuple[bool, Any]:
    """(present, value) of the member at ``path``."""
    value = record
    for name in path:
        if not isinstance(value, dict) or name not in value:
            return False, None
        value = value[name]
    return True, value


def _set(record: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    holder = record
    for name in path[:-1]:
        holder = holder[name]
    holder[path[-1]] = value


@attrs.frozen
class Shape:
    """The members of one record schema and the record's key (``key`` is ``()`` when it names none)."""

    slots: tuple[Slot, ...]
    names: frozenset[str]
    key: tuple[str, ...] = ()

    def key_of(self, record: dict[str, Any]) -> str | None:
        present, value = _at(record, self.key) if self.key else (False, None)
        return str(value) if present and value is not None else None

    def _keyish(self, slot: Slot) -> bool:
        return bool(self.key) and self.key[: len(slot.path)] == slot.path

    def present(self, record: dict[str, Any]) -> list[tuple[Slot, Any]]:
        """The members ``record`` has, with their values, in spec order."""
        return [(s, v) for s in self.slots for ok, v in [_at(record, s.path)] if ok]

    def candidates(self, kind: str, record: dict[str, Any],
                   present: list[tuple[Slot, Any]] | None = None) -> list[Slot]:
        """The members ``kind`` may change in ``record`` (present, of the type it needs), in spec order;
        ``present`` is :meth:`present` of ``record`` when already known."""
        present = self.present(record) if present is None else present
        if kind == "extra_fields":
            holder = self.key[:-1]
            return [Slot(holder, "object", False, False)] if isinstance(_at(record, holder)[1], dict) else []
        if kind == "unknown_enum":
            return [s for s, v in present if s.enum and isinstance(v, str)]
        if kind == "null":
            return [s for s, v in present if s.plain_text and not s.nullable and isinstance(v, str)
                    and not self._keyish(s)]
        if kind == "string_for_number":
            return [s for s, v in present if s.json_type in ("integer", "number") and isinstance(v, int | float)
                    and not isinstance(v, bool)]
        if kind == "impossible_date":
            return [s for s, v in present if s.date_time and isinstance(v, str)]
        if kind == "object_for_list":
            return [s for s, v in present if s.json_type == "array" and s.object_items and isinstance(v, list)]
        if kind == "number_for_string":
            text = [(s, v) for s, v in present if s.plain_text and isinstance(v, str)]
            numeric = [s for s, v in text if _NUMERIC_TEXT.fullmatch(v)]
            return _prefer_not_key(numeric or [s for s, _ in text], self._keyish)
        if kind == "missing_required":
            return _prefer_not_key([s for s, _ in present if s.required], self._keyish)
        raise ValueError(f"unknown drift kind {kind!r}")

    def mutate(self, kind: str, slot: Slot, record: dict[str, Any], rng: random.Random,
               seed: int) -> tuple[tuple[str, ...], Any]:
        """Change ``record`` in place as ``kind`` says at ``slot``; returns (the members changed, as dotted paths
        from the record; the value now served at the first, ``None`` where it was removed)."""
        value = _at(record, slot.path)[1]
        if kind == "extra_fields":
            holder = _at(record, slot.path)[1] if slot.path else record
            names = tuple(name if name not in self.names_at(slot.path) else f"{name}{seed}" for name in EXTRA_FIELDS)
            note, score = f"note-{rng.randrange(10**6):06d}", round(rng.uniform(0, 100), 2)
            holder[names[0]], holder[names[1]] = note, score
            return tuple(".".join(slot.path + (n,)) for n in names), note
        if kind == "missing_required":
            holder = _at(record, slot.path[:-1])[1] if slot.path[:-1] else record
            del holder[slot.path[-1]]
            return (slot.dotted,), None
        new = _drifted_value(kind, value, rng, seed)
        _set(record, slot.path, new)
        return (slot.dotted,), new

    def names_at(self, path: tuple[str, ...]) -> frozenset[str]:
        if not path:
            return self.names
        return next((s.names for s in self.slots if s.path == path), frozenset())


def _prefer_not_key(slots: list[Slot], keyish: Callable[[Slot], bool]) -> list[Slot]:
    """The members that are not the record's key (nor hold it), or the key's own when there are no others."""
    return [s for s in slots if not keyish(s)] or slots


def _drifted_value(kind: str, value: Any, rng: random.Random, seed: int) -> Any:
    if kind == "unknown_enum":
        return f"DRIFTED_VALUE_{seed}"
    if kind == "null":
        return None
    if kind == "string_for_number":
        return str(value)
    if kind == "impossible_date":
        text = str(value)
        return _DATE_START.sub(r"\1-02-31", text) if _DATE_START.match(text) else "2017-02-31T00:00:00Z"
    if kind == "object_for_list":
        first = value[0] if value and isinstance(value[0], dict) and value[0] else {"item": None}
        return dict(first)
    if kind == "number_for_string":
        if _NUMERIC_TEXT.fullmatch(value):
            return float(value) if "." in value else int(value)
        digits = re.sub(r"\D", "", value)[:15]
        return int(digits) if digits else rng.randrange(1, 10**6)
    raise ValueError(f"unknown drift kind {kind!r}")


def shape_of(schema: dict[str, Any], resolve: Resolve) -> Shape | None:
    """The :class:`Shape` of records of ``schema``, or None when it is not an object with members."""
    folded, _, kind = concrete(schema, resolve)
    if kind != "object" or not folded.get("properties"):
        return None
    slots = tuple(_slots(folded, resolve, (), 1))
    key: tuple[str, ...] = ()
    for name in KEY_NAMES:
        found = sorted((s.path for s in slots if s.path[-1] == name and s.json_type == "string"), key=len)
        if found:
            key = found[0]
            break
    return Shape(slots, frozenset(folded["properties"]), key)
