"""The change log of the impact sandbox's actions and the ActionUpdates endpoints.

One entry per change of an action's state or payout: ``State`` is the action's state after the change (the state
before it is the previous entry's), ``DeltaPayout``/``DeltaAmount`` what the payout and sale amount changed by
against the previous entry (for an action's first entry, against nothing). So an action's deltas add up to its
payout and amount, and its entries, read in order, replay its states. ``UpdateDate`` is when the change was made;
the filters are List Actions' (StartDate/EndDate on ``UpdateDate``, the others on the parent action as it is now).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .pages import ErrorReply, page_answer
from .query import Filtered, Query, parse_query

FIRST_SEQUENCE = 10_000_000
DEFAULT_PAYOUT = "5.00"
DETAILS = {"PENDING": ("AWAITING_LOCK", "Waiting for its locking date or for the brand's approval"),
           "APPROVED": ("LOCKED", "Approved: it pays out with the next payment"),
           "REVERSED": ("REJECTED", "Reversed by the brand: it will not pay out")}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def money(value: Decimal) -> str:
    """A decimal amount as impact writes it: two places, never ``-0.00``."""
    return f"{value:.2f}" if value != 0 else "0.00"


class Action(Filtered, Protocol):
    """What an entry is made from: the parent action's record (``actions.ActionRecord``)."""

    created: datetime
    updated: datetime
    payload: dict[str, str]


@attrs.define
class Entry:
    """One change: when, to which action (as it is now, for the filters), and the payload served."""

    at: datetime
    action: Action
    payload: dict[str, str]


@attrs.define
class UpdateLog:
    """Every change, in the order made; ``select`` serves them newest first, ``get`` one by its id."""

    account_sid: str
    entries: list[Entry] = attrs.field(factory=list)
    by_id: dict[str, Entry] = attrs.field(factory=dict)
    _ordered: list[Entry] | None = attrs.field(default=None)
    _keys: list[datetime] = attrs.field(factory=list)
    _cache: dict[tuple[Any, ...], list[dict[str, str]]] = attrs.field(factory=dict)

    @classmethod
    def seeded(cls, records: Iterable[Action], account_sid: str) -> UpdateLog:
        """The history of seeded actions: each created PENDING at its creation date (deltas: its payout and
        amount), then, unless still PENDING, moved to its state at its update date (deltas zero)."""
        log = cls(account_sid)
        for record in sorted(records, key=lambda r: (r.created, r.payload["Id"])):
            payload = record.payload
            log.record(record, record.created, Decimal(payload["Payout"]), Decimal(payload["Amount"]),
                       state="PENDING", clearing="")
            if record.state != "PENDING":
                log.record(record, record.updated, Decimal(0), Decimal(0))
        return log

    def record(self, action: Action, at: datetime, delta_payout: Decimal, delta_amount: Decimal, *,
               state: str | None = None, clearing: str | None = None) -> dict[str, str]:
        """Log one change of ``action`` made at ``at`` (its state after it: ``state``, default the action's)."""
        a = action.payload
        state = state or a["State"]
        update_id = f"{a['Id']}.{FIRST_SEQUENCE + len(self.entries)}"
        detail, description = DETAILS.get(state, ("", ""))
        payload = {
            "Id": update_id, "ActionId": a["Id"], "CampaignId": a["CampaignId"],
            "ActionTrackerId": a["ActionTrackerId"], "EventTypeId": a["ActionTrackerId"], "EventCode": a["EventCode"],
            "EventTypeName": a["ActionTrackerName"], "State": state, "StateDetail": detail,
            "StateDetailDescription": description, "AdId": a["AdId"], "ReportingState": "IR_BLANK",
            "DeltaPayout": money(delta_payout), "DeltaAmount": money(delta_amount), "Currency": a["Currency"],
            "DefaultPayout": DEFAULT_PAYOUT, "DefaultPayoutCurrency": a["Currency"], "Category": "", "Sku": "",
            "Quantity": "", "CatalogName": "", "CatalogCategory": "", "CatalogDescription": "",
            "CatalogManufacturer": "", "CatalogOriginalFormatCategory": "", "CatalogSubCategory": "",
            "UpdateDate": iso(at), "LockingDate": a["LockingDate"],
            "ClearingDate": a["ClearedDate"] if clearing is None else clearing, "ActionDate": a["EventDate"],
            "Oid": a["Oid"], "SubId1": a["SubId1"], "SubId2": a["SubId2"], "SubId3": a["SubId3"],
            "SharedId": a["SharedId"], "PaystubId": "", "ContractId": f"88{a['CampaignId']}", "PayoutLevel": "ORDER",
            "ActionUri": a["Uri"], "Uri": f"/Mediapartners/{self.account_sid}/ActionUpdates/{update_id}",
        }
        entry = Entry(at, action, payload)
        self.entries.append(entry)
        self.by_id[update_id] = entry
        self._ordered = None
        self._cache.clear()
        return payload

    def payloads(self) -> list[dict[str, str]]:
        """Every entry's payload, in the order the changes were made (the ground truth for tests)."""
        return [e.payload for e in self.entries]

    def select(self, query: Query) -> list[dict[str, str]]:
        """The entries matching ``query``, newest change first."""
        key = attrs.astuple(query)
        if key in self._cache:
            return self._cache[key]
        if self._ordered is None:
            self._ordered = sorted(self.entries, key=lambda e: e.at)
            self._keys = [e.at for e in self._ordered]
        lo = bisect.bisect_left(self._keys, query.updated_from) if query.updated_from else 0
        hi = bisect.bisect_right(self._keys, query.updated_to) if query.updated_to else len(self._keys)
        picked = [e for e in self._ordered[lo:hi] if query.accepts(e.action)]
        picked.sort(key=lambda e: (e.at, e.payload["Id"]), reverse=True)
        result = self._cache[key] = [e.payload for e in picked]
        if len(self._cache) > 32:
            self._cache.pop(next(iter(self._cache)))
        return result


def routes(log: Callable[[], UpdateLog], error: ErrorReply, account_sid: str) -> list[Route]:
    """List Action Updates and Get Action Update over the log ``log()`` returns (made on first use)."""

    async def list_action_updates(request: Request) -> Response:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        query = parse_query(request.query_params, datetime.now(UTC))
        if isinstance(query, str):
            return error(request, 400, query)
        return page_answer(request, log().select(query), "ActionUpdates", error)

    async def get_action_update(request: Request) -> Response:
        if request.path_params["AccountSID"] != account_sid:
            return error(request, 403, "Access Denied: this account is not yours")
        entry = log().by_id.get(request.path_params["id"])
        if entry is None:
            return error(request, 404, "No action update with this id")
        return JSONResponse(entry.payload)

    base = "/Mediapartners/{AccountSID}/ActionUpdates"
    return [Route(base, list_action_updates, methods=["GET"]),
            Route(base + "/{id}", get_action_update, methods=["GET"])]
