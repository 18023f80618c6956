"""The arithmetic behind the Analytics API: selecting records by date-time ranges and filters, grouping them
by dimensions or time buckets, and computing metrics. Pure functions over :class:`ReportsData`.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from .reports_data import (
    CONVERSION_METRICS,
    CONVERSION_TYPES,
    DEVICES,
    PARTNERSHIP_MODELS,
    TO_USD,
    TRAFFIC_SOURCES,
    USER_CONTEXTS,
    Click,
    Conversion,
    Impression,
    Item,
    ReportsData,
    rolling_moment,
)

Getter = Callable[[Any], Any]
MAX_BUCKETS = 10_000


class QueryError(ValueError):
    """A query the engine cannot answer; ``prop`` names the request attribute at fault."""

    def __init__(self, prop: str, message: str) -> None:
        super().__init__(message)
        self.prop = prop


def _conversion(item: Item) -> Conversion:
    """The conversion an item belongs to (set on every item when the data set is built)."""
    conv = item.conversion
    assert conv is not None, f"item {item.item_id} is not linked to its conversion"
    return conv


def _origin(rec: Any) -> Any:
    """The click-like record carrying the traffic dimensions (the click behind an item)."""
    return _conversion(rec).click if isinstance(rec, Item) else rec


def _traffic_fields(ds: ReportsData) -> dict[str, Getter]:
    o = _origin
    return {
        "advertiser_reference": lambda r: _conversion(r).advertiser_reference if isinstance(r, Item) else "",
        "browser_family": lambda r: o(r).browser[0], "browser_major": lambda r: o(r).browser[1],
        "browser_minor": lambda r: o(r).browser[2], "browser_patch": lambda r: o(r).browser[3],
        "campaign_id": lambda r: o(r).campaign.campaign_id, "campaign_name": lambda r: o(r).campaign.title,
        "country": lambda r: o(r).country, "creative_id": lambda r: "0", "creative_name": lambda r: "Default creative",
        "device_id": lambda r: str(o(r).device_id), "device_name": lambda r: DEVICES[o(r).device_id],
        "os_family": lambda r: o(r).os[0], "os_major": lambda r: o(r).os[1], "os_minor": lambda r: o(r).os[2],
        "os_patch": lambda r: o(r).os[3], "partner_id": lambda r: ds.publisher_id,
        "partner_name": lambda r: ds.publisher_name, "publisher_reference": lambda r: o(r).publisher_reference,
        "partnership_model_id": lambda r: str(o(r).partnership_model_id),
        "partnership_model_name": lambda r: PARTNERSHIP_MODELS[o(r).partnership_model_id],
        "traffic_source_id": lambda r: str(o(r).traffic_source_id),
        "traffic_source_name": lambda r: TRAFFIC_SOURCES[o(r).traffic_source_id],
        "type": lambda r: "standard",
        "user_context_id": lambda r: str(o(r).user_context_id),
        "user_context_name": lambda r: USER_CONTEXTS[o(r).user_context_id],
    }


def fields(source: str, ds: ReportsData) -> dict[str, Getter]:
    """Every field of a data source's records, by the name results and filters use."""
    out = _traffic_fields(ds)
    if source == "conversions":
        out.update({
            "category": lambda i: i.category, "conversion_reference": lambda i: i.conversion.conversion_reference,
            "conversion_metric_id": lambda i: str(i.conversion.conversion_metric_id),
            "conversion_metric_name": lambda i: CONVERSION_METRICS[i.conversion.conversion_metric_id],
            "conversion_status": lambda i: i.conversion.status,
            "conversion_type_id": lambda i: str(i.conversion.conversion_type_id),
            "conversion_type_name": lambda i: CONVERSION_TYPES[i.conversion.conversion_type_id],
            "currency": lambda i: i.conversion.currency, "customer_type": lambda i: i.conversion.customer_type,
            "sku": lambda i: i.sku, "voucher_code": lambda i: i.voucher_code,
            "voucher_status": lambda i: "valid" if i.voucher_code else None,
        })
    elif source == "impressions":
        out.pop("type")
    return out


ID_NAME = {"campaign", "conversion_metric", "conversion_type", "device", "partnership_model", "traffic_source",
           "user_context", "creative", "partner"}


def return_properties(dimension: str) -> list[str]:
    return [f"{dimension}_id", f"{dimension}_name"] if dimension in ID_NAME else [dimension]


def records(source: str, ds: ReportsData) -> tuple[Sequence[Any], Sequence[float], Callable[[Any], datetime]]:
    if source == "clicks":
        return ds.clicks, ds.click_times, lambda c: c.set_time
    if source == "conversions":
        return ds.items, ds.item_times, lambda i: i.conversion.time
    return ds.impressions, ds.impression_times, lambda m: m.time


# --- dates ---------------------------------------------------------------------------------------------------

def parse_local(text: str, zone: tzinfo, prop: str) -> datetime:
    """A request date-time; any offset in it is ignored, the ``timezone`` property decides (as documented)."""
    parsed = rolling_moment(text)
    if parsed is None:
        raise QueryError(prop, f"'{text}' is not a valid date-time")
    return parsed[0].replace(tzinfo=zone)


def ranges(items: Iterable[dict[str, str]], zone: tzinfo, prop: str) -> list[tuple[datetime, datetime]]:
    out = []
    for n, r in enumerate(items):
        start, end = parse_local(r["start"], zone, f"{prop}][{n}][start"), parse_local(r["end"], zone, f"{prop}][{n}][end")
        out.append((start, max(start, end)))  # a range that ends before it starts is empty
    return out


_PERIOD = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def parse_period(text: str) -> tuple[int, timedelta]:
    """An ISO 8601 duration as (months, timedelta)."""
    m = _PERIOD.fullmatch(text)
    if not m or text in ("P", "PT"):
        raise QueryError("interval][period", f"'{text}' is not an ISO 8601 duration")
    y, mo, w, d, h, mi, s = (int(g or 0) for g in m.groups())
    months, delta = 12 * y + mo, timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)
    if not months and not delta:
        raise QueryError("interval][period", f"'{text}' is an empty duration")
    return months, delta


def _add_months(moment: datetime, months: int) -> datetime:
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def _align(moment: datetime, months: int, delta: timedelta) -> datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if months:
        return day.replace(day=1, month=1) if months % 12 == 0 else day.replace(day=1)
    if delta.days and delta.days % 7 == 0:
        return day - timedelta(days=day.weekday())
    if delta >= timedelta(days=1):
        return day
    if delta >= timedelta(hours=1):
        return moment.replace(minute=0, second=0, microsecond=0)
    return moment.replace(second=0, microsecond=0)


def buckets(start: datetime, end: datetime, period: str) -> list[datetime]:
    """Bucket boundaries covering ``[start, end)``: b0 <= start < b1 < ... < bn, bn >= end."""
    months, delta = parse_period(period)
    edges = [_align(start, months, delta)]
    while (edges[-1] < end or len(edges) == 1) and len(edges) <= MAX_BUCKETS:  # the sandbox stops at MAX_BUCKETS
        try:
            edges.append(_add_months(edges[-1], months) + delta if months else edges[-1] + delta)
        except (OverflowError, ValueError):
            edges.append(end + timedelta(seconds=1))
    return edges


# --- selection and metrics -----------------------------------------------------------------------------------

def _match(actual: Any, operator: str, wanted: Any) -> bool:
    a, w = ("" if actual is None else str(actual)), str(wanted)
    if operator == "STARTS_WITH":
        return a.startswith(w)
    if operator == "ENDS_WITH":
        return a.endswith(w)
    if operator == "CONTAINS":
        return w in a
    if operator == "SEARCH":
        return w.lower() in a.lower()
    return a == w


def _absent(rec: Any) -> None:
    return None


def predicate(filters: Sequence[dict[str, Any]], known: dict[str, Getter]) -> Callable[[Any], bool]:
    checks: list[tuple[Getter, str, list[Any], bool]] = []
    for f in filters:  # a field the data source does not have is absent (None) on every record
        name = f["field"] if f["field"] in known else f"{f['field']}_id"
        values = f["value"] if isinstance(f["value"], list) else [f["value"]]
        checks.append((known.get(name, _absent), f.get("operator", "EQUALS"), values, bool(f.get("not"))))

    def keep(rec: Any) -> bool:
        return all(any(_match(get(rec), op, v) for v in values) != negate for get, op, values, negate in checks)
    return keep


def select(source: str, ds: ReportsData, spans: Sequence[tuple[datetime, datetime]],
           keep: Callable[[Any], bool]) -> list[Any]:
    recs, times, _ = records(source, ds)
    out: list[Any] = []
    seen: set[int] = set()
    for start, end in spans:
        lo, hi = bisect.bisect_left(times, start.timestamp()), bisect.bisect_right(times, end.timestamp())
        out += [recs[i] for i in range(lo, hi) if i not in seen and keep(recs[i])]
        seen.update(range(lo, hi))
    return out


class Totals:
    """Running sums for one group."""

    __slots__ = ("commission", "conversions", "converted", "impressions", "n", "rejected", "unique", "value")

    def __init__(self) -> None:
        self.n = self.converted = self.unique = self.impressions = 0
        self.conversions: set[int] = set()
        self.rejected: set[int] = set()
        self.value = self.commission = 0.0

    def add(self, rec: Any, rate: Callable[[str], float]) -> None:
        self.n += 1
        if isinstance(rec, Click):
            self.converted += rec.converted
            self.unique += rec.unique
        elif isinstance(rec, Impression):
            self.impressions += rec.count
        elif isinstance(rec, Item) and rec.conversion:
            conv = rec.conversion
            self.conversions.add(conv.idx)
            if conv.status == "rejected":
                self.rejected.add(conv.idx)
            factor = rate(conv.currency)
            self.value += rec.value * factor
            self.commission += rec.publisher_commission * factor


def _ratio(a: float, b: float, scale: float = 1.0) -> float:
    return round(a / b * scale, 4) if b else 0.0


METRICS: dict[str, Callable[[Totals, float], float]] = {
    "total_clicks": lambda t, g: t.n, "total_clicks_converted": lambda t, g: t.converted,
    "click_conversion_rate": lambda t, g: _ratio(t.converted, t.n, 100), "total_unique_clicks": lambda t, g: t.unique,
    "total_impressions": lambda t, g: t.impressions,
    "total_conversion_items": lambda t, g: t.n, "total_conversions": lambda t, g: len(t.conversions),
    "total_partner_commission": lambda t, g: round(t.commission, 4), "total_order_value": lambda t, g: round(t.value, 4),
    "average_order_value": lambda t, g: _ratio(t.value, len(t.conversions)),
    "average_order_size": lambda t, g: _ratio(t.n, len(t.conversions)),
    "average_partner_commission": lambda t, g: _ratio(t.commission, len(t.conversions)),
    "percentage_partner_commission": lambda t, g: _ratio(t.commission, t.value, 100),
    "percentage_average_partner_commission": lambda t, g: _ratio(t.commission, t.value, 100),
    "conversion_rejection_rate": lambda t, g: _ratio(len(t.rejected), len(t.conversions), 100),
    "percentage_order_value": lambda t, g: _ratio(t.value, g, 100),
}


def rate_to(currency: str) -> Callable[[str], float]:
    """Conversion factors into ``currency`` (the sandbox treats currencies it has no rate for as USD)."""
    target = TO_USD.get(currency.upper(), 1.0)
    return lambda source: TO_USD.get(source, 1.0) / target


def metric_values(totals: Totals, metrics: Iterable[str], grand_value: float) -> dict[str, float]:
    return {m: METRICS[m](totals, grand_value) for m in metrics if m in METRICS}


def total(recs: Iterable[Any], rate: Callable[[str], float]) -> Totals:
    t = Totals()
    for r in recs:
        t.add(r, rate)
    return t
