"""Running a pull: records from a stream into a sink, with a checkpoint written after each page.

The checkpoint (JSON, replaced atomically) holds the stream's paging position and the sink's state. It is
written once the first record of each new page is on disk: at that moment the plan's position (that page's
request and how many of its records were handed out) and the file agree, so a run killed at any point
resumes with every record exactly once: the file is cut back to the checkpoint and the plan refetches the
page and skips what was written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, nullcontext
from pathlib import Path
from typing import Any

import attrs

from .sinks import open_sink, write_atomically
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


class CheckpointMismatch(Exception):
    """The checkpoint file belongs to another stream or output file."""


def _saved(checkpoint: Path | None, stream: Stream, out: Path) -> dict[str, Any] | None:
    if checkpoint is None or not checkpoint.exists():
        return None
    saved: dict[str, Any] = json.loads(checkpoint.read_text(encoding="utf-8"))
    if saved.get("stream") != f"{stream.api} {stream.name}" or saved.get("out") != str(out):
        raise CheckpointMismatch(f"{checkpoint} is for {saved.get('stream')} into {saved.get('out')}, "
                                 f"not {stream.api} {stream.name} into {out}")
    if not out.exists():
        raise CheckpointMismatch(f"{checkpoint} continues {out}, which is gone; delete the checkpoint to start over")
    return saved


def _closed_first(records: Iterator[Any]) -> AbstractContextManager[Any]:
    """Close the records (and a page fetch running ahead) before their client, even when the sink fails."""
    return closing(records) if callable(getattr(records, "close", None)) else nullcontext()


def pull(stream: Stream, options: PullOptions, out: Path, checkpoint: Path | None = None,
         on_progress: Callable[[Progress], None] | None = None) -> Progress:
    """Pull ``stream`` into ``out`` (``.jsonl`` or ``.csv``), resuming from ``checkpoint`` when it exists."""
    saved = _saved(checkpoint, stream, out)
    progress = Progress(pages=int(saved["pages"]) if saved else 0, resumed=saved is not None)
    if saved and saved.get("done"):
        progress.records, progress.done, progress.already_done = int(saved["sink"]["records"]), True, True
        return progress
    with open_sink(out, saved["sink"] if saved else None) as sink, \
            stream.open(options, saved["position"] if saved else None) as run, _closed_first(run.records):
        base_pages = progress.pages

        def save(done: bool = False) -> None:
            if checkpoint is None:
                return
            sink.flush()
            write_atomically(checkpoint, {"stream": f"{stream.api} {stream.name}", "out": str(out),
                                          "position": run.plan.checkpoint(), "sink": sink.state(),
                                          "pages": progress.pages, "done": done})

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
    if on_progress is not None:
        on_progress(progress)
    return progress
