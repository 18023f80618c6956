"""The seeded, in-memory state of the Partnerize sandbox: one partner account and everything it manages.

Entities are kept as dicts in their wire shape (the v1 or v2 item the API answers), keyed by id, so handlers
answer them as they are. Everything is derived from the seed, so two stores built alike are identical.

What route modules can rely on (part B included):

* ``seed``, ``records`` (size of the reporting data set), ``publisher_id``, ``publisher_name``, ``network_id``
* ``campaigns``: campaign id -> v1 campaign dict; ``participation``: campaign id -> ``a``/``p``/``r``/None
* ``brands``: brand (advertiser) id -> ``{id, name, ...}``; every campaign has ``advertiser_id``
* ``CAMPAIGN_IDS``/``CAMPAIGN_TITLES``: the six campaigns the partner works with (same ids and titles as the
  reporting data's default campaigns)
* ``shared(key, factory)``: a per-store cache for state another module builds lazily (e.g. report data)
* ``next_id(prefix)``: fresh Partnerize-style ids such as ``111111l5000``
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import attrs

from .conventions import ApiError, not_found

PUBLISHER_ID = "1l1007802"
PUBLISHER_NAME = "Demo Partner"
NETWORK_ID = "111111l1"
CAMPAIGN_IDS = tuple(f"10l{176 + n}" for n in range(6))
CAMPAIGN_TITLES = ("Summer Shoes", "Tech Deals", "Book Club", "City Breaks", "Fashion Week", "Home Audio")
# Campaigns the partner has not joined: offered by discovery (available, invited, ...).
OTHER_CAMPAIGNS = (("10l182", "Garden Living", "111111l7", "invited"), ("10l183", "Pet Supplies", "111111l7", "invited"),
                   ("10l184", "Coffee Club", "111111l8", None), ("10l185", "Kids Toys", "111111l8", None))
PARTICIPATION = {CAMPAIGN_IDS[0]: "a", CAMPAIGN_IDS[1]: "a", CAMPAIGN_IDS[2]: "a", CAMPAIGN_IDS[3]: "a",
                 CAMPAIGN_IDS[4]: "p", CAMPAIGN_IDS[5]: "r"}
CURRENCIES = ("GBP", "USD", "EUR", "JPY")
CREATIVE_TYPES = {1: "Banner", 2: "Text Link", 3: "Email", 4: "HTML", 5: "Feed", 6: "HTML Form"}
VERTICALS = {10: "Other", 1: "Retail", 2: "Technology", 3: "Travel"}
TQ_STATES = ("pending", "approved", "rejected", "pending", "pending")
TQ_TYPES = ("untracked", "incorrect_commission", "declined")
NOW = datetime(2025, 1, 1, tzinfo=UTC)

T = TypeVar("T")


def v1_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


@attrs.define
class PartnerizeStore:
    seed: int
    records: int
    publisher_id: str = PUBLISHER_ID
    publisher_name: str = PUBLISHER_NAME
    network_id: str = NETWORK_ID
    partner: dict[str, Any] = attrs.field(factory=dict)
    websites: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    databases: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    brands: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    campaigns: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    participation: dict[str, str | None] = attrs.field(factory=dict)
    invitations: dict[str, str] = attrs.field(factory=dict)  # campaign id -> invitation id
    creatives: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)  # campaign id -> creatives
    feeds: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)  # campaign id -> feeds
    feed_active: dict[str, bool] = attrs.field(factory=dict)  # feed id -> active
    custom_terms: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)  # terms id -> one per locale
    vouchers: dict[str, list[dict[str, Any]]] = attrs.field(factory=dict)  # campaign id -> voucher codes
    commissions: dict[str, dict[str, Any]] = attrs.field(factory=dict)  # campaign id -> {kind: ...}
    commission_groups: list[dict[str, Any]] = attrs.field(factory=list)
    transaction_queries: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    self_bills: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    payment_details: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    links: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    _counter: int = 5000
    _shared: dict[str, Any] = attrs.field(factory=dict)

    # --- helpers ---------------------------------------------------------------------------------------------

    def next_id(self, prefix: str = "111111l") -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def shared(self, key: str, factory: Callable[[], T]) -> T:
        """The value cached under ``key``, built by ``factory`` on first use.

        The cache is heterogeneous (``dict[str, Any]``); each key is only ever filled by its one factory, so the
        value read back has the factory's type.
        """
        if key not in self._shared:
            self._shared[key] = factory()
        value: T = self._shared[key]
        return value

    def require_publisher(self, publisher_id: str) -> None:
        """404 unless ``publisher_id`` is the sandbox's partner (others are not visible to this user)."""
        if publisher_id != self.publisher_id:
            raise not_found("publisher", publisher_id)

    def require_campaign(self, campaign_id: str) -> dict[str, Any]:
        campaign = self.campaigns.get(campaign_id)
        if campaign is None:
            raise not_found("campaign", campaign_id)
        return campaign

    def joined(self, campaign_id: str) -> dict[str, Any]:
        """A campaign the partner takes part in (approved); 404 otherwise."""
        campaign = self.require_campaign(campaign_id)
        if self.participation.get(campaign_id) != "a":
            raise ApiError(404, f"campaign not found for id '{campaign_id}'")
        return campaign

    def campaign_view(self, campaign_id: str) -> dict[str, Any]:
        """The v1 campaign as the partner sees it (with its participation status)."""
        return {**self.campaigns[campaign_id], "publisher_status": self.participation.get(campaign_id) or ""}

    def discovery_status(self, campaign_id: str) -> str | None:
        if campaign_id in self.invitations:
            return "INVITED"
        return {None: "AVAILABLE", "p": "REQUESTED", "r": "REJECTED"}.get(self.participation.get(campaign_id))

    # --- seeding ---------------------------------------------------------------------------------------------

    @classmethod
    def seeded(cls, seed: int = 7, records: int = 10_000) -> PartnerizeStore:
        rng = random.Random(f"partnerize-management-{seed}")
        from . import seeding  # the seed data builders need this module's constants

        store = cls(seed=seed, records=records)
        seeding.seed_partner(store)
        seeding.seed_websites_and_databases(store)
        seeding.seed_campaigns(store, rng)
        seeding.seed_commissions(store, rng)
        seeding.seed_transaction_queries(store, rng)
        seeding.seed_payments(store, rng)
        seeding.seed_links(store, rng)
        return store

    def transaction_query(self, tq_id: str, cid: str, campaign: dict[str, Any], kind: str, state: str, created: datetime,
            value: float | None, expected: float | None, conversion_reference: str, publisher_reference: str,
            notes: str, currency: str | None = None, conversion_time: str | None = None) -> dict[str, Any]:
        return {
            "campaign": {
                "advertiser_id": campaign["advertiser_id"], "campaign_id": cid, "created": "2017-01-01 00:00:00",
                "created_by": "11l16829", "default_override": "1", "hidden_campaign": campaign["hidden_campaign"],
                "last_modified": "2017-01-01 00:00:00", "network_fee": None, "payment_date": None,
                "reporting_timezone": campaign["reporting_timezone"], "status": campaign["status"],
                "title": campaign["title"], "type": campaign["conversion_type"], "vertical_id": campaign["vertical_id"],
                "week_start": "monday",
            },
            "campaign_id": cid, "camref": f"cr{cid}", "conversion_currency": currency or campaign["default_currency"],
            "conversion_date_time": conversion_time or v1_time(created - timedelta(days=5)),
            "conversion_id": f"111111l{304972 + int(tq_id.split('l')[-1])}", "conversion_reference": conversion_reference,
            "conversion_value": value, "created_at": v1_time(created), "current_state": state,
            "expected_commission": expected, "notes": notes,
            "publisher": {
                "agreed_to_latest_network_terms": "y", "created": self.partner["created"], "created_by": "11l16829",
                "name": self.publisher_name, "network_id": self.network_id, "network_status": "a",
                "publisher_id": self.publisher_id, "ref_terms_and_conditions_locale_id": "1l100284",
                "reporting_timezone": self.partner["reporting_timezone"], "signup_ip": "10.0.0.1", "week_start": "monday",
            },
            "publisher_id": self.publisher_id, "publisher_reference": publisher_reference,
            "state_history": {
                "conversion_expected_commission": expected, "conversion_item_id": f"111111l{1107235 + len(tq_id)}",
                "created_at": v1_time(created), "notes": notes, "state": state, "transaction_query_id": tq_id,
                "transaction_query_state_id": f"{tq_id}s", "user_id": "11l16829",
            },
            "transaction_query_id": tq_id, "transaction_query_type": kind, "updated_at": v1_time(created),
        }

    def create_transaction_query(self, fields: dict[str, Any]) -> dict[str, Any]:
        cid = next((c for c in self.campaigns if f"cr{c}" == fields.get("camref")), CAMPAIGN_IDS[0])
        tq_id = self.next_id()
        return self.transaction_queries.setdefault(tq_id, self.transaction_query(
            tq_id, cid, self.campaigns[cid], fields["transaction_query_type"], "pending", NOW,
            fields.get("conversion_value"), fields.get("expected_commission"), fields["conversion_reference"],
            fields.get("publisher_reference", ""), fields.get("notes", ""), fields.get("conversion_currency"),
            fields.get("conversion_date_time")))

    def balance_summary(self) -> dict[str, Any]:
        def totals(bills: list[dict[str, Any]]) -> dict[str, float] | list[Any]:
            out: dict[str, float] = {}
            for bill in bills:
                out[bill["tracked_currency"]] = round(out.get(bill["tracked_currency"], 0) + bill["net_value"], 2)
            return out or []

        bills = list(self.self_bills.values())
        paid = [b for b in bills if b["status"] == "paid"]
        unpaid = [b for b in bills if b["status"] != "paid"]
        return {"available": totals(unpaid[-1:]), "confirmed": totals(unpaid[:-1]),
                "pending": {"GBP": 125.11, "EUR": 57.65}, "approved": {"GBP": 90.8, "USD": 100.23},
                "paid": totals(paid)}

    def available_commission(self) -> dict[str, Any]:
        unpaid = [b for b in self.self_bills.values() if b["status"] != "paid"]
        value = round(sum(b["tracked_net_value"] for b in unpaid), 2)
        commission = round(value * 0.55, 2)
        return {"no_items": sum(b["items_in_bill"] for b in unpaid), "value": value, "publisher_commission": commission,
                "currency": "GBP", "publisher_id": self.publisher_id,
                "publisher_commission_converted": {"currency": "USD", "value": round(commission * 1.27, 2)}}
