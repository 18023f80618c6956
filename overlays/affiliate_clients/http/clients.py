"""Building the httpx clients a vendor client runs on: auth, headers, timeouts, retry and budget layers.

Both the sync and the async client are built here and injected into the generated ``Client`` with
``set_httpx_client`` / ``set_async_httpx_client``, so sync transports and hooks never reach the async side.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx

from .budget import RequestBudget
from .calls import areject_unknown_status, reject_unknown_status
from .errors import InvalidRequest
from .options import user_agent
from .policy import RetryPolicy
from .scrub import AsyncScrubTransport, Scrub, ScrubTransport
from .transports import AsyncRetryTransport, RetryTransport, TransportStats

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=30.0, pool=30.0)


def check_base_url(base_url: str) -> None:
    """Refuse plain-HTTP URLs except on loopback (the sandboxes): credentials travel in every request."""
    parts = urlsplit(base_url)
    if parts.scheme == "https":
        return
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        raise InvalidRequest("base_url", f"must be https:// (plain http only for loopback sandboxes), got {parts.scheme}://{host}")


@attrs.frozen
class Transport:
    """How a client reaches its server. ``sync``/``async_`` replace the network transports (for example with
    a sandbox served in-process); ``verify`` and ``http2`` configure the default ones."""

    sync: httpx.BaseTransport | None = None
    async_: httpx.AsyncBaseTransport | None = None
    verify: bool = True


@attrs.frozen
class HttpSetup:
    """Everything needed to build a vendor's pair of httpx clients. ``api`` names the vendor in the User-Agent
    (``affiliate-clients/<version> (<api>)``, after a ``User-Agent`` given in ``headers``)."""

    base_url: str
    auth: httpx.Auth
    headers: dict[str, str] = attrs.field(factory=dict)
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    policy: RetryPolicy = attrs.field(factory=RetryPolicy)
    budget: RequestBudget | None = None
    transport: Transport = attrs.field(factory=Transport)
    secrets: tuple[str, ...] = ()
    api: str = ""
    # A credential for the query string, (name, value): added by the innermost transport only (Invoca).
    query_secret: tuple[str, str] | None = attrs.field(default=None, repr=False)


def build_clients(setup: HttpSetup) -> tuple[httpx.Client, httpx.AsyncClient, TransportStats]:
    """A sync and an async httpx client sharing one retry policy, budget and stats."""
    check_base_url(setup.base_url)
    stats = TransportStats()
    scrub = Scrub(setup.secrets, setup.query_secret)  # innermost: credentials stay below it (http/scrub.py)
    inner = ScrubTransport(setup.transport.sync or httpx.HTTPTransport(verify=setup.transport.verify, retries=0),
                           scrub)
    ainner = AsyncScrubTransport(setup.transport.async_ or httpx.AsyncHTTPTransport(verify=setup.transport.verify,
                                                                                    retries=0), scrub)
    headers = httpx.Headers(setup.headers)
    headers["User-Agent"] = user_agent(setup.api, headers.get("user-agent"))
    common: dict[str, Any] = {"base_url": setup.base_url, "auth": setup.auth, "headers": headers, "timeout": setup.timeout,
              "follow_redirects": False}
    sync = httpx.Client(**common, transport=RetryTransport(inner, setup.policy, setup.budget, stats, setup.secrets),
                        event_hooks={"response": [reject_unknown_status]})
    async_ = httpx.AsyncClient(**common, transport=AsyncRetryTransport(ainner, setup.policy, setup.budget, stats,
                                                                       setup.secrets),
                               event_hooks={"response": [areject_unknown_status]})
    return sync, async_, stats
