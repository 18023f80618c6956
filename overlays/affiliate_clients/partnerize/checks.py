"""Partnerize request rules checked before any request, as impact's are: paging numbers, and the report and
export inputs (publisher id, start and end dates). Pure; broken rules raise
:class:`~affiliate_clients.http.errors.InvalidRequest` naming the parameter.

Report dates are strings as Partnerize documents them (``2026-01-01T00:00:00Z``, ``2026-01-01 00:00:00``,
``2026-01-01``; a string without an offset is read in the report's ``timezone``) or timezone-aware
``datetime`` values; a naive ``datetime`` is refused, since nothing says which clock it was read on.
Partnerize documents no longest report range; :data:`MAX_REPORT_SPAN` (five years) is this library's bound:
longer is taken to be a mistake (a year typed wrong), and a wider pull can be split into several.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..http.errors import InvalidRequest

MAX_LIMIT = 300
MAX_REPORT_SPAN = dt.timedelta(days=5 * 365 + 1)
# Partnerize ids are short (``1l1000000``, say); anything far longer is not one.
MAX_ID = 64
# Operations that take a publisher and a date range: the two reports and the three CSV exports.
REPORTS = frozenset({"get_conversion_report", "get_click_report", "export_clicks_csv", "export_conversions_csv",
                     "export_conversion_items_csv"})


def _present(value: object) -> bool:
    return value is not None and type(value).__name__ != "Unset"


def _whole(parameter: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest(parameter, f"must be an integer, got {type(value).__name__} {str(value)[:20]!r}")
    return value


def check_paging(kwargs: Mapping[str, Any]) -> None:
    """``limit`` an integer in 1..300, ``offset`` a non-negative integer (when given)."""
    if _present(kwargs.get("limit")) and not 1 <= _whole("limit", kwargs["limit"]) <= MAX_LIMIT:
        raise InvalidRequest("limit", f"must be between 1 and {MAX_LIMIT}")
    if _present(kwargs.get("offset")) and _whole("offset", kwargs["offset"]) < 0:
        raise InvalidRequest("offset", "must not be negative")


def report_moment(parameter: str, value: object) -> dt.datetime:
    """``value`` as an instant to compare (a string without an offset, or a date, is read as UTC for that)."""
    if not _present(value):
        raise InvalidRequest(parameter, "is required (a date or date-time such as 2026-01-01T00:00:00Z)")
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidRequest(parameter, "must be timezone-aware (e.g. datetime(..., tzinfo=UTC)) or a string")
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    if not isinstance(value, str):
        raise InvalidRequest(parameter, f"must be a date or date-time string, got {type(value).__name__}")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InvalidRequest(parameter, "must be a date or date-time such as 2026-01-01T00:00:00Z, got "
                                        f"{value[:40]!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def report_text(parameter: str, value: object) -> object:
    """What is sent for a report date: a string as given; an aware ``datetime`` as UTC ``...Z``; a date as
    ``YYYY-MM-DD`` (checked by :func:`report_moment` first)."""
    moment = report_moment(parameter, value)
    if isinstance(value, dt.datetime):
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def check_publisher(value: object) -> None:
    """A publisher id: a non-empty string or integer of at most :data:`MAX_ID` characters."""
    if not _present(value) or isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise InvalidRequest("publisher_id", "is required: the publisher (partner) id, e.g. 1l1000000")
    if len(str(value)) > MAX_ID:
        raise InvalidRequest("publisher_id", f"must be at most {MAX_ID} characters, got {len(str(value))}")


def check_report(kwargs: Mapping[str, Any], *, end_required: bool = False) -> None:
    """The publisher, the dates, their order and the span of a report or export request."""
    check_publisher(kwargs.get("publisher_id"))
    start = report_moment("start_date", kwargs.get("start_date"))
    if end_required or _present(kwargs.get("end_date")):
        end = report_moment("end_date", kwargs["end_date"])
        if end < start:
            raise InvalidRequest("end_date", "must not be before start_date")
        if end - start > MAX_REPORT_SPAN:
            raise InvalidRequest("end_date", "at most 5 years after start_date (pull longer ranges in parts)")


def check_call(operation: str, kwargs: Mapping[str, Any]) -> None:
    """Every Partnerize operation's paging numbers, and a report's inputs (Analytics is checked apart)."""
    check_paging(kwargs)
    if operation in REPORTS:
        check_report(kwargs, end_required=operation.startswith("export_"))


def report_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` with report dates as they are sent (see :func:`report_text`), checked."""
    out = dict(params)
    for name in ("start_date", "end_date"):
        if name in out and _present(out[name]):
            out[name] = report_text(name, out[name])
    return out
