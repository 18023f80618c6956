"""The typed surface as a user's mypy --strict sees it: checked by ``make check`` (mypy over tests/typing), never run.

For every tag of every API one operation's result is pinned with ``assert_type``, sync and awaitable. The errors a
user must get (a wrong argument type, an unknown argument, a missing required one, a value the spec does not allow)
are pinned with ``# type: ignore[<code>]``: under ``warn_unused_ignores`` (part of --strict) the check fails as soon as
one of them stops being reported.
"""

from __future__ import annotations

import datetime
from typing import assert_type

from affiliate_clients import ImpactClient, InvocaClient, PartnerizeClient, SpaazaClient
from affiliate_clients.generated.impact_client.models import (
    Action,
    ActionItem,
    ActionItemList,
    ActionList,
    ActionUpdate,
    ActionUpdateList,
    PartnerGroupList,
)
from affiliate_clients.generated.invoca_client.models import Relationship
from affiliate_clients.generated.partnerize_client.models import (
    AnalyticsClicksCountRequest,
    AnalyticsClicksCountResponse,
    CampaignTermsList,
    CommissionGroupList,
    CurrentUserEnvelope,
    CurrentUserUpdate,
    DiscoveryAdvertiserList,
    JobEnvelope,
    MyBrandList,
    ParticipationList,
    PartnerEnvelope,
    PartnerizeTagList,
    PayableReport,
    ReferenceCountryList,
    SelfBillList,
    TrackingLinkList,
    TransactionQueryList,
)
from affiliate_clients.generated.partnerize_client.types import File
from affiliate_clients.generated.spaaza_client.models import (
    CampaignGroupDataEnvelope,
    CampaignGroupResultsEnvelope,
    CampaignGroupUpdate,
    CampaignGroupUpdateForm,
)


def client_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


async def impact_partner_groups(client: ImpactClient, campaign_id: int) -> None:
    assert_type(client.partner_groups.list(campaign_id=campaign_id), PartnerGroupList)
    assert_type(await client.partner_groups.alist(campaign_id=campaign_id), PartnerGroupList)


async def impact_actions_api(client: ImpactClient) -> None:
    assert_type(client.actions_api.list(), ActionList)
    assert_type(await client.actions_api.alist(), ActionList)
    assert_type(client.actions_api.get(id="1000.4636.158133"), Action)
    assert_type(await client.actions_api.aget(id="1000.4636.158133"), Action)


async def impact_action_updates_api(client: ImpactClient) -> None:
    assert_type(client.action_updates_api.list(), ActionUpdateList)
    assert_type(await client.action_updates_api.alist(), ActionUpdateList)
    assert_type(client.action_updates_api.get(id="1000.4636.158133.10000000"), ActionUpdate)
    assert_type(next(iter(client.action_updates(client_now(), client_now()))), ActionUpdate)
    assert_type(next(iter(client.iterate_plan(client.plan_actions(client_now(), client_now())))), Action)


async def impact_action_items(client: ImpactClient) -> None:
    assert_type(client.action_items.list(id="1000.4636.158133"), ActionItemList)
    assert_type(await client.action_items.aget(action_id="1000.4636.158133", sku="SKU-1"), ActionItem)


async def partnerize_campaign_management(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.campaign_management.list_discovery_advertisers(publisher_id=publisher_id), DiscoveryAdvertiserList)
    assert_type(await client.campaign_management.alist_discovery_advertisers(publisher_id=publisher_id), DiscoveryAdvertiserList)


async def partnerize_campaign_commissions(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.campaign_commissions.list_commission_groups(publisher_id=publisher_id), CommissionGroupList)
    assert_type(await client.campaign_commissions.alist_commission_groups(publisher_id=publisher_id), CommissionGroupList)


async def partnerize_tracking_links_management(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.tracking_links_management.list_tracking_links(publisher_id=publisher_id), TrackingLinkList)
    assert_type(await client.tracking_links_management.alist_tracking_links(publisher_id=publisher_id), TrackingLinkList)


async def partnerize_partner_management(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.partner_management.get_partner(publisher_id=publisher_id), PartnerEnvelope)
    assert_type(await client.partner_management.aget_partner(publisher_id=publisher_id), PartnerEnvelope)


async def partnerize_payments(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.payments.list_self_bills(publisher_id=publisher_id), SelfBillList)
    assert_type(await client.payments.alist_self_bills(publisher_id=publisher_id), SelfBillList)


async def partnerize_transaction_queries(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.transaction_queries.list(publisher_id=publisher_id), TransactionQueryList)
    assert_type(await client.transaction_queries.alist(publisher_id=publisher_id), TransactionQueryList)


async def partnerize_analytics(client: PartnerizeClient, body: AnalyticsClicksCountRequest) -> None:
    assert_type(client.analytics.clicks_count(body=body), AnalyticsClicksCountResponse)
    assert_type(await client.analytics.aclicks_count(body=body), AnalyticsClicksCountResponse)


async def partnerize_exports(client: PartnerizeClient, publisher_id: str, start_date: str, end_date: str) -> None:
    assert_type(client.exports.export_clicks_csv(publisher_id=publisher_id, start_date=start_date, end_date=end_date), File)
    assert_type(await client.exports.aexport_clicks_csv(publisher_id=publisher_id, start_date=start_date, end_date=end_date), File)


async def partnerize_background_jobs(client: PartnerizeClient, job_id: str) -> None:
    assert_type(client.background_jobs.get_job(job_id=job_id), JobEnvelope)
    assert_type(await client.background_jobs.aget_job(job_id=job_id), JobEnvelope)


async def partnerize_reference(client: PartnerizeClient) -> None:
    assert_type(client.reference.list_countries(), ReferenceCountryList)
    assert_type(await client.reference.alist_countries(), ReferenceCountryList)


async def partnerize_reporting(client: PartnerizeClient, publisher_id: str) -> None:
    assert_type(client.reporting.get_payable(publisher_id=publisher_id), PayableReport)
    assert_type(await client.reporting.aget_payable(publisher_id=publisher_id), PayableReport)


async def partnerize_participations(client: PartnerizeClient, partner_id: str) -> None:
    assert_type(client.participations.list(partner_id=partner_id), ParticipationList)
    assert_type(await client.participations.alist(partner_id=partner_id), ParticipationList)


async def partnerize_partnerize_tags(client: PartnerizeClient) -> None:
    assert_type(client.partnerize_tags.list(), PartnerizeTagList)
    assert_type(await client.partnerize_tags.alist(), PartnerizeTagList)


async def partnerize_brands(client: PartnerizeClient) -> None:
    assert_type(client.brands.list_my(), MyBrandList)
    assert_type(await client.brands.alist_my(), MyBrandList)


async def partnerize_terms_and_conditions(client: PartnerizeClient) -> None:
    assert_type(client.terms_and_conditions.list_campaign_terms(), CampaignTermsList)
    assert_type(await client.terms_and_conditions.alist_campaign_terms(), CampaignTermsList)


async def partnerize_user(client: PartnerizeClient, body: CurrentUserUpdate) -> None:
    assert_type(client.user.update_current(body=body), CurrentUserEnvelope)
    assert_type(await client.user.aupdate_current(body=body), CurrentUserEnvelope)


async def invoca_relationships_api(client: InvocaClient, advertiser_id_from_network: str) -> None:
    assert_type(client.relationships_api.list(advertiser_id_from_network=advertiser_id_from_network), list[Relationship])
    assert_type(await client.relationships_api.alist(advertiser_id_from_network=advertiser_id_from_network), list[Relationship])


async def spaaza_campaign_groups(client: SpaazaClient, body: CampaignGroupUpdate | CampaignGroupUpdateForm) -> None:
    assert_type(client.campaign_groups.update(body=body), CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope)
    assert_type(await client.campaign_groups.aupdate(body=body), CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope)


# -- what mypy must refuse (each line an error; the ignore names the error code) ----------------------------------
def impact_refused(client: ImpactClient) -> None:
    client.partner_groups.list(campaign_id="1000")  # type: ignore[arg-type]
    client.partner_groups.list(campaign_id=1000, campaign=1)  # type: ignore[call-arg]
    client.partner_groups.get(campaign_id=1000)  # type: ignore[call-arg]
    client.actions_api.list(state="SOMETIMES")  # type: ignore[arg-type]
    client.action_items.get(action_id="1000.4636.158133")  # type: ignore[call-arg]
    _groups: int = client.partner_groups.list(campaign_id=1000)  # type: ignore[assignment]


def partnerize_refused(client: PartnerizeClient, request: AnalyticsClicksCountRequest) -> None:
    client.partner_management.get_partner(publisher_id=1)  # type: ignore[arg-type]
    client.partner_management.get_partner(publisher_id="p", publisher="p")  # type: ignore[call-arg]
    client.analytics.clicks_count()  # type: ignore[call-arg]
    client.analytics.clicks_count(body=request, limit=5)  # type: ignore[call-arg]
    _count: int = client.analytics.clicks_count(body=request)  # type: ignore[assignment]


def invoca_refused(client: InvocaClient) -> None:
    client.relationships_api.list(advertiser_id_from_network=1)  # type: ignore[arg-type]
    client.relationships_api.list(advertiser_id_from_network="1", page=2)  # type: ignore[call-arg]
    client.relationships_api.get(advertiser_id_from_network="1")  # type: ignore[call-arg]
    _one: Relationship = client.relationships_api.list(advertiser_id_from_network="1")  # type: ignore[assignment]


def spaaza_refused(client: SpaazaClient, body: CampaignGroupUpdate) -> None:
    client.campaign_groups.update(body={"id": 1})  # type: ignore[arg-type]
    client.campaign_groups.update(body=body, chain_id=1)  # type: ignore[call-arg]
    client.campaign_groups.update()  # type: ignore[call-arg]
    _group: CampaignGroupUpdate = client.campaign_groups.update(body=body)  # type: ignore[assignment]
