"""Decoding plans of the fast parse (:mod:`.fastparse`): how each generated model is decoded by msgspec and built,
with what it learned from drifting answers (``Adapt``)."""

from __future__ import annotations

import datetime
import enum
import functools
import typing
from collections.abc import Callable
from typing import Any

import attrs
import msgspec

from . import fastparse_kinds as kinds
from .fastparse_build import ABSENT, Column, OpenEnum, builders, expected, extras_builders
from .fastparse_dates import dates_or_text
from .fastparse_kinds import json_keys
from .fastparse_kinds import models_namespace as _models_namespace
from .fastparse_kinds import unset_of as _unset

# What a model learned from drifting answers: (model, JSON keys it does not name, members widened to Any).
Adapt = frozenset[tuple[type, frozenset[str], frozenset[str]]]
NO_ADAPT: Adapt = frozenset()
_MAX_LEARNED = 64  # members learned for one answer model before the stock parser takes over
_TYPED = {frozenset({str}): str, frozenset({int}): int, frozenset({bool}): bool}


class Unsupported(Exception):
    """The model has a field the fast path cannot reproduce exactly; the stock parser is used instead."""


@attrs.frozen
class Plan:
    """How one generated model is decoded and built."""

    model: type
    struct: Any  # the msgspec Struct decoded into; ``dict[str, Any]`` for a model of additional properties only
    native_dates: bool  # whether msgspec parses date-times itself (then the input spellings are checked)
    unset: Any  # the package's UNSET, which converters never see
    build: Callable[[Any], Any]  # decoded value → model
    build_all: Callable[[list[Any]], list[Any]]  # decoded values → models
    children: tuple[tuple[str, type], ...] = ()  # JSON key → model of a nested member (or of its items)
    typed: frozenset[str] = frozenset()  # JSON keys of string, integer and boolean members decoded typed
    keys: tuple[tuple[str, str], ...] = ()  # attribute name → JSON key
    flat: bool = False  # every member built as decoded: no nested models, no column converted


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def _either_list_or(build: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:  # the generated ``_parse_x``: a dict is the model, a list is kept as is
        return value if value.__class__ is list else build(value)
    return convert


def _learned(adapt: Adapt, model: type) -> tuple[frozenset[str], frozenset[str]]:
    for owner, extra, widened in adapt:
        if owner is model:
            return extra, widened
    return frozenset(), frozenset()


@attrs.frozen
class _Leaf:
    wire: Any  # the type msgspec decodes into
    convert: Callable[[Any], Any] | None = None  # applied to each decoded value (never to UNSET)
    dates: bool = False  # msgspec parses date-times here
    child: type | None = None  # the model of a nested member or of its items
    column: Callable[[type, str, Any], Callable[[list[Any]], list[Any]]] | None = None
    typed: bool = False


def _primitive(model: type, name: str, args: set[Any], widened: bool) -> _Leaf:
    if name not in kinds.raw_members(model):
        raise Unsupported(f"{model.__name__}.{name}: {args!r} not kept as is by from_dict")
    nullable = type(None) in args
    base = _TYPED.get(frozenset(args - {type(None)}))
    if base is None and args - {type(None)} == {float}:  # decoded as found (msgspec would make 5 into 5.0)
        return _Leaf(Any, column=lambda m, key, unset: expected(m, key, (int, float), nullable, unset))
    if base is None:
        return _Leaf(Any)
    if widened:
        return _Leaf(Any, column=lambda m, key, unset: expected(m, key, (base,), nullable, unset))
    return _Leaf(base | None if nullable else base, typed=True)


def _leaf(model: type, name: str, tp: Any, unset_type: type, adapt: Adapt, widened: bool) -> _Leaf:
    """How one field of ``model`` is decoded."""
    args = kinds.members(tp, unset_type)
    if all(kinds.primitive(a) for a in args):
        return _primitive(model, name, args, widened)
    if args == {datetime.datetime}:
        return _Leaf(datetime.datetime, dates=True)
    if args == {datetime.datetime, str}:  # converted a column at a time by the stock rule
        return _Leaf(Any, column=lambda m, key, unset: dates_or_text)
    if len(args) == 2 and str in args:  # an opened enum (``TheEnum | str``): the member if known, else the text
        (other,) = args - {str}
        if isinstance(other, type) and issubclass(other, enum.Enum) and all(isinstance(m.value, str) for m in other):
            # decoded as the enum (in C) until an answer carries a value it does not list, then as text
            return _Leaf(Any, column=OpenEnum(other).column) if widened else _Leaf(other, typed=True)
    if len(args) == 1:
        (only,) = args
        if isinstance(only, type) and issubclass(only, enum.Enum) and all(isinstance(m.value, str) for m in only):
            return _Leaf(only)
        if _is_model(only):
            inner = plan_for(only, adapt)
            return _Leaf(inner.struct, inner.build, inner.native_dates, only)
        if typing.get_origin(only) is list and len(typing.get_args(only)) == 1:
            (item,) = typing.get_args(only)
            if _is_model(item):
                inner = plan_for(item, adapt)
                return _Leaf(list[inner.struct], inner.build_all, inner.native_dates, item)  # type: ignore[name-defined]
    if len(args) == 2:  # ``list[Any] | Model``: disjoint JSON types, so the generated branch order does not matter
        lists = [a for a in args if typing.get_origin(a) is list and kinds.primitive(a)]
        models = [a for a in args if _is_model(a)]
        if len(lists) == 1 and len(models) == 1:
            inner = plan_for(models[0], adapt)
            return _Leaf(list[Any] | inner.struct, _either_list_or(inner.build), inner.native_dates, models[0])
    raise Unsupported(f"{model.__name__}.{name}: field type {tp!r}")


@functools.cache
def plan_for(model: type, adapt: Adapt = NO_ADAPT) -> Plan:
    """The decoding plan of a generated model (with what it learned from drifting answers); raises
    :class:`Unsupported` when there is none."""
    fields = attrs.fields(model)
    rest = [a.name for a in fields if not a.init]
    if rest != ["additional_properties"]:
        raise Unsupported(f"{model.__name__}: non-init fields {rest}")
    unset = _unset(model)
    hints = typing.get_type_hints(model, localns=_models_namespace(model))
    if len(fields) == 1:
        if not (kinds.primitive(hints["additional_properties"]) and kinds.extras_only(model)):
            raise Unsupported(f"{model.__name__}: additional properties are converted")
        return Plan(model, dict[str, Any], False, unset, *extras_builders(model))
    keys = json_keys(model)
    extra, widened = _learned(adapt, model)
    converts: list[tuple[int, Callable[[Any], Any]]] = []
    struct_fields: list[tuple[str, Any, Any]] = []
    columns: list[Column] = []
    children: list[tuple[str, type]] = []
    typed: set[str] = set()
    native = False
    for a in (a for a in fields if a.init):
        if a.name not in keys:
            raise Unsupported(f"{model.__name__}.{a.name}: JSON key not found in from_dict")
        key = keys[a.name]
        leaf = _leaf(model, a.name, hints[a.name], type(unset), adapt, key in widened)
        native = native or leaf.dates
        if leaf.column is not None:
            columns.append((a.name, leaf.column(model, key, unset)))
        if leaf.convert is not None:
            converts.append((len(struct_fields), leaf.convert))
        if leaf.child is not None:
            children.append((key, leaf.child))
        if leaf.typed:
            typed.add(key)
        if a.default is attrs.NOTHING:
            spec = msgspec.field(name=key)
        elif a.default is unset:
            spec = msgspec.field(default=unset, name=key)
        else:
            raise Unsupported(f"{model.__name__}.{a.name}: default {a.default!r}")
        struct_fields.append((a.name, leaf.wire, spec))
    width = len(struct_fields)
    extras = tuple((f"_extra{n}", key) for n, key in enumerate(sorted(extra)))
    struct_fields += [(attr, Any, msgspec.field(default=ABSENT, name=key)) for attr, key in extras]
    struct = msgspec.defstruct(f"{model.__name__}Wire", struct_fields, forbid_unknown_fields=True, gc=False)
    build, build_all = builders(model, tuple(converts), width, unset, tuple(columns), extras)
    return Plan(model, struct, native, unset, build, build_all, tuple(children), frozenset(typed),
                tuple((name, keys[name]) for name, _, _ in struct_fields[:width]),
                flat=width > 0 and not converts and not columns)


@functools.cache
def _decoder(model: type, adapt: Adapt = NO_ADAPT) -> tuple[Plan, msgspec.json.Decoder[Any]] | None:
    try:
        plan = plan_for(model, adapt)
    except Unsupported:
        return None
    return plan, msgspec.json.Decoder(plan.struct)


def fast_path_for(model: type) -> bool:
    """Whether ``parse`` can take the fast path for ``model`` (else it always runs the stock parser)."""
    return _decoder(model) is not None
