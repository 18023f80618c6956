"""Seeded impact.com actions and the List Actions endpoint with its documented rules.

Rules enforced (from the List Actions doc): StartDate and EndDate go together, at most 45 days apart, and
StartDate no more than three years back; the LockingDate pair likewise; no date filter means the last seven
days; PageSize at least 2,000 (checked by the spec layer) and at most ten pages per result; newest first.
"""

from __future__ import annotations

import bisect
import random
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

MAX_WINDOW = timedelta(days=45)
MAX_LOOKBACK = timedelta(days=3 * 365)
DEFAULT_WINDOW = timedelta(days=7)
MAX_PAGES = 10
DEFAULT_PAGE_SIZE = 20_000
SPAN = timedelta(days=180)
TOO_MANY_PAGES = "The result exceeds 10 pages; narrow StartDate/EndDate or raise PageSize"
STATES = ("PENDING", "APPROVED", "REVERSED")
REFERRING = ("CLICK_COOKIE", "CLICK_FINGERPRINT", "PROMOCODE", "IMPRESSION_COOKIE", "CALL")
CITIES = (("Santa Barbara", "California", "US", "805"), ("Leeds", "West Yorkshire", "GB", "0113"),
          ("Lyon", "Auvergne-Rhone-Alpes", "FR", "04"), ("Austin", "Texas", "US", "512"))

ErrorReply = Callable[[Request, int, str], Response]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


@attrs.define
class ActionRecord:
    """One action plus the server-side last-update time, which the payload does not carry."""

    updated: datetime
    created: datetime
    event: datetime
    locking: datetime
    campaign_id: int
    state: str
    payload: dict[str, str]


@attrs.define
class ActionStore:
    """Actions sorted by last-update time, with a small cache of filtered results per query."""

    anchor: datetime
    records: list[ActionRecord]
    updated_keys: list[datetime] = attrs.field(init=False)
    _cache: OrderedDict[tuple[Any, ...], list[dict[str, str]]] = attrs.field(init=False, factory=OrderedDict)

    def __attrs_post_init__(self) -> None:
        self.records.sort(key=lambda r: r.updated)
        self.updated_keys = [r.updated for r in self.records]

    @classmethod
    def seeded(cls, seed: int, count: int, account_sid: str, anchor: datetime | None = None) -> ActionStore:
        """``count`` actions spread over the 180 days before ``anchor`` (default: today, midnight UTC)."""
        anchor = anchor or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        rng = random.Random(seed)
        span = int(SPAN.total_seconds())
        records = []
        for n in range(count):
            created = anchor - timedelta(seconds=rng.randrange(span))
            event = created - timedelta(seconds=rng.randrange(3600))
            referring = event - timedelta(seconds=rng.randrange(86400))
            locking = (created + timedelta(days=30)).replace(hour=0, minute=0, second=0)
            updated = created + timedelta(seconds=rng.randrange(3 * 86400))
            state = "APPROVED" if locking < anchor and rng.random() < 0.9 else rng.choice(STATES)
            campaign = rng.choice((1000, 1000, 2000, 3000))
            amount = rng.randrange(500, 50000) / 100
            payout = round(amount * 0.04, 2)
            city, region, country, area = rng.choice(CITIES)
            cleared = _iso(locking + timedelta(days=2)) if state == "APPROVED" else ""
            action_id = f"{campaign}.{4000 + n % 997}.{100000 + n}"
            payload = {
                "Id": action_id, "CampaignId": str(campaign), "CampaignName": f"Campaign {campaign}",
                "ActionTrackerId": "2240", "ActionTrackerName": "Sale", "EventCode": "", "State": state,
                "AdId": str(500000 + rng.randrange(1000)), "Payout": f"{payout:.2f}", "DeltaPayout": f"{payout:.2f}",
                "IntendedPayout": f"{payout:.2f}", "Amount": f"{amount:.2f}", "DeltaAmount": f"{amount:.2f}",
                "IntendedAmount": f"{amount:.2f}", "Currency": "USD", "ReferringDate": _iso(referring),
                "EventDate": _iso(event), "CreationDate": _iso(created), "LockingDate": _iso(locking),
                "ClearedDate": cleared, "ReferringType": rng.choice(REFERRING), "ReferringDomain": "",
                "PromoCode": "", "Oid": str(9_000_000_000 + n), "CustomerArea": area, "CustomerCity": city,
                "CustomerRegion": region, "CustomerCountry": country, "SubId1": "", "SubId2": "", "SubId3": "",
                "SharedId": f"RT-{n}", "Uri": f"/Mediapartners/{account_sid}/Actions/{action_id}",
            }
            records.append(ActionRecord(updated, created, event, locking, campaign, state, payload))
        return cls(anchor, records)

    # -- mutations for tests: what happens to actions between two pulls ------------------------------------
    def _changed(self) -> None:
        self.records.sort(key=lambda r: r.updated)
        self.updated_keys = [r.updated for r in self.records]
        self._cache.clear()

    def set_state(self, ids: set[str], state: str, at: datetime) -> int:
        """Move the actions ``ids`` to ``state`` at ``at`` without touching their update date (a state
        transition is not an update, as the List Actions doc says). Returns how many moved."""
        moved = 0
        for record in self.records:
            if record.payload["Id"] in ids:
                record.state = record.payload["State"] = state
                record.payload["ClearedDate"] = _iso(at) if state == "APPROVED" else ""
                moved += 1
        self._cache.clear()
        return moved

    def approve(self, ids: set[str], at: datetime) -> int:
        """``set_state(ids, "APPROVED", at)``."""
        return self.set_state(ids, "APPROVED", at)

    def add(self, count: int, at: datetime, seed: int = 0) -> list[str]:
        """``count`` new PENDING actions created (and updated) at ``at``; returns their ids."""
        rng = random.Random(f"add-{seed}-{len(self.records)}")
        added = []
        for _ in range(count):
            template = rng.choice(self.records)
            n = len(self.records) + 1_000_000
            campaign = template.campaign_id
            action_id = f"{campaign}.{4000 + n % 997}.{100000 + n}"
            amount = rng.randrange(500, 50000) / 100
            payout = round(amount * 0.04, 2)
            locking = (at + timedelta(days=30)).replace(hour=0, minute=0, second=0, microsecond=0)
            payload = {**template.payload, "Id": action_id, "State": "PENDING", "ClearedDate": "",
                       "Amount": f"{amount:.2f}", "DeltaAmount": f"{amount:.2f}", "IntendedAmount": f"{amount:.2f}",
                       "Payout": f"{payout:.2f}", "DeltaPayout": f"{payout:.2f}", "IntendedPayout": f"{payout:.2f}",
                       "EventDate": _iso(at), "CreationDate": _iso(at), "ReferringDate": _iso(at),
                       "LockingDate": _iso(locking), "Oid": str(9_000_000_000 + n), "SharedId": f"RT-{n}",
                       "Uri": template.payload["Uri"].rsplit("/", 1)[0] + f"/{action_id}"}
            self.records.append(ActionRecord(at, at, at, locking, campaign, "PENDING", payload))
            added.append(action_id)
        self._changed()
        return added

    def select(self, query: Query) -> list[dict[str, str]]:
        """The payloads matching ``query``, newest creation first (cached for paging)."""
        key = attrs.astuple(query)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        lo = bisect.bisect_left(self.updated_keys, query.updated_from) if query.updated_from else 0
        hi = bisect.bisect_right(self.updated_keys, query.updated_to) if query.updated_to else len(self.records)
        picked = [r for r in self.records[lo:hi] if query.accepts(r)]
        picked.sort(key=lambda r: (r.created, r.payload["Id"]), reverse=True)
        result = [r.payload for r in picked]
        self._cache[key] = result
        if len(self._cache) > 32:
            self._cache.popitem(last=False)
        return result


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

    def accepts(self, r: ActionRecord) -> bool:
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


def endpoint(store: ActionStore, error: ErrorReply, account_sid: str) -> Callable[[Request], Any]:
    async def list_actions(request: Request) -> Response:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        params = request.query_params
        query = parse_query(params, datetime.now(UTC))
        if isinstance(query, str):
            return error(request, 400, query)
        page_size = int(params.get("PageSize", DEFAULT_PAGE_SIZE))
        page = int(params.get("Page", 1))
        rows = store.select(query)
        pages = max(1, -(-len(rows) // page_size))
        if pages > MAX_PAGES:
            return error(request, 400, TOO_MANY_PAGES)
        chunk = rows[(page - 1) * page_size: page * page_size]
        base = request.url.path
        others = [(k, v) for k, v in params.multi_items() if k != "Page"]

        def link(n: int) -> str:
            return f"{base}?{urlencode([*others, ('Page', str(n))])}"

        start = (page - 1) * page_size
        body = {
            "@page": str(page), "@numpages": str(pages), "@pagesize": str(page_size), "@total": str(len(rows)),
            "@start": str(start), "@end": str(max(start, start + len(chunk) - 1)), "@uri": link(page),
            "@firstpageuri": link(1), "@previouspageuri": link(page - 1) if page > 1 else "",
            "@nextpageuri": link(page + 1) if page < pages else "", "@lastpageuri": link(pages),
            "Actions": chunk,
        }
        return JSONResponse(body)

    return list_actions
