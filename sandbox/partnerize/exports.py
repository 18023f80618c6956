"""v1 CSV exports of clicks, conversions and conversion items, streamed row by row.

An export of up to ``SYNC_MAX_ROWS`` rows is answered with the CSV itself (``application/octet-stream``); a
bigger one, or one asking for everything with ``limit=0``, is answered with a v1 job (JSON) whose output is
the same CSV once the job completes (see ``jobs``).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from .jobs import job_reply, jobs_of
from .reporting import BadQuery, conversion_filter, in_window, period, zone_of
from .reports_data import Click, Conversion, Item, ReportsData, reports_of, v1_time
from .reports_views import v1_error

if TYPE_CHECKING:
    from .store import PartnerizeStore



def _columns(header: str) -> list[str]:
    return header.split(",")


SYNC_MAX_ROWS = 5_000
CHUNK_ROWS = 500
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", ",": ",", ";": ";", "|": "|"}
CLICK_COLUMNS = _columns("click_id,cookie_id,campaign_id,publisher_id,status,set_time,set_ip,last_used,last_ip,"
                 "advertiser_reference,referer,creative_id,creative_type,specific_creative_id,country,"
                 "publisher_name")
CONVERSION_BASE = _columns("conversion_id,campaign_id,publisher_id,conversion_date,conversion_date_time,click_time,"
                   "click_date,click_date_time,currency,advertiser_reference,conversion_reference,referer_ip,"
                   "source_referer,campaign_title,publisher_name,conversion_status,conversion_lag,value,commission,"
                   "publisher_commission,creative_type,creative_id,specific_creative_id,customer_type,was_disputed,"
                   "cookie_id,country,currency_original,currency_conversion_rate")
CONVERSION_COLUMNS = [*CONVERSION_BASE, "customer_reference", "camref"]
ITEM_COLUMNS = [*CONVERSION_BASE, *_columns("conversion_item_id,sku,category,item_value,item_commission,"
                                    "item_publisher_commission,item_status,item_status_id,reject_reason,last_update,"
                                    "voucher_codes,customer_reference,camref,invoice_id,meta_item_voucher")]
PAYMENT_COLUMNS = ["payment_status", "self_bill_request_date", "self_bill_release_date"]


def _click_row(data: ReportsData, c: Click, zone: tzinfo) -> list[Any]:
    return [c.click_id, f"111111l{c.idx + 2136}", c.campaign.campaign_id, data.publisher_id,
            "converted" if c.converted else "nibbled", v1_time(c.set_time.astimezone(zone)), c.ip,
            v1_time(c.last_used.astimezone(zone)), c.ip, "", "", 0, 0, 0, c.country, data.publisher_name]


def _conversion_row(data: ReportsData, c: Conversion, zone: tzinfo) -> list[Any]:
    at, clicked = c.time.astimezone(zone), c.click.set_time.astimezone(zone)
    return [c.conversion_id, c.campaign.campaign_id, data.publisher_id, at.date().isoformat(), v1_time(at),
            clicked.strftime("%H:%M:%S"), clicked.date().isoformat(), v1_time(clicked), c.currency,
            c.advertiser_reference, c.conversion_reference, c.click.ip, "", c.campaign.title, data.publisher_name,
            c.status, int((c.time - c.click.set_time).total_seconds()), c.value, c.commission,
            c.publisher_commission, 0, 0, 0, c.customer_type or "", "y" if c.was_disputed else "",
            f"111111l{c.click.idx + 2136}", c.click.country, "", ""]


def _camref(c: Conversion) -> str:
    return f"1l3v{c.campaign.campaign_id.split('l')[-1]}"


def _item_row(data: ReportsData, i: Item, zone: tzinfo, payment: bool) -> list[Any]:
    c = i.conversion
    assert c is not None
    row = [*_conversion_row(data, c, zone), i.item_id, i.sku, i.category, i.value, i.commission,
           i.publisher_commission, i.status, {"pending": 1, "approved": 2, "rejected": 3}[i.status],
           "Order cancelled" if i.status == "rejected" else "", v1_time(c.last_modified.astimezone(zone)),
           i.voucher_code or "", c.customer_reference, _camref(c), "", i.voucher_code or ""]
    if payment:
        row += ["paid" if c.payable else "unpaid", v1_time(c.approved_at) if c.payable and c.approved_at else "", ""]
    return row


def csv_chunks(header: Sequence[str], rows: Iterable[list[Any]], delimiter: str, encoding: str) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
        if n % CHUNK_ROWS == 0:
            yield buffer.getvalue().encode(encoding, errors="replace")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode(encoding, errors="replace")


def _options(q: Any) -> tuple[str, str, int | None]:
    """Delimiter, encoding and row limit; unknown delimiter names fall back to a comma (a single character is
    used as given) and unknown encodings to UTF-8."""
    name = q.get("delimiter") or "comma"
    delimiter = DELIMITERS.get(name.lower(), name if len(name) == 1 and name not in "\"\r\n" else ",")
    encoding = q.get("encoding") or "UTF-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "UTF-8"
    limit = int(q["limit"]) if q.get("limit") not in (None, "") else None
    return delimiter, encoding, limit


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    """The three CSV exports over the store's report data; big ones become jobs of the store's job registry."""
    jobs = jobs_of(store)

    def data() -> ReportsData:
        return reports_of(store)

    def partner_ok(publisher_id: str) -> bool:
        return publisher_id == store.publisher_id

    def export(kind: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            q = request.query_params
            if not partner_ok(q["publisher_id"]):
                return v1_error(404, f"publisher not found for id '{q['publisher_id']}'")
            ds = data()
            try:
                zone = zone_of(q.get("timezone"))
                delimiter, encoding, limit = _options(q)
                header, records, to_row = _selection(ds, kind, q, zone)
            except BadQuery as exc:
                return v1_error(400, str(exc))
            if limit:
                records = records[:limit]

            def output() -> Iterator[bytes]:
                return csv_chunks(header, (to_row(r) for r in records), delimiter, encoding)

            if limit == 0 or len(records) > SYNC_MAX_ROWS:
                job = jobs.create(f"reporting/export/export/{kind}.csv", q.get("export_reference"), output)
                return job_reply(job)
            name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{q.get('export_reference') or ''}{kind}.csv")
            charset = codecs.lookup(encoding).name
            return StreamingResponse(output(), media_type=f"application/octet-stream; charset={charset}",
                                     headers={"Content-Disposition": f'attachment; filename="{name}"'})
        return endpoint

    return [Route(f"/reporting/export/export/{kind}.csv", export(kind), methods=["GET"])
            for kind in ("click", "conversion", "conversion_item")]


def _selection(ds: ReportsData, kind: str, q: Any, zone: tzinfo) -> tuple[list[str], list[Any], Callable[[Any], list[Any]]]:
    if kind == "click":
        start, end = period(q, zone, end_required=True)
        clicks = [ds.clicks[i] for i in in_window(ds.click_times, start, end)]
        return CLICK_COLUMNS, clicks, lambda c: _click_row(ds, c, zone)
    window, keep = conversion_filter(q, zone)
    wanted_id, wanted_ref = q.get("conversion_id"), q.get("conversion_reference")
    metrics = set(q.getlist("ref_conversion_metric_id"))
    candidates = range(len(ds.conversions)) if window is None else in_window(ds.conversion_times, *window)
    convs = [c for c in (ds.conversions[i] for i in candidates) if keep(c)
             and (not wanted_id or c.conversion_id == wanted_id)
             and (not wanted_ref or c.conversion_reference == wanted_ref)
             and (not metrics or str(c.conversion_metric_id) in metrics)]
    if kind == "conversion":
        return CONVERSION_COLUMNS, convs, lambda c: [*_conversion_row(ds, c, zone), c.customer_reference, _camref(c)]
    payment = q.get("include_payment_info") == "true"
    items = [i for c in convs for i in c.items]
    return ([*ITEM_COLUMNS, *(PAYMENT_COLUMNS if payment else [])], items,
            lambda i: _item_row(ds, i, zone, payment))
