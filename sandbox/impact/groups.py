"""Partner groups of brand campaigns, kept in memory, with impact's form-encoded writes."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ErrorReply = Callable[[Request, int, str], Response]
CAMPAIGN_IDS = (1000, 8882)  # the brand campaigns seeded with partner groups
COLLECTION = "/Advertisers/{AccountSID}/Campaigns/{CampaignId}/MediaPartnerGroups"


@attrs.define
class Group:
    id: int
    campaign_id: int
    name: str
    members: list[str]


@attrs.define
class GroupStore:
    groups: dict[int, Group] = attrs.field(factory=dict)
    partner_names: dict[str, str] = attrs.field(factory=dict)
    next_id: int = 12345

    @classmethod
    def seeded(cls, seed: int) -> GroupStore:
        rng = random.Random(seed)
        store = cls(partner_names={str(2552840 + n): f"Partner {n}" for n in range(40)})
        for campaign in CAMPAIGN_IDS:
            for name in ("Top Partners", "Coupon Sites", "Content Creators"):
                store.add(campaign, f"{name} {campaign}", rng.sample(sorted(store.partner_names), 5))
        return store

    def add(self, campaign_id: int, name: str, members: list[str]) -> Group:
        group = Group(self.next_id, campaign_id, name, list(dict.fromkeys(members)))
        self.groups[group.id] = group
        self.next_id += 1
        return group

    def find(self, campaign_id: int, group_id: int) -> Group | None:
        group = self.groups.get(group_id)
        return group if group is not None and group.campaign_id == campaign_id else None


def _ids(raw: str | None) -> list[str]:
    return [p for p in (raw or "").split(",") if p]


def routes(store: GroupStore, error: ErrorReply, account_sid: str) -> list[Route]:
    def uri(group: Group) -> str:
        return f"/Advertisers/{account_sid}/Campaigns/{group.campaign_id}/MediaPartnerGroups/{group.id}"

    def render(group: Group) -> dict[str, Any]:
        return {"Id": str(group.id), "Name": group.name, "Uri": uri(group), "MediaPartners": [
            {"PartnerId": m, "PartnerName": store.partner_names.get(m, f"Partner {m}"),
             "PartnerUri": f"/Advertisers/{account_sid}/MediaPartners/{m}"} for m in group.members]}

    def owner_error(request: Request) -> Response | None:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        return None

    async def collection(request: Request) -> Response:
        if (denied := owner_error(request)) is not None:
            return denied
        campaign = int(request.path_params["CampaignId"])
        if request.method == "POST":
            form = await request.form()
            group = store.add(campaign, str(form["Name"]), _ids(form.get("MediaPartners")))  # type: ignore[arg-type]
            return JSONResponse({"Status": "OK", "Uri": uri(group)})
        page = int(request.query_params.get("Page", 1))
        size = int(request.query_params.get("PageSize", 1000))
        rows = [render(g) for g in store.groups.values() if g.campaign_id == campaign]
        pages = max(1, -(-len(rows) // size))
        chunk = rows[(page - 1) * size: page * size]

        def link(n: int) -> str:
            return f"{request.url.path}?{urlencode({'Page': n, 'PageSize': size})}"

        start = (page - 1) * size
        return JSONResponse({
            "@page": str(page), "@numpages": str(pages), "@pagesize": str(size), "@total": str(len(rows)),
            "@start": str(start), "@end": str(max(start, start + len(chunk) - 1)), "@uri": link(page),
            "@firstpageuri": link(1), "@previouspageuri": link(page - 1) if page > 1 else "",
            "@nextpageuri": link(page + 1) if page < pages else "", "@lastpageuri": link(pages), "Groups": chunk})

    async def item(request: Request) -> Response:
        if (denied := owner_error(request)) is not None:
            return denied
        group = store.find(int(request.path_params["CampaignId"]), int(request.path_params["PartnerGroupId"]))
        if group is None:
            return error(request, 404, "Partner group not found")
        if request.method == "GET":
            return JSONResponse(render(group))
        if request.method == "DELETE":
            del store.groups[group.id]
            return JSONResponse({"Status": "DELETED"})
        form = await request.form()
        if form.get("Name"):
            group.name = str(form["Name"])
        group.members = list(dict.fromkeys([*group.members, *_ids(form.get("MediaPartnersAdd"))]))  # type: ignore[arg-type]
        removed = set(_ids(form.get("MediaPartnersRemove")))  # type: ignore[arg-type]
        group.members = [m for m in group.members if m not in removed]
        return JSONResponse({"Status": "OK", "Uri": uri(group)})

    return [Route(COLLECTION, collection, methods=["GET", "POST"]),
            Route(COLLECTION + "/{PartnerGroupId}", item, methods=["GET", "PUT", "DELETE"])]
