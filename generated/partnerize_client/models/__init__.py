"""Contains all the data models used in inputs/outputs.

A model's module is imported on first use (PEP 562): importing one model, or an endpoint module, does not load
every model of the API. Type checkers read the imports under ``TYPE_CHECKING``, which name the same classes.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .active_commission import ActiveCommission
    from .active_commission_list import ActiveCommissionList
    from .analytics_clicks_count_request import AnalyticsClicksCountRequest
    from .analytics_clicks_count_response import AnalyticsClicksCountResponse
    from .analytics_clicks_dimension import AnalyticsClicksDimension
    from .analytics_clicks_explode_request import AnalyticsClicksExplodeRequest
    from .analytics_clicks_filter_request import AnalyticsClicksFilterRequest
    from .analytics_clicks_metric import AnalyticsClicksMetric
    from .analytics_clicks_row import AnalyticsClicksRow
    from .analytics_clicks_rows_response import AnalyticsClicksRowsResponse
    from .analytics_clicks_timeseries_request import AnalyticsClicksTimeseriesRequest
    from .analytics_clicks_timeseries_response import AnalyticsClicksTimeseriesResponse
    from .analytics_clicks_timeseries_row import AnalyticsClicksTimeseriesRow
    from .analytics_clicks_totals import AnalyticsClicksTotals
    from .analytics_conversions_count_request import AnalyticsConversionsCountRequest
    from .analytics_conversions_count_response import AnalyticsConversionsCountResponse
    from .analytics_conversions_dimension import AnalyticsConversionsDimension
    from .analytics_conversions_explode_request import (
        AnalyticsConversionsExplodeRequest,
    )
    from .analytics_conversions_filter_request import AnalyticsConversionsFilterRequest
    from .analytics_conversions_metric import AnalyticsConversionsMetric
    from .analytics_conversions_row import AnalyticsConversionsRow
    from .analytics_conversions_rows_response import AnalyticsConversionsRowsResponse
    from .analytics_conversions_timeseries_request import (
        AnalyticsConversionsTimeseriesRequest,
    )
    from .analytics_conversions_timeseries_response import (
        AnalyticsConversionsTimeseriesResponse,
    )
    from .analytics_conversions_timeseries_row import AnalyticsConversionsTimeseriesRow
    from .analytics_conversions_totals import AnalyticsConversionsTotals
    from .analytics_date_time_range import AnalyticsDateTimeRange
    from .analytics_filter import AnalyticsFilter
    from .analytics_filter_operator import AnalyticsFilterOperator
    from .analytics_impressions_count_request import AnalyticsImpressionsCountRequest
    from .analytics_impressions_count_response import AnalyticsImpressionsCountResponse
    from .analytics_impressions_dimension import AnalyticsImpressionsDimension
    from .analytics_impressions_explode_request import (
        AnalyticsImpressionsExplodeRequest,
    )
    from .analytics_impressions_filter_request import AnalyticsImpressionsFilterRequest
    from .analytics_impressions_metric import AnalyticsImpressionsMetric
    from .analytics_impressions_row import AnalyticsImpressionsRow
    from .analytics_impressions_rows_response import AnalyticsImpressionsRowsResponse
    from .analytics_impressions_timeseries_request import (
        AnalyticsImpressionsTimeseriesRequest,
    )
    from .analytics_impressions_timeseries_response import (
        AnalyticsImpressionsTimeseriesResponse,
    )
    from .analytics_impressions_timeseries_row import AnalyticsImpressionsTimeseriesRow
    from .analytics_impressions_totals import AnalyticsImpressionsTotals
    from .analytics_interval import AnalyticsInterval
    from .analytics_order_by import AnalyticsOrderBy
    from .analytics_order_direction import AnalyticsOrderDirection
    from .analytics_scope import AnalyticsScope
    from .available_commission import AvailableCommission
    from .available_commission_envelope import AvailableCommissionEnvelope
    from .available_commission_wrapper import AvailableCommissionWrapper
    from .balance_summary import BalanceSummary
    from .balance_summary_envelope import BalanceSummaryEnvelope
    from .brand_address import BrandAddress
    from .campaign import Campaign
    from .campaign_access_item import CampaignAccessItem
    from .campaign_access_request import CampaignAccessRequest
    from .campaign_creative_summary import CampaignCreativeSummary
    from .campaign_creative_summary_envelope import CampaignCreativeSummaryEnvelope
    from .campaign_creative_summary_list import CampaignCreativeSummaryList
    from .campaign_envelope import CampaignEnvelope
    from .campaign_id_list import CampaignIdList
    from .campaign_list import CampaignList
    from .campaign_participation_status import CampaignParticipationStatus
    from .campaign_request import CampaignRequest
    from .campaign_request_batch import CampaignRequestBatch
    from .campaign_request_result import CampaignRequestResult
    from .campaign_terms import CampaignTerms
    from .campaign_terms_by_locale import CampaignTermsByLocale
    from .campaign_terms_envelope import CampaignTermsEnvelope
    from .campaign_terms_list import CampaignTermsList
    from .campaign_terms_text import CampaignTermsText
    from .campaign_voucher_code import CampaignVoucherCode
    from .click_report import ClickReport
    from .click_report_entry import ClickReportEntry
    from .combined_terms import CombinedTerms
    from .combined_terms_list import CombinedTermsList
    from .commission_group import CommissionGroup
    from .commission_group_entry import CommissionGroupEntry
    from .commission_group_list import CommissionGroupList
    from .commission_meta_field import CommissionMetaField
    from .commission_override import CommissionOverride
    from .commission_rate import CommissionRate
    from .commission_voucher_code import CommissionVoucherCode
    from .conversion_report import ConversionReport
    from .conversion_report_entry import ConversionReportEntry
    from .converted_amount import ConvertedAmount
    from .country import Country
    from .creative import Creative
    from .creative_counts import CreativeCounts
    from .creative_envelope import CreativeEnvelope
    from .creative_item import CreativeItem
    from .creative_list import CreativeList
    from .currency import Currency
    from .currency_amounts import CurrencyAmounts
    from .currency_info import CurrencyInfo
    from .currency_totals import CurrencyTotals
    from .current_user import CurrentUser
    from .current_user_envelope import CurrentUserEnvelope
    from .current_user_update import CurrentUserUpdate
    from .custom_terms import CustomTerms
    from .custom_terms_list import CustomTermsList
    from .database import Database
    from .database_create import DatabaseCreate
    from .database_create_batch import DatabaseCreateBatch
    from .database_envelope import DatabaseEnvelope
    from .database_list import DatabaseList
    from .database_update import DatabaseUpdate
    from .database_update_batch import DatabaseUpdateBatch
    from .default_commission import DefaultCommission
    from .discovery_advertiser import DiscoveryAdvertiser
    from .discovery_advertiser_envelope import DiscoveryAdvertiserEnvelope
    from .discovery_advertiser_list import DiscoveryAdvertiserList
    from .discovery_campaign import DiscoveryCampaign
    from .discovery_status import DiscoveryStatus
    from .feed import Feed
    from .feed_campaign import FeedCampaign
    from .feed_campaign_envelope import FeedCampaignEnvelope
    from .feed_campaign_list import FeedCampaignList
    from .hypermedia import Hypermedia
    from .hypermedia_links import HypermediaLinks
    from .hypermedia_pagination import HypermediaPagination
    from .invitation import Invitation
    from .invitation_advertiser import InvitationAdvertiser
    from .invitation_campaign import InvitationCampaign
    from .invitation_list import InvitationList
    from .job import Job
    from .job_envelope import JobEnvelope
    from .job_hypermedia import JobHypermedia
    from .job_output_format import JobOutputFormat
    from .key_value_pair import KeyValuePair
    from .locale import Locale
    from .localised_text import LocalisedText
    from .my_brand import MyBrand
    from .my_brand_list import MyBrandList
    from .named_ref import NamedRef
    from .participation import Participation
    from .participation_campaign_info import ParticipationCampaignInfo
    from .participation_campaign_languages_map import ParticipationCampaignLanguagesMap
    from .participation_campaign_status import ParticipationCampaignStatus
    from .participation_field import ParticipationField
    from .participation_list import ParticipationList
    from .participation_status import ParticipationStatus
    from .partner import Partner
    from .partner_envelope import PartnerEnvelope
    from .partner_status import PartnerStatus
    from .partner_update import PartnerUpdate
    from .partner_update_result import PartnerUpdateResult
    from .partnerize_tag import PartnerizeTag
    from .partnerize_tag_create import PartnerizeTagCreate
    from .partnerize_tag_enabled_feature import PartnerizeTagEnabledFeature
    from .partnerize_tag_enabled_feature_envelope import (
        PartnerizeTagEnabledFeatureEnvelope,
    )
    from .partnerize_tag_enabled_feature_list import PartnerizeTagEnabledFeatureList
    from .partnerize_tag_envelope import PartnerizeTagEnvelope
    from .partnerize_tag_feature import PartnerizeTagFeature
    from .partnerize_tag_feature_config import PartnerizeTagFeatureConfig
    from .partnerize_tag_feature_config_schema_map import (
        PartnerizeTagFeatureConfigSchemaMap,
    )
    from .partnerize_tag_feature_enable import PartnerizeTagFeatureEnable
    from .partnerize_tag_feature_list import PartnerizeTagFeatureList
    from .partnerize_tag_list import PartnerizeTagList
    from .partnerize_tag_scope import PartnerizeTagScope
    from .partnerize_tag_update import PartnerizeTagUpdate
    from .payable_conversion_item import PayableConversionItem
    from .payable_report import PayableReport
    from .payment_detail import PaymentDetail
    from .payment_detail_map import PaymentDetailMap
    from .payment_detail_sets import PaymentDetailSets
    from .payment_detail_sets_create import PaymentDetailSetsCreate
    from .payment_detail_values import PaymentDetailValues
    from .promotional_commission import PromotionalCommission
    from .promotional_commission_list import PromotionalCommissionList
    from .reference_conversion_metric import ReferenceConversionMetric
    from .reference_conversion_metric_item import ReferenceConversionMetricItem
    from .reference_conversion_metric_list import ReferenceConversionMetricList
    from .reference_conversion_type import ReferenceConversionType
    from .reference_conversion_type_item import ReferenceConversionTypeItem
    from .reference_conversion_type_list import ReferenceConversionTypeList
    from .reference_country import ReferenceCountry
    from .reference_country_item import ReferenceCountryItem
    from .reference_country_list import ReferenceCountryList
    from .reference_partnership_model import ReferencePartnershipModel
    from .reference_partnership_model_item import ReferencePartnershipModelItem
    from .reference_partnership_model_list import ReferencePartnershipModelList
    from .reference_traffic_source import ReferenceTrafficSource
    from .reference_traffic_source_item import ReferenceTrafficSourceItem
    from .reference_traffic_source_list import ReferenceTrafficSourceList
    from .reference_user_context import ReferenceUserContext
    from .reference_user_context_item import ReferenceUserContextItem
    from .reference_user_context_list import ReferenceUserContextList
    from .report_click import ReportClick
    from .report_conversion import ReportConversion
    from .report_conversion_item import ReportConversionItem
    from .report_conversion_status import ReportConversionStatus
    from .report_conversion_value import ReportConversionValue
    from .report_cursor_hypermedia import ReportCursorHypermedia
    from .report_cursor_pagination import ReportCursorPagination
    from .report_format import ReportFormat
    from .report_meta_data_map import ReportMetaDataMap
    from .rich_text_document import RichTextDocument
    from .self_bill import SelfBill
    from .self_bill_envelope import SelfBillEnvelope
    from .self_bill_list import SelfBillList
    from .standard_commission import StandardCommission
    from .standard_commission_list import StandardCommissionList
    from .terms_acknowledgment import TermsAcknowledgment
    from .terms_acknowledgment_create import TermsAcknowledgmentCreate
    from .terms_acknowledgment_envelope import TermsAcknowledgmentEnvelope
    from .terms_acknowledgment_list import TermsAcknowledgmentList
    from .tier_level import TierLevel
    from .tiered_commission import TieredCommission
    from .tiered_commission_list import TieredCommissionList
    from .tracking_link import TrackingLink
    from .tracking_link_create import TrackingLinkCreate
    from .tracking_link_envelope import TrackingLinkEnvelope
    from .tracking_link_list import TrackingLinkList
    from .tracking_link_update import TrackingLinkUpdate
    from .transaction_query import TransactionQuery
    from .transaction_query_campaign import TransactionQueryCampaign
    from .transaction_query_create import TransactionQueryCreate
    from .transaction_query_create_batch import TransactionQueryCreateBatch
    from .transaction_query_deleted import TransactionQueryDeleted
    from .transaction_query_deletion import TransactionQueryDeletion
    from .transaction_query_envelope import TransactionQueryEnvelope
    from .transaction_query_filters import TransactionQueryFilters
    from .transaction_query_job import TransactionQueryJob
    from .transaction_query_job_envelope import TransactionQueryJobEnvelope
    from .transaction_query_list import TransactionQueryList
    from .transaction_query_publisher import TransactionQueryPublisher
    from .transaction_query_sort import TransactionQuerySort
    from .transaction_query_state import TransactionQueryState
    from .update_status import UpdateStatus
    from .v1_error import V1Error
    from .v1_error_body import V1ErrorBody
    from .v2_error import V2Error
    from .v2_error_body import V2ErrorBody
    from .v2_error_item import V2ErrorItem
    from .v3_error import V3Error
    from .v3_error_body import V3ErrorBody
    from .v3_error_item import V3ErrorItem
    from .v3_error_type import V3ErrorType
    from .voucher_code_envelope import VoucherCodeEnvelope
    from .voucher_code_list import VoucherCodeList
    from .voucher_commission import VoucherCommission
    from .voucher_commission_list import VoucherCommissionList
    from .website import Website
    from .website_create import WebsiteCreate
    from .website_create_batch import WebsiteCreateBatch
    from .website_envelope import WebsiteEnvelope
    from .website_list import WebsiteList
    from .website_update import WebsiteUpdate
    from .website_update_batch import WebsiteUpdateBatch
    from .yes_or_no import YesOrNo

# Model name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "ActiveCommission": ".active_commission",
    "ActiveCommissionList": ".active_commission_list",
    "AnalyticsClicksCountRequest": ".analytics_clicks_count_request",
    "AnalyticsClicksCountResponse": ".analytics_clicks_count_response",
    "AnalyticsClicksDimension": ".analytics_clicks_dimension",
    "AnalyticsClicksExplodeRequest": ".analytics_clicks_explode_request",
    "AnalyticsClicksFilterRequest": ".analytics_clicks_filter_request",
    "AnalyticsClicksMetric": ".analytics_clicks_metric",
    "AnalyticsClicksRow": ".analytics_clicks_row",
    "AnalyticsClicksRowsResponse": ".analytics_clicks_rows_response",
    "AnalyticsClicksTimeseriesRequest": ".analytics_clicks_timeseries_request",
    "AnalyticsClicksTimeseriesResponse": ".analytics_clicks_timeseries_response",
    "AnalyticsClicksTimeseriesRow": ".analytics_clicks_timeseries_row",
    "AnalyticsClicksTotals": ".analytics_clicks_totals",
    "AnalyticsConversionsCountRequest": ".analytics_conversions_count_request",
    "AnalyticsConversionsCountResponse": ".analytics_conversions_count_response",
    "AnalyticsConversionsDimension": ".analytics_conversions_dimension",
    "AnalyticsConversionsExplodeRequest": ".analytics_conversions_explode_request",
    "AnalyticsConversionsFilterRequest": ".analytics_conversions_filter_request",
    "AnalyticsConversionsMetric": ".analytics_conversions_metric",
    "AnalyticsConversionsRow": ".analytics_conversions_row",
    "AnalyticsConversionsRowsResponse": ".analytics_conversions_rows_response",
    "AnalyticsConversionsTimeseriesRequest": ".analytics_conversions_timeseries_request",
    "AnalyticsConversionsTimeseriesResponse": ".analytics_conversions_timeseries_response",
    "AnalyticsConversionsTimeseriesRow": ".analytics_conversions_timeseries_row",
    "AnalyticsConversionsTotals": ".analytics_conversions_totals",
    "AnalyticsDateTimeRange": ".analytics_date_time_range",
    "AnalyticsFilter": ".analytics_filter",
    "AnalyticsFilterOperator": ".analytics_filter_operator",
    "AnalyticsImpressionsCountRequest": ".analytics_impressions_count_request",
    "AnalyticsImpressionsCountResponse": ".analytics_impressions_count_response",
    "AnalyticsImpressionsDimension": ".analytics_impressions_dimension",
    "AnalyticsImpressionsExplodeRequest": ".analytics_impressions_explode_request",
    "AnalyticsImpressionsFilterRequest": ".analytics_impressions_filter_request",
    "AnalyticsImpressionsMetric": ".analytics_impressions_metric",
    "AnalyticsImpressionsRow": ".analytics_impressions_row",
    "AnalyticsImpressionsRowsResponse": ".analytics_impressions_rows_response",
    "AnalyticsImpressionsTimeseriesRequest": ".analytics_impressions_timeseries_request",
    "AnalyticsImpressionsTimeseriesResponse": ".analytics_impressions_timeseries_response",
    "AnalyticsImpressionsTimeseriesRow": ".analytics_impressions_timeseries_row",
    "AnalyticsImpressionsTotals": ".analytics_impressions_totals",
    "AnalyticsInterval": ".analytics_interval",
    "AnalyticsOrderBy": ".analytics_order_by",
    "AnalyticsOrderDirection": ".analytics_order_direction",
    "AnalyticsScope": ".analytics_scope",
    "AvailableCommission": ".available_commission",
    "AvailableCommissionEnvelope": ".available_commission_envelope",
    "AvailableCommissionWrapper": ".available_commission_wrapper",
    "BalanceSummary": ".balance_summary",
    "BalanceSummaryEnvelope": ".balance_summary_envelope",
    "BrandAddress": ".brand_address",
    "Campaign": ".campaign",
    "CampaignAccessItem": ".campaign_access_item",
    "CampaignAccessRequest": ".campaign_access_request",
    "CampaignCreativeSummary": ".campaign_creative_summary",
    "CampaignCreativeSummaryEnvelope": ".campaign_creative_summary_envelope",
    "CampaignCreativeSummaryList": ".campaign_creative_summary_list",
    "CampaignEnvelope": ".campaign_envelope",
    "CampaignIdList": ".campaign_id_list",
    "CampaignList": ".campaign_list",
    "CampaignParticipationStatus": ".campaign_participation_status",
    "CampaignRequest": ".campaign_request",
    "CampaignRequestBatch": ".campaign_request_batch",
    "CampaignRequestResult": ".campaign_request_result",
    "CampaignTerms": ".campaign_terms",
    "CampaignTermsByLocale": ".campaign_terms_by_locale",
    "CampaignTermsEnvelope": ".campaign_terms_envelope",
    "CampaignTermsList": ".campaign_terms_list",
    "CampaignTermsText": ".campaign_terms_text",
    "CampaignVoucherCode": ".campaign_voucher_code",
    "ClickReport": ".click_report",
    "ClickReportEntry": ".click_report_entry",
    "CombinedTerms": ".combined_terms",
    "CombinedTermsList": ".combined_terms_list",
    "CommissionGroup": ".commission_group",
    "CommissionGroupEntry": ".commission_group_entry",
    "CommissionGroupList": ".commission_group_list",
    "CommissionMetaField": ".commission_meta_field",
    "CommissionOverride": ".commission_override",
    "CommissionRate": ".commission_rate",
    "CommissionVoucherCode": ".commission_voucher_code",
    "ConversionReport": ".conversion_report",
    "ConversionReportEntry": ".conversion_report_entry",
    "ConvertedAmount": ".converted_amount",
    "Country": ".country",
    "Creative": ".creative",
    "CreativeCounts": ".creative_counts",
    "CreativeEnvelope": ".creative_envelope",
    "CreativeItem": ".creative_item",
    "CreativeList": ".creative_list",
    "Currency": ".currency",
    "CurrencyAmounts": ".currency_amounts",
    "CurrencyInfo": ".currency_info",
    "CurrencyTotals": ".currency_totals",
    "CurrentUser": ".current_user",
    "CurrentUserEnvelope": ".current_user_envelope",
    "CurrentUserUpdate": ".current_user_update",
    "CustomTerms": ".custom_terms",
    "CustomTermsList": ".custom_terms_list",
    "Database": ".database",
    "DatabaseCreate": ".database_create",
    "DatabaseCreateBatch": ".database_create_batch",
    "DatabaseEnvelope": ".database_envelope",
    "DatabaseList": ".database_list",
    "DatabaseUpdate": ".database_update",
    "DatabaseUpdateBatch": ".database_update_batch",
    "DefaultCommission": ".default_commission",
    "DiscoveryAdvertiser": ".discovery_advertiser",
    "DiscoveryAdvertiserEnvelope": ".discovery_advertiser_envelope",
    "DiscoveryAdvertiserList": ".discovery_advertiser_list",
    "DiscoveryCampaign": ".discovery_campaign",
    "DiscoveryStatus": ".discovery_status",
    "Feed": ".feed",
    "FeedCampaign": ".feed_campaign",
    "FeedCampaignEnvelope": ".feed_campaign_envelope",
    "FeedCampaignList": ".feed_campaign_list",
    "Hypermedia": ".hypermedia",
    "HypermediaLinks": ".hypermedia_links",
    "HypermediaPagination": ".hypermedia_pagination",
    "Invitation": ".invitation",
    "InvitationAdvertiser": ".invitation_advertiser",
    "InvitationCampaign": ".invitation_campaign",
    "InvitationList": ".invitation_list",
    "Job": ".job",
    "JobEnvelope": ".job_envelope",
    "JobHypermedia": ".job_hypermedia",
    "JobOutputFormat": ".job_output_format",
    "KeyValuePair": ".key_value_pair",
    "Locale": ".locale",
    "LocalisedText": ".localised_text",
    "MyBrand": ".my_brand",
    "MyBrandList": ".my_brand_list",
    "NamedRef": ".named_ref",
    "Participation": ".participation",
    "ParticipationCampaignInfo": ".participation_campaign_info",
    "ParticipationCampaignLanguagesMap": ".participation_campaign_languages_map",
    "ParticipationCampaignStatus": ".participation_campaign_status",
    "ParticipationField": ".participation_field",
    "ParticipationList": ".participation_list",
    "ParticipationStatus": ".participation_status",
    "Partner": ".partner",
    "PartnerEnvelope": ".partner_envelope",
    "PartnerStatus": ".partner_status",
    "PartnerUpdate": ".partner_update",
    "PartnerUpdateResult": ".partner_update_result",
    "PartnerizeTag": ".partnerize_tag",
    "PartnerizeTagCreate": ".partnerize_tag_create",
    "PartnerizeTagEnabledFeature": ".partnerize_tag_enabled_feature",
    "PartnerizeTagEnabledFeatureEnvelope": ".partnerize_tag_enabled_feature_envelope",
    "PartnerizeTagEnabledFeatureList": ".partnerize_tag_enabled_feature_list",
    "PartnerizeTagEnvelope": ".partnerize_tag_envelope",
    "PartnerizeTagFeature": ".partnerize_tag_feature",
    "PartnerizeTagFeatureConfig": ".partnerize_tag_feature_config",
    "PartnerizeTagFeatureConfigSchemaMap": ".partnerize_tag_feature_config_schema_map",
    "PartnerizeTagFeatureEnable": ".partnerize_tag_feature_enable",
    "PartnerizeTagFeatureList": ".partnerize_tag_feature_list",
    "PartnerizeTagList": ".partnerize_tag_list",
    "PartnerizeTagScope": ".partnerize_tag_scope",
    "PartnerizeTagUpdate": ".partnerize_tag_update",
    "PayableConversionItem": ".payable_conversion_item",
    "PayableReport": ".payable_report",
    "PaymentDetail": ".payment_detail",
    "PaymentDetailMap": ".payment_detail_map",
    "PaymentDetailSets": ".payment_detail_sets",
    "PaymentDetailSetsCreate": ".payment_detail_sets_create",
    "PaymentDetailValues": ".payment_detail_values",
    "PromotionalCommission": ".promotional_commission",
    "PromotionalCommissionList": ".promotional_commission_list",
    "ReferenceConversionMetric": ".reference_conversion_metric",
    "ReferenceConversionMetricItem": ".reference_conversion_metric_item",
    "ReferenceConversionMetricList": ".reference_conversion_metric_list",
    "ReferenceConversionType": ".reference_conversion_type",
    "ReferenceConversionTypeItem": ".reference_conversion_type_item",
    "ReferenceConversionTypeList": ".reference_conversion_type_list",
    "ReferenceCountry": ".reference_country",
    "ReferenceCountryItem": ".reference_country_item",
    "ReferenceCountryList": ".reference_country_list",
    "ReferencePartnershipModel": ".reference_partnership_model",
    "ReferencePartnershipModelItem": ".reference_partnership_model_item",
    "ReferencePartnershipModelList": ".reference_partnership_model_list",
    "ReferenceTrafficSource": ".reference_traffic_source",
    "ReferenceTrafficSourceItem": ".reference_traffic_source_item",
    "ReferenceTrafficSourceList": ".reference_traffic_source_list",
    "ReferenceUserContext": ".reference_user_context",
    "ReferenceUserContextItem": ".reference_user_context_item",
    "ReferenceUserContextList": ".reference_user_context_list",
    "ReportClick": ".report_click",
    "ReportConversion": ".report_conversion",
    "ReportConversionItem": ".report_conversion_item",
    "ReportConversionStatus": ".report_conversion_status",
    "ReportConversionValue": ".report_conversion_value",
    "ReportCursorHypermedia": ".report_cursor_hypermedia",
    "ReportCursorPagination": ".report_cursor_pagination",
    "ReportFormat": ".report_format",
    "ReportMetaDataMap": ".report_meta_data_map",
    "RichTextDocument": ".rich_text_document",
    "SelfBill": ".self_bill",
    "SelfBillEnvelope": ".self_bill_envelope",
    "SelfBillList": ".self_bill_list",
    "StandardCommission": ".standard_commission",
    "StandardCommissionList": ".standard_commission_list",
    "TermsAcknowledgment": ".terms_acknowledgment",
    "TermsAcknowledgmentCreate": ".terms_acknowledgment_create",
    "TermsAcknowledgmentEnvelope": ".terms_acknowledgment_envelope",
    "TermsAcknowledgmentList": ".terms_acknowledgment_list",
    "TierLevel": ".tier_level",
    "TieredCommission": ".tiered_commission",
    "TieredCommissionList": ".tiered_commission_list",
    "TrackingLink": ".tracking_link",
    "TrackingLinkCreate": ".tracking_link_create",
    "TrackingLinkEnvelope": ".tracking_link_envelope",
    "TrackingLinkList": ".tracking_link_list",
    "TrackingLinkUpdate": ".tracking_link_update",
    "TransactionQuery": ".transaction_query",
    "TransactionQueryCampaign": ".transaction_query_campaign",
    "TransactionQueryCreate": ".transaction_query_create",
    "TransactionQueryCreateBatch": ".transaction_query_create_batch",
    "TransactionQueryDeleted": ".transaction_query_deleted",
    "TransactionQueryDeletion": ".transaction_query_deletion",
    "TransactionQueryEnvelope": ".transaction_query_envelope",
    "TransactionQueryFilters": ".transaction_query_filters",
    "TransactionQueryJob": ".transaction_query_job",
    "TransactionQueryJobEnvelope": ".transaction_query_job_envelope",
    "TransactionQueryList": ".transaction_query_list",
    "TransactionQueryPublisher": ".transaction_query_publisher",
    "TransactionQuerySort": ".transaction_query_sort",
    "TransactionQueryState": ".transaction_query_state",
    "UpdateStatus": ".update_status",
    "V1Error": ".v1_error",
    "V1ErrorBody": ".v1_error_body",
    "V2Error": ".v2_error",
    "V2ErrorBody": ".v2_error_body",
    "V2ErrorItem": ".v2_error_item",
    "V3Error": ".v3_error",
    "V3ErrorBody": ".v3_error_body",
    "V3ErrorItem": ".v3_error_item",
    "V3ErrorType": ".v3_error_type",
    "VoucherCodeEnvelope": ".voucher_code_envelope",
    "VoucherCodeList": ".voucher_code_list",
    "VoucherCommission": ".voucher_commission",
    "VoucherCommissionList": ".voucher_commission_list",
    "Website": ".website",
    "WebsiteCreate": ".website_create",
    "WebsiteCreateBatch": ".website_create_batch",
    "WebsiteEnvelope": ".website_envelope",
    "WebsiteList": ".website_list",
    "WebsiteUpdate": ".website_update",
    "WebsiteUpdateBatch": ".website_update_batch",
    "YesOrNo": ".yes_or_no",
}

__all__ = (
    "ActiveCommission",
    "ActiveCommissionList",
    "AnalyticsClicksCountRequest",
    "AnalyticsClicksCountResponse",
    "AnalyticsClicksDimension",
    "AnalyticsClicksExplodeRequest",
    "AnalyticsClicksFilterRequest",
    "AnalyticsClicksMetric",
    "AnalyticsClicksRow",
    "AnalyticsClicksRowsResponse",
    "AnalyticsClicksTimeseriesRequest",
    "AnalyticsClicksTimeseriesResponse",
    "AnalyticsClicksTimeseriesRow",
    "AnalyticsClicksTotals",
    "AnalyticsConversionsCountRequest",
    "AnalyticsConversionsCountResponse",
    "AnalyticsConversionsDimension",
    "AnalyticsConversionsExplodeRequest",
    "AnalyticsConversionsFilterRequest",
    "AnalyticsConversionsMetric",
    "AnalyticsConversionsRow",
    "AnalyticsConversionsRowsResponse",
    "AnalyticsConversionsTimeseriesRequest",
    "AnalyticsConversionsTimeseriesResponse",
    "AnalyticsConversionsTimeseriesRow",
    "AnalyticsConversionsTotals",
    "AnalyticsDateTimeRange",
    "AnalyticsFilter",
    "AnalyticsFilterOperator",
    "AnalyticsImpressionsCountRequest",
    "AnalyticsImpressionsCountResponse",
    "AnalyticsImpressionsDimension",
    "AnalyticsImpressionsExplodeRequest",
    "AnalyticsImpressionsFilterRequest",
    "AnalyticsImpressionsMetric",
    "AnalyticsImpressionsRow",
    "AnalyticsImpressionsRowsResponse",
    "AnalyticsImpressionsTimeseriesRequest",
    "AnalyticsImpressionsTimeseriesResponse",
    "AnalyticsImpressionsTimeseriesRow",
    "AnalyticsImpressionsTotals",
    "AnalyticsInterval",
    "AnalyticsOrderBy",
    "AnalyticsOrderDirection",
    "AnalyticsScope",
    "AvailableCommission",
    "AvailableCommissionEnvelope",
    "AvailableCommissionWrapper",
    "BalanceSummary",
    "BalanceSummaryEnvelope",
    "BrandAddress",
    "Campaign",
    "CampaignAccessItem",
    "CampaignAccessRequest",
    "CampaignCreativeSummary",
    "CampaignCreativeSummaryEnvelope",
    "CampaignCreativeSummaryList",
    "CampaignEnvelope",
    "CampaignIdList",
    "CampaignList",
    "CampaignParticipationStatus",
    "CampaignRequest",
    "CampaignRequestBatch",
    "CampaignRequestResult",
    "CampaignTerms",
    "CampaignTermsByLocale",
    "CampaignTermsEnvelope",
    "CampaignTermsList",
    "CampaignTermsText",
    "CampaignVoucherCode",
    "ClickReport",
    "ClickReportEntry",
    "CombinedTerms",
    "CombinedTermsList",
    "CommissionGroup",
    "CommissionGroupEntry",
    "CommissionGroupList",
    "CommissionMetaField",
    "CommissionOverride",
    "CommissionRate",
    "CommissionVoucherCode",
    "ConversionReport",
    "ConversionReportEntry",
    "ConvertedAmount",
    "Country",
    "Creative",
    "CreativeCounts",
    "CreativeEnvelope",
    "CreativeItem",
    "CreativeList",
    "Currency",
    "CurrencyAmounts",
    "CurrencyInfo",
    "CurrencyTotals",
    "CurrentUser",
    "CurrentUserEnvelope",
    "CurrentUserUpdate",
    "CustomTerms",
    "CustomTermsList",
    "Database",
    "DatabaseCreate",
    "DatabaseCreateBatch",
    "DatabaseEnvelope",
    "DatabaseList",
    "DatabaseUpdate",
    "DatabaseUpdateBatch",
    "DefaultCommission",
    "DiscoveryAdvertiser",
    "DiscoveryAdvertiserEnvelope",
    "DiscoveryAdvertiserList",
    "DiscoveryCampaign",
    "DiscoveryStatus",
    "Feed",
    "FeedCampaign",
    "FeedCampaignEnvelope",
    "FeedCampaignList",
    "Hypermedia",
    "HypermediaLinks",
    "HypermediaPagination",
    "Invitation",
    "InvitationAdvertiser",
    "InvitationCampaign",
    "InvitationList",
    "Job",
    "JobEnvelope",
    "JobHypermedia",
    "JobOutputFormat",
    "KeyValuePair",
    "Locale",
    "LocalisedText",
    "MyBrand",
    "MyBrandList",
    "NamedRef",
    "Participation",
    "ParticipationCampaignInfo",
    "ParticipationCampaignLanguagesMap",
    "ParticipationCampaignStatus",
    "ParticipationField",
    "ParticipationList",
    "ParticipationStatus",
    "Partner",
    "PartnerEnvelope",
    "PartnerStatus",
    "PartnerUpdate",
    "PartnerUpdateResult",
    "PartnerizeTag",
    "PartnerizeTagCreate",
    "PartnerizeTagEnabledFeature",
    "PartnerizeTagEnabledFeatureEnvelope",
    "PartnerizeTagEnabledFeatureList",
    "PartnerizeTagEnvelope",
    "PartnerizeTagFeature",
    "PartnerizeTagFeatureConfig",
    "PartnerizeTagFeatureConfigSchemaMap",
    "PartnerizeTagFeatureEnable",
    "PartnerizeTagFeatureList",
    "PartnerizeTagList",
    "PartnerizeTagScope",
    "PartnerizeTagUpdate",
    "PayableConversionItem",
    "PayableReport",
    "PaymentDetail",
    "PaymentDetailMap",
    "PaymentDetailSets",
    "PaymentDetailSetsCreate",
    "PaymentDetailValues",
    "PromotionalCommission",
    "PromotionalCommissionList",
    "ReferenceConversionMetric",
    "ReferenceConversionMetricItem",
    "ReferenceConversionMetricList",
    "ReferenceConversionType",
    "ReferenceConversionTypeItem",
    "ReferenceConversionTypeList",
    "ReferenceCountry",
    "ReferenceCountryItem",
    "ReferenceCountryList",
    "ReferencePartnershipModel",
    "ReferencePartnershipModelItem",
    "ReferencePartnershipModelList",
    "ReferenceTrafficSource",
    "ReferenceTrafficSourceItem",
    "ReferenceTrafficSourceList",
    "ReferenceUserContext",
    "ReferenceUserContextItem",
    "ReferenceUserContextList",
    "ReportClick",
    "ReportConversion",
    "ReportConversionItem",
    "ReportConversionStatus",
    "ReportConversionValue",
    "ReportCursorHypermedia",
    "ReportCursorPagination",
    "ReportFormat",
    "ReportMetaDataMap",
    "RichTextDocument",
    "SelfBill",
    "SelfBillEnvelope",
    "SelfBillList",
    "StandardCommission",
    "StandardCommissionList",
    "TermsAcknowledgment",
    "TermsAcknowledgmentCreate",
    "TermsAcknowledgmentEnvelope",
    "TermsAcknowledgmentList",
    "TierLevel",
    "TieredCommission",
    "TieredCommissionList",
    "TrackingLink",
    "TrackingLinkCreate",
    "TrackingLinkEnvelope",
    "TrackingLinkList",
    "TrackingLinkUpdate",
    "TransactionQuery",
    "TransactionQueryCampaign",
    "TransactionQueryCreate",
    "TransactionQueryCreateBatch",
    "TransactionQueryDeleted",
    "TransactionQueryDeletion",
    "TransactionQueryEnvelope",
    "TransactionQueryFilters",
    "TransactionQueryJob",
    "TransactionQueryJobEnvelope",
    "TransactionQueryList",
    "TransactionQueryPublisher",
    "TransactionQuerySort",
    "TransactionQueryState",
    "UpdateStatus",
    "V1Error",
    "V1ErrorBody",
    "V2Error",
    "V2ErrorBody",
    "V2ErrorItem",
    "V3Error",
    "V3ErrorBody",
    "V3ErrorItem",
    "V3ErrorType",
    "VoucherCodeEnvelope",
    "VoucherCodeList",
    "VoucherCommission",
    "VoucherCommissionList",
    "Website",
    "WebsiteCreate",
    "WebsiteCreateBatch",
    "WebsiteEnvelope",
    "WebsiteList",
    "WebsiteUpdate",
    "WebsiteUpdateBatch",
    "YesOrNo",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
