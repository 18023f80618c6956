"""Pulling actions (and action updates) across windows and pages: a pure plan with a checkpoint, and thin
sync/async drivers.

List Actions and List Action Updates take the same filters under the same rules (45-day pairs, three years back,
PageSize of at least 2,000, ten pages at most) and page the same way, so one plan serves both:
:class:`ActionPages` and :class:`ActionUpdatePages` differ only in the operation they name and the member of the
page that holds the records.

The plan hands out one request at a time: the first page of a window (through the generated
``list_actions``), then ``@nextpageuri`` exactly as the server wrote it (it carries every filter: adding the
original parameters again is what breaks other connectors on page 2). When impact refuses a window for
having more than ten pages, the plan halves the window and tries again.

A page that contradicts impact's paging members is refused (``SuspectPage``) and fetched again by the driver:
a page numbered other than the one asked for, an empty page although ``@total`` counts records from its
``@start``, and a page holding the same actions as the page before it.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections import deque
from collections.abc import Sequence
from typing import Any, ClassVar, Literal, Self, TypeVar

import attrs

from ..http.errors import ApiError, BadRequest, InvalidRequest
from ..http.plans import RepeatGuard, SuspectPage
from .windows import (
    MAX_LOOKBACK,
    MAX_SPAN,
    Window,
    as_moment,
    check_list_actions,
    check_page_size,
    plan_windows,
)

DateField = Literal["updated", "locking", "event"]
# Which request parameters a date field maps to.
DATE_PARAMS: dict[str, tuple[str, str]] = {
    "updated": ("start_date", "end_date"),
    "locking": ("locking_date_start", "locking_date_end"),
    "event": ("action_date_start", "action_date_end"),
}


def too_many_pages(error: BadRequest) -> bool:
    """Whether a 400 is impact's "more than ten pages" refusal (the only 400 a checked query can meet)."""
    text = f"{error.message} {error.body}".lower()
    return "page" in text and ("10" in text or "ten" in text) and "pagesize: " not in text


@attrs.frozen
class FirstPage:
    """Ask for the first page of ``window`` with these generated-function keyword arguments."""

    window: Window
    params: dict[str, Any]


@attrs.frozen
class NextPage:
    """Follow a ``@nextpageuri`` as given."""

    uri: str


@attrs.define
class ListingPages:
    """Which request comes next, across windows and pages, for one of impact's windowed lists. No I/O.

    Subclasses name the list: ``operation`` (the generated function) and ``records`` (the page's member).

    The position is the request that produced the page being consumed plus how many of its actions were
    handed out (``offset``); :meth:`checkpoint` saves it and :func:`resume` refetches that page and skips them.
    """

    filters: dict[str, Any]
    by: DateField
    page_size: int
    split: bool
    pending: deque[Window]
    current: Window | None = None
    next_uri: str | None = None
    last: FirstPage | NextPage | None = None
    offset: int = 0
    skip: int = 0
    pages: int = 0
    splits: int = 0
    last_window: Window | None = None  # the window of the page being consumed
    page_no: int | None = None  # its @page
    num_pages: int | None = None  # its @numpages and @lastpageuri: what lookahead() predicts pages from
    page_end: int = 0  # its number of actions: ``offset`` reaches it when its last action is handed out
    last_uri: str | None = None
    guard: RepeatGuard = attrs.field(factory=RepeatGuard)
    resumed_from: dict[str, Any] | None = None  # the checkpoint this plan was restored from
    operation: ClassVar[str] = ""
    records: ClassVar[str] = ""

    @classmethod
    def plan(cls, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *, by: DateField = "updated",
             page_size: int = 20_000, split: bool = True, now: dt.datetime | None = None,
             **filters: Any) -> Self:
        """Check the request and cut ``[start, end]`` into windows the API accepts."""
        if by not in DATE_PARAMS:
            raise InvalidRequest("by", f"must be one of {', '.join(DATE_PARAMS)}")
        low, high = as_moment(start, "start"), as_moment(end, "end")
        if high < low:
            raise InvalidRequest("end", "must not be before start")
        check_page_size(page_size)
        now = now or dt.datetime.now(dt.UTC)
        if by == "updated" and low < now - MAX_LOOKBACK:
            raise InvalidRequest("start", "may not be more than 3 years in the past (impact keeps 3 years)")
        if not split and by != "event" and high - low > MAX_SPAN:
            raise InvalidRequest("end", "at most 45 days after start when split=False")
        windows = plan_windows(low, high) if split else [Window(low, high)]
        return cls(filters=filters, by=by, page_size=page_size, split=split, pending=deque(windows))

    def _first_page(self, window: Window) -> FirstPage:
        low_name, high_name = DATE_PARAMS[self.by]
        params = {**self.filters, low_name: window.start, high_name: window.end,
                  "page_size": self.page_size, "page": 1}
        check_list_actions(**params)
        return FirstPage(window, params)

    def next_request(self) -> FirstPage | NextPage | None:
        if self.next_uri:
            return NextPage(self.next_uri)
        if not self.pending:
            self.current = None
            return None
        self.current = self.pending.popleft()
        return self._first_page(self.current)

    def lookahead(self, depth: int) -> list[FirstPage | NextPage]:
        """Up to ``depth`` requests to come, for fetching ahead: the current window's next page and its later
        pages (addresses made from ``@nextpageuri`` with only its ``Page`` changed, and only when that
        reproduces ``@lastpageuri`` exactly); at the end of a window, the next window's first page.

        Never pages of two windows at once: within a window every page is told apart by its ``@page``, while
        a first page repeated in place of another window's first page would look right.
        """
        if self.next_uri:
            upcoming: list[FirstPage | NextPage] = [NextPage(self.next_uri),
                        *_later_pages(self.next_uri, self.page_no, self.num_pages, self.last_uri)]
            return upcoming[:depth]
        return [self._first_page(self.pending[0])] if self.pending and depth else []

    def on_page(self, request: FirstPage | NextPage, next_uri: str) -> int:
        """Record the page ``request`` produced; returns how many of its actions to skip (after a resume)."""
        self.pages += 1
        self.last, self.offset, self.last_window = request, self.skip, self.current
        self.next_uri = next_uri or None
        skip, self.skip = self.skip, 0
        return skip

    def accept(self, request: FirstPage | NextPage, page: Any) -> Sequence[Any]:
        """The paging protocol (``http.paging``): record a page (``ActionList``, ``ActionUpdateList``), return
        what to hand out."""
        number, total, start = _number(page.page), _number(page.total), _number(page.start)
        records: Sequence[Any] = getattr(page, self.records)
        expected = 1 if isinstance(request, FirstPage) else None if self.page_no is None else self.page_no + 1
        if number is not None and expected is not None and number != expected:
            raise SuspectPage(f"asked for page {expected}, the answer is page {number}")
        if not records and total is not None and start is not None and start < total:
            raise SuspectPage(f"an empty page although @total is {total} and @start {start}")
        self.guard.check(request, records)
        skip = self.on_page(request, page.nextpageuri if isinstance(page.nextpageuri, str) else "")
        self.page_no, self.num_pages, self.page_end = number, _number(page.numpages), len(records)
        self.last_uri = page.lastpageuri if isinstance(page.lastpageuri, str) else None
        self.guard.remember(request, records)
        return records[skip:]

    def recover(self, request: FirstPage | NextPage, error: ApiError) -> bool:
        """Split the window when impact refuses a first page for having more than ten pages."""
        if isinstance(request, FirstPage) and isinstance(error, BadRequest) and too_many_pages(error):
            self.on_too_many_pages(error)
            return True
        return False

    def on_too_many_pages(self, error: BadRequest) -> None:
        """Halve the window the server refused and put both halves first in line."""
        halves = self.current.halves() if self.current is not None and self.split else None
        if halves is None:
            raise InvalidRequest("page_size", "impact refuses this range as over 10 pages even after splitting; "
                                              f"raise page_size or narrow the range ({error})") from error
        self.splits += 1
        self.pending.extendleft(reversed(halves))
        self.current = None

    def checkpoint(self) -> dict[str, Any]:
        """A JSON-ready position: resuming from it yields the remaining actions exactly once."""
        if self.pages == 0 and self.resumed_from is not None:
            return copy.deepcopy(self.resumed_from)  # restored, nothing accepted since: still that position
        pending = list(self.pending)
        if self.current is not None and self.current != self.last_window:
            pending.insert(0, self.current)  # taken from the queue, but no page of it accepted yet
        last: dict[str, Any] | None = None
        if isinstance(self.last, NextPage):
            last = {"uri": self.last.uri}
        elif isinstance(self.last, FirstPage):
            last = {"window": _window_json(self.last.window)}
        return {"listing": self.operation, "by": self.by, "page_size": self.page_size, "split": self.split,
                "filters": {k: getattr(v, "value", v) for k, v in self.filters.items()},
                "current": _window_json(self.last_window if last is not None else self.current), "last": last,
                "offset": self.offset,
                "pending": [_window_json(w) for w in pending]}


@attrs.define
class ActionPages(ListingPages):
    """The plan of an action pull (List Actions)."""

    operation: ClassVar[str] = "list_actions"
    records: ClassVar[str] = "actions"


@attrs.define
class ActionUpdatePages(ListingPages):
    """The plan of an action-update pull (List Action Updates): ``by="updated"`` is the time of the change."""

    operation: ClassVar[str] = "list_action_updates"
    records: ClassVar[str] = "action_updates"


Plan = TypeVar("Plan", bound=ListingPages)


def _number(text: Any) -> int | None:
    """An impact paging member (a string) as a number, or None when absent or not a number."""
    return int(text) if isinstance(text, str) and text.isdigit() else None


PAGE_PARAM = re.compile(r"(?<=[?&])Page=(\d+)(?=&|$)")


def _later_pages(next_uri: str, page_no: int | None, num_pages: int | None, last_uri: str | None) -> list[NextPage]:
    """Pages ``page_no + 2 .. num_pages`` of the window, or none when the addresses cannot be predicted."""
    found = PAGE_PARAM.findall(next_uri)
    if page_no is None or num_pages is None or not last_uri or len(found) != 1 or int(found[0]) != page_no + 1:
        return []

    def at(number: int) -> str:
        return PAGE_PARAM.sub(f"Page={number}", next_uri)

    if at(num_pages) != last_uri:
        return []  # the server spells its addresses some other way: follow them one by one
    return [NextPage(at(number)) for number in range(page_no + 2, num_pages + 1)]


def _window_json(window: Window | None) -> list[str] | None:
    return None if window is None else [window.start.isoformat(), window.end.isoformat()]


def resume(checkpoint: dict[str, Any], **filters: Any) -> ActionPages:
    """The action plan saved by :meth:`ActionPages.checkpoint`; ``filters`` restores typed filter values (e.g.
    State)."""
    return resume_as(ActionPages, checkpoint, **filters)


def resume_as(kind: type[Plan], checkpoint: dict[str, Any], **filters: Any) -> Plan:
    """The plan of class ``kind`` saved by its ``checkpoint()`` (a checkpoint of another list is refused)."""
    listing = checkpoint.get("listing", ActionPages.operation)  # checkpoints before the field were actions'
    if listing != kind.operation:
        raise ValueError(f"this checkpoint is of {listing}, not of {kind.operation}")

    def window(pair: list[str]) -> Window:
        return Window(dt.datetime.fromisoformat(pair[0]), dt.datetime.fromisoformat(pair[1]))

    plan = kind(filters={**checkpoint["filters"], **filters}, by=checkpoint["by"],
                       page_size=checkpoint["page_size"], split=checkpoint["split"],
                       pending=deque(window(p) for p in checkpoint["pending"]))
    plan.resumed_from = copy.deepcopy(checkpoint)
    last = checkpoint.get("last")
    if last is not None:
        plan.current = window(checkpoint["current"]) if checkpoint.get("current") else None
        plan.skip = int(checkpoint["offset"])
        if "uri" in last:
            plan.next_uri = last["uri"]
        else:
            plan.pending.appendleft(window(last["window"]))
    return plan
