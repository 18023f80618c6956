"""The generated Partnerize client against the Partnerize sandbox, in-process: operations #1-#44 (partner,
websites, campaigns, invitations, commissions, transaction queries, payments, tracking links), their state
changes, paging, and the v1/v2 error envelopes."""

from __future__ import annotations

import httpx
import pytest
from affiliate_clients.generated.partnerize_client import Client
from affiliate_clients.generated.partnerize_client.api.campaign_commissions import (
    get_default_commission,
    list_commission_groups,
)
from affiliate_clients.generated.partnerize_client.api.campaign_management import (
    accept_invitations,
    list_campaigns,
    list_combined_terms,
    list_discovery_advertisers,
    list_invitations,
)
from affiliate_clients.generated.partnerize_client.api.partner_management import (
    create_websites,
    get_partner,
    get_website,
    update_partner,
    update_websites,
)
from affiliate_clients.generated.partnerize_client.api.payments import (
    create_payment_details,
    get_balance_summary,
    list_payment_details,
)
from affiliate_clients.generated.partnerize_client.api.tracking_links_management import (
    create_tracking_link,
    get_tracking_link,
    list_tracking_links,
    update_tracking_link,
)
from affiliate_clients.generated.partnerize_client.api.transaction_queries import (
    create_transaction_queries,
    delete_transaction_query,
    list_transaction_queries,
)
from affiliate_clients.generated.partnerize_client.models import (
    CampaignIdList,
    CampaignList,
    CampaignParticipationStatus,
    CombinedTermsList,
    CurrencyTotals,
    DefaultCommission,
    DiscoveryStatus,
    PartnerEnvelope,
    PartnerUpdate,
    PaymentDetail,
    PaymentDetailMap,
    PaymentDetailSets,
    PaymentDetailSetsCreate,
    RichTextDocument,
    TrackingLinkCreate,
    TrackingLinkEnvelope,
    TrackingLinkList,
    TrackingLinkUpdate,
    TransactionQueryCreate,
    TransactionQueryCreateBatch,
    TransactionQueryJobEnvelope,
    TransactionQueryList,
    V1Error,
    V2Error,
    WebsiteCreate,
    WebsiteCreateBatch,
    WebsiteEnvelope,
    WebsiteList,
    WebsiteUpdate,
    WebsiteUpdateBatch,
)
from affiliate_clients.sandbox import partnerize
from affiliate_clients.sandbox.common.auth import basic_header
from affiliate_clients.sandbox.common.serve import SyncASGITransport

BASE = "http://partnerize.sandbox"
PID = partnerize.store.PUBLISHER_ID


def make_client(headers: dict[str, str] | None = None) -> Client:
    client = Client(base_url=BASE, raise_on_unexpected_status=True)
    transport = SyncASGITransport(partnerize.create_app())
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=transport,
                                         headers=partnerize.AUTH_HEADERS if headers is None else headers))
    return client


@pytest.fixture
def client() -> Client:
    return make_client()


def test_partner_update_is_kept(client: Client) -> None:
    answer = update_partner.sync(PID, client=client, body=PartnerUpdate(company_name="Renamed Ltd", vertical=3))
    assert not isinstance(answer, V1Error) and answer is not None
    assert answer.status.status == "Updated" and answer.publisher.company_name == "Renamed Ltd"
    again = get_partner.sync(PID, client=client)
    assert isinstance(again, PartnerEnvelope) and again.publisher.vertical == 3


def test_websites_create_update_and_read(client: Client) -> None:
    created = create_websites.sync(PID, client=client, body=WebsiteCreateBatch(websites=[
        WebsiteCreate(website_url="https://new.example.com", website_name="New site")]))
    assert isinstance(created, WebsiteList) and len(created.websites) == 1
    website_id = created.websites[0].website.website_id
    updated = update_websites.sync(PID, client=client, body=WebsiteUpdateBatch(websites=[
        WebsiteUpdate(website_id=website_id, description="Updated")]))
    assert isinstance(updated, WebsiteList) and updated.websites[0].website.description == "Updated"
    read = get_website.sync(PID, website_id, client=client)
    assert isinstance(read, WebsiteEnvelope) and read.website.website_url == "https://new.example.com"
    missing = get_website.sync(PID, "no-such-site", client=client)
    assert isinstance(missing, V1Error) and missing.error.type_ == "404"


def test_unknown_partner_and_bad_credentials_use_the_version_envelope() -> None:
    client = make_client()
    assert isinstance(get_partner.sync("someone-else", client=client), V1Error)
    assert isinstance(list_tracking_links.sync("someone-else", client=client), V2Error)
    intruder = make_client(basic_header("wrong", "keys"))
    v1 = get_partner.sync(PID, client=intruder)
    v2 = list_tracking_links.sync(PID, client=intruder)
    assert isinstance(v1, V1Error) and v1.error.type_ == "401"
    assert isinstance(v2, V2Error) and v2.error.code == "401" and v2.error.errors[0].code == "unauthorized"


def test_tracking_links_page_through_and_change(client: Client) -> None:
    seen: list[str] = []
    offset = 0
    while True:
        page = list_tracking_links.sync(PID, client=client, offset=offset, limit=2)
        assert isinstance(page, TrackingLinkList)
        seen += [link.id for link in page.links]
        if not page.hypermedia.pagination.next_page:
            break
        offset += 2
    assert len(seen) == len(set(seen)) == page.count
    created = create_tracking_link.sync(PID, client=client, body=TrackingLinkCreate(campaign_id="10l176"))
    assert isinstance(created, TrackingLinkEnvelope)
    changed = update_tracking_link.sync(PID, created.link.id, client=client,
                                        body=TrackingLinkUpdate(description="footer", active=False))
    assert isinstance(changed, TrackingLinkEnvelope) and changed.link.description == "footer"
    read = get_tracking_link.sync(PID, created.link.id, client=client)
    assert isinstance(read, TrackingLinkEnvelope) and read.link.active is False
    refused = create_tracking_link.sync(PID, client=client, body=TrackingLinkCreate(campaign_id="not-joined"))
    assert isinstance(refused, V2Error) and refused.error.code == "404"


def test_accepting_an_invitation_joins_the_campaign(client: Client) -> None:
    invitations = list_invitations.sync(PID, client=client)
    assert invitations is not None and not isinstance(invitations, V2Error)
    campaign_id = invitations.advertisers[0].invitations[0].campaign.id
    assert accept_invitations.sync(PID, client=client, body=CampaignIdList(campaign_ids=[campaign_id])) is None
    joined = list_campaigns.sync(PID, CampaignParticipationStatus.A, client=client)
    assert isinstance(joined, CampaignList)
    assert campaign_id in {c.campaign.campaign_id for c in joined.campaigns}
    discovery = list_discovery_advertisers.sync(PID, client=client)
    assert discovery is not None and not isinstance(discovery, V2Error)
    statuses = {c.id: c.status for a in discovery.advertisers for c in a.campaigns}
    assert campaign_id not in statuses and DiscoveryStatus.INVITED in statuses.values()
    again = accept_invitations.sync(PID, client=client, body=CampaignIdList(campaign_ids=[campaign_id]))
    assert isinstance(again, V2Error) and again.error.code == "404"


def test_terms_and_commissions(client: Client) -> None:
    terms = list_combined_terms.sync(PID, client=client, campaigns=["10l176", "10l177"])
    assert isinstance(terms, CombinedTermsList) and terms.count == 3
    assert isinstance(terms.terms[1].content, RichTextDocument)
    default = get_default_commission.sync("10l176", PID, client=client)
    assert isinstance(default, DefaultCommission) and default.performance_value
    groups = list_commission_groups.sync(PID, client=client)
    assert groups is not None and not isinstance(groups, V1Error) and groups.count == len(groups.commission_groups)


def test_transaction_queries_create_filter_delete(client: Client) -> None:
    job = create_transaction_queries.sync(PID, client=client, body=TransactionQueryCreateBatch(transaction_queries=[
        TransactionQueryCreate(transaction_query_type="declined", conversion_reference="ORDER-42", camref="cr10l176")]))
    assert isinstance(job, TransactionQueryJobEnvelope) and job.job.status == "complete"
    found = list_transaction_queries.sync(PID, client=client, conversion_reference="ORDER-42")
    assert isinstance(found, TransactionQueryList) and found.count == 1
    tq_id = found.transaction_queries[0].transaction_query.transaction_query_id
    assert not isinstance(delete_transaction_query.sync(PID, tq_id, client=client), V1Error)
    approved = list_transaction_queries.sync(PID, client=client, current_state="approved", limit=1)
    assert isinstance(approved, TransactionQueryList)
    refused = delete_transaction_query.sync(PID, approved.transaction_queries[0].transaction_query.transaction_query_id,
                                            client=client)
    assert isinstance(refused, V1Error) and refused.error.type_ == "400"
    incomplete = create_transaction_queries.sync(PID, client=client, body=TransactionQueryCreateBatch(
        transaction_queries=[TransactionQueryCreate(transaction_query_type="untracked", conversion_reference="X",
                                                    camref="cr10l176")]))
    assert isinstance(incomplete, V1Error) and incomplete.error.type_ == "400"


def test_payment_details_are_a_map_and_balances_are_per_currency(client: Client) -> None:
    before = list_payment_details.sync(PID, client=client)
    assert isinstance(before, PaymentDetailSets) and isinstance(before.payment_details, PaymentDetailMap)
    created = create_payment_details.sync(PID, client=client, body=PaymentDetailSetsCreate(
        payment_details=[PaymentDetail(country="US", paid_currency="USD", tracked_currency=["USD"])]))
    assert isinstance(created, PaymentDetailSets) and isinstance(created.payment_details, PaymentDetailMap)
    new_id = next(iter(created.payment_details.additional_properties))
    after = list_payment_details.sync(PID, client=client)
    assert isinstance(after, PaymentDetailSets) and new_id in after.payment_details.additional_properties
    summary = get_balance_summary.sync(PID, client=client)
    assert summary is not None and not isinstance(summary, V1Error)
    assert isinstance(summary.summary.paid, CurrencyTotals) and summary.summary.paid.additional_properties
