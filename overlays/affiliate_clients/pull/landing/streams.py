"""``affiliate-clients pull API STREAM --to duckdb:FILE``: the landing sources behind the CLI's options.

Streams: impact ``actions`` and ``partner_groups`` (``--where campaign_id=1000,8882``); Partnerize
``conversions`` (with ``conversion_items``) and ``clicks`` (``--where publisher_id=...``), and, needing no
dates, ``campaigns``, ``commissions`` (``commissions``, ``active_commissions`` with
``active_commission_rates``, ``commission_groups``; both ``--where publisher_id=...``) and ``reference`` (the
six ``reference_*`` tables); Invoca ``relationships`` (``--where advertiser_id=1,2``, ``--where network_id=...``).
Credentials come from the environment as for the clients; ``--sandbox`` lands from an in-process sandbox.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

import httpx
from dlt.extract.source import DltSource

from ...http.clients import Transport
from ...http.errors import InvalidRequest
from ...impact import ImpactClient
from ...impact.client import BASE_URL as IMPACT_URL
from ...invoca import InvocaClient
from ...partnerize import PartnerizeClient
from ...partnerize.client import BASE_URL as PARTNERIZE_URL
from ..streams import PullOptions
from .impact import ImpactLanding, impact_source
from .invoca import InvocaLanding, invoca_source
from .partnerize import PartnerizeLanding, partnerize_source
from .partnerize_lists import STREAMS as PARTNERIZE_LISTS
from .partnerize_lists import PartnerizeLists, partnerize_lists_source
from .tally import Tally

LANDINGS = {("impact", "actions"), ("impact", "partner_groups"), ("partnerize", "conversions"),
            ("partnerize", "clicks"), ("invoca", "relationships"),
            *(("partnerize", name) for name in PARTNERIZE_LISTS)}


def _sandbox_transport(api: str, records: int) -> Callable[[], Transport]:
    """A new transport (for each client: closing a client closes its transport) to one in-process sandbox."""
    from importlib import import_module

    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport

    app = import_module(f"affiliate_clients.sandbox.{api}").create_app(SandboxConfig(records=records))
    return lambda: Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))


def _ids(options: PullOptions, name: str, env: str = "") -> list[str]:
    raw = options.filters.get(name) or (os.environ.get(env, "") if env else "")
    return [part.strip() for part in raw.split(",") if part.strip()]


def source_for(api: str, stream: str, options: PullOptions, tally: Tally) -> DltSource:
    """The dlt source landing ``stream`` of ``api`` as the CLI options ask."""
    if (api, stream) not in LANDINGS:
        known = ", ".join(f"{a} {s}" for a, s in sorted(LANDINGS))
        raise InvalidRequest("stream", f"no landing for {api} {stream}; available: {known}")
    transport = _sandbox_transport(api, options.sandbox_records) if options.sandbox else None
    base = "http://127.0.0.1" if options.sandbox else options.base_url
    if api == "impact":
        return _impact(stream, options, tally, transport, base)
    if api == "partnerize":
        return _partnerize(stream, options, tally, transport, base)
    return _invoca(options, tally, transport, base)


def _impact(stream: str, options: PullOptions, tally: Tally, transport: Callable[[], Transport] | None,
            base: str | None) -> DltSource:
    def client() -> ImpactClient:
        if transport is None:
            return ImpactClient(base_url=base or IMPACT_URL)
        from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN
        return ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1", rate=None, transport=transport())

    campaigns = tuple(int(c) for c in _ids(options, "campaign_id"))
    if stream == "partner_groups" and not campaigns:
        campaigns = (1000, 8882) if options.sandbox else ()
        if not campaigns:
            raise InvalidRequest("campaign_id", "partner_groups need --where campaign_id=ID[,ID...]")
    if options.since is None:
        raise InvalidRequest("since", "impact actions need --since")
    landing = ImpactLanding(client, since=options.since, until=options.until,
                            page_size=options.page_size or 20_000, campaign_ids=campaigns, tally=tally)
    source = impact_source(landing)
    return source.with_resources("partner_groups") if stream == "partner_groups" else \
        source.with_resources("actions")


def _partnerize(stream: str, options: PullOptions, tally: Tally, transport: Callable[[], Transport] | None,
                base: str | None) -> DltSource:
    def client() -> PartnerizeClient:
        if transport is None:
            return PartnerizeClient(base_url=base or PARTNERIZE_URL)
        from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY
        return PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1", transport=transport())

    publisher = (_ids(options, "publisher_id", "PARTNERIZE_PUBLISHER_ID") or
                 (["1l1007802"] if options.sandbox else []))
    if not publisher and stream != "reference":   # the reference lists are the same for every partner
        raise InvalidRequest("publisher_id", "give --where publisher_id=... or set PARTNERIZE_PUBLISHER_ID")
    if stream in PARTNERIZE_LISTS:
        lists = PartnerizeLists(client, (publisher or [""])[0], limit=min(options.page_size or 300, 300), tally=tally)
        return partnerize_lists_source(lists).with_resources(*PARTNERIZE_LISTS[stream])
    since = options.since or (SANDBOX_START if options.sandbox else None)
    if since is None:
        raise InvalidRequest("since", "Partnerize reports need --since")
    until = options.until or (SANDBOX_END if options.sandbox else None)
    landing = PartnerizeLanding(client, publisher[0], since=since, until=until, tally=tally,
                                limit=min(options.page_size or 300, 300))
    return partnerize_source(landing).with_resources("clicks" if stream == "clicks" else "conversions")


def _invoca(options: PullOptions, tally: Tally, transport: Callable[[], Transport] | None, base: str | None) -> DltSource:
    network = options.filters.get("network_id") or os.environ.get("INVOCA_NETWORK_ID") or \
        ("1234" if options.sandbox else None)

    def client() -> InvocaClient:
        if transport is None:
            return InvocaClient(network_id=network, base_url=base)
        from affiliate_clients.sandbox.invoca import TOKEN
        return InvocaClient(TOKEN, network, base_url="http://127.0.0.1", transport=transport())

    advertisers = _ids(options, "advertiser_id") or (["1", "2", "3", "4", "5"] if options.sandbox else [])
    if not advertisers:
        raise InvalidRequest("advertiser_id", "give --where advertiser_id=ID[,ID...]")
    return invoca_source(InvocaLanding(client, advertisers, tally=tally))


# The Partnerize sandbox's report data spans 2024 (its fixed "now" is 2025-01-01).
SANDBOX_START = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
SANDBOX_END = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
