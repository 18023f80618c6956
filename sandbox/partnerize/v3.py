"""The v1 reference lists and the v3 partner resources: participations, Partnerize Tags and their features,
"my brands", campaign terms and conditions with acknowledgements, and the current user.

Participations and brands are views of the store's campaigns; tags, enabled features, acknowledgements and the
user are mutable state kept in the store (``store.shared``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from . import reference_data
from .conventions import ApiError, bad_request, endpoint, json_object, not_found, v3_response
from .reports_data import rolling_moment

if TYPE_CHECKING:
    from .store import PartnerizeStore

STAMP = "2024-06-01T09:30:00.000Z"
FEATURES = (
    {"name": "tracking-link-generation", "description": "Tracking link generation from standard brand URLs",
     "config_schema": []},
    {"name": "link-monetisation", "description": "Turns outbound brand links on the page into tracking links",
     "config_schema": {"type": "object", "properties": {"exclude_domains": {"type": "array"}}}},
)
LOCALES = ("en", "de")


def _tags(store: PartnerizeStore) -> dict[str, dict[str, Any]]:
    def seed() -> dict[str, dict[str, Any]]:
        return {tid: {"id": tid, "scope": {"partner": store.publisher_id}, "name": name, "active": True,
                      "url": f"https://tags.example.com/{tid}.js", "created_at": STAMP, "created_by": store.network_id,
                      "last_modified_at": STAMP, "last_modified_by": store.network_id}
                for tid, name in (("111111l35", "my-tag-website"), ("111111l36", "my-tag-mobile"))}
    return store.shared("partnerize.tags", seed)


def _enabled(store: PartnerizeStore) -> dict[str, list[dict[str, Any]]]:
    return store.shared("partnerize.tag_features", lambda: {"111111l35": [
        {"name": FEATURES[0]["name"], "description": FEATURES[0]["description"], "config": None}]})


def _terms(store: PartnerizeStore) -> dict[str, dict[str, Any]]:
    def seed() -> dict[str, dict[str, Any]]:
        out = {}
        joined = [cid for cid, status in store.participation.items() if status]
        for n, cid in enumerate(joined):
            for k, locale in enumerate(LOCALES):
                tid = f"111111l{50 + 2 * n + k}"
                title = store.campaigns[cid]["title"]
                out[tid] = {"id": tid, "created_at": f"2024-0{1 + n % 9}-01T00:00:00+0000", "locale": locale,
                            "content": f"<p>{title}: terms and conditions ({locale}); cookies last 30 days.</p>",
                            "campaign_id": cid}
        return out
    return store.shared("partnerize.campaign_terms", seed)


def _acks(store: PartnerizeStore) -> dict[str, dict[str, Any]]:
    return store.shared("partnerize.terms_acks", lambda: {"111111l551": {
        "id": "111111l551", "partner_id": store.publisher_id, "campaign_terms_and_conditions_id": "111111l50",
        "created_at": "2024-02-01T00:00:00+0000", "created_by": "111111l2"}})


def _user(store: PartnerizeStore) -> dict[str, Any]:
    return store.shared("partnerize.user", lambda: {"user_id": "111111l63", "email_verified": True,
                                                    "email": "partner@example.com"})


def _created_range(text: str | None) -> tuple[datetime, datetime] | None:
    if not text:
        return None
    start, _, end = text.partition("..")
    first, last = rolling_moment(start), rolling_moment(end)
    if first is None or last is None:
        raise bad_request("created_at", f"created_at: '{text}' is not a range '<start>..<end>'")
    return first[0].replace(tzinfo=first[1] or UTC), last[0].replace(tzinfo=last[1] or UTC)


def _created_in(created: str, window: tuple[datetime, datetime] | None) -> bool:
    if window is None:
        return True
    moment = datetime.fromisoformat(created.replace("+0000", "+00:00"))
    return window[0] <= moment <= window[1]


def _participation(store: PartnerizeStore, cid: str, fields: list[str]) -> dict[str, Any]:
    campaign = store.campaigns[cid]
    brand = store.brands.get(campaign["advertiser_id"], {})
    extra = {"camref": f"1l3v{cid.split('l')[-1]}", "vertical": campaign.get("vertical_id"),
             "promotional_countries": ["GB", "US"], "default_currency": campaign.get("default_currency"),
             "brand_id": campaign["advertiser_id"], "status": campaign.get("status"), "icon": brand.get("advertiser_icon"),
             "week_start": campaign.get("week_start"), "hidden_campaign": campaign.get("hidden_campaign"),
             "reporting_timezone": campaign.get("reporting_timezone"), "network_status": "a"}
    status = store.participation[cid]
    return {"campaign_id": cid, "status": status, "approved": "2023-09-24T14:15:22+00:00" if status == "a" else None,
            "agreed_latest_terms": "y",
            "custom_terms": "y" if campaign.get("campaign_custom_terms_and_conditions_id") else "n",
            "campaign_info": {"title": campaign["title"], "secure_tracking": campaign.get("secure_tracking"),
                              "cpc_tracking_link": None, "tracking_link_mobile": None,
                              "allow_deep_linking": campaign.get("allow_deep_linking"), "campaign_languages": {},
                              **{f: extra[f] for f in fields if f in extra}}}


def _brand(store: PartnerizeStore, brand_id: str, blocked: bool) -> dict[str, Any]:
    brand = store.brands[brand_id]
    address = brand.get("address") or {}
    return {"brand_id": brand_id, "name": brand["name"], "address1": address.get("line1"),
            "address2": address.get("line2"), "address3": address.get("line3"), "address4": address.get("line4"),
            "postcode": address.get("postcode"), "country": address.get("country"),
            "contact_email": brand.get("contact_email"), "description": brand.get("description"), "blocked": blocked}


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    def reference(kind: str) -> Any:
        async def answer(request: Request) -> Response:
            return JSONResponse(reference_data.LISTS[kind]())
        return answer

    @endpoint
    async def participations(request: Request) -> Response:
        if request.path_params["partnerId"] != store.publisher_id:
            raise not_found("partner", request.path_params["partnerId"])
        q = request.query_params
        statuses = set(q.getlist("status[]") or ["a"])
        campaign_statuses = set(q.getlist("campaign_status[]") or ["a"])
        fields = q.getlist("fields[]")
        data = [_participation(store, cid, fields) for cid, status in store.participation.items()
                if status in statuses and store.campaigns[cid].get("status", "a") in campaign_statuses]
        return v3_response(data)

    @endpoint
    async def tags(request: Request) -> Response:
        if request.method == "POST":
            body = await json_object(request)
            if body["scope"]["partner"] != store.publisher_id:
                raise ApiError(403, "You do not have \"create\" access on this partner.")
            tid = store.next_id()
            tag = {"id": tid, "scope": {"partner": store.publisher_id}, "name": body["name"], "active": True,
                   "url": f"https://tags.example.com/{tid}.js", "created_at": STAMP, "created_by": store.network_id,
                   "last_modified_at": STAMP, "last_modified_by": store.network_id}
            _tags(store)[tid] = tag
            return v3_response(tag, status=201)
        partner = request.query_params.get("partner_id")
        with_features = request.query_params.get("with_features") == "true"
        data = [{**t, **({"features": _enabled(store).get(t["id"], [])} if with_features else {})}
                for t in _tags(store).values() if partner in (None, t["scope"]["partner"])]
        return v3_response(data)

    @endpoint
    async def tag(request: Request) -> Response:
        tid = request.path_params["partnerizeTagId"]
        found = _tags(store).get(tid)
        if found is None:
            raise not_found("partnerize tag", tid)
        if request.method == "PATCH":
            body = await json_object(request)
            found.update({k: body[k] for k in ("name", "active") if k in body})
            found["last_modified_at"] = STAMP
        return v3_response(found)

    async def catalogue(request: Request) -> Response:
        return v3_response(list(FEATURES))

    @endpoint
    async def tag_features(request: Request) -> Response:
        tid = request.path_params["tagId"]
        if tid not in _tags(store):
            raise not_found("partnerize tag", tid)
        enabled = _enabled(store).setdefault(tid, [])
        if request.method == "GET":
            return v3_response(enabled)
        body = await json_object(request)
        feature = next((f for f in FEATURES if f["name"] == body["name"]), None)
        if feature is None:
            raise not_found("partnerize tag feature", body["name"])
        enabled[:] = [f for f in enabled if f["name"] != feature["name"]]  # enabling again replaces the config
        enabled.append({"name": feature["name"], "description": feature["description"], "config": body.get("config")})
        return v3_response({"name": feature["name"], "config": body.get("config")}, status=201)

    @endpoint
    async def my_brands(request: Request) -> Response:
        wanted = set(request.query_params.getlist("brand_ids[]"))
        partner = request.query_params.get("partner")
        related: dict[str, bool] = {}
        for cid, status in store.participation.items():
            if status:
                bid = store.campaigns[cid]["advertiser_id"]
                related[bid] = status == "r"
        data = [_brand(store, bid, blocked) for bid, blocked in related.items()
                if (not wanted or bid in wanted) and partner in (None, store.publisher_id) and bid in store.brands]
        return v3_response(data)

    @endpoint
    async def terms(request: Request) -> Response:
        if "id" in request.path_params:
            found = _terms(store).get(request.path_params["id"])
            if found is None:
                raise not_found("campaign terms and conditions", request.path_params["id"])
            return v3_response(found)
        q = request.query_params
        window = _created_range(q.get("created_at"))
        locale = q.get("locale") or "en"
        rows = [t for t in _terms(store).values() if t["locale"] in (locale, "en", "en_us")]
        chosen = {t["campaign_id"]: t for t in rows if t["locale"] != locale}
        chosen.update({t["campaign_id"]: t for t in rows if t["locale"] == locale})
        data = [t for t in chosen.values() if q.get("campaign_id") in (None, t["campaign_id"])
                and (q.get("content") or "") in t["content"] and _created_in(t["created_at"], window)]
        return v3_response(data)

    @endpoint
    async def acknowledgments(request: Request) -> Response:
        acks = _acks(store)
        if "id" in request.path_params:
            found = acks.get(request.path_params["id"])
            if found is None:
                raise not_found("acknowledgment", request.path_params["id"])
            return v3_response(found)
        if request.method == "POST":
            body = await json_object(request)
            if body["partner_id"] != store.publisher_id:
                raise ApiError(403, "You do not have \"create\" access on this partner.")
            if body["campaign_terms_and_conditions_id"] not in _terms(store):
                raise not_found("campaign terms and conditions", body["campaign_terms_and_conditions_id"])
            aid = store.next_id()
            acks[aid] = {"id": aid, "partner_id": body["partner_id"],
                         "campaign_terms_and_conditions_id": body["campaign_terms_and_conditions_id"],
                         "created_at": "2025-01-01T00:00:00+0000", "created_by": _user(store)["user_id"]}
            return v3_response(acks[aid], status=201)
        q = request.query_params
        window = _created_range(q.get("created_at"))
        data = [a for a in acks.values() if all(q.get(k) in (None, a[k]) for k in (
            "partner_id", "campaign_terms_and_conditions_id", "created_by")) and _created_in(a["created_at"], window)]
        return v3_response(data)

    @endpoint
    async def user(request: Request) -> Response:
        body = await json_object(request)
        current = _user(store)
        if "emailAddress" in body and body["emailAddress"] != current["email"]:
            current.update(email=body["emailAddress"], email_verified=False)
        return v3_response(current)

    tag_base = "/v3/partner/partnerize-tags"
    acks_base = "/v3/partner/campaign-terms-and-conditions-acknowledgments"
    return [
        *(Route(f"/reference/{kind}", reference(kind), methods=["GET"]) for kind in reference_data.LISTS),
        Route("/v3/partner/{partnerId}/participations", participations, methods=["GET"]),
        Route(tag_base, tags, methods=["GET", "POST"]),
        Route(f"{tag_base}/features", catalogue, methods=["GET"]),
        Route(tag_base + "/{partnerizeTagId}", tag, methods=["GET", "PATCH"]),
        Route(tag_base + "/{tagId}/features", tag_features, methods=["GET", "POST"]),
        Route("/v3/partner/my-brands", my_brands, methods=["GET"]),
        Route("/v3/partner/campaign-terms-and-conditions", terms, methods=["GET"]),
        Route("/v3/partner/campaign-terms-and-conditions/{id}", terms, methods=["GET"]),
        Route(acks_base, acknowledgments, methods=["GET", "POST"]),
        Route(acks_base + "/{id}", acknowledgments, methods=["GET"]),
        Route("/v3/partner/user", user, methods=["PATCH"]),
    ]
