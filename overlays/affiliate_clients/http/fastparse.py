"""Typed parsing at about the cost of plain ``json.loads``: bytes straight to the generated attrs models.

``parse(Model, body)`` returns exactly what ``Model.from_dict(json.loads(body))`` returns (the stock
openapi-python-client parser), or raises what it raises, but builds the objects mostly in C:

1. msgspec decodes the body into throw-away ``msgspec.Struct`` shapes derived from the generated model
   (JSON keys read from the generated ``from_dict``; enums, date-times and required members typed as the
   model types them; ``datetime | str`` members decoded as found and converted a column at a time, by the
   stock rule, before the models are built; members the generated ``from_dict`` keeps as ``json.loads`` made
   them, e.g. strings, numbers, ``int | None | str``, lists of primitives, decoded as ``Any``, see
   :mod:`.fastparse_kinds`; ``list[Any] | Model`` unions as msgspec unions, whose JSON types are disjoint;
   models holding only ``additional_properties`` as ``dict``; unknown members refused elsewhere, so
   ``additional_properties`` is the stock ``{}``);
2. each model is built by calling its own attrs constructor on the Struct's values, from C
   (``starmap(Model, map(astuple, structs))``) for models whose fields are all leaves, a chunk at a time
   so the decoded structs are freed as their models are made.

Anything the fast path does not reproduce exactly sends the whole body to the stock parser: a model with a
field type it does not know, a value of another type than an enum, date-time or model member needs
(the stock parser would keep it as is or raise), unknown members, non-UTF-8 input, numbers msgspec cannot
hold (``1e400``, ``NaN``), and the few date-time spellings where msgspec and ``datetime.fromisoformat``
disagree (a lowercase ``z`` offset, more than six fractional digits; escaped ASCII in the body is sent to
the stock parser too, since it could hide either). ``tests/unit/test_fastparse*`` compares the two paths
field by field.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import typing
from collections import deque
from collections.abc import Callable, Iterable
from itertools import repeat, starmap
from operator import attrgetter
from typing import Any, TypeVar

import attrs
import msgspec

from . import fastparse_kinds as kinds
from .fastparse_dates import DateTimeOrText, dates_or_text, dates_safe
from .fastparse_kinds import json_keys
from .fastparse_kinds import models_namespace as _models_namespace
from .fastparse_kinds import unset_of as _unset

T = TypeVar("T")
_astuple = msgspec.structs.astuple
_CHUNK = 1024  # decoded structs turned into models per step, so both never coexist in full


class Unsupported(Exception):
    """The model has a field the fast path cannot reproduce exactly; the stock parser is used instead."""


@attrs.frozen
class _Field:
    name: str
    wire: Any  # the type msgspec decodes into
    convert: Callable[[Any], Any] | None  # applied to the decoded value (never to UNSET) before the constructor


@attrs.frozen
class Plan:
    """How one generated model is decoded and built."""

    model: type
    struct: Any  # the msgspec Struct decoded into; ``dict[str, Any]`` for a model of additional properties only
    fields: tuple[_Field, ...]
    native_dates: bool  # whether msgspec parses date-times itself (then the input spellings are checked)
    unset: Any  # the package's UNSET, which converters never see
    build: Callable[[Any], Any]  # decoded value → model
    build_all: Callable[[list[Any]], list[Any]]  # decoded values → models

    @property
    def flat(self) -> bool:
        return bool(self.fields) and all(f.convert is None for f in self.fields)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def _either_list_or(build: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:  # the generated ``_parse_x``: a dict is the model, a list is kept as is
        return value if value.__class__ is list else build(value)
    return convert


def _leaf(model: type, name: str, tp: Any, unset_type: type) -> tuple[Any, Callable[[Any], Any] | None, bool]:
    """(wire type, converter, native date) for one field of ``model``."""
    args = kinds.members(tp, unset_type)
    if all(kinds.primitive(a) for a in args):
        if name in kinds.raw_members(model):  # kept as json.loads made it, whatever the type
            return Any, None, False
        raise Unsupported(f"{model.__name__}.{name}: {tp!r} not kept as is by from_dict")
    if args == {datetime.datetime}:
        return datetime.datetime, None, True
    if args == {datetime.datetime, str}:
        return DateTimeOrText, None, False
    if len(args) == 1:
        (only,) = args
        if isinstance(only, type) and issubclass(only, enum.Enum) and all(isinstance(m.value, str) for m in only):
            return only, None, False
        if _is_model(only):
            inner = plan_for(only)
            return inner.struct, inner.build, inner.native_dates
        if typing.get_origin(only) is list and len(typing.get_args(only)) == 1:
            (item,) = typing.get_args(only)
            if _is_model(item):
                inner = plan_for(item)
                return list[inner.struct], inner.build_all, inner.native_dates  # type: ignore[name-defined]
    if len(args) == 2:  # ``list[Any] | Model``: disjoint JSON types, so the generated branch order does not matter
        lists = [a for a in args if typing.get_origin(a) is list and kinds.primitive(a)]
        models = [a for a in args if _is_model(a)]
        if len(lists) == 1 and len(models) == 1:
            inner = plan_for(models[0])
            return list[Any] | inner.struct, _either_list_or(inner.build), inner.native_dates
    raise Unsupported(f"{model.__name__}.{name}: field type {tp!r}")


def _builders(model: type, fields: list[_Field], unset: Any,
              columns: tuple[str, ...]) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """``columns``: the ``datetime | str`` members, decoded as msgspec found them and converted a column at a
    time (:func:`~.fastparse_dates.dates_or_text`) before the models are built."""
    converts = tuple((n, f.convert) for n, f in enumerate(fields) if f.convert is not None)

    def convert_columns(structs: list[Any]) -> list[Any]:
        for name in columns:
            values = dates_or_text(list(map(attrgetter(name), structs)))
            deque(map(setattr, structs, repeat(name), values), maxlen=0)
        return structs

    if not converts:
        def build_flat(struct: Any) -> Any:
            return model(*_astuple(convert_columns([struct])[0] if columns else struct))

        def build_all_flat(structs: list[Any]) -> list[Any]:
            for start in range(0, len(structs), _CHUNK):  # in place: each chunk's structs freed as it is built
                chunk = convert_columns(structs[start:start + _CHUNK])
                structs[start:start + _CHUNK] = list(starmap(model, map(_astuple, chunk)))
            return structs
        return build_flat, build_all_flat

    def build(struct: Any) -> Any:
        return build_one(convert_columns([struct])[0] if columns else struct)

    def build_one(struct: Any) -> Any:
        values = list(_astuple(struct))
        for n, convert in converts:
            value = values[n]
            if value is not unset:
                values[n] = convert(value)
        return model(*values)

    def build_all(structs: list[Any]) -> list[Any]:
        for start in range(0, len(structs), _CHUNK):
            structs[start:start + _CHUNK] = list(map(build_one, convert_columns(structs[start:start + _CHUNK])))
        return structs
    return build, build_all


def _extras_plan(model: type, unset: Any, hints: dict[str, Any]) -> Plan:
    """A model holding only ``additional_properties``, each kept as json.loads made it."""
    if not (kinds.primitive(hints["additional_properties"]) and kinds.extras_only(model)):
        raise Unsupported(f"{model.__name__}: additional properties are converted")

    def build(values: dict[str, Any]) -> Any:
        made = model()
        made.additional_properties = values
        return made

    def build_all(items: list[dict[str, Any]]) -> list[Any]:
        return list(map(build, items))
    return Plan(model, dict[str, Any], (), False, unset, build, build_all)


@functools.cache
def plan_for(model: type) -> Plan:
    """The decoding plan of a generated model; raises :class:`Unsupported` when there is none."""
    fields = attrs.fields(model)
    rest = [a.name for a in fields if not a.init]
    if rest != ["additional_properties"]:
        raise Unsupported(f"{model.__name__}: non-init fields {rest}")
    unset = _unset(model)
    hints = typing.get_type_hints(model, localns=_models_namespace(model))
    if len(fields) == 1:
        return _extras_plan(model, unset, hints)
    keys = json_keys(model)
    plan_fields, struct_fields, columns, native = [], [], [], False
    for a in fields:
        if not a.init:
            continue
        if a.name not in keys:
            raise Unsupported(f"{model.__name__}.{a.name}: JSON key not found in from_dict")
        wire, convert, dates = _leaf(model, a.name, hints[a.name], type(unset))
        native = native or dates
        if wire is DateTimeOrText:  # decoded as found, converted a column at a time by the stock rule
            wire = Any
            columns.append(a.name)
        if a.default is attrs.NOTHING:
            spec = msgspec.field(name=keys[a.name])
        elif a.default is unset:
            spec = msgspec.field(default=unset, name=keys[a.name])
        else:
            raise Unsupported(f"{model.__name__}.{a.name}: default {a.default!r}")
        plan_fields.append(_Field(a.name, wire, convert))
        struct_fields.append((a.name, wire, spec))
    struct = msgspec.defstruct(f"{model.__name__}Wire", struct_fields, forbid_unknown_fields=True, gc=False)
    build, build_all = _builders(model, plan_fields, unset, tuple(columns))
    return Plan(model, struct, tuple(plan_fields), native, unset, build, build_all)


@functools.cache
def _decoder(model: type) -> tuple[Plan, msgspec.json.Decoder[Any]] | None:
    try:
        plan = plan_for(model)
    except Unsupported:
        return None
    return plan, msgspec.json.Decoder(plan.struct)


def fast_path_for(model: type) -> bool:
    """Whether ``parse`` can take the fast path for ``model`` (else it always runs the stock parser)."""
    return _decoder(model) is not None


def _decode(model: type, content: bytes | bytearray) -> tuple[Plan, Any] | None:
    found = _decoder(model)
    if found is None:
        return None
    plan, decoder = found
    if plan.native_dates and not dates_safe(content):
        return None
    try:
        return plan, decoder.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError):
        return None


@attrs.define
class Decoded:
    """A body msgspec has decoded, whose models are not built yet: the body may be let go first."""

    plan: Plan
    value: Any

    def build(self) -> Any:
        """The models (the decoded values are freed as they are turned into models)."""
        value, self.value = self.value, None
        return self.plan.build(value)


def decode(model: type, content: bytes | bytearray) -> Decoded | None:
    """The first half of the fast path: None where ``parse`` would hand the body to the stock parser. The
    decoded values hold copies, never views of ``content``, so the body can be freed before :meth:`build`."""
    decoded = _decode(model, content)
    return None if decoded is None else Decoded(*decoded)


def fast_only(model: type[T], content: bytes | bytearray) -> T | None:
    """The fast path alone: the models, or None where ``parse`` would hand the body to the stock parser."""
    decoded = _decode(typing.cast(type, model), content)
    return None if decoded is None else decoded[0].build(decoded[1])


def parse(model: type[T], content: bytes | bytearray) -> T:
    """``model.from_dict(json.loads(content))``, built mostly in C when the result is provably the same."""
    made = fast_only(model, content)
    if made is not None:
        return made
    return model.from_dict(json.loads(content))  # type: ignore[attr-defined,no-any-return]


def parse_chunks(model: type[T], chunks: Iterable[bytes], size_hint: int = 0) -> T:
    """``parse`` of a body read in chunks (``response.iter_bytes()`` of a streamed httpx response), holding the
    body once: the chunks go into one buffer (sized by ``size_hint``, e.g. Content-Length), not a list of
    chunks plus their join as ``Response.read()`` makes, and the buffer is emptied as soon as msgspec has
    decoded it, before the models are built, so the body and the finished page never coexist."""
    buffer, end = bytearray(max(size_hint, 0)), 0
    for chunk in chunks:
        buffer[end:end + len(chunk)] = chunk
        end += len(chunk)
    del buffer[end:]
    decoded = _decode(typing.cast(type, model), buffer)
    if decoded is None:
        return model.from_dict(json.loads(buffer))  # type: ignore[attr-defined,no-any-return]
    buffer.clear()  # the decoded values hold copies, never views of the buffer
    return decoded[0].build(decoded[1])  # type: ignore[no-any-return]


__all__ = ["DateTimeOrText", "Decoded", "Plan", "Unsupported", "dates_safe", "decode", "fast_only", "fast_path_for",
           "json_keys", "parse", "parse_chunks", "plan_for"]
