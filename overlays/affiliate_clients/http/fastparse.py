"""Typed parsing at about the cost of plain ``json.loads``: bytes straight to the generated attrs models.

``parse(Model, body)`` returns exactly what ``Model.from_dict(json.loads(body))`` returns (the stock
openapi-python-client parser), or raises what it raises, but builds the objects mostly in C:

1. msgspec decodes the body into throw-away ``msgspec.Struct`` shapes derived from the generated model
   (JSON keys read from the generated ``from_dict``; enums, date-times, required members and string, integer and
   boolean members typed as the model types them; opened enums (``TheEnum | str``) and ``datetime | str``
   members decoded as found and converted a column at a time, by the stock rule, before the models are built;
   other members the generated ``from_dict`` keeps as ``json.loads`` made them decoded as ``Any``, see
   :mod:`.fastparse_kinds`; ``list[Any] | Model`` unions as msgspec unions, whose JSON types are disjoint;
   models holding only ``additional_properties`` as ``dict``);
2. each model is built by calling its own attrs constructor on the Struct's values, from C, a chunk at a time
   (:mod:`.fastparse_build`).

Answers that drift from the spec stay on the fast path: a member the spec does not name is learned (decoded into
an extra struct field and put in ``additional_properties``, as the stock parser keeps it), and a string, integer
or boolean member that came as another type is widened to ``Any`` (kept as it came, as the stock parser keeps it);
both are learned once per answer model and reported to :mod:`.drift`. What a model cannot hold (a missing
required member, an impossible date, an object where a list belongs) raises :class:`Broken` from :func:`decode`
with msgspec's JSON path; :mod:`.quarantine` sets such records aside.

The rest goes to the stock parser: a model with a field type the fast path does not know, non-UTF-8 input,
numbers msgspec cannot hold (``1e400``, ``NaN``), and the few date-time spellings where msgspec and
``datetime.fromisoformat`` disagree (see :mod:`.fastparse_dates`). ``tests/unit/test_fastparse*`` compares
the two paths field by field.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import re
import typing
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import attrs
import msgspec

from . import drift
from .fastparse_dates import DateTimeOrText, dates_safe
from .fastparse_kinds import json_keys
from .fastparse_kinds import models_namespace as _models_namespace
from .fastparse_plan import (
    _MAX_LEARNED,
    NO_ADAPT,
    Adapt,
    Plan,
    Unsupported,
    _decoder,
    _learned,
    fast_path_for,
    plan_for,
)

T = TypeVar("T")


class Broken(Exception):
    """A body the model cannot hold: ``path`` (msgspec's JSON path) and ``reason`` say where and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason



_AT = re.compile(r" - at `(\$[^`]*)`$")
_UNKNOWN = re.compile(r"^Object contains unknown field `(.+)`$")
_TOKENS = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def _walk(plan: Plan, path: str) -> Plan | None:
    """The plan of the model at ``path`` (msgspec's ``$.Actions[3]``) below ``plan``'s model."""
    adapt = _LEARNED.get(plan.model, NO_ADAPT)
    for name, _ in _TOKENS.findall(path[1:]):
        if name:
            child = dict(plan.children).get(name)
            if child is None:
                return None
            plan = plan_for(child, adapt)
    return plan


_UNNAMEABLE = re.compile(r'["\\\x00-\x1f]')  # what msgspec refuses in a field's JSON name


def _learn(root: Plan, adapt: Adapt, message: str) -> Adapt | None | bool:
    """``adapt`` with what a ValidationError says the answers do (a member the spec does not name, or another
    type in a typed member); None where the model cannot hold the answer; False where the fast path cannot
    learn it (the stock parser reads the body)."""
    found = _AT.search(message)
    path, reason = (found.group(1), message[:found.start()]) if found else ("$", message)
    unknown = _UNKNOWN.match(reason)
    if unknown is not None:
        plan, member, widen = _walk(root, path), unknown.group(1), False
    else:
        head, _, member = path.rpartition(".")
        plan, widen = (_walk(root, head) if head else None), True
        if plan is None or member not in plan.typed or not reason.startswith(("Expected `", "Invalid enum value")):
            return None
    if plan is None:
        return None
    extra, widened = _learned(adapt, plan.model)
    extra, widened = (extra, widened | {member}) if widen else (extra | {member}, widened)
    if len(extra) + len(widened) > _MAX_LEARNED or _UNNAMEABLE.search(member):
        return False
    return frozenset({(m, e, w) for m, e, w in adapt if m is not plan.model} | {(plan.model, extra, widened)})


_LEARNED: dict[type, Adapt] = {}  # per answer model: what drifting answers taught it (kept for later pages)


def _decode(model: type, content: bytes | bytearray) -> tuple[Plan, Any] | None:
    """(plan, decoded) on the fast path, None for the stock parser; raises :class:`Broken`."""
    adapt = _LEARNED.get(model, NO_ADAPT)
    while True:
        found = _decoder(model, adapt)
        if found is None:
            return None
        plan, decoder = found
        if plan.native_dates and not dates_safe(content):
            return None
        try:
            return plan, decoder.decode(content)
        except msgspec.ValidationError as exc:
            learned = _learn(plan, adapt, str(exc))
            if learned is False:
                return None
            if learned is None or learned is True:
                at = _AT.search(str(exc))
                raise Broken(at.group(1) if at else "$", str(exc)[:at.start()] if at else str(exc)) from None
            adapt = _LEARNED[model] = learned
        except (msgspec.DecodeError, UnicodeDecodeError):
            return None


@functools.cache
def paths_of(model: type, root: str = "$") -> dict[type, str]:
    """Where each model sits in an answer read as ``model`` (``{ActionList: "$", Action: "$.Actions[*]"}``),
    ``root`` being where ``model`` itself sits."""
    found: dict[type, str] = {}
    todo = [(model, root)]
    while todo:
        current, where = todo.pop()
        if current in found:
            continue
        found[current] = where
        found_plan = _decoder(current)
        for key, child in found_plan[0].children if found_plan else ():
            todo.append((child, f"{where}.{key}[*]" if _is_list_member(current, key) else f"{where}.{key}"))
    return found


def _is_list_member(model: type, key: str) -> bool:
    hints = typing.get_type_hints(model, localns=_models_namespace(model))
    names = {v: k for k, v in json_keys(model).items()}
    return "list[" in str(hints.get(names.get(key, ""), ""))


@attrs.define
class Decoded:
    """A body msgspec has decoded, whose models are not built yet: the body may be let go first."""

    plan: Plan
    value: Any

    def build(self, at: str = "$") -> Any:
        """The models (the decoded values are freed as they are turned into models); ``at``: where the decoded
        value sits in the answer, for the drift report."""
        value, self.value = self.value, None
        with drift.at_paths(paths_of(self.plan.model, at)), _collector_paused():
            return self.plan.build(value)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while models are built: tens of thousands of new tracked objects would
    set it off again and again, each time walking all of them, and building makes no cycles for it to find."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def decode(model: type, content: bytes | bytearray) -> Decoded | None:
    """The first half of the fast path: None where ``parse`` would hand the body to the stock parser. The
    decoded values hold copies, never views of ``content``, so the body can be freed before :meth:`build`.
    Raises :class:`Broken` for a body the model cannot hold."""
    decoded = _decode(model, content)
    return None if decoded is None else Decoded(*decoded)


def fast_only(model: type[T], content: bytes | bytearray) -> T | None:
    """The fast path alone: the models, or None where ``parse`` would hand the body to the stock parser."""
    try:
        decoded = decode(typing.cast(type, model), content)
    except Broken:
        return None
    return None if decoded is None else typing.cast(T, decoded.build())


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
    try:
        decoded = decode(typing.cast(type, model), buffer)
    except Broken:
        decoded = None
    if decoded is None:
        return model.from_dict(json.loads(buffer))  # type: ignore[attr-defined,no-any-return]
    buffer.clear()  # the decoded values hold copies, never views of the buffer
    return typing.cast(T, decoded.build())


__all__ = ["Broken", "DateTimeOrText", "Decoded", "Plan", "Unsupported", "dates_safe", "decode", "fast_only",
           "fast_path_for", "json_keys", "parse", "parse_chunks", "plan_for"]
