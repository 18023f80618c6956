"""What a landing keeps of answers that drifted from the spec: ``_rejected`` and ``_drift`` tables.

* ``_rejected`` (append): every record a stream could not read as its model, with the stream, its key where the
  record still has one, the record as it came (JSON text), the JSON path that broke, the kind and the reason.
  It is extracted in the same load as the stream's pages, so the incremental state that advances with the load
  also covers its rejects: a rerun neither loses nor repeats them.
* ``_drift`` (append): the run's drift report, one row per (operation, JSON path, kind) with the count and the
  first value seen, stamped with the run's start.

Members the spec does not name are kept on each landed row, in its ``_extra`` column (see :mod:`.tables`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any

import dlt
import pyarrow as pa

from ...http.drift import DriftReport
from ...http.quarantine import Rejected, run_sink
from .schema import TIMESTAMP

REJECT_SCHEMA = pa.schema([("stream", pa.string()), ("key", pa.string()), ("operation", pa.string()),
                           ("path", pa.string()), ("kind", pa.string()), ("reason", pa.string()),
                           ("record", pa.string()), ("rejected_at", TIMESTAMP)])
DRIFT_SCHEMA = pa.schema([("run_at", TIMESTAMP), ("api", pa.string()), ("operation", pa.string()),
                          ("path", pa.string()), ("kind", pa.string()), ("count", pa.int64()),
                          ("example", pa.string())])
_REJECT_COLUMNS: dict[str, Any] = {name: {"name": name, "data_type": "text", "nullable": True}
                                   for name in REJECT_SCHEMA.names}
_REJECT_COLUMNS["rejected_at"] = {"name": "rejected_at", "data_type": "timestamp", "timezone": True, "nullable": True}
REJECT_HINTS = dlt.mark.make_hints(table_name="_rejected", write_disposition="append", columns=_REJECT_COLUMNS)

KeyOf = Callable[[Any], Any]


def rejects_table(stream: str, found: list[Rejected], key_of: KeyOf) -> Any:
    """The records ``stream`` set aside, as a table bound for ``_rejected``."""
    return rejected_hinted(reject_rows(stream, found, key_of))


def rejected_hinted(table: pa.Table) -> Any:
    """A ``_rejected`` table (:data:`REJECT_SCHEMA`) marked for its own table of the resource that yields it."""
    return dlt.mark.with_hints(table, REJECT_HINTS, create_table_variant=True)


def reject_rows(stream: str, found: list[Rejected], key_of: KeyOf) -> pa.Table:
    """The records ``stream`` set aside as ``_rejected`` rows (:data:`REJECT_SCHEMA`), e.g. for a partition file."""
    def key(record: Any) -> str | None:
        try:
            value = key_of(record)
        except (AttributeError, KeyError, TypeError, IndexError):
            return None
        return None if value is None else str(value)

    table = pa.table({
        "stream": [stream] * len(found), "key": [key(r.record) for r in found],
        "operation": [r.operation for r in found], "path": [r.path for r in found],
        "kind": [r.kind for r in found], "reason": [r.reason for r in found],
        "record": [json.dumps(r.record, sort_keys=True, default=str) for r in found],
        "rejected_at": pa.array([dt.datetime.fromisoformat(r.at) for r in found], TIMESTAMP)}, schema=REJECT_SCHEMA)
    return table


def with_rejects(stream: str, tables: Iterator[Any], found: list[Rejected], key_of: KeyOf) -> Iterator[Any]:
    """``tables`` (a stream's pages), each followed by the rejects its page set aside into ``found``."""
    for table in tables:
        yield table
        if found:
            yield rejects_table(stream, found, key_of)
            found.clear()
    if found:
        yield rejects_table(stream, found, key_of)
        found.clear()


def keeper(found: list[Rejected]) -> Callable[[Rejected], None]:
    """The ``on_invalid`` of a landing's pulls: each record set aside goes to ``found`` (landed in ``_rejected``)
    and, when a run collects rejects (:func:`~affiliate_clients.http.quarantine.collecting`, as the CLI does), to
    the run's list too, whose ``append`` may stop the run (``--on-invalid raise``)."""
    def keep(rejected: Rejected) -> None:
        sink = run_sink()
        if sink is not None:
            sink.append(rejected)
        found.append(rejected)
    return keep


def drift_table(report: DriftReport, run_at: dt.datetime) -> pa.Table:
    """The run's drift report as ``_drift`` rows."""
    rows = report.rows()
    return pa.table({
        "run_at": pa.array([run_at] * len(rows), TIMESTAMP), "api": [report.api] * len(rows),
        "operation": [d.operation for d in rows], "path": [d.path for d in rows], "kind": [d.kind for d in rows],
        "count": [d.count for d in rows],
        "example": [json.dumps(d.example, default=str) for d in rows]}, schema=DRIFT_SCHEMA)


def key_in(*path: str) -> KeyOf:
    """The key of a raw record at ``path`` (``key_in("conversion_data", "conversion_id")``)."""
    def key_of(record: Any) -> Any:
        for step in path:
            record = record[step]
        return record
    return key_of
