"""Date windows for List Actions: the 45-day rule, the 10-page rule and the documented constraints. Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeGuard

import attrs

from ..http.errors import InvalidRequest

MAX_SPAN = dt.timedelta(days=45)
MAX_LOOKBACK = dt.timedelta(days=3 * 365)
MIN_PAGE_SIZE = 2000
ONE_SECOND = dt.timedelta(seconds=1)


@attrs.frozen
class Window:
    """An inclusive range ``[start, end]`` of whole seconds."""

    start: dt.datetime
    end: dt.datetime

    def halves(self) -> tuple[Window, Window] | None:
        """Two windows covering this one exactly once, or None when it is one second long."""
        if self.end <= self.start:
            return None
        middle = self.start + (self.end - self.start) // 2
        middle = middle.replace(microsecond=0)
        return Window(self.start, middle), Window(middle + ONE_SECOND, self.end)


def as_moment(value: dt.datetime | dt.date, name: str) -> dt.datetime:
    """A timezone-aware datetime, whole seconds; a ``date`` means midnight UTC."""
    if not isinstance(value, dt.datetime):
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
        raise InvalidRequest(name, f"must be a datetime or date, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidRequest(name, "must be timezone-aware (e.g. datetime(..., tzinfo=UTC)); impact compares instants")
    return value.replace(microsecond=0)


def plan_windows(start: dt.datetime, end: dt.datetime, span: dt.timedelta = MAX_SPAN) -> list[Window]:
    """Consecutive windows of at most ``span`` that cover ``[start, end]`` once, oldest first."""
    windows = []
    cursor = start
    while cursor <= end:
        stop = min(cursor + span, end)
        windows.append(Window(cursor, stop))
        cursor = stop + ONE_SECOND
    return windows


def whole(parameter: str, value: object) -> int:
    """``value`` as an integer, or :class:`InvalidRequest` (a string such as ``'2000'`` is refused, not compared)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest(parameter, f"must be an integer, got {type(value).__name__} {str(value)[:20]!r}")
    return value


def check_page_size(value: object) -> int:
    """PageSize: an integer of at least :data:`MIN_PAGE_SIZE`."""
    size = whole("page_size", value)
    if size < MIN_PAGE_SIZE:
        raise InvalidRequest("page_size", f"must be at least {MIN_PAGE_SIZE}")
    return size


def _present(value: Any) -> TypeGuard[Any]:
    return value is not None and type(value).__name__ != "Unset"


def check_list_actions(*, now: dt.datetime | None = None, **params: Any) -> None:
    """Raise :class:`InvalidRequest` for a List Actions call the API would refuse (names as generated)."""
    now = now or dt.datetime.now(dt.UTC)
    start, end = params.get("start_date"), params.get("end_date")
    if _present(start) != _present(end):
        raise InvalidRequest("start_date" if _present(start) else "end_date",
                             "StartDate and EndDate must be given together")
    lock_start, lock_end = params.get("locking_date_start"), params.get("locking_date_end")
    if _present(lock_start) != _present(lock_end):
        raise InvalidRequest("locking_date_start" if _present(lock_start) else "locking_date_end",
                             "LockingDateStart and LockingDateEnd must be given together")
    for low, high, name in ((start, end, "end_date"), (lock_start, lock_end, "locking_date_end")):
        if _present(low) and _present(high):
            low_m, high_m = as_moment(low, name), as_moment(high, name)
            if high_m < low_m:
                raise InvalidRequest(name, "must not be before its start")
            if high_m - low_m > MAX_SPAN:
                raise InvalidRequest(name, "at most 45 days after its start (impact refuses wider ranges; "
                                           "ImpactClient.actions() splits them for you)")
    if _present(start) and as_moment(start, "start_date") < now - MAX_LOOKBACK:
        raise InvalidRequest("start_date", "may not be more than 3 years in the past")
    size = params.get("page_size")
    if _present(size):
        check_page_size(size)
    page = params.get("page")
    if _present(page) and whole("page", page) < 1:
        raise InvalidRequest("page", "counts from 1")
