"""impact.com streams for ``affiliate-clients pull``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..http.errors import InvalidRequest
from ..impact import ImpactClient
from ..impact.client import BASE_URL
from .streams import PlanRun, PullOptions, Stream, register


def _client(options: PullOptions) -> ImpactClient:
    if not options.sandbox:
        return ImpactClient(base_url=options.base_url or BASE_URL)
    import httpx

    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

    from ..http.clients import Transport

    app = create_app(SandboxConfig(records=options.sandbox_records))
    transport = Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))
    return ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1", rate=None, transport=transport)


@contextmanager
def actions(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
    """Actions updated in ``[since, until]``; ``filters`` may hold ``state`` and ``campaign_id``."""
    with _client(options) as client:
        if saved is not None:
            plan = ImpactClient.resume_actions(saved)
        else:
            if options.since is None or options.until is None:
                raise InvalidRequest("since", "impact actions need --since and --until")
            extra: dict[str, Any] = dict(options.filters)
            if options.page_size:
                extra["page_size"] = options.page_size
            if "campaign_id" in extra:
                extra["campaign_id"] = int(extra["campaign_id"])
            plan = client.plan_actions(options.since, options.until, **extra)
        yield PlanRun(plan, client.iterate_plan(plan), client.stats)


def sandbox_range(today: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """The range the impact sandbox seeds (created over the 180 days up to today, UTC, updated up to four days
    later): the default for ``--sandbox``."""
    anchor = dt.datetime.combine(today or dt.datetime.now(dt.UTC).date(), dt.time(), dt.UTC)
    return anchor - dt.timedelta(days=181), anchor + dt.timedelta(days=5)


register(Stream("impact", "actions", "actions (conversions) by update date, across 45-day windows", actions))
