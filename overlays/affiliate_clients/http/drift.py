"""What a vendor's answers did that the spec does not say: collected on every parse, reported at the end of a run.

Each deviation is counted per operation, JSON path and kind, with the first value seen:

========================  =====================================================  ==================================
kind                      what came                                              what the clients do
========================  =====================================================  ==================================
``unknown_field``         a member the spec does not name                        kept (``additional_properties``)
``unknown_enum_value``    a value the spec's enum does not list                  kept as the raw string
``null_not_nullable``     ``null`` where the spec does not allow it              kept as ``None``
``type_differs``          another JSON type than the spec's (``2240`` for text)  kept as it came
``missing_required``      a required member absent                               the record is quarantined
``unparseable_date``      a date-time that is not one (``2017-02-31``)           the record is quarantined
``invalid``               anything else a model cannot hold                      the record is quarantined
========================  =====================================================  ==================================

A client collects into its own :class:`DriftReport` (``client.drift``); pulls, landings and contract runs print it
and write it as JSON (``affiliate-clients drift REPORT.json`` turns one into spec changes).
"""

from __future__ import annotations

import contextvars
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import attrs

KINDS = ("unknown_field", "unknown_enum_value", "null_not_nullable", "type_differs", "missing_required",
         "unparseable_date", "invalid")
# Kinds after which the record cannot be read as its model.
BREAKING = frozenset({"missing_required", "unparseable_date", "invalid"})


@attrs.define
class Deviation:
    """One kind of deviation at one JSON path of one operation's answers."""

    operation: str
    path: str
    kind: str
    count: int = 0
    example: Any = None

    def as_json(self) -> dict[str, Any]:
        return {"operation": self.operation, "path": self.path, "kind": self.kind, "count": self.count,
                "example": _jsonable(self.example)}


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)
    return value


@attrs.define
class DriftReport:
    """Deviations by (operation, path, kind); ``api`` names the spec they deviate from."""

    api: str = ""
    deviations: dict[tuple[str, str, str], Deviation] = attrs.field(factory=dict)

    def add(self, operation: str, path: str, kind: str, example: Any, count: int = 1) -> None:
        key = (operation, path, kind)
        found = self.deviations.get(key)
        if found is None:
            found = self.deviations[key] = Deviation(operation, path, kind, 0, example)
        found.count += count

    def merge(self, other: DriftReport) -> None:
        for d in other.deviations.values():
            self.add(d.operation, d.path, d.kind, d.example, d.count)

    def __bool__(self) -> bool:
        return bool(self.deviations)

    def count(self, kind: str | None = None) -> int:
        return sum(d.count for d in self.deviations.values() if kind is None or d.kind == kind)

    def rows(self) -> list[Deviation]:
        return sorted(self.deviations.values(), key=lambda d: (d.operation, d.path, d.kind))

    def as_json(self) -> dict[str, Any]:
        return {"api": self.api, "deviations": [d.as_json() for d in self.rows()]}

    def write(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(self.as_json(), out, indent=2, ensure_ascii=False)
            out.write("\n")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DriftReport:
        report = cls(str(data.get("api", "")))
        for row in data.get("deviations", []):
            report.add(row["operation"], row["path"], row["kind"], row.get("example"), int(row["count"]))
        return report

    def summary(self, limit: int = 12) -> str:
        """A few lines for the end of a run: totals by kind, then the most frequent deviations."""
        if not self:
            return "drift: the answers matched the spec"
        totals = ", ".join(f"{kind} {self.count(kind):,}" for kind in KINDS if self.count(kind))
        lines = [f"drift from the {self.api or 'API'} spec: {totals}"]
        for d in sorted(self.deviations.values(), key=lambda d: -d.count)[:limit]:
            lines.append(f"  {d.count:>8,}  {d.kind:<20} {d.operation} {d.path}  e.g. {_jsonable(d.example)!r}")
        if len(self.deviations) > limit:
            lines.append(f"  ... and {len(self.deviations) - limit} more (write them with --drift-report FILE)")
        return "\n".join(lines)


_REPORT: contextvars.ContextVar[DriftReport | None] = contextvars.ContextVar("drift_report", default=None)
_OPERATION: contextvars.ContextVar[str] = contextvars.ContextVar("drift_operation", default="")
_PATHS: contextvars.ContextVar[Mapping[type, str] | None] = contextvars.ContextVar("drift_paths", default=None)


@contextmanager
def collecting(report: DriftReport) -> Iterator[DriftReport]:
    """Deviations noted inside (in this context, and in the prefetch threads and tasks it starts) go to
    ``report``: a run's own report, printed and written at its end."""
    token = _REPORT.set(report)
    try:
        yield report
    finally:
        _REPORT.reset(token)


@contextmanager
def at_paths(paths: Mapping[type, str]) -> Iterator[None]:
    """Where each model sits in the answer being read (``Action`` -> ``$.Actions[*]``)."""
    token = _PATHS.set(paths)
    try:
        yield
    finally:
        _PATHS.reset(token)


# Where deviations go when no run collects them (``collecting``): one report for the process.
PROCESS = DriftReport()


def current() -> DriftReport:
    """The report deviations go to now: the run's (see :func:`collecting`), else :data:`PROCESS`."""
    report = _REPORT.get()
    return PROCESS if report is None else report


@contextmanager
def operation(name: str) -> Iterator[None]:
    """Deviations noted inside are the answers of operation ``name``."""
    token = _OPERATION.set(name)
    try:
        yield
    finally:
        _OPERATION.reset(token)


def note(model: type, member: str, kind: str, example: Any, count: int = 1) -> None:
    """Count ``count`` deviations of ``kind`` at ``model``'s member ``member`` (its JSON key)."""
    report = current()
    if count:
        where = (_PATHS.get() or {}).get(model, f"${model.__name__}")
        report.add(_OPERATION.get(), f"{where}.{member}", kind, example, count)


def note_path(path: str, kind: str, example: Any) -> None:
    """One deviation at a JSON path found by a decoder (a quarantined record's)."""
    report = current()
    if report is not None:
        report.add(_OPERATION.get(), re.sub(r"\[\d+\]", "[*]", path), kind, example)
