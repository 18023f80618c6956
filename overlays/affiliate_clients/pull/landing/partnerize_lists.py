"""Partnerize lists as a dlt source: campaigns, commissions, commission groups and the v1 reference lists.

Tables, and why each key:

* ``campaigns`` (merge on ``campaign_id``): the three participation lists (``a`` approved, ``p`` pending,
  ``r`` rejected); the list a campaign came from is ``participation_status``. A campaign sits in one list at a
  time, so its id is unique, and one that moves from pending to approved is updated in place.
* ``commissions`` (merge on ``campaign_id``, ``type``, ``id``): the standard (``/commissions/campaign``),
  voucher and promotional commissions of every approved campaign (the v2 endpoints answer 404 for the others),
  ``type`` naming the list (``standard``, ``voucher``, ``promotion``: the words of the active list). The three
  share one shape (value, model, validity dates, conditions); voucher codes and the partners and groups of a
  promotion are JSON. The spec gives a commission an ``id`` but no scope for it, and every read is per campaign
  and per list, so only the three together are a key the spec backs.
* ``active_commissions`` (replace, key ``campaign_id``, ``type``, ``id``) with ``active_commission_rates``
  (replace, key ``campaign_id``, ``commission_type``, ``commission_id``, ``scope``, ``id``): what is in force
  for the partner when the run reads it (``at``, default the vendor's now), the default commission included
  (its id is the same word in every campaign), each rate a row of its own. A snapshot, so it is replaced
  whole: a commission no longer in force disappears instead of lingering.
* ``commission_groups`` (merge on ``commission_group_id``, the spec's required id); ``end_date_time``,
  ``active`` and ``last_modified`` are taken from beside the group or inside it, wherever the answer has them.
* ``reference_<list>``: every ``GET /reference/...`` list, replaced whole each run (see
  :mod:`.partnerize_reference`).

Tiers (thresholds and bonuses, no rate) and the default commission's own endpoint (one object, which the
active list already carries) are not landed. Types come from the spec; ``performance_value``,
``default_commission_rate``, ``default_override`` and ``network_fee`` are ``number | string`` there (a number
sometimes sent as text) and land as ``DECIMAL(18,4)``; the dates the spec types as plain strings
(``start_date``, ``end_date``, ``last_modified``, ``start_date_time``, ``end_date_time``) land as timestamps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
import dlt
import pyarrow as pa
from dlt.extract.source import DltSource

from affiliate_clients.generated.partnerize_client.api.campaign_commissions import (
    list_active_commissions,
    list_commission_groups,
    list_promotional_commissions,
    list_standard_commissions,
    list_voucher_commissions,
)
from affiliate_clients.generated.partnerize_client.api.campaign_management import list_campaigns
from affiliate_clients.generated.partnerize_client.models import (
    ActiveCommission,
    Campaign,
    CampaignParticipationStatus,
    CommissionGroup,
    CommissionRate,
    PromotionalCommission,
    StandardCommission,
    VoucherCommission,
)

from ...http.paging import Pull
from ...partnerize import PartnerizeClient
from .impact import hints
from .partnerize import _paged
from .partnerize_reference import REFERENCES, ReferenceList, reference_tables
from .schema import Column, arrow_schema, columns
from .tables import to_table
from .tally import Tally

PZ = "affiliate_clients.generated.partnerize_client"
STATUSES = ("a", "p", "r")
NUMBERS = ("performance_value", "default_commission_rate", "default_override", "network_fee")
DATES = ("start_date", "end_date", "last_modified", "start_date_time", "end_date_time")


def _numbers(cols: Iterable[Column]) -> list[Column]:
    """``number | string`` amounts as decimals (the spec: a number, sometimes sent as text)."""
    return [attrs.evolve(c, kind="decimal") if c.name in NUMBERS else c for c in cols]


def _union(*groups: Sequence[Column]) -> list[Column]:
    found: dict[str, Column] = {}
    for group in groups:
        for col in group:
            found.setdefault(col.name, col)
    return list(found.values())


CAMPAIGN_COLUMNS = _numbers(columns(PZ, "Campaign", Campaign))
CAMPAIGN_SCHEMA = arrow_schema(CAMPAIGN_COLUMNS, {"participation_status": pa.string()})
COMMISSION_COLUMNS = _numbers(_union(*(columns(PZ, model.__name__, model, timestamps=DATES) for model in
                                       (StandardCommission, VoucherCommission, PromotionalCommission))))
COMMISSION_SCHEMA = arrow_schema(COMMISSION_COLUMNS, {"campaign_id": pa.string(), "type": pa.string()})
COMMISSION_LISTS = (("standard", list_standard_commissions, "commissions"),
                    ("voucher", list_voucher_commissions, "voucher_commissions"),
                    ("promotion", list_promotional_commissions, "promotions"))
ACTIVE_COLUMNS = columns(PZ, "ActiveCommission", ActiveCommission, timestamps=DATES, skip=("rates",))
ACTIVE_SCHEMA = arrow_schema(ACTIVE_COLUMNS, {"campaign_id": pa.string()})
RATE_COLUMNS = _numbers(columns(PZ, "CommissionRate", CommissionRate))
RATE_SCHEMA = arrow_schema(RATE_COLUMNS, {"campaign_id": pa.string(), "commission_type": pa.string(),
                                          "commission_id": pa.string()})
# Both tables of the ``active_commissions`` resource carry their own hints (hints on the resource would add
# its columns to the rates table as well).
ACTIVE_HINTS = dlt.mark.make_hints(table_name="active_commissions", write_disposition="replace",
                                   primary_key=("campaign_id", "type", "id"), columns=hints(ACTIVE_COLUMNS, ACTIVE_SCHEMA))
RATE_HINTS = dlt.mark.make_hints(table_name="active_commission_rates", write_disposition="replace",
                                 primary_key=("campaign_id", "commission_type", "commission_id", "scope", "id"),
                                 columns=hints(RATE_COLUMNS, RATE_SCHEMA))
GROUP_COLUMNS = columns(PZ, "CommissionGroup", CommissionGroup, timestamps=DATES)
GROUP_SCHEMA = arrow_schema(GROUP_COLUMNS)


# What ``affiliate-clients pull partnerize STREAM`` lands for each stream of this module.
STREAMS = {"campaigns": ("campaigns",), "commissions": ("commissions", "active_commissions", "commission_groups"),
           "reference": tuple(r.table for r in REFERENCES)}


@attrs.frozen
class PartnerizeLists:
    """The lists of one publisher (partner) to land: ``client`` builds the :class:`PartnerizeClient`; ``at``
    is the moment ``active_commissions`` are evaluated at (default: the vendor's now)."""

    client: Callable[[], PartnerizeClient]
    publisher_id: str
    limit: int = 300
    at: dt.datetime | None = None
    tally: Tally = attrs.field(factory=Tally)


def _set(value: Any) -> bool:
    return value is not None and type(value).__name__ != "Unset"


def _campaigns(client: PartnerizeClient, landing: PartnerizeLists, status: str) -> Pull:
    return client.paged(list_campaigns, "campaigns", limit=landing.limit, publisher_id=landing.publisher_id,
                        status=CampaignParticipationStatus(status))


def _approved(client: PartnerizeClient, landing: PartnerizeLists) -> list[str]:
    with _campaigns(client, landing, "a") as pull:
        return [entry.campaign.campaign_id for entry in pull]


def campaign_tables(landing: PartnerizeLists) -> Iterator[pa.Table]:
    """The campaigns of every participation status, one table per page."""
    with landing.client() as client:
        for status in STATUSES:
            with _campaigns(client, landing, status) as pull:
                for page in _paged(pull):
                    found = [entry.campaign for entry in page]
                    landing.tally.page(len(found), client.stats)
                    yield to_table(found, CAMPAIGN_COLUMNS, {"participation_status": [status] * len(found)},
                                   CAMPAIGN_SCHEMA)


def commission_tables(landing: PartnerizeLists) -> Iterator[pa.Table]:
    """The standard, voucher and promotional commissions of every approved campaign, one table per list."""
    with landing.client() as client:
        for campaign in _approved(client, landing):
            for kind, endpoint, items in COMMISSION_LISTS:
                answer = client.call(endpoint, campaign_id=campaign, publisher_id=landing.publisher_id)
                found = list(getattr(answer, items))
                landing.tally.page(len(found), client.stats)
                if found:
                    extra = {"campaign_id": [campaign] * len(found), "type": [kind] * len(found)}
                    yield to_table(found, COMMISSION_COLUMNS, extra, COMMISSION_SCHEMA)


def _in_force(client: PartnerizeClient, landing: PartnerizeLists, campaign: str) -> tuple[pa.Table, pa.Table]:
    options = {"at": landing.at} if landing.at is not None else {}
    answer = client.call(list_active_commissions, campaign_id=campaign, publisher_id=landing.publisher_id, **options)
    found: list[ActiveCommission] = list(answer.active_commissions)
    landing.tally.page(len(found), client.stats)
    rates = [(c, r) for c in found for r in (c.rates or [])]
    extra: dict[str, list[Any]] = {"campaign_id": [campaign] * len(rates),
                                   "commission_type": [c.type_ if _set(c.type_) else None for c, _ in rates],
                                   "commission_id": [c.id for c, _ in rates]}
    return (to_table(found, ACTIVE_COLUMNS, {"campaign_id": [campaign] * len(found)}, ACTIVE_SCHEMA),
            to_table([r for _, r in rates], RATE_COLUMNS, extra, RATE_SCHEMA))


def active_tables(landing: PartnerizeLists) -> Iterator[Any]:
    """The commissions in force and their rates, one table each per approved campaign. When nothing is in force
    any more the run yields nothing, and dlt still empties both replaced tables (the tests check it)."""
    with landing.client() as client:
        for campaign in _approved(client, landing):
            active, rates = _in_force(client, landing, campaign)
            yield dlt.mark.with_hints(active, ACTIVE_HINTS, create_table_variant=True)
            yield dlt.mark.with_hints(rates, RATE_HINTS, create_table_variant=True)


def group_tables(landing: PartnerizeLists) -> Iterator[pa.Table]:
    """The partner's commission groups (one list)."""
    with landing.client() as client:
        entries = client.call(list_commission_groups, publisher_id=landing.publisher_id).commission_groups
        found = []
        for entry in entries:
            inner = entry.commission_group
            beside = {name: getattr(entry, name) for name in ("end_date_time", "active", "last_modified")
                      if _set(getattr(entry, name)) or not _set(getattr(inner, name))}
            found.append(attrs.evolve(inner, **beside))
        landing.tally.page(len(found), client.stats)
        yield to_table(found, GROUP_COLUMNS, schema=GROUP_SCHEMA)


def partnerize_lists_source(landing: PartnerizeLists) -> DltSource:
    """The dlt source of every table above (``with_resources(*STREAMS[name])`` picks one stream's)."""

    def read(tables: Callable[[PartnerizeLists], Iterator[Any]]) -> Callable[[], Iterator[Any]]:
        return lambda: tables(landing)

    def read_reference(listed: ReferenceList) -> Callable[[], Iterator[Any]]:
        return lambda: reference_tables(landing.client, landing.tally, listed)

    resources = [
        dlt.resource(read(campaign_tables), name="campaigns", primary_key="campaign_id", write_disposition="merge",
                     columns=hints(CAMPAIGN_COLUMNS, CAMPAIGN_SCHEMA)),
        dlt.resource(read(commission_tables), name="commissions", primary_key=("campaign_id", "type", "id"),
                     write_disposition="merge", columns=hints(COMMISSION_COLUMNS, COMMISSION_SCHEMA)),
        dlt.resource(read(active_tables), name="active_commissions", write_disposition="replace"),
        dlt.resource(read(group_tables), name="commission_groups", primary_key="commission_group_id",
                     write_disposition="merge", columns=hints(GROUP_COLUMNS)),
        *(dlt.resource(read_reference(listed), name=listed.table, primary_key=listed.key,
                       write_disposition="replace", columns=hints(listed.cols)) for listed in REFERENCES),
    ]

    @dlt.source(name="partnerize", max_table_nesting=0)
    def source() -> Any:
        return resources

    return source()
