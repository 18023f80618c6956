"""Running a pull: records from a stream into a sink, with a checkpoint written after each page.

Nothing a failed run does touches an earlier ``--out``: records go to a partial file next to it
(``.NAME.partial``), renamed over ``out`` only once the pull is complete. Records the models cannot read
(``on_invalid="quarantine"``) go, as JSON lines, to ``NAME.rejects.jsonl`` the same way; every deviation from
the spec is counted in the run's :class:`~..http.drift.DriftReport` (``Progress.drift``).

The checkpoint (JSON, replaced atomically) holds the stream's paging position and both sinks' states. It is
written once the first record of each new page is on disk: at that moment the plan's position (that page's
request and how many of its records were handed out) and the files agree, so a run killed at any point
resumes with every record exactly once: the partial files are cut back to the checkpoint and the plan
refetches the page and skips what was written (a page's rejects were handed out before its first record).
A run killed after its last checkpoint (``done``) but before the rename finishes the rename when rerun.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, closing, nullcontext
from pathlib import Path
from typing import Any

import attrs

from ..http import drift, quarantine
from .sinks import JsonlSink, open_sink, write_atomically
from .streams import PullOptions, Stream


@attrs.define
class Progress:
    """Counters shown while pulling: records written (in total), pages read, 429s met, seconds held."""

    records: int = 0
    pages: int = 0
    rate_limited: int = 0
    waited: float = 0.0
    done: bool = False
    resumed: bool = False
    already_done: bool = False
    rejected: int = 0
    drift: drift.DriftReport = attrs.field(factory=drift.DriftReport)


def partial_of(path: Path) -> Path:
    """Where a pull writes ``path`` until it is complete."""
    return path.with_name(f".{path.name}.partial")


def rejects_of(out: Path) -> Path:
    """The records of ``out``'s pull the models could not read, one JSON object a line."""
    return out.with_name(f"{out.name}.rejects.jsonl")


def _publish(out: Path, rejects: int) -> None:
    """Rename the partial files over ``out`` and its rejects file (a stale rejects file goes: it described an
    earlier ``out``)."""
    partial = partial_of(out)
    if partial.exists():
        os.replace(partial, out)
    bad = partial_of(rejects_of(out))
    if rejects and bad.exists():
        os.replace(bad, rejects_of(out))
    elif not rejects:
        bad.unlink(missing_ok=True)
        rejects_of(out).unlink(missing_ok=True)


class CheckpointMismatch(Exception):
    """The checkpoint file belongs to another stream or output file."""


def _forget(out: Path, checkpoint: Path | None) -> None:
    if checkpoint is None or not checkpoint.exists():
        partial_of(out).unlink(missing_ok=True)
        partial_of(rejects_of(out)).unlink(missing_ok=True)


def _saved(checkpoint: Path | None, stream: Stream, out: Path) -> dict[str, Any] | None:
    if checkpoint is None or not checkpoint.exists():
        return None
    saved: dict[str, Any] = json.loads(checkpoint.read_text(encoding="utf-8"))
    if saved.get("stream") != f"{stream.api} {stream.name}" or saved.get("out") != str(out):
        raise CheckpointMismatch(f"{checkpoint} is for {saved.get('stream')} into {saved.get('out')}, "
                                 f"not {stream.api} {stream.name} into {out}")
    if not saved.get("done") and not partial_of(out).exists():
        raise CheckpointMismatch(f"{checkpoint} continues {partial_of(out)}, which is gone; delete the "
                                 "checkpoint to start over")
    return saved


def _closed_first(records: Iterator[Any]) -> AbstractContextManager[Any]:
    """Close the records (and a page fetch running ahead) before their client, even when the sink fails."""
    return closing(records) if callable(getattr(records, "close", None)) else nullcontext()


def pull(stream: Stream, options: PullOptions, out: Path, checkpoint: Path | None = None,
         on_progress: Callable[[Progress], None] | None = None) -> Progress:
    """Pull ``stream`` into ``out`` (``.jsonl`` or ``.csv``), resuming from ``checkpoint`` when it exists."""
    saved = _saved(checkpoint, stream, out)
    progress = Progress(pages=int(saved["pages"]) if saved else 0, resumed=saved is not None,
                        drift=drift.DriftReport(stream.api))
    if saved and saved.get("done"):
        progress.records, progress.done, progress.already_done = int(saved["sink"]["records"]), True, True
        progress.rejected = int(saved.get("rejects", {}).get("records", 0))
        _publish(out, progress.rejected)
        return progress
    try:
        with ExitStack() as stack:
            stack.enter_context(drift.collecting(progress.drift))
            rejected = stack.enter_context(quarantine.collecting())
            sink = stack.enter_context(open_sink(partial_of(out), saved["sink"] if saved else None, kind=out))
            bad = stack.enter_context(JsonlSink(partial_of(rejects_of(out)), saved.get("rejects") if saved else None))
            run = stack.enter_context(stream.open(options, saved["position"] if saved else None))
            stack.enter_context(_closed_first(run.records))
            base_pages = progress.pages

            def save(done: bool = False) -> None:
                for found in rejected[bad.records - base_rejects:]:
                    bad.write(found.as_json())
                progress.rejected = bad.records
                if checkpoint is None:
                    return
                sink.flush()
                bad.flush()
                write_atomically(checkpoint, {"stream": f"{stream.api} {stream.name}", "out": str(out),
                                              "position": run.plan.checkpoint(), "sink": sink.state(),
                                              "rejects": bad.state(), "pages": progress.pages, "done": done})

            base_rejects = bad.records
            seen_pages = run.plan.pages
            for record in run.records:
                sink.write(run.row(record))
                progress.records = sink.records
                if run.plan.pages != seen_pages:
                    seen_pages = run.plan.pages
                    progress.pages = base_pages + seen_pages
                    progress.rate_limited, progress.waited = run.stats.rate_limited, run.stats.budget_wait
                    save()
                    if on_progress is not None:
                        on_progress(progress)
            progress.pages = base_pages + run.plan.pages
            progress.rate_limited, progress.waited = run.stats.rate_limited, run.stats.budget_wait
            progress.records, progress.done = sink.records, True
            save(done=True)
    except BaseException:
        _forget(out, checkpoint)   # partial files nothing can resume from go; out is untouched
        raise
    _publish(out, progress.rejected)
    if on_progress is not None:
        on_progress(progress)
    return progress
