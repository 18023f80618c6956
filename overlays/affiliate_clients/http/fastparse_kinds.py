"""What the generated ``from_dict`` does with each member, read from its source (for :mod:`.fastparse`).

openapi-python-client 0.29.1 keeps most members exactly as ``json.loads`` made them: strings, numbers,
booleans, nullable and primitive unions (``int | None | str``), lists of primitives. Its ``from_dict`` then
reads ``x = d.pop("key", UNSET)``, ``x = cast(T, d.pop(...))`` or ``x = _parse_x(d.pop(...))`` with a
``_parse_x`` that only returns ``data`` (``if data is None: return data``, ``if isinstance(data, Unset):
return data``, ``return cast(T, data)``). The fast path decodes such a member as ``Any`` (msgspec's ``Any``
is ``json.loads``'s value, or an error that sends the body to the stock parser) only when *both* its type
and its source say so; anything else in the source makes the member unsupported.
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import textwrap
import types
import typing
from typing import Any

_PRIMITIVES = frozenset({str, int, float, bool, type(None)})


def _source(function: Any) -> ast.FunctionDef:
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    node = tree.body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


def _is_data(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "data"


def _returns_data(node: ast.stmt) -> bool:
    """``return data`` or ``return cast(T, data)``."""
    if not isinstance(node, ast.Return) or node.value is None:
        return False
    value = node.value
    if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "cast"
            and len(value.args) == 2 and not value.keywords):
        value = value.args[1]
    return _is_data(value)


def _identity_parser(node: ast.stmt) -> bool:
    """A nested ``def _parse_x(data)`` whose every path returns ``data`` unchanged."""
    if not (isinstance(node, ast.FunctionDef) and [a.arg for a in node.args.args] == ["data"]):
        return False
    *guards, last = node.body
    for guard in guards:  # ``if <test>: return data`` with nothing else
        if not (isinstance(guard, ast.If) and not guard.orelse and len(guard.body) == 1
                and _returns_data(guard.body[0])):
            return False
    return _returns_data(last)


def _pop(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "pop"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "d")


@functools.cache
def json_keys(model: type) -> dict[str, str]:
    """Attribute name → JSON key, read from the generated ``from_dict`` (``x = d.pop("Key", ...)``)."""
    tree = _source(model.from_dict)  # type: ignore[attr-defined]
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


@functools.cache
def raw_members(model: type) -> frozenset[str]:
    """Names assigned the popped JSON value unchanged in ``model.from_dict``."""
    body = _source(model.from_dict).body  # type: ignore[attr-defined]
    identities = {n.name for n in body if isinstance(n, ast.FunctionDef) and _identity_parser(n)}
    assigned: dict[str, int] = {}
    for node in ast.walk(_source(model.from_dict)):  # type: ignore[attr-defined]
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            assigned[node.id] = assigned.get(node.id, 0) + 1
    raw: set[str] = set()
    for node in body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        value = node.value
        if (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and not value.keywords
                and (value.func.id == "cast" and len(value.args) == 2
                     or value.func.id in identities and len(value.args) == 1)):
            value = value.args[-1]
        if _pop(value) and assigned[node.targets[0].id] == 1:
            raw.add(node.targets[0].id)
    return frozenset(raw)


@functools.cache
def extras_only(model: type) -> bool:
    """``from_dict`` is ``d = dict(src_dict)``, ``m = cls()`` and ``m.additional_properties`` = the values of
    ``d`` unchanged (directly, or through a loop over an identity ``_parse_additional_property``)."""
    function = _source(model.from_dict)  # type: ignore[attr-defined]
    allowed = {"dict", "cls", "cast", "_parse_additional_property", "items"}
    for node in ast.walk(function):
        if isinstance(node, ast.FunctionDef) and node is not function and not _identity_parser(node):
            return False
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in allowed:
                return False
    return True


def unset_of(model: type) -> Any:
    """The ``UNSET`` of the generated package ``model`` belongs to."""
    package = model.__module__.rpartition(".models.")[0]  # <package>.models.<model module>
    return sys.modules[package + ".types"].UNSET


class _Namespace(dict[str, Any]):
    """A ``models`` package's names; a model not imported yet is imported when an annotation names it (the
    package loads its models on first use)."""

    def __init__(self, package: types.ModuleType) -> None:
        super().__init__(vars(package))
        self._package = package

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._package, name)
        except AttributeError:
            raise KeyError(name) from None


def models_namespace(model: type) -> dict[str, Any]:
    """The names of ``model``'s ``models`` package, to resolve its (string) annotations."""
    return _Namespace(sys.modules[model.__module__.rpartition(".")[0]])


def members(tp: Any, unset_type: type) -> set[Any]:
    """The members of a field type's union, ``Unset`` removed."""
    args = set(typing.get_args(tp)) if isinstance(tp, types.UnionType) else {tp}
    args.discard(unset_type)
    return args


def primitive(tp: Any) -> bool:
    """A type ``json.loads`` values are kept as for: primitives, ``Any``, lists and maps of those."""
    if tp is Any or tp in _PRIMITIVES:
        return True
    if isinstance(tp, types.UnionType):
        return all(primitive(a) for a in typing.get_args(tp))
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is list and len(args) == 1:
        return primitive(args[0])
    if origin is dict and len(args) == 2:
        return args[0] is str and primitive(args[1])
    return False


__all__ = ["extras_only", "json_keys", "members", "models_namespace", "primitive", "raw_members", "unset_of"]
