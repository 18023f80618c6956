"""Contains methods for accessing the API: every operation as a typed method, grouped by tag.

``Api`` is the mixin a client class inherits to expose ``client.<tag>.<operation>(...)`` (and the awaitable
``client.<tag>.a<operation>(...)``); the client supplies :class:`Sender`. A tag's module is imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .analytics import Analytics
    from .background_jobs import BackgroundJobs
    from .brands import Brands
    from .campaign_commissions import CampaignCommissions
    from .campaign_management import CampaignManagement
    from .exports import Exports
    from .participations import Participations
    from .partner_management import PartnerManagement
    from .partnerize_tags import PartnerizeTags
    from .payments import Payments
    from .reference import Reference
    from .reporting import Reporting
    from .terms_and_conditions import TermsAndConditions
    from .tracking_links_management import TrackingLinksManagement
    from .transaction_queries import TransactionQueries
    from .user import User


class Sender(Protocol):
    """What the typed methods send through: the generated endpoint module and its keyword arguments in, the
    parsed success answer out (error answers raise)."""

    def send(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...

    async def asend(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...


class Api(Sender):
    """Every operation of the API as typed methods, one attribute per tag."""

    @cached_property
    def campaign_management(self) -> CampaignManagement:
        """The campaign_management operations: list_discovery_advertisers, get_discovery_advertiser, list_campaigns,
        request_campaign_access, list_invitations, accept_invitations, decline_invitations,
        create_campaign_requests, list_creative_summaries, list_campaign_creatives, list_feeds,
        get_custom_terms, list_combined_terms, list_voucher_codes."""
        from .campaign_management import CampaignManagement

        return CampaignManagement(self)

    @cached_property
    def campaign_commissions(self) -> CampaignCommissions:
        """The campaign_commissions operations: get_default_commission, list_standard_commissions, list_active_commissions,
        list_voucher_commissions, list_promotional_commissions, list_tiered_commissions,
        list_commission_groups."""
        from .campaign_commissions import CampaignCommissions

        return CampaignCommissions(self)

    @cached_property
    def tracking_links_management(self) -> TrackingLinksManagement:
        """The tracking_links_management operations: list_tracking_links, create_tracking_link, get_tracking_link, update_tracking_link."""
        from .tracking_links_management import TrackingLinksManagement

        return TrackingLinksManagement(self)

    @cached_property
    def partner_management(self) -> PartnerManagement:
        """The partner_management operations: get_partner, update_partner, list_websites, update_websites, create_websites, get_website,
        list_databases, update_databases, create_databases, get_database."""
        from .partner_management import PartnerManagement

        return PartnerManagement(self)

    @cached_property
    def payments(self) -> Payments:
        """The payments operations: list_self_bills, get_self_bill, list_payment_details, create_payment_details,
        get_available_commission, get_balance_summary."""
        from .payments import Payments

        return Payments(self)

    @cached_property
    def transaction_queries(self) -> TransactionQueries:
        """The transaction_queries operations: list_transaction_queries, create_transaction_queries, delete_transaction_query."""
        from .transaction_queries import TransactionQueries

        return TransactionQueries(self)

    @cached_property
    def analytics(self) -> Analytics:
        """The analytics operations: clicks_count, clicks_explode, clicks_filter, clicks_timeseries, conversions_count,
        conversions_explode, conversions_filter, conversions_timeseries, impressions_count,
        impressions_explode, impressions_filter, impressions_timeseries."""
        from .analytics import Analytics

        return Analytics(self)

    @cached_property
    def exports(self) -> Exports:
        """The exports operations: export_clicks_csv, export_conversions_csv, export_conversion_items_csv."""
        from .exports import Exports

        return Exports(self)

    @cached_property
    def background_jobs(self) -> BackgroundJobs:
        """The background_jobs operations: get_job, get_job_response."""
        from .background_jobs import BackgroundJobs

        return BackgroundJobs(self)

    @cached_property
    def reference(self) -> Reference:
        """The reference operations: list_countries, list_user_contexts, list_traffic_sources, list_conversion_types,
        list_conversion_metrics, list_partnership_models."""
        from .reference import Reference

        return Reference(self)

    @cached_property
    def reporting(self) -> Reporting:
        """The reporting operations: get_conversion_report, get_click_report, get_payable."""
        from .reporting import Reporting

        return Reporting(self)

    @cached_property
    def participations(self) -> Participations:
        """The participations operations: list_participations."""
        from .participations import Participations

        return Participations(self)

    @cached_property
    def partnerize_tags(self) -> PartnerizeTags:
        """The partnerize_tags operations: list_partnerize_tags, create_partnerize_tag, list_tag_features, get_partnerize_tag,
        update_partnerize_tag, list_enabled_tag_features, enable_tag_feature."""
        from .partnerize_tags import PartnerizeTags

        return PartnerizeTags(self)

    @cached_property
    def brands(self) -> Brands:
        """The brands operations: list_my_brands."""
        from .brands import Brands

        return Brands(self)

    @cached_property
    def terms_and_conditions(self) -> TermsAndConditions:
        """The terms_and_conditions operations: list_campaign_terms, get_campaign_terms, list_terms_acknowledgments,
        create_terms_acknowledgment, get_terms_acknowledgment."""
        from .terms_and_conditions import TermsAndConditions

        return TermsAndConditions(self)

    @cached_property
    def user(self) -> User:
        """The user operations: update_current_user."""
        from .user import User

        return User(self)
