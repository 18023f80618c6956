"""Drift on purpose: a sandbox that answers the way real vendors do, not quite as their spec says.

Turned on with ``SandboxConfig(drift=DriftPlan(seed, rate, kinds))`` (``python -m sandbox impact --drift SEED``).
The records of a JSON answer (the members ``VendorReplies.records`` names, or the answer itself when it is a list)
are drifted at ``rate``, each in one of the plan's kinds that applies to it; the member changed is chosen from
the vendor's spec (the operation's 200 answer schema), so each kind changes what it says:

=====================  ===========================================================  =========  ================
kind                   what the record gets                                          breaking   client kind
=====================  ===========================================================  =========  ================
``unknown_enum``       an enum member (``State``) set to ``DRIFTED_VALUE_<seed>``    no         unknown_enum_value
``extra_fields``       ``ExtraNote`` (text) and ``ExtraScore`` (number) added beside  no         unknown_field
                       the record's key
``null``               ``null`` in a plain text member the spec does not let be null  no         null_not_nullable
``number_for_string``  a number for a text member (numeric text first: ids)           no         type_differs
``string_for_number``  a numeric member as text (``"21.5"``)                          no         type_differs
``impossible_date``    a plain ``format: date-time`` member on February 31st          yes        unparseable_date
``missing_required``   a required member removed (where the spec requires one)        yes        missing_required
``object_for_list``    a list of objects sent as one object (its first entry)         yes        type_differs
=====================  ===========================================================  =========  ================

A kind that has no member to change in a record (no enum, no number, nothing required...) does not apply to
it; a record to drift gets one of the kinds that apply, and none when none do. The record's key (``Id``,
``conversion_data.conversion_id``, ``click.click_id``, ``affiliate_id_from_network``) is changed only where it is
the only candidate (``number_for_string`` and ``missing_required`` on an Invoca relationship, say).

Whether and how a record drifts is decided by a hash of (seed, operation, request path, key), so the same record
drifts the same way, to the same bytes, every time it is served. ``app.state.drift.tally`` records each distinct
record drifted (a :class:`DriftedRecord`) and every record served.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs
from starlette.types import ASGIApp, Receive, Scope, Send

from .capture import whole_answer
from .drift_shapes import BREAKING, DRIFT_KINDS, EXTRA_FIELDS, Shape, concrete, shape_of

if TYPE_CHECKING:
    from .validation import SpecValidator

__all__ = ["BREAKING", "CLIENT_KINDS", "DRIFT_KINDS", "EXTRA_FIELDS", "Drift", "DriftMiddleware", "DriftPlan",
           "DriftTally", "DriftedRecord"]

# The kind a client's drift report gives each sandbox kind (``extra_fields`` is two unknown members).
CLIENT_KINDS = {"unknown_enum": "unknown_enum_value", "extra_fields": "unknown_field", "null": "null_not_nullable",
                "number_for_string": "type_differs", "string_for_number": "type_differs",
                "impossible_date": "unparseable_date", "missing_required": "missing_required",
                "object_for_list": "type_differs"}


def _check_rate(plan: Any, attribute: Any, rate: float) -> None:
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"drift rate must be between 0 and 1, got {rate!r}")


def _check_kinds(plan: Any, attribute: Any, kinds: tuple[str, ...]) -> None:
    unknown = [k for k in kinds if k not in DRIFT_KINDS]
    if unknown or not kinds:
        raise ValueError(f"drift kinds must be some of {', '.join(DRIFT_KINDS)}; got {kinds!r}")


@attrs.frozen
class DriftPlan:
    """How a sandbox drifts: ``rate`` is the share of records drifted (0..1), each in one of ``kinds`` that
    applies to it (default: all of :data:`DRIFT_KINDS`); ``seed`` decides which records and how."""

    seed: int = 0
    rate: float = attrs.field(default=0.05, validator=_check_rate)
    kinds: tuple[str, ...] = attrs.field(default=DRIFT_KINDS, converter=tuple, validator=_check_kinds)


@attrs.frozen
class DriftedRecord:
    """One record as the sandbox drifted it.

    ``operation``: the spec's operationId; ``path``: the request path (no query); ``key``: the record's key as
    the app gave it (before drift: ``"1000.4273.100273"``), or ``"sha256:<hex>"`` for a record without one;
    ``members``: the members changed, dotted from the record (``"conversion_data.conversion_value.value"``;
    two for ``extra_fields``); ``value``: what is now served at the first (``None`` where it was removed);
    ``records_path``: where the records sit in the answer (``"$.Actions[*]"``, ``"$[*]"``).
    """

    operation: str
    path: str
    key: str
    kind: str
    members: tuple[str, ...]
    breaking: bool
    value: Any
    records_path: str

    @property
    def json_paths(self) -> tuple[str, ...]:
        """The members changed as JSON paths from the answer's root (``"$.Actions[*].State"``), as a client's
        drift report names them."""
        return tuple(f"{self.records_path}.{m}" for m in self.members)

    @property
    def client_kind(self) -> str:
        return CLIENT_KINDS[self.kind]


@attrs.define
class DriftTally:
    """What a drifting sandbox served, per distinct record (serving a record again changes nothing here).

    ``records`` maps (request path, key) to the :class:`DriftedRecord` of each record drifted; ``served`` holds
    the (request path, key) of every record served, drifted or not.
    """

    records: dict[tuple[str, str], DriftedRecord] = attrs.field(factory=dict)
    served: set[tuple[str, str]] = attrs.field(factory=set)

    def __len__(self) -> int:
        return len(self.records)

    def select(self, *, kind: str | None = None, breaking: bool | None = None,
               operation: str | None = None) -> list[DriftedRecord]:
        return [r for r in self.records.values() if (kind is None or r.kind == kind)
                and (breaking is None or r.breaking == breaking) and (operation is None or r.operation == operation)]

    def keys(self, *, kind: str | None = None, breaking: bool | None = None,
             operation: str | None = None) -> set[str]:
        """The keys of the records drifted (of ``kind``, breaking or readable, of ``operation``)."""
        return {r.key for r in self.select(kind=kind, breaking=breaking, operation=operation)}

    def counts(self) -> dict[str, int]:
        """Records drifted per sandbox kind (kinds never applied are absent)."""
        return dict(Counter(r.kind for r in self.records.values()))

    def breaking_count(self) -> int:
        return sum(1 for r in self.records.values() if r.breaking)

    def readable_count(self) -> int:
        return sum(1 for r in self.records.values() if not r.breaking)

    def client_counts(self) -> dict[tuple[str, str, str], int]:
        """Deviations per (operation, JSON path from the answer's root, client drift kind), one per member
        changed: what a client's drift report should count having read each record once."""
        found: Counter[tuple[str, str, str]] = Counter()
        for r in self.records.values():
            for path in r.json_paths:
                found[(r.operation, path, r.client_kind)] += 1
        return dict(found)

    def clear(self) -> None:
        self.records.clear()
        self.served.clear()


Targets = tuple[tuple[str | None, Shape], ...]


@attrs.define
class Drift:
    """The drift plan in force on an app (``None``: off) and its tally; ``replan`` sets another plan and clears
    the tally. ``validator`` gives the vendor's compiled spec (built when first needed)."""

    plan: DriftPlan | None
    validator: Callable[[], SpecValidator]
    records: tuple[str, ...] = ()
    tally: DriftTally = attrs.field(factory=DriftTally)
    _targets: dict[tuple[str, str], Targets] = attrs.field(factory=dict, init=False)

    @property
    def active(self) -> bool:
        return self.plan is not None and self.plan.rate > 0

    def replan(self, plan: DriftPlan | None) -> None:
        self.plan = plan
        self.tally.clear()

    def rewrite(self, method: str, path: str, body: bytes) -> bytes:
        """``body`` (a 200 JSON answer to ``method path``) with its records drifted as the plan says."""
        spec = self.validator()
        op, _, _ = spec.match(method, path)
        if op is None or self.plan is None:
            return body
        targets = self._targets_of(spec, op.method, op.template)
        if not targets:
            return body
        try:
            document = json.loads(body)
        except ValueError:
            return body
        changed = False
        for member, shape in targets:
            items = document if member is None else document.get(member) if isinstance(document, dict) else None
            if not isinstance(items, list):
                continue
            where = "$[*]" if member is None else f"$.{member}[*]"
            for record in items:
                if isinstance(record, dict):
                    changed |= self._drift(self.plan, op.operation_id, path, where, shape, record)
        if not changed:
            return body
        return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")

    def _drift(self, plan: DriftPlan, operation: str, path: str, where: str, shape: Shape,
               record: dict[str, Any]) -> bool:
        key = shape.key_of(record)
        if key is None:
            canonical = json.dumps(record, sort_keys=True, separators=(",", ":")).encode()
            key = "sha256:" + hashlib.sha256(canonical).hexdigest()[:16]
        self.tally.served.add((path, key))
        digest = hashlib.blake2b(f"{plan.seed}\x1f{operation}\x1f{path}\x1f{key}".encode(), digest_size=16).digest()
        if int.from_bytes(digest[:8], "big") / 2**64 >= plan.rate:
            return False
        rng = random.Random(int.from_bytes(digest[8:], "big"))
        present = shape.present(record)
        options = [(kind, found) for kind in plan.kinds for found in [shape.candidates(kind, record, present)]
                   if found]
        if not options:
            return False
        kind, slots = options[rng.randrange(len(options))]
        slot = slots[rng.randrange(len(slots))]
        members, value = shape.mutate(kind, slot, record, rng, plan.seed)
        self.tally.records[(path, key)] = DriftedRecord(operation, path, key, kind, members, kind in BREAKING,
                                                        value, where)
        return True

    def _targets_of(self, spec: SpecValidator, method: str, template: str) -> Targets:
        if (method, template) not in self._targets:
            self._targets[(method, template)] = tuple(_targets(spec, method, template, self.records))
        return self._targets[(method, template)]


def _targets(spec: SpecValidator, method: str, template: str, members: tuple[str, ...]) -> Iterable[
        tuple[str | None, Shape]]:
    """(records member or None for a list answer, the records' shape) of an operation's 200 JSON answer."""
    operation = spec.spec["paths"][template][method.lower()]
    answer = spec.resolve((operation.get("responses") or {}).get("200") or {})
    schema = ((answer.get("content") or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return
    body, _, kind = concrete(schema, spec.resolve)
    lists: list[tuple[str | None, dict[str, Any]]] = [(None, body)] if kind == "array" else [
        (m, s) for m in members for s in [(body.get("properties") or {}).get(m)] if s is not None]
    for member, listed in lists:
        array, _, array_kind = concrete(listed, spec.resolve)
        shape = shape_of(array.get("items") or {}, spec.resolve) if array_kind == "array" else None
        if shape is not None:
            yield member, shape


class DriftMiddleware:
    """Drifts the records of the 200 JSON answers as ``drift.plan`` says (passes everything through when off)."""

    def __init__(self, app: ASGIApp, drift: Drift) -> None:
        self.app = app
        self.drift = drift

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.drift.active:
            await self.app(scope, receive, send)
            return
        start, body = await whole_answer(self.app, scope, receive)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if start.get("status") == 200 and any(k.lower() == b"content-type" and b"json" in v.lower()
                                              for k, v in headers):
            body = self.drift.rewrite(scope["method"], scope["path"], body)
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
