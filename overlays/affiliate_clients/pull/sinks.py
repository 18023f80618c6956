"""Where pulled records go: JSON Lines or CSV files that can be cut back to a checkpoint and appended to.

A sink reports its ``state()`` (bytes written and, for CSV, the columns); a pull saves it in its checkpoint
next to the paging position. Resuming reopens the file with that state: anything written after the
checkpoint (records of a page whose checkpoint never made it to disk) is cut off before appending, so the
file ends up with every record exactly once.
"""

from __future__ import annotations

import abc
import csv
import io
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return str(value)


class Sink(abc.ABC):
    """Base for file sinks: open (fresh or cut back to a saved state), write, flush, close."""

    suffix = ""

    def __init__(self, path: Path, state: Mapping[str, Any] | None = None) -> None:
        self.path = path
        self.records = int(state["records"]) if state else 0
        if state:
            with path.open("r+b") as f:
                f.truncate(int(state["bytes"]))
            self._file: IO[str] = path.open("a", encoding="utf-8", newline="")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = path.open("w", encoding="utf-8", newline="")

    @abc.abstractmethod
    def write(self, record: Mapping[str, Any]) -> None:
        """Append one record."""

    def flush(self) -> None:
        """Push everything written so far to the disk."""
        self._file.flush()
        os.fsync(self._file.fileno())

    def state(self) -> dict[str, Any]:
        """What a checkpoint must hold to reopen this file where it stands now (call after :meth:`flush`)."""
        return {"bytes": self._file.tell(), "records": self.records}

    def close(self) -> None:
        """Flush and close the file."""
        if not self._file.closed:
            self.flush()
            self._file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class JsonlSink(Sink):
    """One JSON object per line."""

    suffix = ".jsonl"

    def write(self, record: Mapping[str, Any]) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False, default=_jsonable) + "\n")
        self.records += 1


class CsvSink(Sink):
    """CSV with a header row. Columns are ``columns`` or the keys of the first record; nested values are
    written as JSON; a record with a key outside the columns is refused (declare the columns instead)."""

    suffix = ".csv"

    def __init__(self, path: Path, state: Mapping[str, Any] | None = None,
                 columns: Sequence[str] | None = None) -> None:
        super().__init__(path, state)
        saved = state.get("columns") if state else None
        self.columns: list[str] | None = list(saved or columns or []) or None
        self._header_written = bool(state and self.records)

    def write(self, record: Mapping[str, Any]) -> None:
        if self.columns is None:
            self.columns = list(record)
        unknown = [k for k in record if k not in self.columns]
        if unknown:
            raise ValueError(f"record has fields outside the CSV columns: {', '.join(unknown)}")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if not self._header_written:
            writer.writerow(self.columns)
            self._header_written = True
        writer.writerow([_cell(record.get(c)) for c in self.columns])
        self._file.write(buffer.getvalue())
        self.records += 1

    def state(self) -> dict[str, Any]:
        return {**super().state(), "columns": self.columns}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=_jsonable)
    if isinstance(value, (str, int, float)):
        return str(value)
    return str(_jsonable(value))


SINKS: dict[str, type[Sink]] = {".jsonl": JsonlSink, ".csv": CsvSink}


def sink_kind(path: Path) -> type[Sink]:
    """The sink class for ``path`` by its suffix (``.jsonl`` or ``.csv``), or a ValueError naming them."""
    try:
        return SINKS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"--out must end in {' or '.join(SINKS)}, got {path.name}") from None


def open_sink(path: Path, state: Mapping[str, Any] | None = None, *, kind: Path | None = None) -> Sink:
    """The sink for ``path`` by its suffix (or by the suffix of ``kind``, the file it will become), fresh or
    reopened at ``state``."""
    return sink_kind(kind or path)(path, state)


def write_atomically(path: Path, data: Mapping[str, Any]) -> None:
    """Replace ``path`` with ``data`` as JSON so that a crash leaves the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, default=_jsonable)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
