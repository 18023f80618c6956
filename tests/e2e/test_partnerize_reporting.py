"""The generated Partnerize client against the Partnerize sandbox, in-process: reports walked page by page
(every record exactly once), CSV exports through v1 jobs, analytics computed from the same data with their own
token budget, and the v3 partner resources.
"""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from affiliate_clients.generated.partnerize_client import Client
from affiliate_clients.generated.partnerize_client.api.analytics import (
    clicks_count,
    conversions_count,
    conversions_explode,
)
from affiliate_clients.generated.partnerize_client.api.background_jobs import get_job, get_job_response
from affiliate_clients.generated.partnerize_client.api.exports import export_clicks_csv, export_conversion_items_csv
from affiliate_clients.generated.partnerize_client.api.partnerize_tags import (
    create_partnerize_tag,
    enable_tag_feature,
    get_partnerize_tag,
    list_enabled_tag_features,
    update_partnerize_tag,
)
from affiliate_clients.generated.partnerize_client.api.reporting import (
    get_click_report,
    get_conversion_report,
    get_payable,
)
from affiliate_clients.generated.partnerize_client.models import (
    AnalyticsClicksCountRequest,
    AnalyticsClicksMetric,
    AnalyticsConversionsCountRequest,
    AnalyticsConversionsDimension,
    AnalyticsConversionsExplodeRequest,
    AnalyticsConversionsMetric,
    AnalyticsDateTimeRange,
    AnalyticsScope,
    ClickReport,
    ConversionReport,
    Currency,
    JobOutputFormat,
    PartnerizeTagCreate,
    PartnerizeTagEnvelope,
    PartnerizeTagFeatureEnable,
    PartnerizeTagScope,
    PartnerizeTagUpdate,
    ReportConversionStatus,
    ReportFormat,
    V3Error,
)
from affiliate_clients.sandbox import partnerize
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.partnerize.analytics import budget_of
from affiliate_clients.sandbox.partnerize.reports_data import ReportsData, reports_of

BASE = "http://partnerize.sandbox"
RECORDS = 2_000


@pytest.fixture(scope="module")
def app() -> object:
    return partnerize.create_app(SandboxConfig(records=RECORDS))


@pytest.fixture(scope="module")
def data(app: object) -> ReportsData:
    return reports_of(app.state.store)  # type: ignore[attr-defined]


@pytest.fixture
def client(app: object) -> Client:
    budget_of(app.state.store).tokens = budget_of(app.state.store).capacity  # type: ignore[attr-defined]
    client = Client(base_url=BASE, raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=SyncASGITransport(app),
                                         headers=partnerize.AUTH_HEADERS))
    return client


def test_conversion_report_cursor_walk_serves_every_conversion_once(client: Client, data: ReportsData) -> None:
    ids: list[str] = []
    cursor: int | None = None
    pages = 0
    while True:
        kwargs = {"cursor_id": cursor} if cursor is not None else {}
        page = get_conversion_report.sync(data.publisher_id, ReportFormat.JSON, client=client,
                                          start_date="2024-01-01 00:00:00", end_date="2025-01-01", limit=300, **kwargs)
        assert isinstance(page, ConversionReport)
        assert len(page.conversions) <= 300
        ids += [entry.conversion_data.conversion_id for entry in page.conversions]
        pages += 1
        if not page.hypermedia.pagination.next_page:
            break
        assert isinstance(page.cursor_id, int)
        cursor = page.cursor_id
    assert len(ids) == len(set(ids)) == page.count == len(data.conversions)
    assert pages == -(-len(data.conversions) // 300)
    assert sum(page.total_conversion_count.additional_properties.values()) == len(data.conversions)


def test_conversion_report_payload_quirks(client: Client, data: ReportsData) -> None:
    page = get_conversion_report.sync(data.publisher_id, ReportFormat.JSON, client=client, start_date="2024-01-01",
                                      limit=50, include_payment_info=True)
    assert isinstance(page, ConversionReport)
    conversion = page.conversions[0].conversion_data
    assert isinstance(conversion.click.last_used, int)  # an epoch inside the conversion report
    assert all(isinstance(item.sku, str) for entry in page.conversions for item in entry.conversion_data.conversion_items)
    assert isinstance(page.meta_data, list)  # PHP's empty array
    statuses = {item.payment_status for e in page.conversions for item in e.conversion_data.conversion_items}
    assert statuses <= {"paid", "unpaid"} and statuses


def test_conversion_report_filters_match_the_seeded_data(client: Client, data: ReportsData) -> None:
    page = get_conversion_report.sync(data.publisher_id, ReportFormat.JSON, client=client, start_date="2024-03-01",
                                      end_date="2024-04-01", statuses=[ReportConversionStatus.APPROVED], currency=[Currency.GBP], limit=300)
    assert isinstance(page, ConversionReport)
    expected = [c for c in data.conversions if c.status == "approved" and c.currency == "GBP"
                and "2024-03-01" <= c.time.strftime("%Y-%m-%d") < "2024-04-01"]
    assert page.count == len(expected)
    assert {e.conversion_data.conversion_id for e in page.conversions} == {c.conversion_id for c in expected[:300]}


def test_click_report_offset_walk(client: Client, data: ReportsData) -> None:
    seen: list[str] = []
    offset = 0
    while True:
        page = get_click_report.sync(data.publisher_id, ReportFormat.JSON, client=client, start_date="2024-05-01",
                                     end_date="2024-07-01", offset=offset, limit=300)
        assert isinstance(page, ClickReport)
        seen += [entry.click.click_id for entry in page.clicks]
        assert all(isinstance(entry.click.last_used, str) for entry in page.clicks)  # a date-time string here
        if not page.hypermedia.pagination.next_page:
            break
        offset += page.limit
    assert len(seen) == len(set(seen)) == page.count > 300


def test_xml_format_and_payable(client: Client, data: ReportsData) -> None:
    # The XML variant is not JSON, so the generated parser cannot read it: fetch it through the httpx client.
    raw = client.get_httpx_client().get(f"/reporting/report_publisher/publisher/{data.publisher_id}/click.xml",
                                        params={"start_date": "2024-01-01", "limit": 1})
    assert raw.headers["content-type"].startswith("text/xml") and raw.text.startswith("<report>")
    payable = get_payable.sync(data.publisher_id, client=client, limit=10)
    assert payable is not None and len(payable.conversion_items) == 10
    assert payable.count == sum(1 for i in data.items if i.conversion and i.conversion.payable)


def test_small_export_is_csv(client: Client, data: ReportsData) -> None:
    result = export_clicks_csv.sync_detailed(client=client, publisher_id=data.publisher_id, start_date="2024-01-01",
                                             end_date="2024-01-10", delimiter="semicolon")
    assert result.headers["content-type"].startswith("application/octet-stream")
    rows = list(csv.reader(io.StringIO(result.content.decode()), delimiter=";"))
    assert rows[0][:3] == ["click_id", "cookie_id", "campaign_id"]
    assert len(rows) - 1 == sum(1 for c in data.clicks if c.set_time.strftime("%Y-%m-%d") < "2024-01-10")


def test_large_export_becomes_a_job_that_completes_after_polls(client: Client, data: ReportsData) -> None:
    started = export_conversion_items_csv.sync_detailed(client=client, publisher_id=data.publisher_id,
                                                        start_date="2024-01-01", end_date="2025-01-01", limit=0,
                                                        export_reference="All")
    assert started.headers["content-type"].startswith("application/json")
    job_id = json.loads(started.content)["job"]["job_id"]
    statuses = []
    for _ in range(5):
        state = get_job.sync(job_id, client=client)
        statuses.append(state.job.status)
        if state.job.status == "complete":
            break
    assert statuses[0] == "pending" and statuses[-1] == "complete"
    assert state.job.hypermedia.response == f"/job/{job_id}/response.csv"
    output = get_job_response.sync(job_id, JobOutputFormat.CSV, client=client)
    rows = list(csv.DictReader(io.StringIO(output.payload.read().decode())))
    assert len(rows) == len(data.items)
    assert {r["conversion_item_id"] for r in rows} == {i.item_id for i in data.items}


def _range() -> list[AnalyticsDateTimeRange]:
    return [AnalyticsDateTimeRange(start="2024-01-01T00:00:00", end="2024-12-31T23:59:59")]


def test_analytics_agree_with_the_reports(client: Client, data: ReportsData) -> None:
    scope = AnalyticsScope(partner=data.publisher_id)
    count = conversions_count.sync(client=client, body=AnalyticsConversionsCountRequest(
        date_time_ranges=_range(), scope=scope, metrics=[AnalyticsConversionsMetric.TOTAL_CONVERSIONS,
                                                         AnalyticsConversionsMetric.TOTAL_CONVERSION_ITEMS]))
    assert count.data.total_conversions == len(data.conversions)
    assert count.data.total_conversion_items == len(data.items)
    explode = conversions_explode.sync(client=client, body=AnalyticsConversionsExplodeRequest(
        date_time_ranges=_range(), scope=scope, metrics=[AnalyticsConversionsMetric.TOTAL_CONVERSIONS],
        group_by=[AnalyticsConversionsDimension.CONVERSION_STATUS]))
    by_status = {row.conversion_status: row.total_conversions for row in explode.data}
    assert by_status == {s: sum(1 for c in data.conversions if c.status == s) for s in by_status}


def test_analytics_budget_answers_429_with_rate_limit_headers(client: Client, data: ReportsData) -> None:
    body = AnalyticsClicksCountRequest(date_time_ranges=_range(), scope=AnalyticsScope(partner=data.publisher_id),
                                       metrics=[AnalyticsClicksMetric.TOTAL_UNIQUE_CLICKS])
    first = clicks_count.sync_detailed(client=client, body=body)
    assert first.status_code == 200 and first.headers["X-Approximate-Metrics"] == "total_unique_clicks"
    answers = [clicks_count.sync_detailed(client=client, body=body) for _ in range(40)]
    limited = [a for a in answers if a.status_code == 429]
    assert limited and isinstance(limited[0].parsed, V3Error)
    assert limited[0].parsed.error.errors[0].type_ == "too_many_requests"
    assert int(limited[0].headers["X-RateLimit-Retry-After"]) >= 1
    assert limited[0].headers["X-RateLimit-Limit"] == "60"


def test_partnerize_tags_lifecycle(client: Client, data: ReportsData) -> None:
    created = create_partnerize_tag.sync_detailed(client=client, body=PartnerizeTagCreate(
        name="checkout", scope=PartnerizeTagScope(partner=data.publisher_id)))
    assert created.status_code == 201 and isinstance(created.parsed, PartnerizeTagEnvelope)
    tag_id = created.parsed.data.id
    updated = update_partnerize_tag.sync(tag_id, client=client, body=PartnerizeTagUpdate(active=False))
    assert updated.data.active is False and updated.data.name == "checkout"
    assert get_partnerize_tag.sync(tag_id, client=client).data.active is False
    enabled = enable_tag_feature.sync_detailed(tag_id, client=client,
                                               body=PartnerizeTagFeatureEnable(name="tracking-link-generation"))
    assert enabled.status_code == 201
    features = list_enabled_tag_features.sync(tag_id, client=client)
    assert [f.name for f in features.data] == ["tracking-link-generation"]
