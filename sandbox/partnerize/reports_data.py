"""The seeded click, conversion and impression data behind the Partnerize reports, exports and analytics.

Everything is derived from ``(seed, conversions)``, so two sandboxes built alike hold identical data. Records
are compact slotted objects; JSON is only built for the page being served. Conversions, their items, clicks
and impressions are each kept in time order (with their epoch seconds alongside, for ``bisect``).

The sandbox's clock stands still at ``NOW`` (the end of the data window), so named periods such as
``text_date=yesterday`` select data deterministically.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .store import PartnerizeStore

DATA_START = datetime(2024, 1, 1, tzinfo=UTC)
NOW = datetime(2025, 1, 1, tzinfo=UTC)
SPAN = (NOW - DATA_START).total_seconds()
CURRENCIES = ("GBP", "USD", "EUR", "JPY")
TO_USD = {"GBP": 1.27, "USD": 1.0, "EUR": 1.08, "JPY": 0.0067, "AUD": 0.66, "CAD": 0.74, "SGD": 0.74,
          "PLN": 0.25, "CHF": 1.13, "SEK": 0.095}
COUNTRIES = ("GB", "US", "DE", "FR", "ES", "IT", "JP", "AU")
DEVICES = {1: "Other", 2: "Desktop", 3: "Mobile", 4: "Tablet", 5: "Smart TV"}
TRAFFIC_SOURCES = {1: "Other", 2: "Content", 3: "Affiliate", 4: "Social"}
PARTNERSHIP_MODELS = {1: "Other", 2: "CPA", 3: "CPC"}
USER_CONTEXTS = {1: "Other", 2: "Web", 3: "App"}
CONVERSION_METRICS = {1: "Other", 2: "Standard", 3: "App Download"}
CONVERSION_TYPES = {1: "standard", 2: "bonus"}
BROWSERS = (("Chrome", "120", "0", "6099"), ("Safari", "17", "2", "1"), ("Firefox", "121", "0", "1"),
            ("Edge", "120", "0", "2210"))
OSES = (("Windows", "10", "0", "0"), ("iOS", "17", "2", "1"), ("Android", "14", "0", "0"), ("Mac OS X", "14", "2", "1"))
CATEGORIES = ("Shoes", "Clothing", "Electronics", "Books", "Travel")
STATUSES = ("approved", "pending", "rejected")
STATUS_IDS = {"pending": 1, "approved": 2, "rejected": 3}
CURSOR_BASE = 10_000_000_000


_MOMENT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,6}))?)?)?"
                     r"(Z|[+-][0-9]{2}:?[0-9]{2})?")


def rolling_moment(text: str) -> tuple[datetime, tzinfo | None] | None:
    """Parse ``YYYY-MM-DD[( |T)HH:MM[:SS[.ffffff]]][Z|+HH:MM]`` the lenient way PHP does: fields past their range
    roll over into the next unit (``2016-02-30`` is 1 March). Returns the naive moment and its offset, if any."""
    m = _MOMENT.fullmatch(text.strip())
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g or 0) for g in m.groups()[:6])
    year, month0 = divmod(year * 12 + month - 1, 12)
    if not 1 <= year <= 9998:
        return None
    moment = datetime(year, month0 + 1, 1) + timedelta(days=day - 1, hours=hour, minutes=minute, seconds=second,
                                                       microseconds=int((m.group(7) or "0").ljust(6, "0")))
    offset = m.group(8)
    if not offset:
        return moment, None
    if offset == "Z":
        return moment, UTC
    digits = offset[1:].replace(":", "")
    shift = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment, timezone(-shift if offset[0] == "-" else shift) if shift < timedelta(hours=24) else None


def v1_time(moment: datetime) -> str:
    """A v1 date-time: ``YYYY-MM-DD HH:MM:SS`` without a zone."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


@attrs.frozen
class Campaign:
    campaign_id: str
    title: str
    brand_id: str
    commission_rate: float


@attrs.define(slots=True)
class Click:
    idx: int
    click_id: str
    campaign: Campaign
    set_time: datetime
    last_used: datetime
    country: str
    device_id: int
    traffic_source_id: int
    partnership_model_id: int
    user_context_id: int
    browser: tuple[str, str, str, str]
    os: tuple[str, str, str, str]
    publisher_reference: str
    clickref: str
    ip: str
    unique: bool
    converted: bool = False


@attrs.define(slots=True)
class Item:
    item_id: str
    sku: str
    category: str
    value: float
    commission: float
    publisher_commission: float
    status: str
    voucher_code: str | None
    conversion: Conversion | None = None


@attrs.define(slots=True)
class Conversion:
    idx: int
    conversion_id: str
    campaign: Campaign
    time: datetime
    last_modified: datetime
    approved_at: datetime | None
    currency: str
    status: str
    click: Click
    customer_type: str | None
    conversion_reference: str
    advertiser_reference: str
    customer_reference: str
    conversion_metric_id: int
    conversion_type_id: int
    items: tuple[Item, ...]
    meta: dict[str, str]
    was_disputed: bool

    @property
    def value(self) -> float:
        return round(sum(i.value for i in self.items), 2)

    @property
    def commission(self) -> float:
        return round(sum(i.commission for i in self.items), 4)

    @property
    def publisher_commission(self) -> float:
        return round(sum(i.publisher_commission for i in self.items), 4)

    @property
    def payable(self) -> bool:
        return self.status == "approved" and self.approved_at is not None and NOW - self.approved_at > timedelta(30)


@attrs.define(slots=True)
class Impression:
    time: datetime
    campaign: Campaign
    country: str
    device_id: int
    traffic_source_id: int
    partnership_model_id: int
    user_context_id: int
    browser: tuple[str, str, str, str]
    os: tuple[str, str, str, str]
    publisher_reference: str
    count: int


@attrs.frozen
class ReportsData:
    """The seeded records of one partner; lists are in time order, ``*_times`` hold their epoch seconds."""

    publisher_id: str
    publisher_name: str
    campaigns: tuple[Campaign, ...]
    conversions: list[Conversion]
    conversion_times: list[float]
    items: list[Item]
    item_times: list[float]
    clicks: list[Click]
    click_times: list[float]
    impressions: list[Impression]
    impression_times: list[float]

    @classmethod
    def seeded(cls, seed: int, conversions: int, publisher_id: str, publisher_name: str,
               campaigns: tuple[Campaign, ...] | None = None) -> ReportsData:
        rng = random.Random(f"partnerize-reports-{seed}")
        campaigns = campaigns or default_campaigns(seed)
        n_clicks = max(2 * conversions, 10)
        clicks = [_click(rng, i, n_clicks, campaigns) for i in range(n_clicks)]
        chosen = sorted(rng.sample(range(n_clicks), min(conversions, n_clicks)))
        convs = sorted((_conversion(rng, j, clicks[c]) for j, c in enumerate(chosen)), key=lambda c: c.time)
        items: list[Item] = []
        for idx, conv in enumerate(convs):
            conv.idx = idx
            conv.conversion_id = f"111111l{300000 + idx}"
            for n, item in enumerate(conv.items):
                item.item_id = f"111111l{9000000 + idx * 10 + n}"
                item.conversion = conv
                items.append(item)
        impressions = [_impression(rng, i, max(conversions, 10), campaigns) for i in range(max(conversions, 10))]
        return cls(publisher_id, publisher_name, campaigns, convs, [c.time.timestamp() for c in convs],
                   items, [i.conversion.time.timestamp() for i in items if i.conversion],
                   clicks, [c.set_time.timestamp() for c in clicks], impressions,
                   [i.time.timestamp() for i in impressions])


def reports_of(store: PartnerizeStore) -> ReportsData:
    """The report data of a store, built on first use from its seed and ``records`` (number of conversions)."""
    def build() -> ReportsData:
        from .store import CAMPAIGN_IDS
        campaigns = tuple(
            Campaign(cid, store.campaigns[cid]["title"], store.campaigns[cid]["advertiser_id"],
                     float(store.campaigns[cid].get("default_commission_rate") or 10) / 100)
            for cid in CAMPAIGN_IDS if cid in store.campaigns)
        return ReportsData.seeded(store.seed, store.records, store.publisher_id, store.publisher_name,
                                  campaigns or None)
    return store.shared("partnerize.reports", build)


def default_campaigns(seed: int) -> tuple[Campaign, ...]:
    rng = random.Random(f"partnerize-campaigns-{seed}")
    names = ("Summer Shoes", "Tech Deals", "Book Club", "City Breaks", "Fashion Week", "Home Audio")
    return tuple(Campaign(f"10l{176 + n}", name, f"111111l{n + 1}", round(rng.uniform(0.05, 0.15), 3))
                 for n, name in enumerate(names))


def _spread(rng: random.Random, i: int, n: int) -> datetime:
    return DATA_START + timedelta(seconds=int((i + rng.random()) * SPAN / n))


def _click(rng: random.Random, i: int, n: int, campaigns: tuple[Campaign, ...]) -> Click:
    set_time = _spread(rng, i, n)
    return Click(
        idx=i, click_id=f"111111l{2200000 + i}", campaign=rng.choice(campaigns), set_time=set_time,
        last_used=set_time + timedelta(seconds=rng.randrange(0, 86400)), country=rng.choice(COUNTRIES),
        device_id=rng.choice(tuple(DEVICES)), traffic_source_id=rng.choice(tuple(TRAFFIC_SOURCES)),
        partnership_model_id=rng.choice(tuple(PARTNERSHIP_MODELS)), user_context_id=rng.choice(tuple(USER_CONTEXTS)),
        browser=rng.choice(BROWSERS), os=rng.choice(OSES),
        publisher_reference=rng.choice(("", "", "newsletter", "homepage", "blog")),
        clickref=f"111111l{i:x}", ip=f"10.{i % 250}.{(i // 250) % 250}.{rng.randrange(1, 250)}",
        unique=rng.random() < 0.8)


def _conversion(rng: random.Random, j: int, click: Click) -> Conversion:
    click.converted = True
    time = min(click.set_time + timedelta(seconds=rng.randrange(60, 3 * 86400)), NOW - timedelta(seconds=1))
    status = rng.choices(STATUSES, weights=(6, 3, 1))[0]
    currency = rng.choices(CURRENCIES, weights=(5, 4, 3, 1))[0]
    scale = 100.0 if currency == "JPY" else 1.0
    items = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        value = round(rng.uniform(5, 400) * scale, 2)
        commission = round(value * click.campaign.commission_rate, 4)
        items.append(Item(item_id="", sku=f"SKU-{rng.randrange(1000, 9999)}", category=rng.choice(CATEGORIES),
                          value=value, commission=commission, publisher_commission=round(commission * 0.9, 4),
                          status=status, voucher_code=rng.choice((None, None, None, "SAVE10", "WELCOME"))))
    approved = time + timedelta(days=rng.randrange(1, 20)) if status == "approved" else None
    if approved and approved >= NOW:
        approved = NOW - timedelta(seconds=1)
    modified = approved or time + timedelta(seconds=rng.randrange(0, 86400))
    meta = {"gclid": f"gclid-{j}"} if rng.random() < 0.3 else {}
    return Conversion(
        idx=j, conversion_id="", campaign=click.campaign, time=time, last_modified=min(modified, NOW),
        approved_at=approved, currency=currency, status=status, click=click,
        customer_type=rng.choice((None, "new", "existing")), conversion_reference=f"ORDER{100000 + j}",
        advertiser_reference=rng.choice(("", "adref")), customer_reference=f"cust{rng.randrange(1, 5000)}",
        conversion_metric_id=rng.choice((2, 2, 3)), conversion_type_id=rng.choice((1, 1, 2)), items=tuple(items),
        meta=meta, was_disputed=rng.random() < 0.02)


def _impression(rng: random.Random, i: int, n: int, campaigns: tuple[Campaign, ...]) -> Impression:
    return Impression(
        time=_spread(rng, i, n), campaign=rng.choice(campaigns), country=rng.choice(COUNTRIES),
        device_id=rng.choice(tuple(DEVICES)), traffic_source_id=rng.choice(tuple(TRAFFIC_SOURCES)),
        partnership_model_id=rng.choice(tuple(PARTNERSHIP_MODELS)), user_context_id=rng.choice(tuple(USER_CONTEXTS)),
        browser=rng.choice(BROWSERS), os=rng.choice(OSES), publisher_reference=rng.choice(("", "homepage")),
        count=rng.randrange(1, 40))
