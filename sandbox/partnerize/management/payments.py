"""Self-bills, payment details, available commission, balance summary and tracking links
(operations #35-#44)."""

from __future__ import annotations

import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ..conventions import (
    bad_request,
    endpoint,
    json_object,
    not_found,
    v1_response,
    v2_response,
)
from ..paging import paginate
from ..store import PartnerizeStore
from .common import PublisherCheck, check_fields, require, wrap

LINK_FIELDS = {"campaign_id": str, "description": (str, type(None)), "destination_url": (str, type(None)),
               "params": list, "active": bool}


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    s = store
    publisher = PublisherCheck(s)

    # #35, #36 self-bills
    @endpoint
    async def list_self_bills(request: Request) -> Response:
        publisher(request)
        q = request.query_params
        chosen = list(s.self_bills.values())
        ranges = (("start_date", "creation_date", True), ("end_date", "creation_date", False),
                  ("payment_start_date", "payment_date", True), ("payment_end_date", "payment_date", False))
        for param, field, lower in ranges:
            bound = q.get(param)
            if bound:
                chosen = [b for b in chosen if b[field] is not None and (b[field] >= bound if lower else b[field] <= bound)]
        for param, field in (("currency", "tracked_currency"), ("status", "status"), ("paid_currency", "paid_currency"),
                             ("selfbill_currency", "selfbill_currency")):
            if q.get(param):
                chosen = [b for b in chosen if b[field] == q[param]]
        order = q.get("order") or "creation_date"
        direction = "DESC" if (q.get("order_dir") or "").upper() == "DESC" else "ASC"
        chosen.sort(key=lambda b: (b.get(order) is None, str(b.get(order, ""))), reverse=direction == "DESC")
        page, meta = paginate(request, chosen)
        return v1_response({**meta, "selfbills": wrap("selfbill", page)})

    @endpoint
    async def get_self_bill(request: Request) -> Response:
        publisher(request)
        sid = request.path_params["publisher_self_bill_id"]
        if sid not in s.self_bills:
            raise not_found("selfbill", sid)
        return v1_response({"selfbill": s.self_bills[sid]})

    # #37-#40 payment details, available commission, balance summary
    @endpoint
    async def list_payment_details(request: Request) -> Response:
        publisher(request)
        return v1_response({"payment_details": s.payment_details or []})

    @endpoint
    async def create_payment_details(request: Request) -> Response:
        publisher(request)
        body = await json_object(request)
        given = body.get("payment_details")
        sets = list(given.values()) if isinstance(given, dict) else given
        if not isinstance(sets, list) or not sets or not all(isinstance(x, dict) for x in sets):
            raise bad_request("payment_details", "payment_details: must hold at least one payment-detail set")
        for n, item in enumerate(sets):
            values = item.get("payment_detail_values", {})
            if not isinstance(values, dict):
                raise bad_request("payment_detail_values", f"payment_details[{n}].payment_detail_values: not an object")
            tracked = item.get("tracked_currency", [])
            if not isinstance(tracked, list) or not all(isinstance(c, str) for c in tracked):
                raise bad_request("tracked_currency", f"payment_details[{n}].tracked_currency: not an array of strings")
        created = {}
        for item in sets:
            set_id = s.next_id("1011l")
            entry: dict[str, Any] = {"publisher_payment_detail_set_id": set_id, "country": None, "paid_currency": None,
                     "tracked_currency": [], "payment_type_code": None, "payment_type_name": None,
                     "automatic_self_bill_creation_date": "-1", "automatic_self_bill_creation_threshold": "-1",
                     "suspended": "n", "suspended_at": None, "suspended_by": None, "suspension_notes": None,
                     "payment_detail_values": {}}
            entry.update({k: v for k, v in item.items() if k in entry and k != "publisher_payment_detail_set_id"})
            s.payment_details[set_id] = entry
            created[set_id] = entry
        return v1_response({"payment_details": created})

    @endpoint
    async def get_available_commission(request: Request) -> Response:
        publisher(request)
        return v1_response({"available_commissions": {"available_commission": s.available_commission()}})

    @endpoint
    async def get_balance_summary(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        return v1_response({"execution_time": f"{time.perf_counter() - started:.5f} seconds",
                            "summary": s.balance_summary()})

    # #41-#44 tracking links
    def link_fields(body: dict[str, Any]) -> dict[str, Any]:
        fields = check_fields(body, LINK_FIELDS, "")
        for n, pair in enumerate(fields.get("params", [])):
            if not isinstance(pair, dict) or not isinstance(pair.get("key"), str) or not pair["key"] \
                    or not isinstance(pair.get("value", ""), (str, type(None))):
                raise bad_request("params", f"params[{n}]: must be an object with a non-empty string 'key'")
        if "campaign_id" in fields:
            if not fields["campaign_id"]:
                raise bad_request("campaign_id", "campaign_id: must not be empty")
            s.joined(fields["campaign_id"])
        return fields

    @endpoint
    async def list_tracking_links(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        page, meta = paginate(request, list(s.links.values()), default_limit=200)
        return v2_response({"limit": meta["limit"], "offset": meta["offset"], "links": page,
                            "hypermedia": meta["hypermedia"]}, started, count=meta["count"])

    @endpoint
    async def create_tracking_link(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        body = await json_object(request)
        require(body, ("campaign_id",), "")
        fields = link_fields(body)
        lid = s.next_id("1011l")
        link = {"id": lid, "campaign_id": fields["campaign_id"], "description": None, "destination_url": None,
                "params": [], "active": True}
        link.update(fields)
        link["params"] = [{"key": p["key"], "value": p.get("value")} for p in link["params"]]
        s.links[lid] = link
        return v2_response({"link": link}, started)

    def find_link(request: Request) -> dict[str, Any]:
        publisher(request)
        lid = request.path_params["link_id"]
        if lid not in s.links:
            raise not_found("link", lid)
        return s.links[lid]

    @endpoint
    async def get_tracking_link(request: Request) -> Response:
        started = time.perf_counter()
        return v2_response({"link": find_link(request)}, started)

    @endpoint
    async def update_tracking_link(request: Request) -> Response:
        started = time.perf_counter()
        link = find_link(request)
        fields = link_fields(await json_object(request))
        if "params" in fields:
            fields["params"] = [{"key": p["key"], "value": p.get("value")} for p in fields["params"]]
        link.update(fields)
        return v2_response({"link": link}, started)

    pub = "/user/publisher/{publisher_id}"
    return [
        Route(f"{pub}/selfbill", list_self_bills, methods=["GET"]),
        Route(f"{pub}/selfbill/{{publisher_self_bill_id}}", get_self_bill, methods=["GET"]),
        Route(f"{pub}/payment_detail", list_payment_details, methods=["GET"]),
        Route(f"{pub}/payment_detail", create_payment_details, methods=["POST"]),
        Route(f"{pub}/available_commission", get_available_commission, methods=["GET"]),
        Route(f"{pub}/payment/summary", get_balance_summary, methods=["GET"]),
        Route("/v2/publishers/{publisher_id}/links", list_tracking_links, methods=["GET"]),
        Route("/v2/publishers/{publisher_id}/links", create_tracking_link, methods=["POST"]),
        Route("/v2/publishers/{publisher_id}/links/{link_id}", get_tracking_link, methods=["GET"]),
        Route("/v2/publishers/{publisher_id}/links/{link_id}", update_tracking_link, methods=["PATCH"]),
    ]
