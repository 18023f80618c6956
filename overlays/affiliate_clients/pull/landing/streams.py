"""``affiliate-clients pull API STREAM --to duckdb:FILE``: the landing sources behind the CLI's options.

Streams: impact ``actions`` and ``partner_groups`` (``--where campaign_id=ID[,ID...]``); Partnerize
``conversions`` (with ``conversion_items``) and ``clicks`` (``--where publisher_id=...``), and, needing no
dates, ``campaigns``, ``commissions`` (``commissions``, ``active_commissions`` with
``active_commission_rates``, ``commission_groups``; both ``--where publisher_id=...``) and ``reference`` (the
six ``reference_*`` tables); Invoca ``relationships`` (``--where advertiser_id=ID[,ID...]``,
``--where network_id=...``). Credentials come from the environment as for the clients; ``--sandbox`` lands from
an in-process sandbox (``affiliate_clients.testing``), whose own ids fill the ``--where`` filters not given.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dlt.extract.source import DltSource

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

if TYPE_CHECKING:
    from ...testing import Sandbox

LANDINGS = {("impact", "actions"), ("impact", "partner_groups"), ("partnerize", "conversions"),
            ("partnerize", "clicks"), ("invoca", "relationships"),
            *(("partnerize", name) for name in PARTNERIZE_LISTS)}


def _sandbox(api: str, options: PullOptions) -> Sandbox[Any] | None:
    """The in-process sandbox ``--sandbox`` asks for (one app; each client gets its own transport to it)."""
    if not options.sandbox:
        return None
    from ...testing import SandboxConfig, sandbox

    return sandbox(api, SandboxConfig(records=options.sandbox_records))


def _ids(options: PullOptions, name: str, env: str = "", box: Sandbox[Any] | None = None) -> list[str]:
    """The ids of ``--where name=...``, else of the environment variable ``env``, else the sandbox's own."""
    raw = options.filters.get(name) or (os.environ.get(env, "") if env else "")
    given = [part.strip() for part in raw.split(",") if part.strip()]
    return given or (list(box.facts.ids.get(name, ())) if box is not None else [])


def source_for(api: str, stream: str, options: PullOptions, tally: Tally) -> DltSource:
    """The dlt source landing ``stream`` of ``api`` as the CLI options ask."""
    if (api, stream) not in LANDINGS:
        known = ", ".join(f"{a} {s}" for a, s in sorted(LANDINGS))
        raise InvalidRequest("stream", f"no landing for {api} {stream}; available: {known}")
    box = _sandbox(api, options)
    if api == "impact":
        return _impact(stream, options, tally, box)
    if api == "partnerize":
        return _partnerize(stream, options, tally, box)
    return _invoca(options, tally, box)


def _impact(stream: str, options: PullOptions, tally: Tally, box: Sandbox[Any] | None) -> DltSource:
    client: Callable[[], ImpactClient] = (box.client if box is not None else
                                          lambda: ImpactClient(base_url=options.base_url or IMPACT_URL))
    campaigns = tuple(int(c) for c in _ids(options, "campaign_id", box=box if stream == "partner_groups" else None))
    if stream == "partner_groups" and not campaigns:
        raise InvalidRequest("campaign_id", "partner_groups need --where campaign_id=ID[,ID...]")
    if options.since is None and stream == "actions":
        raise InvalidRequest("since", "impact actions need --since")
    since = options.since or dt.datetime.now(dt.UTC)  # partner_groups read no dates: the range goes unused
    landing = ImpactLanding(client, since=since, until=options.until,
                            page_size=options.page_size or 20_000, campaign_ids=campaigns, tally=tally)
    source = impact_source(landing)
    return source.with_resources("partner_groups") if stream == "partner_groups" else \
        source.with_resources("actions")


def _partnerize(stream: str, options: PullOptions, tally: Tally, box: Sandbox[Any] | None) -> DltSource:
    client: Callable[[], PartnerizeClient] = (box.client if box is not None else
                                              lambda: PartnerizeClient(base_url=options.base_url or PARTNERIZE_URL))
    publisher = _ids(options, "publisher_id", "PARTNERIZE_PUBLISHER_ID", box)
    if not publisher and stream != "reference":   # the reference lists are the same for every partner
        raise InvalidRequest("publisher_id", "give --where publisher_id=... or set PARTNERIZE_PUBLISHER_ID")
    if stream in PARTNERIZE_LISTS:
        lists = PartnerizeLists(client, (publisher or [""])[0], limit=min(options.page_size or 300, 300), tally=tally)
        return partnerize_lists_source(lists).with_resources(*PARTNERIZE_LISTS[stream])
    if options.since is None:
        raise InvalidRequest("since", "Partnerize reports need --since")
    landing = PartnerizeLanding(client, publisher[0], since=options.since, until=options.until, tally=tally,
                                limit=min(options.page_size or 300, 300))
    return partnerize_source(landing).with_resources("clicks" if stream == "clicks" else "conversions")


def _invoca(options: PullOptions, tally: Tally, box: Sandbox[Any] | None) -> DltSource:
    network = options.filters.get("network_id") or os.environ.get("INVOCA_NETWORK_ID") or \
        (box.facts.default("network_id") if box is not None else None)

    def client() -> InvocaClient:
        if box is None:
            return InvocaClient(network_id=network, base_url=options.base_url)
        made: InvocaClient = box.client(network_id=network)
        return made

    advertisers = _ids(options, "advertiser_id", box=box)
    if not advertisers:
        raise InvalidRequest("advertiser_id", "give --where advertiser_id=ID[,ID...]")
    return invoca_source(InvocaLanding(client, advertisers, tally=tally))
