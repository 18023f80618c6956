"""Partner account, websites, databases and advertiser discovery (operations #1-#12)."""

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
from ..store import PartnerizeStore
from .common import YES_NO, PublisherCheck, batch_items, check_fields, require, wrap

WEBSITE_FIELDS = {"publisher_id": str, "active": str, "primary": str, "description": (str, type(None)),
                  "website_country": str, "website_name": (str, type(None)), "website_type": (int, float),
                  "website_type_name": str, "website_url": str, "website_vertical": (int, float),
                  "website_vertical_name": str}
DATABASE_FIELDS = {"publisher_id": str, "active": str, "creation_method": str, "database_name": str,
                   "female": (int, float), "male": (int, float), "max_age": (int, float), "min_age": (int, float),
                   "size": (int, float)}


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    s = store
    publisher = PublisherCheck(s)

    # #1, #2 partner
    @endpoint
    async def get_partner(request: Request) -> Response:
        publisher(request)
        return v1_response({"publisher": s.partner})

    @endpoint
    async def update_partner(request: Request) -> Response:
        publisher(request)
        body = await json_object(request)
        # The body may echo a publisher id (the vendor's own example names another one); the path decides.
        text = ("abn", "account_name", "campaign_select", "company_name", "company_division", "contact_email",
                "contact_name", "description", "foreign_identifier", "gst_registered", "im_provider", "im_username",
                "network_notes", "phone", "phone_area", "reporting_identifier", "reporting_timezone", "us_tax_state",
                "week_start", "contact_locale", "default_currency", "operating_country", "network_status")
        changes: dict[str, Any] = {}
        for name, value in body.items():
            if name == "publisher_id":
                continue
            if name in text and not isinstance(value, str):
                raise bad_request(name, f"{name}: {value!r} is not of type 'string'")
            if name in ("promotional_method", "vat_number", "vertical") and (
                    not isinstance(value, int) or isinstance(value, bool)):
                raise bad_request(name, f"{name}: {value!r} is not of type 'integer'")
            if name in ("is_affiliate_user", "is_foreign_network", "is_lead_user", "uk_vat_registered") \
                    and value not in YES_NO:
                raise bad_request(name, f"{name}: {value!r} is not one of ['y', 'n']")
            if name == "network_status" and value not in ("a", "p", "r", "n"):
                raise bad_request(name, f"{name}: {value!r} is not one of ['a', 'p', 'r', 'n']")
            if name == "company_logo" and value is not None and not isinstance(value, str):
                raise bad_request(name, f"{name}: {value!r} is not of type 'string'")
            changes[name] = value
        s.partner.update(changes)
        return v1_response({"status": {"status": "Updated", "message": "Publisher successfully updated"},
                            "publisher": s.partner})

    # #3-#6 websites
    @endpoint
    async def list_websites(request: Request) -> Response:
        publisher(request)
        return v1_response({"websites": wrap("website", list(s.websites.values()))})

    @endpoint
    async def create_websites(request: Request) -> Response:
        publisher(request)
        items = batch_items(await json_object(request), "websites", single_allowed=True)
        checked = []
        for n, item in enumerate(items):
            fields = check_fields(item, WEBSITE_FIELDS, f"websites[{n}].")
            require(fields, ("website_url",), f"websites[{n}]: ")
            checked.append(fields)
        created = []
        for fields in checked:
            wid = s.next_id("11l")
            website = {"active": "y", "primary": "n", "description": None, "publisher_id": s.publisher_id,
                       "website_country": None, "website_id": wid, "website_name": None, "website_type": None,
                       "website_type_name": None, "website_vertical": None, "website_vertical_name": None}
            website.update({k: v for k, v in fields.items() if k != "publisher_id"})
            s.websites[wid] = website
            created.append(website)
        return v1_response({"websites": wrap("website", created)})

    @endpoint
    async def update_websites(request: Request) -> Response:
        publisher(request)
        items = batch_items(await json_object(request), "websites", single_allowed=False)
        changes = []
        for n, item in enumerate(items):
            require(item, ("website_id",), f"websites[{n}]: ")
            if item["website_id"] not in s.websites:
                raise not_found("website", str(item["website_id"]))
            fields = check_fields(item, WEBSITE_FIELDS, f"websites[{n}].")
            if "website_url" in fields and not fields["website_url"]:
                raise bad_request("website_url", f"websites[{n}].website_url: must not be empty")
            changes.append((item["website_id"], fields))
        updated = []
        for wid, fields in changes:
            s.websites[wid].update({k: v for k, v in fields.items() if k != "publisher_id"})
            updated.append(s.websites[wid])
        return v1_response({"websites": wrap("website", updated)})

    @endpoint
    async def get_website(request: Request) -> Response:
        publisher(request)
        wid = request.path_params["website_id"]
        if wid not in s.websites:
            raise not_found("website", wid)
        return v1_response({"website": s.websites[wid]})

    # #7-#10 databases
    @endpoint
    async def list_databases(request: Request) -> Response:
        publisher(request)
        return v1_response({"databases": wrap("database", list(s.databases.values()))})

    @endpoint
    async def create_databases(request: Request) -> Response:
        publisher(request)
        items = batch_items(await json_object(request), "databases", single_allowed=True)
        checked = []
        for n, item in enumerate(items):
            fields = check_fields(item, DATABASE_FIELDS, f"databases[{n}].")
            require(fields, ("database_name", "creation_method", "size"), f"databases[{n}]: ")
            checked.append(fields)
        created = []
        for fields in checked:
            did = s.next_id("111111l")
            database = {"active": "y", "creation_method": None, "database_id": did, "database_name": None,
                        "female": None, "male": None, "max_age": None, "min_age": None,
                        "publisher_id": s.publisher_id, "size": None}
            database.update({k: v for k, v in fields.items() if k != "publisher_id"})
            s.databases[did] = database
            created.append(database)
        return v1_response({"databases": wrap("database", created)})

    @endpoint
    async def update_databases(request: Request) -> Response:
        publisher(request)
        items = batch_items(await json_object(request), "databases", single_allowed=False)
        changes = []
        for n, item in enumerate(items):
            item = item.get("database", item) if isinstance(item.get("database"), dict) else item
            require(item, ("database_id",), f"databases[{n}]: ")
            if item["database_id"] not in s.databases:
                raise not_found("database", str(item["database_id"]))
            changes.append((item["database_id"], check_fields(item, DATABASE_FIELDS, f"databases[{n}].")))
        updated = []
        for did, fields in changes:
            s.databases[did].update({k: v for k, v in fields.items() if k != "publisher_id"})
            updated.append(s.databases[did])
        return v1_response({"databases": wrap("database", updated)})

    @endpoint
    async def get_database(request: Request) -> Response:
        publisher(request)
        did = request.path_params["database_id"]
        if did not in s.databases:
            raise not_found("database", did)
        return v1_response({"database": s.databases[did]})

    # #11, #12 discovery
    def discovery_brand(brand_id: str) -> dict[str, Any] | None:
        offered = []
        for cid, campaign in s.campaigns.items():
            status = s.discovery_status(cid)
            if campaign["advertiser_id"] != brand_id or status is None:
                continue
            offered.append({"id": cid, "default_destination": f"https://www.example.com/{cid}",
                            "title": campaign["title"],
                            "currency": {"iso": campaign["default_currency"], "name": campaign["default_currency"],
                                         "symbol": ""},
                            "vertical": {"id": str(campaign["vertical_id"]), "name": campaign["vertical_name"]},
                            "status": status, "campaign_icon": f"https://cdn.example.com/campaigns/{cid}.png"})
        return {**s.brands[brand_id], "campaigns": offered} if offered else None

    @endpoint
    async def list_discovery_advertisers(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request, "publisherId")
        brands = [b for b in (discovery_brand(bid) for bid in s.brands) if b is not None]
        return v2_response({"advertisers": brands}, started, count=len(brands))

    @endpoint
    async def get_discovery_advertiser(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request, "publisherId")
        brand_id = request.path_params["advertiserId"]
        brand = discovery_brand(brand_id) if brand_id in s.brands else None
        if brand is None:
            raise not_found("advertiser", brand_id)
        return v2_response({"advertiser": brand}, started)

    pub = "/user/publisher/{publisher_id}"
    v2pub = "/v2/publishers/{publisherId}"
    return [
        Route(pub, get_partner, methods=["GET"]),
        Route(pub, update_partner, methods=["POST"]),
        Route(f"{pub}/website", list_websites, methods=["GET"]),
        Route(f"{pub}/website", create_websites, methods=["POST"]),
        Route(f"{pub}/website", update_websites, methods=["PUT"]),
        Route(f"{pub}/website/{{website_id}}", get_website, methods=["GET"]),
        Route(f"{pub}/database", list_databases, methods=["GET"]),
        Route(f"{pub}/database", create_databases, methods=["POST"]),
        Route(f"{pub}/database", update_databases, methods=["PUT"]),
        Route(f"{pub}/database/{{database_id}}", get_database, methods=["GET"]),
        Route(f"{v2pub}/discovery/advertisers", list_discovery_advertisers, methods=["GET"]),
        Route(f"{v2pub}/discovery/advertisers/{{advertiserId}}", get_discovery_advertiser, methods=["GET"]),
    ]
