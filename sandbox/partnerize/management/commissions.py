"""Commissions and commission groups (operations #25-#31)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ..conventions import (
    bad_request,
    endpoint,
    v1_response,
    v2_response,
)
from ..store import NOW, PartnerizeStore
from .common import PublisherCheck


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    s = store
    publisher = PublisherCheck(s)

    # #25-#30 commissions
    def commission_set(request: Request) -> dict[str, Any]:
        publisher(request, "publisherId")
        return s.commissions[s.joined(request.path_params["campaignId"])["campaign_id"]]

    def v2_list(key: str, kind: str) -> Callable[[Request], Any]:
        @endpoint
        async def handler(request: Request) -> Response:
            started = time.perf_counter()
            items = commission_set(request)[kind]
            return v2_response({key: items}, started, count=len(items))

        handler.__name__ = f"list_{kind}_commissions"
        return handler

    @endpoint
    async def get_default_commission(request: Request) -> Response:
        started = time.perf_counter()
        return v2_response(commission_set(request)["default"], started)

    @endpoint
    async def list_active_commissions(request: Request) -> Response:
        started = time.perf_counter()
        commissions = commission_set(request)
        raw = request.query_params.get("at")
        try:
            at = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00")) if raw else NOW
        except ValueError:  # valid RFC 3339 that Python cannot read (e.g. a leap second): evaluate now
            at = NOW
        if at.tzinfo is None:
            raise bad_request("at", f"at: {raw!r} is not a 'date-time' with a time zone")

        def in_force(item: dict[str, Any]) -> bool:
            start = datetime.fromisoformat(item["start_date"])
            end = datetime.fromisoformat(item["end_date"]) if item.get("end_date") else None
            return start <= at and (end is None or at < end)

        default = commissions["default"]
        active = [{"id": "default", "type": "default", "description": default["description"],
                   "start_date": commissions["start"].isoformat(), "end_date": None,
                   "commission_based_on_field": None, "status": "ACTIVE", "meta_fields": [],
                   "rates": [{"id": default["publishers"]["id"], "scope": "publisher",
                              "name": default["publishers"]["name"],
                              "performance_value": float(default["publishers"]["performance_value"]),
                              "performance_model": default["performance_model"], "cookie_period": None}]}]
        if commissions["start"] > at:
            active = []
        for kind, label in (("standard", "standard"), ("voucher", "voucher"), ("promotion", "promotion")):
            for item in commissions[kind]:
                if not in_force(item):
                    continue
                metas = [{"name": m["name"], "values": m.get("values") or ([m["value"]] if m.get("value") else [])}
                         for m in item["meta_fields"]]
                active.append({"id": item["id"], "type": label, "description": item["description"],
                               "start_date": item["start_date"], "end_date": item["end_date"],
                               "commission_based_on_field": item.get("commission_based_on_field"),
                               "status": item["status"], "meta_fields": metas,
                               "rates": [{"id": item["id"], "scope": "publisher", "name": s.publisher_name,
                                          "performance_value": item["performance_value"],
                                          "performance_model": item["performance_model"],
                                          "cookie_period": item.get("cookie_period")}]})
        return v2_response({"active_commissions": active}, started, count=len(active))

    # #31 commission groups
    @endpoint
    async def list_commission_groups(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request, "publisherId")
        return v1_response({"count": len(s.commission_groups),
                            "execution_time": f"{time.perf_counter() - started:.5f} seconds",
                            "commission_groups": s.commission_groups})

    commission_base = "/v2/campaigns/{campaignId}/publishers/{publisherId}/commissions"
    return [
        Route(f"{commission_base}/default", get_default_commission, methods=["GET"]),
        Route(f"{commission_base}/campaign", v2_list("commissions", "standard"), methods=["GET"]),
        Route(f"{commission_base}/active", list_active_commissions, methods=["GET"]),
        Route(f"{commission_base}/voucher", v2_list("voucher_commissions", "voucher"), methods=["GET"]),
        Route(f"{commission_base}/promotion", v2_list("promotions", "promotion"), methods=["GET"]),
        Route(f"{commission_base}/tier", v2_list("tiers", "tier"), methods=["GET"]),
        Route("/user/publisher/{publisherId}/commission_group", list_commission_groups, methods=["GET"]),
    ]
