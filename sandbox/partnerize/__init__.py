"""Partnerize sandbox: the Partner API (v1, v2 and v3 endpoints on one host) with Partnerize's conventions.

* HTTP Basic auth: user name = application key, password = user API key (see ``AUTH_HEADERS``); anything else
  is 401 in the envelope of the path's API generation.
* Error envelopes, ``execution_time``, v3 ``data``/``hypermedia``, offset/limit paging with
  ``hypermedia.pagination`` and the ``X-RateLimit-*`` headers are in :mod:`.conventions`.
* Seeded state (one partner, its websites, campaigns, commissions, payments, links, ...) is in :mod:`.store`;
  operations #1-#44 are served by :mod:`.management`. The reporting, analytics, job, export and v3 modules
  (``reporting``, ``analytics``, ``jobs``, ``exports``, ``v3``) each expose ``routes(store)`` and are mounted
  when present.
"""

from __future__ import annotations

import importlib
import logging

from affiliate_clients.sandbox.common.app import Vendor, build_app
from affiliate_clients.sandbox.common.auth import basic_credentials, basic_header
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.facts import SandboxFacts
from affiliate_clients.sandbox.common.faults import ConnectionDropped
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from . import management
from .conventions import REPLIES, error_response, version_of
from .reports_data import DATA_START, NOW
from .store import PUBLISHER_ID, PartnerizeStore

APPLICATION_KEY = "sandbox-application-key"
USER_API_KEY = "sandbox-user-api-key"
AUTH_HEADERS = basic_header(APPLICATION_KEY, USER_API_KEY)
OPTIONAL_MODULES = ("reporting", "analytics", "jobs", "exports", "v3")

log = logging.getLogger(__name__)


def _allowed(request: Request) -> bool:
    return basic_credentials(request) == (APPLICATION_KEY, USER_API_KEY)


VENDOR = Vendor("partnerize", REPLIES, _allowed)


def _optional_routes(store: PartnerizeStore) -> list[BaseRoute]:
    routes: list[BaseRoute] = []
    for name in OPTIONAL_MODULES:
        qualified = f"{__name__}.{name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as exc:
            if exc.name == qualified:
                continue
            raise
        routes.extend(module.routes(store))
    return routes


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {404: "No such resource", 405: f"{request.method} is not allowed here"}.get(status, "Internal error")
    headers = getattr(exc, "headers", None) if status == 405 else None
    return error_response(version_of(request.url.path), status, message, headers=headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, ConnectionDropped):  # an injected fault, not a failure of the sandbox
        log.exception("partnerize sandbox handler failed", exc_info=exc)
    return error_response(version_of(request.url.path), 500, "Internal Server Error")


def facts(app: Starlette | None = None) -> SandboxFacts:
    """The sandbox's credentials, its one partner and the dates of its report data (a fixed year: the
    sandbox's clock stands still at ``NOW``)."""
    publisher = app.state.store.publisher_id if app is not None else PUBLISHER_ID
    return SandboxFacts("partnerize", {"application_key": APPLICATION_KEY, "user_api_key": USER_API_KEY},
                        AUTH_HEADERS, {"publisher_id": (publisher,)}, DATA_START, NOW)


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The Partnerize sandbox. ``app.state.store`` holds the seeded state (the ground truth for tests)."""
    config = config or SandboxConfig()
    store = PartnerizeStore.seeded(config.seed, config.records)
    app = build_app(VENDOR, [*management.routes(store), *_optional_routes(store)], config)
    # Routing misses and crashes answer in Partnerize's envelopes too (when request validation is off).
    app.exception_handlers[404] = _http_error
    app.exception_handlers[405] = _http_error
    app.exception_handlers[Exception] = _server_error
    app.state.store = store
    return app
