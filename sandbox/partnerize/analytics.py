"""The twelve v3 Analytics endpoints (clicks, conversions, impressions x count, explode, filter, timeseries),
computed from the same seeded records as the v1 reports, with Analytics' own cost-based rate limit.

Each call spends tokens by endpoint type and by the length of the requested period (the vendor's table: e.g.
explode costs 3 below one year and up to 15 from four years on). The budget holds ``BUDGET_TOKENS`` tokens and
refills ``REFILL_PER_SECOND``; a call it cannot pay for gets 429 in the v3 envelope with ``X-RateLimit-*``.
"""

from __future__ import annotations

import bisect
import math
import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import analytics_engine as eng
from .conventions import ApiError, endpoint, error_response, json_object
from .reporting import zone_of
from .reports_data import reports_of

if TYPE_CHECKING:
    from .store import PartnerizeStore

COSTS = {"explode": (3, 5, 10, 12, 15), "count": (2, 3, 4, 5, 6), "timeseries": (2, 3, 4, 5, 6),
         "filter": (3, 5, 6, 7, 8)}
BUDGET_TOKENS = 60
REFILL_PER_SECOND = 1.0
DEFAULT_TOP = 10_000
APPROXIMATED = ("total_unique_clicks",)


class AnalyticsBudget:
    """Tokens for analytics calls: ``capacity`` at most, refilled at ``rate`` per second (injectable clock)."""

    def __init__(self, capacity: int = BUDGET_TOKENS, rate: float = REFILL_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity, self.rate, self.clock = capacity, rate, clock
        self.tokens, self.updated = float(capacity), clock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def spend(self, cost: int) -> float:
        """Pay ``cost`` tokens: 0.0 when paid, else the seconds until the budget can pay it."""
        self._refill()
        if self.tokens >= cost:
            self.tokens -= cost
            return 0.0
        return (min(cost, self.capacity) - self.tokens) / self.rate

    def headers(self) -> dict[str, str]:
        self._refill()
        return {"X-RateLimit-Limit": str(self.capacity), "X-RateLimit-Remaining": str(int(self.tokens)),
                "X-RateLimit-Reset": str(math.ceil((self.capacity - self.tokens) / self.rate))}


def budget_of(store: PartnerizeStore) -> AnalyticsBudget:
    """The analytics budget of a store (tests may replace its clock or refill it)."""
    return store.shared("partnerize.analytics_budget", AnalyticsBudget)


def cost(kind: str, spans: list[tuple[datetime, datetime]]) -> int:
    years = (max(e for _, e in spans) - min(s for s, _ in spans)).total_seconds() / (365.25 * 86400)
    return COSTS[kind][min(int(years), 4)]


_JODA = (("yyyy", "%Y"), ("yy", "%y"), ("MM", "%m"), ("dd", "%d"), ("HH", "%H"), ("mm", "%M"), ("ss", "%S"),
         ("ZZ", "%z"), ("Z", "%z"))


def date_formatter(joda: str | None) -> Callable[[datetime], str]:
    if not joda:
        return datetime.isoformat
    pattern = re.sub("|".join(re.escape(k) for k, _ in _JODA), lambda m: dict(_JODA)[m.group(0)],
                     joda.replace("%", "%%"))

    def render(moment: datetime) -> str:
        try:
            return moment.strftime(pattern)
        except (ValueError, UnicodeEncodeError):
            return moment.isoformat()
    return render


def _compare(row: dict[str, Any], current: dict[str, float], previous: dict[str, float], pct: bool) -> None:
    for name, value in previous.items():
        row[f"{name}_comparison"] = value
        if pct:
            change = (current.get(name, 0) - value) / value * 100 if value else None
            row[f"{name}_percentage_change"] = round(change, 4) if change is not None else None


def run(kind: str, source: str, store: PartnerizeStore, body: dict[str, Any]) -> tuple[Any, dict[str, str]]:
    """The ``data`` of an analytics answer and its extra headers."""
    ds = reports_of(store)
    zone = zone_of(body.get("timezone"))
    spans = eng.ranges(body["date_time_ranges"], zone, "date_time_ranges")
    known = eng.fields(source, ds)
    keep = eng.predicate(body.get("filter_by") or [], known)
    rate = eng.rate_to(body.get("output_currency") or "USD")
    metrics = list(body.get("metrics") or [])
    order = [o for o in body.get("order_by") or [] if o["field"] in eng.METRICS or o["field"] in known]
    metrics += [o["field"] for o in order if o["field"] in eng.METRICS and o["field"] not in metrics]
    selected = eng.select(source, ds, spans, keep)
    grand = eng.total(selected, rate).value if "percentage_order_value" in metrics else 0.0
    headers = {}
    if source == "clicks" and any(m in APPROXIMATED for m in metrics):
        headers["X-Approximate-Metrics"] = ",".join(m for m in metrics if m in APPROXIMATED)
    comparison = eng.ranges(body.get("comparison_date_time_ranges") or [], zone, "comparison_date_time_ranges")
    pct = bool(body.get("include_comparison_percentage_change"))
    if kind == "count":
        data = eng.metric_values(eng.total(selected, rate), metrics, grand)
        if comparison:
            earlier = eng.select(source, ds, comparison, keep)
            _compare(data, data, eng.metric_values(eng.total(earlier, rate), metrics, grand), pct)
        return data, headers
    if kind == "timeseries":
        return _timeseries(source, ds, spans, selected, body, metrics, rate, grand), headers
    dims = list(body["group_by"])
    fmt = date_formatter(body.get("output_date_time_format"))
    label = _grouping(dims, known, spans, (body.get("interval") or {}).get("period", "P1D"), fmt, source)
    groups = _group(selected, label, rate)
    previous = _group(eng.select(source, ds, comparison, keep), label, rate) if comparison else {}
    props = [p for d in dims for p in eng.return_properties(d)]
    rows = []
    for key, totals in groups.items():
        row: dict[str, Any] = dict(zip(props, key, strict=True))
        current = eng.metric_values(totals, metrics if kind == "explode" else [o["field"] for o in order
                                                                               if o["field"] in eng.METRICS], grand)
        row.update(current)
        if kind == "explode" and comparison:
            _compare(row, current, eng.metric_values(previous.get(key) or eng.Totals(), metrics, grand), pct)
        rows.append(row)
    for o in reversed(order):
        rows.sort(key=_sort_key(o["field"]), reverse=o.get("direction") == "DESCENDING")
    if body.get("include_total_row_count"):
        headers["X-Total-Row-Count"] = str(len(rows))
    return rows[:body.get("top") or DEFAULT_TOP], headers


def _sort_key(field: str) -> Callable[[dict[str, Any]], tuple[bool, Any]] | Callable[[dict[str, Any]], str]:
    """Metrics sort numerically with absent values last; other fields sort as text."""
    if field in eng.METRICS:
        return lambda r: (r.get(field) is None, r.get(field) if r.get(field) is not None else 0)
    return lambda r: str(r.get(field) or "")


def _grouping(dims: list[str], known: dict[str, eng.Getter], spans: list[tuple[datetime, datetime]], period: str,
              fmt: Callable[[datetime], str], source: str) -> Callable[[Any], tuple[Any, ...]]:
    getters: list[eng.Getter] = []
    edges = sorted({e for s, e_ in spans for e in eng.buckets(s, e_, period)}) if "date_time" in dims else []
    stamps = [e.timestamp() for e in edges]
    moments: dict[str, Callable[[Any], datetime]] = {
        "clicks": lambda r: r.set_time, "conversions": lambda r: r.conversion.time, "impressions": lambda r: r.time}
    moment = moments[source]
    for d in dims:
        if d == "date_time":
            getters.append(lambda r: fmt(edges[min(max(0, _floor(stamps, moment(r).timestamp())), len(edges) - 1)]))
        else:
            getters += [known.get(p, _none) for p in eng.return_properties(d)]
    return lambda rec: tuple(g(rec) for g in getters)


def _none(rec: Any) -> None:
    return None


def _floor(stamps: list[float], value: float) -> int:
    return bisect.bisect_right(stamps, value) - 1


def _group(recs: list[Any], label: Callable[[Any], tuple[Any, ...]],
           rate: Callable[[str], float]) -> dict[tuple[Any, ...], eng.Totals]:
    groups: dict[tuple[Any, ...], eng.Totals] = {}
    for rec in recs:
        key = label(rec)
        totals = groups.get(key)
        if totals is None:
            totals = groups[key] = eng.Totals()
        totals.add(rec, rate)
    return groups


def _timeseries(source: str, ds: Any, spans: list[tuple[datetime, datetime]], selected: list[Any],
                body: dict[str, Any], metrics: list[str], rate: Callable[[str], float], grand: float) -> list[Any]:
    period = (body.get("interval") or {}).get("period", "P1D")
    moment = eng.records(source, ds)[2]
    rows = []
    for start, end in spans:
        edges = eng.buckets(start, end, period)
        stamps = [e.timestamp() for e in edges]
        totals = [eng.Totals() for _ in edges[:-1]]
        for rec in selected:
            at = moment(rec).timestamp()
            slot = _floor(stamps, at)
            if start.timestamp() <= at <= end.timestamp() and 0 <= slot < len(totals):
                totals[slot].add(rec, rate)
        for n, t in enumerate(totals):
            if t.n or body.get("zerofill", True):
                rows.append({"date_time_range": {"start": edges[n].isoformat(), "end": edges[n + 1].isoformat()},
                             **eng.metric_values(t, metrics, grand)})
    return rows


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    """``POST /v3/partner/analytics/{source}/{kind}`` for the three data sources and four endpoint types."""

    def handler(source: str, kind: str) -> Callable[[Request], Any]:
        @endpoint
        async def answer(request: Request) -> Response:
            body = await json_object(request)
            if body.get("scope", {}).get("partner") != store.publisher_id:
                raise ApiError(403, "You do not have \"view\" access on this entity.")
            budget = budget_of(store)
            limited = getattr(request.app.state.config, "rate_per_second", None) is not None
            try:
                spans = eng.ranges(body["date_time_ranges"], zone_of(body.get("timezone")), "date_time_ranges")
                wait = budget.spend(cost(kind, spans))
                if wait:
                    seconds = str(max(1, math.ceil(wait)))
                    return error_response("v3", 429, "Too Many Requests", headers={
                        **budget.headers(), "X-RateLimit-Retry-After": seconds})
                data, headers = run(kind, source, store, body)
            except eng.QueryError as exc:
                raise ApiError(400, str(exc), [(exc.prop, str(exc))]) from None
            return JSONResponse({"data": data}, headers={**({} if limited else budget.headers()), **headers})
        return answer

    return [Route(f"/v3/partner/analytics/{source}/{kind}", handler(source, kind), methods=["POST"])
            for source in ("clicks", "conversions", "impressions") for kind in ("count", "explode", "filter",
                                                                                "timeseries")]
