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
from ..http.quarantine import check_on_invalid
from ..partnerize import PartnerizeClient
from ..partnerize.client import BASE_URL
from .streams import PlanRun, PullOptions, Stream, register


def _client(options: PullOptions) -> PartnerizeClient:
    if not options.sandbox:
        return PartnerizeClient(base_url=options.base_url or BASE_URL)
    from ..testing import SandboxConfig, sandbox

    return sandbox("partnerize", SandboxConfig(records=options.sandbox_records)).client()


def _sandbox_publisher() -> str | None:
    from ..testing import facts

    return facts("partnerize").default("publisher_id")


def _query(options: PullOptions) -> tuple[str, dict[str, Any]]:
    filters: dict[str, Any] = dict(options.filters)
    publisher = filters.pop("publisher_id", None) or os.environ.get("PARTNERIZE_PUBLISHER_ID")
    if options.sandbox and not publisher:
        publisher = _sandbox_publisher()
    if not publisher:
        raise InvalidRequest("publisher_id", "give --where publisher_id=... or set PARTNERIZE_PUBLISHER_ID")
    if options.since is None:
        raise InvalidRequest("since", "Partnerize reports need --since")
    filters["start_date"] = options.since.strftime("%Y-%m-%dT%H:%M:%SZ")
    if options.until is not None:
        filters["end_date"] = options.until.strftime("%Y-%m-%dT%H:%M:%SZ")
    if options.page_size is not None:
        filters["limit"] = options.page_size
    for listed in ("statuses", "currency"):   # comma-separated on the command line, lists for the report
        if listed in filters:
            filters[listed] = [part.strip() for part in filters[listed].split(",") if part.strip()]
    return publisher, filters


def _opener(method: str) -> Callable[[PullOptions, dict[str, Any] | None], AbstractContextManager[PlanRun]]:
    """Open a pull of ``PartnerizeClient.<method>`` (``conversions``: cursor paging; ``clicks``: offset)."""
    @contextmanager
    def open_pull(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
        publisher, filters = _query(options)
        start = filters.pop("start_date")
        with _client(options) as client:
            pull = getattr(client, method)(publisher, start, checkpoint=saved, on_invalid=check_on_invalid(options.on_invalid),
                                           **filters)
            yield PlanRun(pull.plan, pull, client.stats)

    return open_pull


conversions = _opener("conversions")
clicks = _opener("clicks")


WHERE = {"publisher_id": "the partner (default: PARTNERIZE_PUBLISHER_ID)",
         "statuses": "approved, pending, rejected (comma-separated)", "date_type": "the date filtered on",
         "timezone": "e.g. Europe/London", "currency": "ISO codes (comma-separated)"}
register(Stream("partnerize", "conversions", "conversions with their items, by cursor", conversions, where=WHERE))
register(Stream("partnerize", "clicks", "clicks of the click report, by offset", clicks, where=WHERE))
