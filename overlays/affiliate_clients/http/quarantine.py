"""Records a model cannot hold are set aside with their raw JSON, not the reason a page or a pull stops.

A page (or a bare JSON array answer, :func:`read_array`) whose records break the spec in a way the models cannot
absorb (a required member missing, an impossible date, an object where a list belongs) is read record by record:
the records that can be read are delivered, the others are set aside as :class:`Rejected` (the record as it came,
the JSON path that broke and why) and counted in the drift report. The paging drivers (and
:func:`hand_over`) give them to the pull's ``on_invalid`` (:data:`OnInvalid`): ``"raise"`` stops with
:class:`~.errors.ResponseValidationError` naming the path, ``"quarantine"`` keeps them for the sinks (a rejects
file, a ``_rejected`` table), a callable gets each one.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import re
import types
import typing
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

import attrs
import msgspec

from . import drift, fastparse, fastparse_plan
from .fastparse_kinds import json_keys, models_namespace

PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


@attrs.frozen
class Rejected:
    """A record set aside: where it broke (``path``, from the answer's root), the kind and the reason, the record
    as it came, the operation and when."""

    operation: str
    path: str
    kind: str
    reason: str
    record: Any
    at: str = attrs.field(factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))

    def as_json(self) -> dict[str, Any]:
        return {"operation": self.operation, "path": self.path, "kind": self.kind, "reason": self.reason,
                "record": self.record, "at": self.at}


OnInvalid = Literal["raise", "quarantine"] | Callable[[Rejected], None]
ON_INVALID = ("raise", "quarantine")

# Where ``on_invalid="quarantine"`` puts records: the run's list (see :func:`collecting`), else the process's.
PROCESS: list[Rejected] = []
_SINK: contextvars.ContextVar[list[Rejected] | None] = contextvars.ContextVar("quarantine", default=None)


def current() -> list[Rejected]:
    """The list quarantined records go to now: the run's, else :data:`PROCESS` (a long-running program that
    pulls with the default ``on_invalid="quarantine"`` should collect per run, or pass a callable)."""
    sink = _SINK.get()
    return PROCESS if sink is None else sink


def run_sink() -> list[Rejected] | None:
    """The list of the run collecting rejects (see :func:`collecting`), if one is."""
    return _SINK.get()


@contextmanager
def collecting(sink: list[Rejected] | None = None) -> Iterator[list[Rejected]]:
    """Records quarantined inside (this context and the prefetches it starts) go to ``sink`` (a new list)."""
    sink = [] if sink is None else sink
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)


# The records set aside from each page read, by the page object's id, until a paging driver takes them (the
# models compare by value, so they cannot be keys themselves; an entry goes when its page does).
_SET_ASIDE: dict[int, tuple[weakref.ref[Any], list[Rejected]]] = {}


def check_on_invalid(on_invalid: Any) -> OnInvalid:
    """``on_invalid`` if it is one of :data:`ON_INVALID` or a callable, else a ValueError naming it."""
    if on_invalid in ON_INVALID or callable(on_invalid):
        return typing.cast(OnInvalid, on_invalid)
    from .errors import InvalidRequest

    raise InvalidRequest("on_invalid", f"must be 'raise', 'quarantine' or a callable, got {on_invalid!r}")


def set_aside(page: Any) -> list[Rejected]:
    """The records set aside when ``page`` was read (each page's once: they are taken)."""
    found = _SET_ASIDE.get(id(page))
    if found is None or found[0]() is not page:
        return []
    del _SET_ASIDE[id(page)]
    return found[1]


def kind_of(reason: str) -> str:
    """The drift kind of a reason a record could not be read."""
    if "missing required" in reason:
        return "missing_required"
    if "datetime" in reason or "date" in reason.lower() and "isoformat" in reason.lower():
        return "unparseable_date"
    if "got `null`" in reason:
        return "null_not_nullable"
    if reason.startswith("Expected `"):
        return "type_differs"
    return "invalid"


@typing.no_type_check
def _records_member(model: type) -> tuple[str, str, type] | None:
    """(JSON key, attribute, item model) of the one list-of-models member of a page model, if it has one."""
    hints = typing.get_type_hints(model, localns=models_namespace(model))
    found = []
    for name, key in json_keys(model).items():
        hint = hints.get(name)
        members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        args = [a for a in members if typing.get_origin(a) is list]
        items = [typing.get_args(a)[0] for a in args if typing.get_args(a)]
        found += [(key, name, item) for item in items if fastparse_plan._is_model(item)]
    return found[0] if len(found) == 1 else None


_TOKENS = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_MISSING = re.compile(r"^Object missing required field `(.+)`$")


def _value_at(value: Any, path: str) -> Any:
    for name, index in _TOKENS.findall(path[1:]):
        try:
            value = value[name] if name else value[int(index)]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    return value


def _read_one(item_model: type, item: Any, at: str) -> Any:
    """One record as its model (fast path, else the stock parser); raises :class:`fastparse.Broken` with the
    path below the record, or one of ``PARSE_ERRORS``."""
    try:
        decoded = fastparse.decode(item_model, msgspec.json.encode(item))
    except fastparse.Broken:
        try:
            return item_model.from_dict(item)  # type: ignore[attr-defined]  # the stock parser may still read it
        except PARSE_ERRORS:
            pass
        raise
    if decoded is None:
        return item_model.from_dict(item)  # type: ignore[attr-defined]
    return decoded.build(at)


def _read_records(item_model: type, items: list[Any], where: str, root: Any,
                  operation: str) -> tuple[list[Any], list[Rejected]]:
    """``items`` (the records at ``where``, ``$.Actions[*]`` or ``$[*]``, of the answer ``root``) read one by one:
    (the models of those that can be read, the others set aside and noted in the drift report)."""
    base = where.removesuffix("[*]")
    good, rejected = [], []
    for n, item in enumerate(items):
        try:
            good.append(_read_one(item_model, item, where))
        except fastparse.Broken as broken:
            path, reason = f"{base}[{n}]{broken.path[1:]}", broken.reason
            missing = _MISSING.match(reason)
            if missing:  # the path of the member that is missing, not of the object missing it
                path = f"{path}.{missing.group(1)}"
        except PARSE_ERRORS as exc:
            path, reason = f"{base}[{n}]", f"{type(exc).__name__}: {exc}"
        else:
            continue
        found = Rejected(operation, path, kind_of(reason), reason, item)
        rejected.append(found)
        drift.note_path(path, found.kind, _value_at(root, path))
    return good, rejected


def read_page(model: type, content: bytes | bytearray, operation: str) -> Any:
    """``model`` read from ``content`` with the records that cannot be read set aside (see :func:`set_aside`);
    raises :class:`fastparse.Broken` when what breaks is not one of the page's records."""
    member = _records_member(model)
    data = json.loads(content)
    if member is None or not isinstance(data, dict) or not isinstance(data.get(member[0]), list):
        raise fastparse.Broken("$", "the page itself does not match the spec")
    key, attr, item_model = member
    items, data[key] = data[key], []
    page = model.from_dict(data)  # type: ignore[attr-defined]  # the page without its records: small
    good, rejected = _read_records(item_model, items, f"$.{key}[*]", data | {key: items}, operation)
    setattr(page, attr, good)
    if rejected:
        key = id(page)
        _SET_ASIDE[key] = (weakref.ref(page, lambda _: _SET_ASIDE.pop(key, None)), rejected)
    return page


@attrs.frozen
class ArrayRead:
    """A bare JSON array answer read as its records' model: ``records`` read, ``rejected`` set aside."""

    records: list[Any]
    rejected: list[Rejected]


# msgspec decoders of a bare array of a model's wire records, per decoding plan (each learned plan its own).
_ARRAYS: dict[Any, msgspec.json.Decoder[Any]] = {}


def _whole_array(model: type, content: bytes | bytearray) -> list[Any] | None:
    """The fast path of a bare array: every record decoded by msgspec at once, then built into models a chunk at a
    time; None where it does not take the answer (a record the plan does not fit: the caller reads the records one
    by one, which also teaches the model's plan the members and types the answers bring, for the next answer)."""
    learned = fastparse._LEARNED.get(model, fastparse_plan.NO_ADAPT)  # what drifting answers taught the model
    try:
        plan = fastparse.plan_for(model, learned)
    except fastparse.Unsupported:
        return None
    if plan.native_dates and not fastparse.dates_safe(content):
        return None
    decoder = _ARRAYS.get(plan.struct)
    if decoder is None:
        decoder = _ARRAYS[plan.struct] = msgspec.json.Decoder(types.GenericAlias(list, (plan.struct,)))
    try:
        values = decoder.decode(content)
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError):
        return None
    with drift.at_paths(fastparse.paths_of(model, "$[*]")):
        made: list[Any] = plan.build_all(values)
    return made


def read_array(model: type, content: bytes | bytearray, operation: str) -> ArrayRead:
    """A bare JSON array answer (``[{...}, ...]``, Invoca's relationships) as ``model`` records: all at once on the
    fast path, else record by record, each at ``$[i]``, with the records that cannot be read set aside (their raw
    JSON, the path that broke and why) and every deviation noted in the drift report, as :func:`read_page` reads
    a page's. Raises :class:`fastparse.Broken` when the answer is not an array."""
    fast = _whole_array(model, content)
    if fast is not None:
        return ArrayRead(fast, [])
    data = json.loads(content)
    if not isinstance(data, list):
        raise fastparse.Broken("$", "the answer is not the array the spec documents")
    return ArrayRead(*_read_records(model, data, "$[*]", data, operation))


def hand_over(rejected: list[Rejected], on_invalid: OnInvalid) -> None:
    """Give records set aside to ``on_invalid``: ``"raise"`` raises
    :class:`~.errors.ResponseValidationError` naming the first one's path, ``"quarantine"`` keeps them in the
    run's list (:func:`current`), a callable gets each one."""
    if not rejected:
        return
    if on_invalid == "raise":
        from .errors import ResponseValidationError

        first = rejected[0]
        raise ResponseValidationError(first.operation, f"{first.path}: {first.reason} (on_invalid='raise'; "
                                      f"{len(rejected)} record(s) of this answer cannot be read)")
    for found in rejected:
        if on_invalid == "quarantine":
            current().append(found)
        else:
            on_invalid(found)
