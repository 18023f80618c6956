"""Partnerize Analytics (v3): the documented query costs, pacing within the allowance, and request checks.

Analytics has its own allowance, separate from the rest of the API. A query costs tokens by endpoint type and
by the length of the longest date range it asks for (the doc's table below); the doc's worked example (a 2+
year Explode costs 10, "6 calls over 60 seconds") puts the allowance at 60 tokens a minute.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from ..http.budget import Rate
from ..http.errors import InvalidRequest

ANALYTICS_RATE = Rate(60, 60.0)
# Tokens per query: endpoint type -> cost for a range of < 1, 1+, 2+, 3+ and 4+ years.
COSTS: dict[str, tuple[int, ...]] = {
    "explode": (3, 5, 10, 12, 15),
    "count": (2, 3, 4, 5, 6),
    "timeseries": (2, 3, 4, 5, 6),
    "filter": (3, 5, 6, 7, 8),
}
TOP_RANGE = (1, 50_000)


def endpoint_kind(operation: str) -> str | None:
    """``conversions_explode`` -> ``explode``; None for operations outside Analytics."""
    kind = operation.rsplit("_", 1)[-1]
    source = operation.split("_", 1)[0]
    return kind if kind in COSTS and source in ("clicks", "conversions", "impressions") else None


def _moment(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise InvalidRequest("date_time_ranges", f"{value!r} is not an ISO 8601 date-time") from None


def _years(ranges: Any) -> float:
    longest = 0.0
    for item in ranges or []:
        start, end = _moment(item.start), _moment(item.end)
        longest = max(longest, (end - start).total_seconds() / (365.25 * 86400))
    return longest


def query_cost(kind: str, body: Any) -> int:
    """Tokens a query costs: by endpoint type and the longest of its date ranges (comparisons included)."""
    ranges = list(_listed(getattr(body, "date_time_ranges", None)))
    ranges += list(_listed(getattr(body, "comparison_date_time_ranges", None)))
    bucket = min(int(_years(ranges)), 4)
    return COSTS[kind][bucket]


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def check_query(kind: str, body: Any) -> None:
    """The documented rules a query must meet, checked before it is sent."""
    if body is None:
        raise InvalidRequest("body", "an Analytics query needs a request body")
    ranges = _listed(getattr(body, "date_time_ranges", None))
    if not ranges:
        raise InvalidRequest("date_time_ranges", "at least one {start, end} range is required")
    for n, item in enumerate(ranges + _listed(getattr(body, "comparison_date_time_ranges", None))):
        if _moment(item.end) <= _moment(item.start):
            raise InvalidRequest(f"date_time_ranges[{n}]", "end must be after start")
    if kind != "filter" and not _listed(getattr(body, "metrics", None)):
        raise InvalidRequest("metrics", "at least one metric is required")
    if kind in ("explode", "filter") and not _listed(getattr(body, "group_by", None)):
        raise InvalidRequest("group_by", "at least one dimension is required")
    for name in ("metrics", "group_by"):
        for n, item in enumerate(_listed(getattr(body, name, None))):
            if not isinstance(item, enum.Enum):  # the generated enums hold exactly the documented values
                raise InvalidRequest(f"{name}[{n}]", f"{item!r} is not one of the documented values; "
                                                     "use the generated enum (e.g. AnalyticsClicksMetric.TOTAL_CLICKS)")
        if len(set(_listed(getattr(body, name, None)))) != len(_listed(getattr(body, name, None))):
            raise InvalidRequest(name, "each value may appear once")
    top = getattr(body, "top", None)
    if isinstance(top, int) and not TOP_RANGE[0] <= top <= TOP_RANGE[1]:
        raise InvalidRequest("top", f"must be between {TOP_RANGE[0]} and {TOP_RANGE[1]}")
    scope = getattr(body, "scope", None)
    if scope is None or not isinstance(getattr(scope, "partner", None), str) or not scope.partner:
        raise InvalidRequest("scope.partner", "the partner id the query is about is required")
