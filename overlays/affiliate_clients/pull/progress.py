"""The progress bar of ``affiliate-clients pull`` (rich): records, pages, 429s and seconds held."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from rich.console import Console
from rich.progress import Progress as RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

from .runner import Progress


class ProgressBar:
    """A context manager whose value is the ``on_progress`` callback for :func:`~.runner.pull`."""

    def __init__(self, enabled: bool = True, console: Console | None = None) -> None:
        self.enabled = enabled
        self._bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TextColumn("{task.completed:,} records"), TextColumn("{task.fields[pages]} pages"),
                                 TextColumn("{task.fields[limited]} x 429"), TextColumn("{task.fields[waited]} held"),
                                 TimeElapsedColumn(), console=console or Console(stderr=True), transient=False,
                                 disable=not enabled)
        self._started = False
        self._task = self._bar.add_task("pulling", total=None, pages=0, limited=0, waited="0.0s")

    def update(self, progress: Progress) -> None:
        """Show the latest counters."""
        if not self._started:
            self._bar.start()
            self._started = True
        self._bar.update(self._task, completed=progress.records, pages=progress.pages,
                         limited=progress.rate_limited, waited=f"{progress.waited:.1f}s",
                         description="done" if progress.done else "pulling")

    def __enter__(self) -> Self:
        return self

    def __call__(self, progress: Progress) -> None:
        self.update(progress)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._started:
            self._bar.stop()
