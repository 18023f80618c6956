"""impact.com sandbox: partner groups (brand API); actions, their change log and their items (partner API),
with impact's conventions.

Every value in a JSON answer is a string; lists carry the eleven ``@`` paging members; errors use
``{Status, Message, Errors}``; the brand family sends ``X-RateLimit-*`` headers and the partner family
``X-RateLimit-*-hour``, ``RateLimit-Reset`` and, on 429, ``Retry-After``.
"""

from __future__ import annotations

import math

from affiliate_clients.sandbox.common.app import Vendor, build_app
from affiliate_clients.sandbox.common.auth import basic_credentials, basic_header
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.facts import SandboxFacts
from affiliate_clients.sandbox.common.replies import VendorReplies
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import actions, groups, items, updates

ACCOUNT_SID = "IRsandboxSID0001"
AUTH_TOKEN = "sandbox-auth-token"
AUTH_HEADERS = basic_header(ACCOUNT_SID, AUTH_TOKEN)
HOURLY_LIMIT = 500


def _partner_family(request: Request) -> bool:
    return request.url.path.startswith("/Mediapartners/")


def error(request: Request, status: int, message: str) -> Response:
    return JSONResponse({"Status": "ERROR", "Message": message}, status_code=status)


def rate_limited(request: Request, seconds: float) -> Response:
    wait = str(max(1, math.ceil(seconds)))
    if _partner_family(request):
        headers = {"X-RateLimit-Limit-hour": str(HOURLY_LIMIT), "X-RateLimit-Remaining-hour": "0",
                   "RateLimit-Reset": wait, "Retry-After": wait}
    else:
        headers = {"X-RateLimit-Limit": str(HOURLY_LIMIT), "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": wait}
    return JSONResponse({"Status": "ERROR", "Message": "Too many requests; the hourly limit is used up"},
                        status_code=429, headers=headers)


def rate_headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {"X-RateLimit-Limit-hour": str(limit), "X-RateLimit-Remaining-hour": str(remaining),
            "RateLimit-Reset": str(int(reset)), "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining), "X-RateLimit-Reset": str(int(reset))}


REPLIES = VendorReplies(error=error, rate_limited=rate_limited, rate_headers=rate_headers, records=("Actions", "ActionUpdates", "ActionItems"))


def _allowed(request: Request) -> bool:
    return basic_credentials(request) == (ACCOUNT_SID, AUTH_TOKEN)


# impact answers XML unless the request asks for JSON (the root element's name is the sandbox's own).
VENDOR = Vendor("impact", REPLIES, _allowed, xml_root="Response")


def facts(app: Starlette | None = None) -> SandboxFacts:
    """The sandbox's credentials, the campaigns holding partner groups and the update dates of the actions
    (of ``app``, or of a sandbox seeded today)."""
    first, last = actions.data_range(app.state.actions.anchor if app is not None else None)
    return SandboxFacts("impact", {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN}, AUTH_HEADERS,
                        {"campaign_id": tuple(str(c) for c in groups.CAMPAIGN_IDS)}, first, last)


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The impact.com sandbox; ``config.records`` actions are seeded from ``config.seed``.

    ``app.state.actions`` and ``app.state.groups`` hold the data (the ground truth for tests);
    ``app.state.actions.change(...)`` (and ``approve``, ``reverse``, ``reprice``, ``add``) changes actions between
    pulls, each change logged in ``app.state.actions.log``, which List Action Updates serves.
    """
    config = config or SandboxConfig()
    store = actions.ActionStore.seeded(config.seed, config.records, ACCOUNT_SID)
    group_store = groups.GroupStore.seeded(config.seed)
    routes = [
        Route("/Mediapartners/{AccountSID}/Actions", actions.endpoint(store, error, ACCOUNT_SID), methods=["GET"]),
        *updates.routes(lambda: store.log, error, ACCOUNT_SID),
        *items.routes(store.find, error, ACCOUNT_SID),
        *groups.routes(group_store, error, ACCOUNT_SID),
    ]
    app = build_app(VENDOR, routes, config)
    app.state.actions = store
    app.state.groups = group_store
    return app
