"""The progress bars of ``affiliate-clients`` (rich): ``pull`` shows records, pages, 429s and seconds held;
``land-accounts`` shows partitions done, rows, requests, 429s and failures."""

from __future__ import annotations

import datetime as dt
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from rich.console import Console
from rich.progress import MofNCompleteColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress

from .runner import Progress

if TYPE_CHECKING:
    from .landing.scale import Partition, PartitionResult


def counted(number: int, noun: str) -> str:
    """``1 page``, ``2 pages``, ``20,000 records``: a count with its noun in the right number."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


class ProgressBar:
    """A context manager whose value is the ``on_progress`` callback for :func:`~.runner.pull`."""

    def __init__(self, enabled: bool = True, console: Console | None = None) -> None:
        self.enabled = enabled
        self._bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TextColumn("{task.fields[records]}"), TextColumn("{task.fields[pages]}"),
                                 TextColumn("{task.fields[limited]} x 429"), TextColumn("{task.fields[waited]} held"),
                                 TimeElapsedColumn(), console=console or Console(stderr=True), transient=False,
                                 disable=not enabled)
        self._started = False
        self._task = self._bar.add_task("pulling", total=None, records=counted(0, "record"), pages=counted(0, "page"),
                                        limited=0, waited="0.0s")

    def update(self, progress: Progress) -> None:
        """Show the latest counters."""
        if not self._started:
            self._bar.start()
            self._started = True
        self._bar.update(self._task, completed=progress.records, records=counted(progress.records, "record"),
                         pages=counted(progress.pages, "page"), limited=progress.rate_limited,
                         waited=f"{progress.waited:.1f}s", description="done" if progress.done else "pulling")

    def __enter__(self) -> Self:
        return self

    def __call__(self, progress: Progress) -> None:
        self.update(progress)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._started:
            self._bar.stop()


class PartitionBar:
    """A context manager whose value is the ``on_done`` callback of :func:`~.landing.scale.land_accounts`."""

    def __init__(self, total: int, enabled: bool = True, console: Console | None = None) -> None:
        self.total = total
        self.done = self.rows = self.requests = self.limited = self.failed = 0
        self._bar = RichProgress(SpinnerColumn(), TextColumn("{task.description}"), MofNCompleteColumn(),
                                 TextColumn("partitions"), TextColumn("{task.fields[rows]}"),
                                 TextColumn("{task.fields[requests]}"),
                                 TextColumn("{task.fields[limited]} x 429"), TextColumn("{task.fields[failed]} failed"),
                                 TimeElapsedColumn(), console=console or Console(stderr=True), transient=False,
                                 disable=not enabled)
        self._task = self._bar.add_task("pulling", total=total, rows=counted(0, "row"),
                                        requests=counted(0, "request"), limited=0, failed=0)

    def __enter__(self) -> Self:
        self._bar.start()
        return self

    def __call__(self, partition: Partition[Any], outcome: PartitionResult | BaseException) -> None:
        self.done += 1
        if isinstance(outcome, BaseException):
            self.failed += 1
        else:
            self.rows += outcome.rows
            self.requests += outcome.requests
            self.limited += outcome.rate_limited
        # When the last partition is in, what remains is the one merge into the destination.
        description = "merging" if self.done == self.total and not self.failed else "pulling"
        self._bar.update(self._task, completed=self.done, rows=counted(self.rows, "row"),
                         requests=counted(self.requests, "request"),
                         limited=self.limited, failed=self.failed, description=description)

    def waiting(self, account: str, until: float) -> None:
        """Show that ``account``'s requests wait for its budget until ``until`` (``time.time()`` seconds); the
        ``on_wait`` callback of :func:`~.landing.scale.land_accounts`."""
        moment = dt.datetime.fromtimestamp(until, dt.UTC)
        self._bar.update(self._task, description=f"pulling; {account} waits for its budget until "
                                                 f"{moment:%H:%M:%S} UTC")
        self._bar.refresh()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self._bar.update(self._task, description="done")
        self._bar.stop()
