"""Invoca sandbox: advertiser–affiliate relationships with Invoca's Network Integration API conventions.

* The token goes in ``Authorization: <token>`` (no ``Bearer``) or in ``?oauth_token=``; anything else is 401.
* Writes are idempotent create-or-update: ``POST`` answers 201 and ``PUT`` 200, both with ``{}``.
* Validation failures are 403 (not 400) with ``{"errors": {field: [messages]}}``; a relationship that has left
  ``Pending`` cannot go back to it (the sandbox's stand-in for Invoca's transition rules).
* Unknown advertisers and relationships are 404, internal failures 500, both with
  ``{"errors": {"invalid_data": ..., "class": ...}}``.
* Paths are served both bare (``/advertisers/...``) and under the real base path
  ``/api/<version>/<network_id>/advertisers/...``.

Advertisers are not created through this API (the network replicates them separately), so the sandbox seeds
a fixed set; advertiser ``1`` holds exactly the two relationships of the vendor's list example.
"""

from __future__ import annotations

import math
import random
import re

import attrs
from affiliate_clients.sandbox.common.app import Vendor, build_app
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.facts import SandboxFacts
from affiliate_clients.sandbox.common.replies import VendorReplies
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

TOKEN = "sandbox-invoca-token"
AUTH_HEADERS = {"Authorization": TOKEN}
STATUSES = ("Pending", "Approved", "Suspended", "Declined", "Deactivated")
ADVERTISERS = ("1", "2", "3", "4", "5")
NETWORK_ID = "1234"  # any network id is served; this is the one the sandbox's users say
ERROR_CLASSES = {401: "NotAuthorized", 404: "RecordNotFound", 405: "MethodNotAllowed", 429: "TooManyRequests"}
_BASE_PATH = re.compile(r"^/api/[^/]+/[^/]+(?=/advertisers/)")


def _field_errors(message: str) -> dict[str, list[str]]:
    """Turn the validation layer's ``"where: problem; where: problem"`` into Invoca's field map."""
    errors: dict[str, list[str]] = {}
    for problem in message.split("; "):
        field, sep, text = problem.partition(": ")
        errors.setdefault(field if sep else "base", []).append(text if sep else problem)
    return errors


def error(request: Request, status: int, message: str) -> Response:
    if status == 403:
        return JSONResponse({"errors": _field_errors(message)}, status_code=403)
    if status >= 500:
        handle = random.randrange(10**9, 10**10)
        body = {"invalid_data": f"refer to error handle {handle} ({message})", "class": "InternalServiceError"}
    else:
        body = {"invalid_data": message, "class": ERROR_CLASSES.get(status, "RequestError")}
    return JSONResponse({"errors": body}, status_code=status)


def rate_limited(request: Request, seconds: float) -> Response:
    # Invoca publishes no rate limits; an injected 429 still names when to retry.
    return JSONResponse({"errors": {"invalid_data": "Too many requests", "class": "TooManyRequests"}},
                        status_code=429, headers={"Retry-After": str(max(1, math.ceil(seconds)))})


REPLIES = VendorReplies(error=error, rate_limited=rate_limited, invalid_status=403)


def _token(request: Request) -> str | None:
    return request.headers.get("authorization") or request.query_params.get("oauth_token")


def _allowed(request: Request) -> bool:
    return _token(request) == TOKEN


VENDOR = Vendor("invoca", REPLIES, _allowed)


class BasePathMiddleware:
    """Serves ``/api/<version>/<network_id>/advertisers/...`` as ``/advertisers/...``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = _BASE_PATH.sub("", scope["path"], count=1)
            if path != scope["path"]:
                scope = {**scope, "path": path, "raw_path": path.encode()}
        await self.app(scope, receive, send)


@attrs.define
class RelationshipStore:
    """Relationship statuses per advertiser: ``{advertiser: {affiliate: status}}``."""

    advertisers: dict[str, dict[str, str]]

    @classmethod
    def seeded(cls, seed: int) -> RelationshipStore:
        rng = random.Random(seed)
        advertisers: dict[str, dict[str, str]] = {"1": {"222": "Approved", "34518": "Approved"}}
        for advertiser in ADVERTISERS[1:]:
            affiliates = rng.sample(range(100, 100_000), rng.randrange(0, 6))
            advertisers[advertiser] = {str(a): rng.choice(STATUSES) for a in sorted(affiliates)}
        return cls(advertisers)

    def transition_problem(self, advertiser: str, affiliate: str, status: str) -> str | None:
        """Why ``status`` is not allowed for this relationship now, or None."""
        current = self.advertisers[advertiser].get(affiliate)
        if status == "Pending" and current not in (None, "Pending"):
            return f"cannot transition from '{current}' to 'Pending'"
        return None


def _not_found(request: Request, what: str) -> Response:
    return error(request, 404, f"Could not find {what}")


async def _requested_status(request: Request) -> object:
    try:
        body = await request.json()
    except ValueError:
        return None
    return body.get("status") if isinstance(body, dict) else None


def routes(store: RelationshipStore) -> list[Route]:
    def advertiser_of(request: Request) -> str | None:
        advertiser = request.path_params["advertiser_id_from_network"]
        return advertiser if advertiser in store.advertisers else None

    async def list_relationships(request: Request) -> Response:
        advertiser = advertiser_of(request)
        if advertiser is None:
            return _not_found(request, f"advertiser {request.path_params['advertiser_id_from_network']}")
        return JSONResponse([{"status": status, "affiliate_id_from_network": affiliate}
                             for affiliate, status in store.advertisers[advertiser].items()])

    async def relationship(request: Request) -> Response:
        advertiser = advertiser_of(request)
        affiliate = request.path_params["affiliate_id_from_network"]
        if advertiser is None:
            return _not_found(request, f"advertiser {request.path_params['advertiser_id_from_network']}")
        relationships = store.advertisers[advertiser]
        if request.method in ("GET", "DELETE"):
            if affiliate not in relationships:
                return _not_found(request, f"relationship between advertiser {advertiser} and affiliate {affiliate}")
            if request.method == "DELETE":
                del relationships[affiliate]
                return Response(status_code=200)
            return JSONResponse({"status": relationships[affiliate], "affiliate_id_from_network": affiliate})
        status = await _requested_status(request)
        if status not in STATUSES:  # only reachable with spec validation switched off
            return JSONResponse({"errors": {"status": ["is not included in the list"]}}, status_code=403)
        problem = store.transition_problem(advertiser, affiliate, status)
        if problem:
            return JSONResponse({"errors": {"status": [problem]}}, status_code=403)
        relationships[affiliate] = status
        return JSONResponse({}, status_code=201 if request.method == "POST" else 200)

    return [
        Route("/advertisers/{advertiser_id_from_network}/affiliates.json", list_relationships, methods=["GET"]),
        Route("/advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json",
              relationship, methods=["GET", "POST", "PUT", "DELETE"]),
    ]


def facts(app: Starlette | None = None) -> SandboxFacts:
    """The sandbox's token and network and its seeded advertisers (relationships carry no dates)."""
    return SandboxFacts("invoca", {"api_token": TOKEN, "network_id": NETWORK_ID}, AUTH_HEADERS,
                        {"advertiser_id": ADVERTISERS, "network_id": (NETWORK_ID,)})


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The Invoca sandbox; ``app.state.relationships`` holds the data (the ground truth for tests)."""
    config = config or SandboxConfig()
    store = RelationshipStore.seeded(config.seed)
    app = build_app(VENDOR, routes(store), config)
    app.add_middleware(BasePathMiddleware)
    app.state.relationships = store
    return app
