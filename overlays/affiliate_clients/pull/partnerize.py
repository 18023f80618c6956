"""Partnerize streams for ``affiliate-clients pull``: conversions (cursor paging) and clicks (offset paging).

``--where publisher_id=...`` names the partner (or ``PARTNERIZE_PUBLISHER_ID``); other filters
(``statuses``, ``date_type``, ``timezone``...) go to the report as given.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from ..http.errors import InvalidRequest
from ..partnerize import PartnerizeClient
from ..partnerize.client import BASE_URL
from .streams import PlanRun, PullOptions, Stream, register

SANDBOX_PUBLISHER = "1l1007802"


def _client(options: PullOptions) -> PartnerizeClient:
    if not options.sandbox:
        return PartnerizeClient(base_url=options.base_url or BASE_URL)
    import httpx

    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app

    from ..http.clients import Transport

    app = create_app(SandboxConfig(records=options.sandbox_records))
    transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
    return PartnerizeClient(APPLICATION_KEY, USER_API_KEY, base_url="http://127.0.0.1", transport=transport)


def _query(options: PullOptions) -> tuple[str, dict[str, Any]]:
    filters: dict[str, Any] = dict(options.filters)
    publisher = filters.pop("publisher_id", None) or os.environ.get("PARTNERIZE_PUBLISHER_ID")
    if options.sandbox and not publisher:
        publisher = SANDBOX_PUBLISHER
    if not publisher:
        raise InvalidRequest("publisher_id", "give --where publisher_id=... or set PARTNERIZE_PUBLISHER_ID")
    if options.since is None:
        raise InvalidRequest("since", "Partnerize reports need --since")
    filters["start_date"] = options.since.strftime("%Y-%m-%dT%H:%M:%SZ")
    if options.until is not None:
        filters["end_date"] = options.until.strftime("%Y-%m-%dT%H:%M:%SZ")
    if options.page_size:
        filters["limit"] = options.page_size
    return publisher, filters


def _opener(method: str) -> Callable[[PullOptions, dict[str, Any] | None], AbstractContextManager[PlanRun]]:
    """Open a pull of ``PartnerizeClient.<method>`` (``conversions``: cursor paging; ``clicks``: offset)."""
    @contextmanager
    def open_pull(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
        publisher, filters = _query(options)
        start = filters.pop("start_date")
        with _client(options) as client:
            pull = getattr(client, method)(publisher, start, checkpoint=saved, **filters)
            yield PlanRun(pull.plan, pull, client.stats)

    return open_pull


conversions = _opener("conversions")
clicks = _opener("clicks")


register(Stream("partnerize", "conversions", "conversions with their items, by cursor", conversions))
register(Stream("partnerize", "clicks", "clicks of the click report, by offset", clicks))
