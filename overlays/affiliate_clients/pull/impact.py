"""impact.com streams for ``affiliate-clients pull``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..http.errors import InvalidRequest
from ..http.quarantine import check_on_invalid
from ..impact import ImpactClient
from ..impact.client import BASE_URL
from .streams import PlanRun, PullOptions, Stream, register


def _client(options: PullOptions) -> ImpactClient:
    if not options.sandbox:
        return ImpactClient(base_url=options.base_url or BASE_URL)
    from ..testing import SandboxConfig, sandbox

    return sandbox("impact", SandboxConfig(records=options.sandbox_records)).client()


@contextmanager
def actions(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
    """Actions updated in ``[since, until]``; ``filters`` may hold ``state`` and ``campaign_id``."""
    with _client(options) as client:
        if saved is not None:
            plan = ImpactClient.resume_actions(saved)
        else:
            if options.since is None or options.until is None:
                raise InvalidRequest("since" if options.since is None else "until",
                                     "impact actions need --since and --until")
            extra: dict[str, Any] = dict(options.filters)
            if options.page_size is not None:
                extra["page_size"] = options.page_size
            if "campaign_id" in extra:
                if not extra["campaign_id"].isdigit():
                    raise InvalidRequest("campaign_id", f"must be a whole number, got {extra['campaign_id']!r}")
                extra["campaign_id"] = int(extra["campaign_id"])
            plan = client.plan_actions(options.since, options.until, **extra)
        yield PlanRun(plan, client.iterate_plan(plan, on_invalid=check_on_invalid(options.on_invalid)), client.stats)


register(Stream("impact", "actions", "actions (conversions) by update date, across 45-day windows", actions,
                where={"state": "APPROVED, PENDING or REVERSED", "campaign_id": "a campaign (program) id"},
                needs_until=True))
