"""The filters of impact's action lists (List Actions, List Action Updates) and their documented rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import attrs

MAX_WINDOW = timedelta(days=45)
MAX_LOOKBACK = timedelta(days=3 * 365)
DEFAULT_WINDOW = timedelta(days=7)


class Filtered(Protocol):
    """What the filters look at: an action's campaign, current state, event time and locking date."""

    campaign_id: int
    state: str
    event: datetime
    locking: datetime


@attrs.frozen
class Query:
    campaign_id: int | None = None
    state: str | None = None
    event_from: datetime | None = None
    event_to: datetime | None = None
    updated_from: datetime | None = None
    updated_to: datetime | None = None
    locking_from: datetime | None = None
    locking_to: datetime | None = None

    def accepts(self, r: Filtered) -> bool:
        event = r.event
        return ((self.campaign_id is None or r.campaign_id == self.campaign_id)
                and (self.state is None or r.state == self.state)
                and (self.event_from is None or event >= self.event_from)
                and (self.event_to is None or event <= self.event_to)
                and (self.locking_from is None or r.locking >= self.locking_from)
                and (self.locking_to is None or r.locking <= self.locking_to))


def _moment(params: Any, name: str) -> datetime | None:
    raw = params.get(name)
    if raw is None:
        return None
    moment = datetime.fromisoformat(raw)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_query(params: Any, now: datetime) -> Query | str:
    """The query of a request, or the message of the rule it breaks."""
    start, end = _moment(params, "StartDate"), _moment(params, "EndDate")
    lock_start, lock_end = _moment(params, "LockingDateStart"), _moment(params, "LockingDateEnd")
    if (start is None) != (end is None):
        return "StartDate and EndDate must be given together"
    if (lock_start is None) != (lock_end is None):
        return "LockingDateStart and LockingDateEnd must be given together"
    for low, high, label in ((start, end, "StartDate and EndDate"), (lock_start, lock_end, "LockingDateStart and LockingDateEnd")):
        if low is not None and high is not None and high - low > MAX_WINDOW:
            return f"{label} cannot be more than 45 days apart"
    if start is not None and start < now - MAX_LOOKBACK:
        return "StartDate cannot be more than 3 years in the past"
    event_from, event_to = _moment(params, "ActionDateStart"), _moment(params, "ActionDateEnd")
    if start is None and lock_start is None and event_from is None and event_to is None:
        start, end = now - DEFAULT_WINDOW, now
    campaign = params.get("CampaignId")
    return Query(int(campaign) if campaign else None, params.get("State"), event_from, event_to,
                 start, end, lock_start, lock_end)
