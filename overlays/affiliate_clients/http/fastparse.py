"""Typed parsing at about the cost of plain ``json.loads``: bytes straight to the generated attrs models.

``parse(Model, body)`` returns exactly what ``Model.from_dict(json.loads(body))`` returns (the stock
openapi-python-client parser), or raises what it raises, but builds the objects mostly in C:

1. msgspec decodes the body into throw-away ``msgspec.Struct`` shapes derived from the generated model
   (JSON keys read from the generated ``from_dict``; enums, date-times and required members typed as the
   model types them; unknown members refused, so ``additional_properties`` is always the stock ``{}``);
2. each model is built by calling its own attrs constructor on the Struct's values, from C
   (``starmap(Model, map(astuple, structs))``) for models whose fields are all leaves.

Anything the fast path does not reproduce exactly sends the whole body to the stock parser: a model with a
field type it does not know, a value of another type than the spec says (the stock parser would keep it
as is), unknown members, non-UTF-8 input, and the few date-time spellings where msgspec and
``datetime.fromisoformat`` disagree (a lowercase ``z`` offset, more than six fractional digits; escaped
ASCII in the body is sent to the stock parser too, since it could hide either). ``tests/unit/test_fastparse*``
compares the two paths field by field.
"""

from __future__ import annotations

import abc
import ast
import datetime
import enum
import functools
import inspect
import json
import re
import sys
import textwrap
import types
import typing
from collections.abc import Callable
from itertools import starmap
from typing import Any, TypeVar

import attrs
import msgspec

T = TypeVar("T")
_astuple = msgspec.structs.astuple
_fromisoformat = datetime.datetime.fromisoformat
_FRACTION_OVER_SIX = re.compile(rb"\.\d{7}")
_ESCAPED_ASCII = re.compile(rb"\\u00[2-7]")
_DIGITS = frozenset(b"0123456789")


class Unsupported(Exception):
    """The model has a field the fast path cannot reproduce exactly; the stock parser is used instead."""


class DateTimeOrText(abc.ABC):
    """Decoded as a date-time when ``fromisoformat`` accepts the text, else the text itself (stock rule)."""


DateTimeOrText.register(datetime.datetime)
DateTimeOrText.register(str)


def _dec_hook(tp: type, obj: Any) -> Any:
    if tp is DateTimeOrText and isinstance(obj, str):
        if obj == "":  # the stock parser tries fromisoformat, which refuses "", and keeps the text
            return obj
        try:
            return _fromisoformat(obj)
        except ValueError:
            return obj
    raise NotImplementedError(f"no decoder for {tp!r}")


def json_keys(model: type) -> dict[str, str]:
    """Attribute name → JSON key, read from the generated ``from_dict`` (``x = d.pop("Key", ...)``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(model.from_dict)))  # type: ignore[attr-defined]
    keys: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        for call in ast.walk(node.value):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "pop"
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == "d" and call.args
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                keys[node.targets[0].id.lstrip("_")] = call.args[0].value
    return keys


@attrs.frozen
class _Field:
    name: str
    wire: Any  # the type msgspec decodes into
    convert: Callable[[Any], Any] | None  # applied to the decoded value before the model's constructor


@attrs.frozen
class Plan:
    """How one generated model is decoded and built."""

    model: type
    struct: type[msgspec.Struct]
    fields: tuple[_Field, ...]
    native_dates: bool  # whether msgspec parses date-times itself (then the input spellings are checked)
    unset: Any  # the package's UNSET, which converters never see

    @property
    def flat(self) -> bool:
        return all(f.convert is None for f in self.fields)

    def build(self, struct: Any) -> Any:
        values = _astuple(struct)
        if self.flat:
            return self.model(*values)
        return self.model(*[v if f.convert is None or v is self.unset else f.convert(v)
                            for f, v in zip(self.fields, values, strict=True)])

    def build_all(self, structs: list[Any]) -> list[Any]:
        if self.flat:
            return list(starmap(self.model, map(_astuple, structs)))
        return [self.build(s) for s in structs]


def _unset(model: type) -> Any:
    package = sys.modules[model.__module__.split(".")[0] + ".types"]
    return package.UNSET


def _models_namespace(model: type) -> dict[str, Any]:
    return dict(vars(sys.modules[model.__module__.rpartition(".")[0]]))


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def _leaf(tp: Any, unset_type: type) -> tuple[Any, Callable[[Any], Any] | None, bool]:
    """(wire type, converter, native date) for one field type with ``Unset`` removed."""
    args = set(typing.get_args(tp)) if isinstance(tp, types.UnionType) else {tp}
    args.discard(unset_type)
    if args == {str}:
        return str, None, False
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
    raise Unsupported(f"field type {tp!r}")


@functools.cache
def plan_for(model: type) -> Plan:
    """The decoding plan of a generated model; raises :class:`Unsupported` when there is none."""
    fields = attrs.fields(model)
    rest = [a.name for a in fields if not a.init]
    if rest != ["additional_properties"]:
        raise Unsupported(f"{model.__name__}: non-init fields {rest}")
    unset = _unset(model)
    hints = typing.get_type_hints(model, localns=_models_namespace(model))
    keys = json_keys(model)
    plan_fields, struct_fields, native = [], [], False
    for a in fields:
        if not a.init:
            continue
        if a.name not in keys:
            raise Unsupported(f"{model.__name__}.{a.name}: JSON key not found in from_dict")
        wire, convert, dates = _leaf(hints[a.name], type(unset))
        native = native or dates
        if a.default is attrs.NOTHING:
            spec = msgspec.field(name=keys[a.name])
        elif a.default is unset:
            spec = msgspec.field(default=unset, name=keys[a.name])
        else:
            raise Unsupported(f"{model.__name__}.{a.name}: default {a.default!r}")
        plan_fields.append(_Field(a.name, wire, convert))
        struct_fields.append((a.name, wire, spec))
    struct = msgspec.defstruct(f"{model.__name__}Wire", struct_fields, forbid_unknown_fields=True, gc=False)
    return Plan(model, struct, tuple(plan_fields), native, unset)


@functools.cache
def _decoder(model: type) -> tuple[Plan, msgspec.json.Decoder[Any]] | None:
    try:
        plan = plan_for(model)
    except Unsupported:
        return None
    return plan, msgspec.json.Decoder(plan.struct, dec_hook=_dec_hook)


def fast_path_for(model: type) -> bool:
    """Whether ``parse`` can take the fast path for ``model`` (else it always runs the stock parser)."""
    return _decoder(model) is not None


def dates_safe(content: bytes) -> bool:
    """False when the body may hold a date-time spelling msgspec reads differently from ``fromisoformat``."""
    if _FRACTION_OVER_SIX.search(content):
        return False
    if content.find(b"\\") != -1 and _ESCAPED_ASCII.search(content):
        return False
    at = content.find(b"z")
    while at != -1:
        if at and content[at - 1] in _DIGITS:
            return False
        at = content.find(b"z", at + 1)
    return True


def parse(model: type[T], content: bytes) -> T:
    """``model.from_dict(json.loads(content))``, built mostly in C when the result is provably the same."""
    found = _decoder(typing.cast(type, model))
    if found is not None:
        plan, decoder = found
        if not plan.native_dates or dates_safe(content):
            try:
                return plan.build(decoder.decode(content))  # type: ignore[no-any-return]
            except (msgspec.ValidationError, msgspec.DecodeError):
                pass
    return model.from_dict(json.loads(content))  # type: ignore[attr-defined,no-any-return]


__all__ = ["DateTimeOrText", "Plan", "Unsupported", "dates_safe", "fast_path_for", "json_keys", "parse", "plan_for"]
