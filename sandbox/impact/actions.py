"""Seeded impact.com actions and the List Actions endpoint with its documented rules.

Rules enforced (from the List Actions doc): StartDate and EndDate go together, at most 45 days apart, and
StartDate no more than three years back; the LockingDate pair likewise; no date filter means the last seven
days; PageSize at least 2,000 (checked by the spec layer) and at most ten pages per result; newest first.

Every change the store makes to an action (:meth:`ActionStore.change` and the helpers built on it, new actions
from :meth:`ActionStore.add`) is written to its change log (``store.log``, :mod:`.updates`), which the
ActionUpdates endpoints serve.
"""

from __future__ import annotations

import bisect
import random
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import Response

from .pages import page_answer
from .query import Query, parse_query
from .updates import UpdateLog, iso, money

SPAN = timedelta(days=180)
UPDATE_LAG = timedelta(days=3)  # an action is last updated within this long after its creation
CENT = Decimal("0.01")
STATES = ("PENDING", "APPROVED", "REVERSED")
REFERRING = ("CLICK_COOKIE", "CLICK_FINGERPRINT", "PROMOCODE", "IMPRESSION_COOKIE", "CALL")
CITIES = (("Santa Barbara", "California", "US", "805"), ("Leeds", "West Yorkshire", "GB", "0113"),
          ("Lyon", "Auvergne-Rhone-Alpes", "FR", "04"), ("Austin", "Texas", "US", "512"))

ErrorReply = Callable[[Request, int, str], Response]


def today() -> datetime:
    """The default anchor of the seeded data: today, midnight UTC."""
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def data_range(anchor: datetime | None = None) -> tuple[datetime, datetime]:
    """The update dates the actions seeded up to ``anchor`` (default: today) fall in: created over the
    ``SPAN`` before it, updated up to ``UPDATE_LAG`` later."""
    anchor = anchor or today()
    return anchor - SPAN, anchor + UPDATE_LAG


_iso = iso


@attrs.define
class ActionRecord:
    """One action plus the server-side last-update time, which the payload does not carry; ``adjusted`` and
    ``reason``: when and why its items were last adjusted (a new payout or a reversal)."""

    updated: datetime
    created: datetime
    event: datetime
    locking: datetime
    campaign_id: int
    state: str
    payload: dict[str, str]
    adjusted: datetime | None = None
    reason: str = ""


@attrs.define
class ActionStore:
    """Actions sorted by last-update time, with a small cache of filtered results per query."""

    anchor: datetime
    records: list[ActionRecord]
    account_sid: str = ""
    updated_keys: list[datetime] = attrs.field(init=False)
    _cache: OrderedDict[tuple[Any, ...], list[dict[str, str]]] = attrs.field(init=False, factory=OrderedDict)
    _log: UpdateLog | None = attrs.field(init=False, default=None)
    _index: dict[str, ActionRecord] | None = attrs.field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        self.records.sort(key=lambda r: r.updated)
        self.updated_keys = [r.updated for r in self.records]

    @classmethod
    def seeded(cls, seed: int, count: int, account_sid: str, anchor: datetime | None = None) -> ActionStore:
        """``count`` actions spread over the 180 days before ``anchor`` (default: today, midnight UTC)."""
        anchor = anchor or today()
        rng = random.Random(seed)
        span = int(SPAN.total_seconds())
        records = []
        for n in range(count):
            created = anchor - timedelta(seconds=rng.randrange(span))
            event = created - timedelta(seconds=rng.randrange(3600))
            referring = event - timedelta(seconds=rng.randrange(86400))
            locking = (created + timedelta(days=30)).replace(hour=0, minute=0, second=0)
            updated = created + timedelta(seconds=rng.randrange(int(UPDATE_LAG.total_seconds())))
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
        return cls(anchor, records, account_sid)

    @property
    def log(self) -> UpdateLog:
        """The change log: made on first use from the seeded actions (each created PENDING, then moved to its
        state at its update date), then one entry per change the store makes."""
        if self._log is None:
            self._log = UpdateLog.seeded(self.records, self.account_sid or _sid_of(self.records))
        return self._log

    def find(self, action_id: str) -> ActionRecord | None:
        """The action with this id, or None."""
        if self._index is None:
            self._index = {r.payload["Id"]: r for r in self.records}
        return self._index.get(action_id)

    # -- mutations for tests: what happens to actions between two pulls ------------------------------------
    def _changed(self) -> None:
        self.records.sort(key=lambda r: r.updated)
        self.updated_keys = [r.updated for r in self.records]
        self._cache.clear()

    def change(self, ids: Iterable[str], at: datetime, *, state: str | None = None,
               payout: Decimal | str | None = None, amount: Decimal | str | None = None) -> list[dict[str, str]]:
        """Change the actions ``ids`` at ``at`` as a brand would between two pulls: a new ``state`` and/or a new
        ``payout`` or sale ``amount`` (re-pricing). Each action that really changes gets one entry in the change
        log, with the state after the change and the payout and amount deltas; an action already so is left
        alone. A new payout or amount is an edit and moves the action's update date to ``at``; a new state alone
        does not (the List Actions doc: a state transition is not an update). Returns the entries made."""
        log, wanted, made = self.log, set(ids), []
        for record in self.records:
            if record.payload["Id"] not in wanted:
                continue
            old_payout, old_amount = Decimal(record.payload["Payout"]), Decimal(record.payload["Amount"])
            new_payout = old_payout if payout is None else Decimal(payout).quantize(CENT)
            new_amount = old_amount if amount is None else Decimal(amount).quantize(CENT)
            new_state = state or record.state
            if (new_state, new_payout, new_amount) == (record.state, old_payout, old_amount):
                continue
            if (new_payout, new_amount) != (old_payout, old_amount):
                record.updated = at
                record.adjusted, record.reason = at, "RECALC_COMM"
                record.payload.update(Payout=money(new_payout), DeltaPayout=money(new_payout - old_payout),
                                      IntendedPayout=money(new_payout), Amount=money(new_amount),
                                      DeltaAmount=money(new_amount - old_amount), IntendedAmount=money(new_amount))
            if new_state != record.state:
                record.state = record.payload["State"] = new_state
                record.payload["ClearedDate"] = _iso(at) if new_state == "APPROVED" else ""
                if new_state == "REVERSED":
                    record.adjusted, record.reason = at, "REJECTED"
            made.append(log.record(record, at, new_payout - old_payout, new_amount - old_amount))
        self._changed()
        return made

    def set_state(self, ids: set[str], state: str, at: datetime) -> int:
        """Move the actions ``ids`` to ``state`` at ``at`` without touching their update date (a state
        transition is not an update, as the List Actions doc says). Returns how many of ``ids`` exist."""
        self.change(ids, at, state=state)
        return sum(1 for r in self.records if r.payload["Id"] in ids)

    def approve(self, ids: set[str], at: datetime) -> int:
        """``set_state(ids, "APPROVED", at)``."""
        return self.set_state(ids, "APPROVED", at)

    def reverse(self, ids: set[str], at: datetime) -> list[dict[str, str]]:
        """Reverse the actions ``ids`` at ``at``: REVERSED, their payout taken back to 0.00 (one change each)."""
        return self.change(ids, at, state="REVERSED", payout=Decimal(0))

    def reprice(self, ids: set[str], at: datetime, factor: Decimal | str) -> list[dict[str, str]]:
        """Re-price the actions ``ids`` at ``at``: payout and sale amount times ``factor`` (one change each)."""
        made = []
        for action_id in sorted(ids):
            record = self.find(action_id)
            if record is not None:
                made += self.change({action_id}, at, payout=Decimal(record.payload["Payout"]) * Decimal(factor),
                                    amount=Decimal(record.payload["Amount"]) * Decimal(factor))
        return made

    def add(self, count: int, at: datetime, seed: int = 0) -> list[str]:
        """``count`` new PENDING actions created (and updated) at ``at``, each logged as a change from nothing;
        returns their ids."""
        log = self.log
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
            record = ActionRecord(at, at, at, locking, campaign, "PENDING", payload)
            self.records.append(record)
            log.record(record, at, Decimal(payload["Payout"]), Decimal(payload["Amount"]))
            added.append(action_id)
        self._index = None
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


def _sid_of(records: list[ActionRecord]) -> str:
    """The account of actions made without one (their ``Uri`` names it)."""
    return records[0].payload["Uri"].split("/")[2] if records else ""


def endpoint(store: ActionStore, error: ErrorReply, account_sid: str) -> Callable[[Request], Any]:
    async def list_actions(request: Request) -> Response:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        query = parse_query(request.query_params, datetime.now(UTC))
        if isinstance(query, str):
            return error(request, 400, query)
        return page_answer(request, store.select(query), "Actions", error)

    return list_actions
