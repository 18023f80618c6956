"""v1 granular reports: conversions (cursor paging, at most 300 per page), clicks and payable stats (offset
paging). Every record of a query is served exactly once across its pages; per-currency totals cover the whole
result. ``format=xml`` serves the same document as XML.
"""

from __future__ import annotations

import bisect
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .paging import pagination
from .reports_data import CURSOR_BASE, NOW, Click, Conversion, ReportsData, reports_of, rolling_moment, v1_time
from .reports_views import click_report_json, conversion_json, payable_item_json, v1_error

if TYPE_CHECKING:
    from .store import PartnerizeStore

MAX_CURSOR_PAGE = 300


class BadQuery(ValueError):
    """A query value the sandbox cannot use; answered with 400."""


def parse_moment(text: str, zone: tzinfo) -> datetime:
    """A query date-time (ISO 8601, ``YYYY-MM-DD HH:MM:SS`` or a date; out-of-range fields roll over); naive values
    are read in ``zone``."""
    parsed = rolling_moment(text)
    if parsed is None:
        raise BadQuery(f"'{text}' is not a valid date-time")
    moment, offset = parsed
    return moment.replace(tzinfo=offset or zone)


def zone_of(name: str | None) -> tzinfo:
    """The named IANA time zone; UTC when the name is empty or unknown."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def text_period(phrase: str, zone: tzinfo) -> tuple[datetime, datetime]:
    """The period a ``text_date`` phrase names, relative to the sandbox's clock (``NOW``)."""
    now = NOW.astimezone(zone)
    day = now.replace(hour=0, minute=0, second=0, microsecond=0)
    hour = now.replace(minute=0, second=0, microsecond=0)
    week = day - timedelta(days=day.weekday())
    month = day.replace(day=1)
    last_month = (month - timedelta(days=1)).replace(day=1)
    year = month.replace(month=1)
    words = " ".join(phrase.lower().split())
    fixed = {"this hour": (hour, now), "last hour": (hour - timedelta(hours=1), hour), "today": (day, now),
             "yesterday": (day - timedelta(days=1), day), "this week": (week, now),
             "last week": (week - timedelta(days=7), week), "this month": (month, now),
             "last month": (last_month, month), "this year": (year, now),
             "last year": (year.replace(year=year.year - 1), year)}
    if words in fixed:
        return fixed[words]
    parts = words.split()
    if len(parts) == 3 and parts[0] == "last" and parts[1].isdigit() and parts[2] in ("day", "days"):
        return day - timedelta(days=int(parts[1])), day
    raise BadQuery(f"text_date '{phrase}' is not a supported period")


def period(query: Any, zone: tzinfo, *, end_required: bool = False) -> tuple[datetime, datetime]:
    if query.get("text_date"):
        return text_period(query["text_date"], zone)
    start = parse_moment(query["start_date"], zone)
    if query.get("end_date"):
        end = parse_moment(query["end_date"], zone)
    elif end_required:
        raise BadQuery("end_date is required")
    else:
        end = NOW
    return start, max(start, end)  # a period that ends before it starts is empty


def in_window(times: Sequence[float], start: datetime, end: datetime) -> range:
    return range(bisect.bisect_left(times, start.timestamp()), bisect.bisect_left(times, end.timestamp()))


def conversion_filter(query: Any, zone: tzinfo) -> tuple[tuple[datetime, datetime] | None, Callable[[Conversion], bool]]:
    """The period on conversion time (None when the period applies to another date) and a predicate."""
    start, end = period(query, zone)
    date_type = (query.get("date_type") or "").lower()
    currencies = set(query.getlist("currency[]"))
    statuses = set(query.getlist("statuses[]"))
    campaigns = set(query.getlist("multipivot[campaign][]"))
    products = set(query.getlist("multipivot[product][]"))
    references = set(query.getlist("multipivot[publisher_reference][]"))
    invoiced = parse_moment(query["invoice_created_date"], zone) if query.get("invoice_created_date") else None
    lo, hi = start.timestamp(), end.timestamp()

    def keep(c: Conversion) -> bool:
        if date_type in ("last_updated", "last_modified") and not lo <= c.last_modified.timestamp() < hi:
            return False
        if date_type == "approved_at" and not (c.approved_at and lo <= c.approved_at.timestamp() < hi):
            return False
        if invoiced and not (c.approved_at and c.approved_at + timedelta(days=1) >= invoiced):
            return False
        return ((not currencies or c.currency in currencies) and (not statuses or c.status in statuses)
                and (not campaigns or c.campaign.campaign_id in campaigns)
                and (not products or any(i.sku in products for i in c.items))
                and (not references or c.click.publisher_reference in references))

    by_time = date_type not in ("last_updated", "last_modified", "approved_at")
    return ((start, end) if by_time else None), keep


class ConversionQueries:
    """Matching conversion positions and totals per query, kept for the pages that follow (small LRU)."""

    def __init__(self, data: ReportsData, size: int = 32) -> None:
        self.data = data
        self.size = size
        self._cache: OrderedDict[tuple[Any, ...], tuple[list[int], dict[str, dict[str, float]]]] = OrderedDict()

    def run(self, query: Any, zone: tzinfo) -> tuple[list[int], dict[str, dict[str, float]]]:
        keys = ("start_date", "end_date", "text_date", "timezone", "date_type", "invoice_created_date")
        lists = ("currency[]", "statuses[]", "multipivot[campaign][]", "multipivot[product][]",
                 "multipivot[publisher_reference][]")
        key = tuple(query.get(k) for k in keys) + tuple(tuple(sorted(query.getlist(k))) for k in lists)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        window, keep = conversion_filter(query, zone)
        convs = self.data.conversions
        candidates = range(len(convs)) if window is None else in_window(self.data.conversion_times, *window)
        matches = [i for i in candidates if keep(convs[i])]
        totals: dict[str, dict[str, float]] = {"count": {}, "commission": {}, "value": {}}
        for i in matches:
            c = convs[i]
            totals["count"][c.currency] = totals["count"].get(c.currency, 0) + 1
            totals["commission"][c.currency] = round(totals["commission"].get(c.currency, 0) + c.publisher_commission, 4)
            totals["value"][c.currency] = round(totals["value"].get(c.currency, 0) + c.value, 2)
        self._cache[key] = (matches, totals)
        if len(self._cache) > self.size:
            self._cache.popitem(last=False)
        return matches, totals


def _link(request: Request, **changes: Any) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, str(v)) for k, v in changes.items() if v is not None]
    return f"{request.url.path}?{urlencode(params)}"


def _int(query: Any, name: str, default: int) -> int:
    return int(query[name]) if query.get(name) not in (None, "") else default


def render(request: Request, body: dict[str, Any], root: str) -> Response:
    if request.path_params.get("format") == "xml":
        return Response(to_xml(root, body), media_type="text/xml")
    return JSONResponse(body)


def to_xml(tag: str, value: Any) -> str:
    if isinstance(value, dict):
        inner = "".join(to_xml(k, v) for k, v in value.items())
    elif isinstance(value, list):
        singular = tag[:-1] if tag.endswith("s") else "item"
        inner = "".join(to_xml(singular, v) for v in value)
    elif value is None:
        return f"<{tag}/>"
    else:
        inner = escape(str(value).lower() if isinstance(value, bool) else str(value))
    return f"<{tag}>{inner}</{tag}>"


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    """Routes of the three reports over the store's seeded report data (built on first use)."""
    queries: dict[int, ConversionQueries] = {}

    def data() -> ReportsData:
        return reports_of(store)

    def partner_ok(publisher_id: str) -> bool:
        return publisher_id == store.publisher_id

    def not_found(publisher_id: str) -> Response:
        return v1_error(404, f"publisher not found for id '{publisher_id}'")

    async def conversions(request: Request) -> Response:
        started = time.perf_counter()
        pid = request.path_params["publisher_id"]
        if not partner_ok(pid):
            return not_found(pid)
        q = request.query_params
        ds = data()
        runner = queries.setdefault(id(ds), ConversionQueries(ds))
        try:
            zone = zone_of(q.get("timezone"))
            start, end = period(q, zone)
            matches, totals = runner.run(q, zone)
            limit = _int(q, "limit", MAX_CURSOR_PAGE)
            if q.get("cursor_id"):  # a cursor names the position of the next conversion in the whole data set
                pos = bisect.bisect_left(matches, int(q["cursor_id"]) - CURSOR_BASE)
            else:
                pos = _int(q, "offset", 0)
        except BadQuery as exc:
            return v1_error(400, str(exc))
        page = matches[pos:pos + limit]
        following = CURSOR_BASE + matches[pos + limit] if pos + limit < len(matches) else None
        payment = q.get("include_payment_info") == "true"
        body = {
            "total_conversion_count": totals["count"], "total_publisher_commission": totals["commission"],
            "total_value": totals["value"],
            "start_date_time_utc": v1_time(start.astimezone(UTC)),
            "end_date_time_utc": v1_time(end.astimezone(UTC)),
            "start_date_time": v1_time(start.astimezone(zone)), "end_date_time": v1_time(end.astimezone(zone)),
            "limit": limit, "meta_data": [], "count": len(matches), "cursor_id": following,
            "execution_time": f"{time.perf_counter() - started:.5f} seconds",
            "conversions": [{"conversion_data": conversion_json(ds, ds.conversions[i], zone, payment)} for i in page],
            "hypermedia": {"pagination": {
                "first_page": _link(request, cursor_id=None, offset=None, limit=limit),
                "next_page": _link(request, cursor_id=following, offset=None, limit=limit) if following else None}},
        }
        return render(request, body, "report")

    async def clicks(request: Request) -> Response:
        started = time.perf_counter()
        pid = request.path_params["publisher_id"]
        if not partner_ok(pid):
            return not_found(pid)
        q = request.query_params
        ds = data()
        try:
            zone = zone_of(q.get("timezone"))
            start, end = period(q, zone)
        except BadQuery as exc:
            return v1_error(400, str(exc))
        campaigns = set(q.getlist("multipivot[campaign][]"))
        references = set(q.getlist("multipivot[publisher_reference][]"))
        window = in_window(ds.click_times, start, end)
        selected: list[Click] = [ds.clicks[i] for i in window if _click_kept(ds.clicks[i], campaigns, references)]
        offset, limit = _int(q, "offset", 0), _int(q, "limit", MAX_CURSOR_PAGE)
        body = {
            "unique_click_count": sum(1 for c in selected if c.unique),
            "start_date_time_utc": v1_time(start.astimezone(UTC)),
            "end_date_time_utc": v1_time(end.astimezone(UTC)),
            "start_date_time": v1_time(start.astimezone(zone)), "end_date_time": v1_time(end.astimezone(zone)),
            "limit": limit, "offset": offset, "count": len(selected),
            "execution_time": f"{time.perf_counter() - started:.5f} seconds",
            "clicks": [{"click": click_report_json(ds, c, zone)} for c in selected[offset:offset + limit]],
            "hypermedia": {"pagination": pagination(request, offset, limit, len(selected))},
        }
        return render(request, body, "report")

    async def payable(request: Request) -> Response:
        started = time.perf_counter()
        pid = request.path_params["publisher_id"]
        if not partner_ok(pid):
            return not_found(pid)
        ds = data()
        items = [i for i in ds.items if i.conversion and i.conversion.payable]
        totals: dict[str, dict[str, float]] = {"count": {}, "commission": {}, "value": {}, "publisher": {}}
        for conv in {id(i.conversion): i.conversion for i in items}.values():
            if conv:
                totals["count"][conv.currency] = totals["count"].get(conv.currency, 0) + 1
        for i in items:
            cur = i.conversion.currency if i.conversion else "USD"
            for key, amount in (("commission", i.commission), ("value", i.value), ("publisher", i.publisher_commission)):
                totals[key][cur] = round(totals[key].get(cur, 0) + amount, 4)
        offset, limit = _int(request.query_params, "offset", 0), _int(request.query_params, "limit", MAX_CURSOR_PAGE)
        return JSONResponse({
            "offset": offset, "limit": limit, "count": len(items),
            "total_conversion_count": totals["count"], "total_commission_value": totals["commission"],
            "total_value": totals["value"], "total_publisher_commission_value": totals["publisher"],
            "execution_time": f"{time.perf_counter() - started:.5f} seconds",
            "conversion_items": [payable_item_json(i) for i in items[offset:offset + limit]],
            "hypermedia": {"pagination": pagination(request, offset, limit, len(items))},
        })

    base = "/reporting/report_publisher/publisher/{publisher_id}"
    return [Route(base + "/conversion.{format}", conversions, methods=["GET"]),
            Route(base + "/click.{format}", clicks, methods=["GET"]),
            Route(base + "/payable", payable, methods=["GET"])]


def _click_kept(click: Click, campaigns: set[str], references: set[str]) -> bool:
    return (not campaigns or click.campaign.campaign_id in campaigns) and (
        not references or click.publisher_reference in references)
