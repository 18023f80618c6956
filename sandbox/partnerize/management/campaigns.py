"""Campaigns, invitations and campaign requests, creatives, feeds, terms and voucher codes
(operations #13-#24)."""

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
from .common import PublisherCheck, batch_items, require, wrap, yes_no_filter


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    s = store
    publisher = PublisherCheck(s)

    # #13, #14 campaigns
    def status_param(request: Request) -> str:
        status: str = request.path_params["status"]
        if status not in ("a", "p", "r"):
            raise bad_request("status", f"status: {status!r} is not one of ['a', 'p', 'r']")
        return status

    @endpoint
    async def list_campaigns(request: Request) -> Response:
        publisher(request)
        status = status_param(request)
        chosen = [s.campaign_view(cid) for cid, st in s.participation.items() if st == status]
        page, meta = paginate(request, chosen)
        return v1_response({**meta, "campaigns": wrap("campaign", page)})

    @endpoint
    async def request_campaign_access(request: Request) -> Response:
        publisher(request)
        status_param(request)
        items = batch_items(await json_object(request), "campaigns", single_allowed=False)
        for n, item in enumerate(items):
            require(item, ("campaign_id",), f"campaigns[{n}]: ")
            s.require_campaign(str(item["campaign_id"]))
        answered = []
        for item in items:
            cid = str(item["campaign_id"])
            if s.participation.get(cid) in (None, "r"):
                s.participation[cid] = "a" if s.campaigns[cid]["auto_approve_publisher"] == "y" else "p"
                s.invitations.pop(cid, None)
            answered.append(s.campaign_view(cid))
        return v1_response({"campaigns": wrap("campaign", answered)})

    # #15-#18 invitations and campaign requests
    @endpoint
    async def list_invitations(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        grouped: dict[str, dict[str, Any]] = {}
        for cid, invitation_id in s.invitations.items():
            campaign = s.campaigns[cid]
            brand = s.brands[campaign["advertiser_id"]]
            entry = grouped.setdefault(brand["id"], {"address": brand["address"], "id": brand["id"], "invitations": [],
                                                     "name": brand["name"], "network": brand["network"]})
            entry["invitations"].append({"campaign": {
                "currency": {"iso": campaign["default_currency"], "name": campaign["default_currency"], "symbol": ""},
                "id": cid, "title": campaign["title"],
                "vertical": {"id": str(campaign["vertical_id"]), "name": campaign["vertical_name"]}},
                "id": invitation_id})
        return v2_response({"advertisers": list(grouped.values())}, started, count=len(grouped))

    async def invited_ids(request: Request) -> list[str]:
        body = await json_object(request)
        ids = body.get("campaign_ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids):
            raise bad_request("campaign_ids", "campaign_ids: must be a non-empty array of campaign ids")
        for cid in ids:
            if cid not in s.invitations:
                raise not_found("invitation", cid)
        return ids

    @endpoint
    async def accept_invitations(request: Request) -> Response:
        publisher(request, "publisherId")
        for cid in await invited_ids(request):
            del s.invitations[cid]
            s.participation[cid] = "a"
        return Response(status_code=204)

    @endpoint
    async def decline_invitations(request: Request) -> Response:
        publisher(request, "publisherId")
        for cid in await invited_ids(request):
            del s.invitations[cid]
            s.participation[cid] = "r"
        return Response(status_code=204)

    @endpoint
    async def create_campaign_requests(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request, "publisherId")
        body = await json_object(request)
        items = batch_items(body, "campaign_requests", single_allowed=False)
        for n, item in enumerate(items):
            require(item, ("advertiser_id", "campaign_id"), f"campaign_requests[{n}]: ")
        success = failure = 0
        for item in items:
            cid, brand = str(item["campaign_id"]), str(item["advertiser_id"])
            campaign = s.campaigns.get(cid)
            if campaign is None or campaign["advertiser_id"] != brand or s.participation.get(cid) is not None:
                failure += 1
                continue
            s.participation[cid] = "p"
            s.invitations.pop(cid, None)
            success += 1
        return v1_response({"success_count": success, "failure_count": failure,
                            "execution_type": f"{time.perf_counter() - started:.5f} seconds"}, status=201)

    # #19, #20 creatives
    @endpoint
    async def list_creative_summaries(request: Request) -> Response:
        publisher(request)
        summaries = []
        for cid, st in s.participation.items():
            if st != "a":
                continue
            counts: dict[str, int] = {}
            for creative in s.creatives[cid]:
                name = {1: "Banner", 2: "Text Link", 3: "Email", 4: "HTML", 5: "Feed", 6: "HTML Form"}[
                    creative["creative_type_id"]]
                counts[name] = counts.get(name, 0) + 1
            summaries.append({"campaign_creative": {"campaign_id": cid, "creatives": counts}})
        return v1_response({"campaign_creatives": summaries})

    @endpoint
    async def list_campaign_creatives(request: Request) -> Response:
        publisher(request)
        cid = request.path_params["campaign_id"]
        s.joined(cid)
        active = yes_no_filter(request, "status")
        tags = request.query_params.get("tags")
        types = [t for raw in request.query_params.getlist("creative_type_id") for t in raw.split(",") if t]
        chosen = [c for c in s.creatives[cid]
                  if (active is None or c["active"] == active)
                  and (not tags or tags in c["tags"].split(","))
                  and (not types or str(c["creative_type_id"]) in types)]
        page, meta = paginate(request, chosen)
        return v1_response({**meta, "creatives": wrap("creative", page)})

    # #21 feeds
    @endpoint
    async def list_feeds(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        only = request.query_params.get("campaign_id")
        if only is not None:
            s.joined(only)
        active = yes_no_filter(request, "active")
        chosen = []
        for cid, st in s.participation.items():
            if st != "a" or (only is not None and cid != only):
                continue
            feeds = [f for f in s.feeds[cid]
                     if active is None or s.feed_active[f["campaign_feeds_id"]] == (active == "y")]
            chosen.append({"campaign": {"campaign_id": cid, "title": s.campaigns[cid]["title"], "feeds": feeds}})
        page, meta = paginate(request, chosen)
        return v1_response({**meta, "campaigns": page, "execution_time": f"{time.perf_counter() - started:.5f} seconds"})

    # #22, #23 terms
    @endpoint
    async def get_custom_terms(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        terms_id = request.path_params["custom_terms_id"]
        if terms_id not in s.custom_terms:
            raise not_found("custom terms", terms_id)
        return v1_response({"custom_terms": s.custom_terms[terms_id],
                            "execution_time": f"{time.perf_counter() - started:.5f} seconds"})

    @endpoint
    async def list_combined_terms(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request, "publisherId")
        raw_ids = request.query_params.getlist("campaigns")
        if not raw_ids:
            raise bad_request("campaigns", "campaigns: required query parameter is missing")
        ids = [c for raw in raw_ids for c in raw.split(",") if c]
        terms: list[dict[str, Any]] = [{"title": "Network terms",
                                        "content": "<p>Partners must follow the network's code of conduct.</p>"}]
        for cid in ids:
            campaign = s.require_campaign(cid)
            custom_id = campaign.get("campaign_custom_terms_and_conditions_id")
            if custom_id:
                text = s.custom_terms[custom_id][0]["terms"]
                document = {"object": "value", "document": {"object": "document", "data": {}, "nodes": [
                    {"object": "block", "type": "paragraph", "data": {}, "nodes": [
                        {"object": "text", "leaves": [{"object": "leaf", "text": text, "marks": []}]}]}]}}
                terms.append({"title": f"Partner custom terms for {campaign['title']}", "content": document})
            else:
                terms.append({"title": f"{campaign['title']} standard terms",
                              "content": f"<p>{campaign['terms']['en']['terms']}</p>"})
        return v2_response({"terms": terms}, started, count=len(terms))

    # #24 voucher codes
    @endpoint
    async def list_voucher_codes(request: Request) -> Response:
        publisher(request)
        cid = request.path_params["campaign_id"]
        s.joined(cid)
        page, meta = paginate(request, s.vouchers[cid])
        return v1_response({**meta, "commission_fields": ["conversion_type", "customer_reference",
                                                          "advertiser_reference", "country", "vertical", "sku",
                                                          "cookie_status", "category", "customer_type"],
                            "voucher_codes": wrap("voucher_code", page)})

    pub = "/user/publisher/{publisher_id}"
    v2pub = "/v2/publishers/{publisherId}"
    return [
        Route(f"{pub}/campaign/custom_terms/{{custom_terms_id}}", get_custom_terms, methods=["GET"]),
        Route(f"{pub}/campaign/{{status}}", list_campaigns, methods=["GET"]),
        Route(f"{pub}/campaign/{{status}}", request_campaign_access, methods=["POST"]),
        Route("/v2/publishers/{publisher_id}/invitations/advertisers/", list_invitations, methods=["GET"]),
        Route(f"{v2pub}/invitations/accept", accept_invitations, methods=["POST"]),
        Route(f"{v2pub}/invitations/decline", decline_invitations, methods=["POST"]),
        Route(f"{v2pub}/campaign-requests", create_campaign_requests, methods=["POST"]),
        Route(f"{pub}/creative", list_creative_summaries, methods=["GET"]),
        Route(f"{pub}/campaign/{{campaign_id}}/creative", list_campaign_creatives, methods=["GET"]),
        Route(f"{pub}/feed", list_feeds, methods=["GET"]),
        Route(f"{v2pub}/campaigns/terms", list_combined_terms, methods=["GET"]),
        Route(f"{pub}/campaign/{{campaign_id}}/voucher", list_voucher_codes, methods=["GET"]),
    ]
