from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_terms_by_locale import CampaignTermsByLocale
    from ..models.localised_text import LocalisedText


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign with its settings as the partner sees them. Flags use `y`/`n`. Several fields hold JSON inside a string
    (`commission_by_meta`, `commission_by_meta_label`), and several numbers may come as strings
    (`default_commission_rate`, `default_override`).

        Attributes:
            campaign_id (str):
            advertiser_id (None | str | Unset):
            title (None | str | Unset):
            description (LocalisedText | None | str | Unset): Campaign description per locale.
            status (None | str | Unset): Campaign status, e.g. `a` active.
            publisher_status (None | str | Unset): The partner's participation: `a`, `p` or `r`.
            allow_deep_linking (None | str | Unset):
            allow_third_party_pixel (None | str | Unset):
            append_url_parameters (None | str | Unset):
            associated_campaigns (None | str | Unset):
            automated_invoicing_date (int | None | str | Unset):
            automated_invoicing_po_number (None | str | Unset):
            auto_approve_publisher (None | str | Unset):
            auto_rejected_ips (None | str | Unset):
            budget_summary_interval (None | str | Unset):
            budget_summary_start_time (None | str | Unset):
            campaign_currency_conversions (list[Any] | Unset):
            campaign_custom_terms_and_conditions_id (None | str | Unset):
            campaign_custom_terms_and_conditions_title (None | str | Unset):
            campaign_languages (Any | Unset): Languages of the campaign; null when not set.
            campaign_notes (None | str | Unset):
            campaign_overloads (list[Any] | Unset):
            commission_by_meta_label (None | str | Unset): JSON array of labels, inside a string.
            commission_by_meta (None | str | Unset): JSON array of field names, inside a string.
            commissions (list[Any] | Unset):
            conversion_hiatus_period (int | None | str | Unset):
            conversion_type (None | str | Unset): e.g. `sale` or `lead`.
            cookie_period (int | None | str | Unset): Cookie lifetime.
            cookie_status (None | str | Unset):
            default_commission_rate (float | None | str | Unset):
            default_currency (None | str | Unset):
            default_override (float | None | str | Unset):
            deferred_lead_submission (None | str | Unset):
            dont_consolidate (None | str | Unset):
            dont_invoice (None | str | Unset):
            extra_restricted_deep_linking (None | str | Unset):
            force_approve_period (int | None | str | Unset):
            hidden_campaign (None | str | Unset):
            invoice_address_1 (None | str | Unset):
            invoice_address_2 (None | str | Unset):
            invoice_address_3 (None | str | Unset):
            invoice_address_4 (None | str | Unset):
            invoice_address_country (None | str | Unset):
            invoice_address_postcode (None | str | Unset):
            invoice_company (None | str | Unset):
            invoice_contact (None | str | Unset):
            invoice_only (None | str | Unset):
            ip_tracking_time (int | None | str | Unset):
            is_cpc (None | str | Unset):
            lead_confirmation_url_fail (None | str | Unset):
            lead_confirmation_url_success (None | str | Unset):
            multiple_conversions_per_click (None | str | Unset):
            network_fee (float | None | str | Unset):
            pay_publisher_directly (None | str | Unset):
            payment_date (None | str | Unset):
            recurring_payment_setup (None | str | Unset):
            report_meta_purge_period (int | None | str | Unset):
            reporting_timezone (None | str | Unset):
            restricted_deep_linking (None | str | Unset):
            secure_tracking (None | str | Unset):
            terms (CampaignTermsByLocale | None | Unset): Campaign terms per locale.
            test_mode (None | str | Unset):
            tq_auto_approve (int | None | str | Unset): Days after which transaction queries are approved automatically.
            tq_enabled (None | str | Unset):
            tq_enabled_publishers (None | str | Unset):
            tracking_method (None | str | Unset): e.g. `s2s`.
            tracking_subdomain (None | str | Unset):
            unique_conversion_refs (None | str | Unset):
            vertical_id (int | None | str | Unset):
            vertical_name (None | str | Unset):
            week_start (None | str | Unset):
    """

    campaign_id: str
    advertiser_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: LocalisedText | None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    publisher_status: None | str | Unset = UNSET
    allow_deep_linking: None | str | Unset = UNSET
    allow_third_party_pixel: None | str | Unset = UNSET
    append_url_parameters: None | str | Unset = UNSET
    associated_campaigns: None | str | Unset = UNSET
    automated_invoicing_date: int | None | str | Unset = UNSET
    automated_invoicing_po_number: None | str | Unset = UNSET
    auto_approve_publisher: None | str | Unset = UNSET
    auto_rejected_ips: None | str | Unset = UNSET
    budget_summary_interval: None | str | Unset = UNSET
    budget_summary_start_time: None | str | Unset = UNSET
    campaign_currency_conversions: list[Any] | Unset = UNSET
    campaign_custom_terms_and_conditions_id: None | str | Unset = UNSET
    campaign_custom_terms_and_conditions_title: None | str | Unset = UNSET
    campaign_languages: Any | Unset = UNSET
    campaign_notes: None | str | Unset = UNSET
    campaign_overloads: list[Any] | Unset = UNSET
    commission_by_meta_label: None | str | Unset = UNSET
    commission_by_meta: None | str | Unset = UNSET
    commissions: list[Any] | Unset = UNSET
    conversion_hiatus_period: int | None | str | Unset = UNSET
    conversion_type: None | str | Unset = UNSET
    cookie_period: int | None | str | Unset = UNSET
    cookie_status: None | str | Unset = UNSET
    default_commission_rate: float | None | str | Unset = UNSET
    default_currency: None | str | Unset = UNSET
    default_override: float | None | str | Unset = UNSET
    deferred_lead_submission: None | str | Unset = UNSET
    dont_consolidate: None | str | Unset = UNSET
    dont_invoice: None | str | Unset = UNSET
    extra_restricted_deep_linking: None | str | Unset = UNSET
    force_approve_period: int | None | str | Unset = UNSET
    hidden_campaign: None | str | Unset = UNSET
    invoice_address_1: None | str | Unset = UNSET
    invoice_address_2: None | str | Unset = UNSET
    invoice_address_3: None | str | Unset = UNSET
    invoice_address_4: None | str | Unset = UNSET
    invoice_address_country: None | str | Unset = UNSET
    invoice_address_postcode: None | str | Unset = UNSET
    invoice_company: None | str | Unset = UNSET
    invoice_contact: None | str | Unset = UNSET
    invoice_only: None | str | Unset = UNSET
    ip_tracking_time: int | None | str | Unset = UNSET
    is_cpc: None | str | Unset = UNSET
    lead_confirmation_url_fail: None | str | Unset = UNSET
    lead_confirmation_url_success: None | str | Unset = UNSET
    multiple_conversions_per_click: None | str | Unset = UNSET
    network_fee: float | None | str | Unset = UNSET
    pay_publisher_directly: None | str | Unset = UNSET
    payment_date: None | str | Unset = UNSET
    recurring_payment_setup: None | str | Unset = UNSET
    report_meta_purge_period: int | None | str | Unset = UNSET
    reporting_timezone: None | str | Unset = UNSET
    restricted_deep_linking: None | str | Unset = UNSET
    secure_tracking: None | str | Unset = UNSET
    terms: CampaignTermsByLocale | None | Unset = UNSET
    test_mode: None | str | Unset = UNSET
    tq_auto_approve: int | None | str | Unset = UNSET
    tq_enabled: None | str | Unset = UNSET
    tq_enabled_publishers: None | str | Unset = UNSET
    tracking_method: None | str | Unset = UNSET
    tracking_subdomain: None | str | Unset = UNSET
    unique_conversion_refs: None | str | Unset = UNSET
    vertical_id: int | None | str | Unset = UNSET
    vertical_name: None | str | Unset = UNSET
    week_start: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any the spec does not name."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (a.name, getattr(self, a.name)) for a in self.__attrs_attrs__
            )
            if name != "additional_properties" and not isinstance(value, Unset)
        ]
        shown += [
            f"{key!r}: {value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_terms_by_locale import CampaignTermsByLocale
        from ..models.localised_text import LocalisedText

        campaign_id = self.campaign_id

        advertiser_id: None | str | Unset
        if isinstance(self.advertiser_id, Unset):
            advertiser_id = UNSET
        else:
            advertiser_id = self.advertiser_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, LocalisedText):
            description = self.description.to_dict()
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        publisher_status: None | str | Unset
        if isinstance(self.publisher_status, Unset):
            publisher_status = UNSET
        else:
            publisher_status = self.publisher_status

        allow_deep_linking: None | str | Unset
        if isinstance(self.allow_deep_linking, Unset):
            allow_deep_linking = UNSET
        else:
            allow_deep_linking = self.allow_deep_linking

        allow_third_party_pixel: None | str | Unset
        if isinstance(self.allow_third_party_pixel, Unset):
            allow_third_party_pixel = UNSET
        else:
            allow_third_party_pixel = self.allow_third_party_pixel

        append_url_parameters: None | str | Unset
        if isinstance(self.append_url_parameters, Unset):
            append_url_parameters = UNSET
        else:
            append_url_parameters = self.append_url_parameters

        associated_campaigns: None | str | Unset
        if isinstance(self.associated_campaigns, Unset):
            associated_campaigns = UNSET
        else:
            associated_campaigns = self.associated_campaigns

        automated_invoicing_date: int | None | str | Unset
        if isinstance(self.automated_invoicing_date, Unset):
            automated_invoicing_date = UNSET
        else:
            automated_invoicing_date = self.automated_invoicing_date

        automated_invoicing_po_number: None | str | Unset
        if isinstance(self.automated_invoicing_po_number, Unset):
            automated_invoicing_po_number = UNSET
        else:
            automated_invoicing_po_number = self.automated_invoicing_po_number

        auto_approve_publisher: None | str | Unset
        if isinstance(self.auto_approve_publisher, Unset):
            auto_approve_publisher = UNSET
        else:
            auto_approve_publisher = self.auto_approve_publisher

        auto_rejected_ips: None | str | Unset
        if isinstance(self.auto_rejected_ips, Unset):
            auto_rejected_ips = UNSET
        else:
            auto_rejected_ips = self.auto_rejected_ips

        budget_summary_interval: None | str | Unset
        if isinstance(self.budget_summary_interval, Unset):
            budget_summary_interval = UNSET
        else:
            budget_summary_interval = self.budget_summary_interval

        budget_summary_start_time: None | str | Unset
        if isinstance(self.budget_summary_start_time, Unset):
            budget_summary_start_time = UNSET
        else:
            budget_summary_start_time = self.budget_summary_start_time

        campaign_currency_conversions: list[Any] | Unset = UNSET
        if not isinstance(self.campaign_currency_conversions, Unset):
            campaign_currency_conversions = self.campaign_currency_conversions

        campaign_custom_terms_and_conditions_id: None | str | Unset
        if isinstance(self.campaign_custom_terms_and_conditions_id, Unset):
            campaign_custom_terms_and_conditions_id = UNSET
        else:
            campaign_custom_terms_and_conditions_id = (
                self.campaign_custom_terms_and_conditions_id
            )

        campaign_custom_terms_and_conditions_title: None | str | Unset
        if isinstance(self.campaign_custom_terms_and_conditions_title, Unset):
            campaign_custom_terms_and_conditions_title = UNSET
        else:
            campaign_custom_terms_and_conditions_title = (
                self.campaign_custom_terms_and_conditions_title
            )

        campaign_languages = self.campaign_languages

        campaign_notes: None | str | Unset
        if isinstance(self.campaign_notes, Unset):
            campaign_notes = UNSET
        else:
            campaign_notes = self.campaign_notes

        campaign_overloads: list[Any] | Unset = UNSET
        if not isinstance(self.campaign_overloads, Unset):
            campaign_overloads = self.campaign_overloads

        commission_by_meta_label: None | str | Unset
        if isinstance(self.commission_by_meta_label, Unset):
            commission_by_meta_label = UNSET
        else:
            commission_by_meta_label = self.commission_by_meta_label

        commission_by_meta: None | str | Unset
        if isinstance(self.commission_by_meta, Unset):
            commission_by_meta = UNSET
        else:
            commission_by_meta = self.commission_by_meta

        commissions: list[Any] | Unset = UNSET
        if not isinstance(self.commissions, Unset):
            commissions = self.commissions

        conversion_hiatus_period: int | None | str | Unset
        if isinstance(self.conversion_hiatus_period, Unset):
            conversion_hiatus_period = UNSET
        else:
            conversion_hiatus_period = self.conversion_hiatus_period

        conversion_type: None | str | Unset
        if isinstance(self.conversion_type, Unset):
            conversion_type = UNSET
        else:
            conversion_type = self.conversion_type

        cookie_period: int | None | str | Unset
        if isinstance(self.cookie_period, Unset):
            cookie_period = UNSET
        else:
            cookie_period = self.cookie_period

        cookie_status: None | str | Unset
        if isinstance(self.cookie_status, Unset):
            cookie_status = UNSET
        else:
            cookie_status = self.cookie_status

        default_commission_rate: float | None | str | Unset
        if isinstance(self.default_commission_rate, Unset):
            default_commission_rate = UNSET
        else:
            default_commission_rate = self.default_commission_rate

        default_currency: None | str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        else:
            default_currency = self.default_currency

        default_override: float | None | str | Unset
        if isinstance(self.default_override, Unset):
            default_override = UNSET
        else:
            default_override = self.default_override

        deferred_lead_submission: None | str | Unset
        if isinstance(self.deferred_lead_submission, Unset):
            deferred_lead_submission = UNSET
        else:
            deferred_lead_submission = self.deferred_lead_submission

        dont_consolidate: None | str | Unset
        if isinstance(self.dont_consolidate, Unset):
            dont_consolidate = UNSET
        else:
            dont_consolidate = self.dont_consolidate

        dont_invoice: None | str | Unset
        if isinstance(self.dont_invoice, Unset):
            dont_invoice = UNSET
        else:
            dont_invoice = self.dont_invoice

        extra_restricted_deep_linking: None | str | Unset
        if isinstance(self.extra_restricted_deep_linking, Unset):
            extra_restricted_deep_linking = UNSET
        else:
            extra_restricted_deep_linking = self.extra_restricted_deep_linking

        force_approve_period: int | None | str | Unset
        if isinstance(self.force_approve_period, Unset):
            force_approve_period = UNSET
        else:
            force_approve_period = self.force_approve_period

        hidden_campaign: None | str | Unset
        if isinstance(self.hidden_campaign, Unset):
            hidden_campaign = UNSET
        else:
            hidden_campaign = self.hidden_campaign

        invoice_address_1: None | str | Unset
        if isinstance(self.invoice_address_1, Unset):
            invoice_address_1 = UNSET
        else:
            invoice_address_1 = self.invoice_address_1

        invoice_address_2: None | str | Unset
        if isinstance(self.invoice_address_2, Unset):
            invoice_address_2 = UNSET
        else:
            invoice_address_2 = self.invoice_address_2

        invoice_address_3: None | str | Unset
        if isinstance(self.invoice_address_3, Unset):
            invoice_address_3 = UNSET
        else:
            invoice_address_3 = self.invoice_address_3

        invoice_address_4: None | str | Unset
        if isinstance(self.invoice_address_4, Unset):
            invoice_address_4 = UNSET
        else:
            invoice_address_4 = self.invoice_address_4

        invoice_address_country: None | str | Unset
        if isinstance(self.invoice_address_country, Unset):
            invoice_address_country = UNSET
        else:
            invoice_address_country = self.invoice_address_country

        invoice_address_postcode: None | str | Unset
        if isinstance(self.invoice_address_postcode, Unset):
            invoice_address_postcode = UNSET
        else:
            invoice_address_postcode = self.invoice_address_postcode

        invoice_company: None | str | Unset
        if isinstance(self.invoice_company, Unset):
            invoice_company = UNSET
        else:
            invoice_company = self.invoice_company

        invoice_contact: None | str | Unset
        if isinstance(self.invoice_contact, Unset):
            invoice_contact = UNSET
        else:
            invoice_contact = self.invoice_contact

        invoice_only: None | str | Unset
        if isinstance(self.invoice_only, Unset):
            invoice_only = UNSET
        else:
            invoice_only = self.invoice_only

        ip_tracking_time: int | None | str | Unset
        if isinstance(self.ip_tracking_time, Unset):
            ip_tracking_time = UNSET
        else:
            ip_tracking_time = self.ip_tracking_time

        is_cpc: None | str | Unset
        if isinstance(self.is_cpc, Unset):
            is_cpc = UNSET
        else:
            is_cpc = self.is_cpc

        lead_confirmation_url_fail: None | str | Unset
        if isinstance(self.lead_confirmation_url_fail, Unset):
            lead_confirmation_url_fail = UNSET
        else:
            lead_confirmation_url_fail = self.lead_confirmation_url_fail

        lead_confirmation_url_success: None | str | Unset
        if isinstance(self.lead_confirmation_url_success, Unset):
            lead_confirmation_url_success = UNSET
        else:
            lead_confirmation_url_success = self.lead_confirmation_url_success

        multiple_conversions_per_click: None | str | Unset
        if isinstance(self.multiple_conversions_per_click, Unset):
            multiple_conversions_per_click = UNSET
        else:
            multiple_conversions_per_click = self.multiple_conversions_per_click

        network_fee: float | None | str | Unset
        if isinstance(self.network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = self.network_fee

        pay_publisher_directly: None | str | Unset
        if isinstance(self.pay_publisher_directly, Unset):
            pay_publisher_directly = UNSET
        else:
            pay_publisher_directly = self.pay_publisher_directly

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = self.payment_date

        recurring_payment_setup: None | str | Unset
        if isinstance(self.recurring_payment_setup, Unset):
            recurring_payment_setup = UNSET
        else:
            recurring_payment_setup = self.recurring_payment_setup

        report_meta_purge_period: int | None | str | Unset
        if isinstance(self.report_meta_purge_period, Unset):
            report_meta_purge_period = UNSET
        else:
            report_meta_purge_period = self.report_meta_purge_period

        reporting_timezone: None | str | Unset
        if isinstance(self.reporting_timezone, Unset):
            reporting_timezone = UNSET
        else:
            reporting_timezone = self.reporting_timezone

        restricted_deep_linking: None | str | Unset
        if isinstance(self.restricted_deep_linking, Unset):
            restricted_deep_linking = UNSET
        else:
            restricted_deep_linking = self.restricted_deep_linking

        secure_tracking: None | str | Unset
        if isinstance(self.secure_tracking, Unset):
            secure_tracking = UNSET
        else:
            secure_tracking = self.secure_tracking

        terms: dict[str, Any] | None | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        elif isinstance(self.terms, CampaignTermsByLocale):
            terms = self.terms.to_dict()
        else:
            terms = self.terms

        test_mode: None | str | Unset
        if isinstance(self.test_mode, Unset):
            test_mode = UNSET
        else:
            test_mode = self.test_mode

        tq_auto_approve: int | None | str | Unset
        if isinstance(self.tq_auto_approve, Unset):
            tq_auto_approve = UNSET
        else:
            tq_auto_approve = self.tq_auto_approve

        tq_enabled: None | str | Unset
        if isinstance(self.tq_enabled, Unset):
            tq_enabled = UNSET
        else:
            tq_enabled = self.tq_enabled

        tq_enabled_publishers: None | str | Unset
        if isinstance(self.tq_enabled_publishers, Unset):
            tq_enabled_publishers = UNSET
        else:
            tq_enabled_publishers = self.tq_enabled_publishers

        tracking_method: None | str | Unset
        if isinstance(self.tracking_method, Unset):
            tracking_method = UNSET
        else:
            tracking_method = self.tracking_method

        tracking_subdomain: None | str | Unset
        if isinstance(self.tracking_subdomain, Unset):
            tracking_subdomain = UNSET
        else:
            tracking_subdomain = self.tracking_subdomain

        unique_conversion_refs: None | str | Unset
        if isinstance(self.unique_conversion_refs, Unset):
            unique_conversion_refs = UNSET
        else:
            unique_conversion_refs = self.unique_conversion_refs

        vertical_id: int | None | str | Unset
        if isinstance(self.vertical_id, Unset):
            vertical_id = UNSET
        else:
            vertical_id = self.vertical_id

        vertical_name: None | str | Unset
        if isinstance(self.vertical_name, Unset):
            vertical_name = UNSET
        else:
            vertical_name = self.vertical_name

        week_start: None | str | Unset
        if isinstance(self.week_start, Unset):
            week_start = UNSET
        else:
            week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if publisher_status is not UNSET:
            field_dict["publisher_status"] = publisher_status
        if allow_deep_linking is not UNSET:
            field_dict["allow_deep_linking"] = allow_deep_linking
        if allow_third_party_pixel is not UNSET:
            field_dict["allow_third_party_pixel"] = allow_third_party_pixel
        if append_url_parameters is not UNSET:
            field_dict["append_url_parameters"] = append_url_parameters
        if associated_campaigns is not UNSET:
            field_dict["associated_campaigns"] = associated_campaigns
        if automated_invoicing_date is not UNSET:
            field_dict["automated_invoicing_date"] = automated_invoicing_date
        if automated_invoicing_po_number is not UNSET:
            field_dict["automated_invoicing_po_number"] = automated_invoicing_po_number
        if auto_approve_publisher is not UNSET:
            field_dict["auto_approve_publisher"] = auto_approve_publisher
        if auto_rejected_ips is not UNSET:
            field_dict["auto_rejected_ips"] = auto_rejected_ips
        if budget_summary_interval is not UNSET:
            field_dict["budget_summary_interval"] = budget_summary_interval
        if budget_summary_start_time is not UNSET:
            field_dict["budget_summary_start_time"] = budget_summary_start_time
        if campaign_currency_conversions is not UNSET:
            field_dict["campaign_currency_conversions"] = campaign_currency_conversions
        if campaign_custom_terms_and_conditions_id is not UNSET:
            field_dict["campaign_custom_terms_and_conditions_id"] = (
                campaign_custom_terms_and_conditions_id
            )
        if campaign_custom_terms_and_conditions_title is not UNSET:
            field_dict["campaign_custom_terms_and_conditions_title"] = (
                campaign_custom_terms_and_conditions_title
            )
        if campaign_languages is not UNSET:
            field_dict["campaign_languages"] = campaign_languages
        if campaign_notes is not UNSET:
            field_dict["campaign_notes"] = campaign_notes
        if campaign_overloads is not UNSET:
            field_dict["campaign_overloads"] = campaign_overloads
        if commission_by_meta_label is not UNSET:
            field_dict["commission_by_meta_label"] = commission_by_meta_label
        if commission_by_meta is not UNSET:
            field_dict["commission_by_meta"] = commission_by_meta
        if commissions is not UNSET:
            field_dict["commissions"] = commissions
        if conversion_hiatus_period is not UNSET:
            field_dict["conversion_hiatus_period"] = conversion_hiatus_period
        if conversion_type is not UNSET:
            field_dict["conversion_type"] = conversion_type
        if cookie_period is not UNSET:
            field_dict["cookie_period"] = cookie_period
        if cookie_status is not UNSET:
            field_dict["cookie_status"] = cookie_status
        if default_commission_rate is not UNSET:
            field_dict["default_commission_rate"] = default_commission_rate
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if default_override is not UNSET:
            field_dict["default_override"] = default_override
        if deferred_lead_submission is not UNSET:
            field_dict["deferred_lead_submission"] = deferred_lead_submission
        if dont_consolidate is not UNSET:
            field_dict["dont_consolidate"] = dont_consolidate
        if dont_invoice is not UNSET:
            field_dict["dont_invoice"] = dont_invoice
        if extra_restricted_deep_linking is not UNSET:
            field_dict["extra_restricted_deep_linking"] = extra_restricted_deep_linking
        if force_approve_period is not UNSET:
            field_dict["force_approve_period"] = force_approve_period
        if hidden_campaign is not UNSET:
            field_dict["hidden_campaign"] = hidden_campaign
        if invoice_address_1 is not UNSET:
            field_dict["invoice_address_1"] = invoice_address_1
        if invoice_address_2 is not UNSET:
            field_dict["invoice_address_2"] = invoice_address_2
        if invoice_address_3 is not UNSET:
            field_dict["invoice_address_3"] = invoice_address_3
        if invoice_address_4 is not UNSET:
            field_dict["invoice_address_4"] = invoice_address_4
        if invoice_address_country is not UNSET:
            field_dict["invoice_address_country"] = invoice_address_country
        if invoice_address_postcode is not UNSET:
            field_dict["invoice_address_postcode"] = invoice_address_postcode
        if invoice_company is not UNSET:
            field_dict["invoice_company"] = invoice_company
        if invoice_contact is not UNSET:
            field_dict["invoice_contact"] = invoice_contact
        if invoice_only is not UNSET:
            field_dict["invoice_only"] = invoice_only
        if ip_tracking_time is not UNSET:
            field_dict["ip_tracking_time"] = ip_tracking_time
        if is_cpc is not UNSET:
            field_dict["is_cpc"] = is_cpc
        if lead_confirmation_url_fail is not UNSET:
            field_dict["lead_confirmation_url_fail"] = lead_confirmation_url_fail
        if lead_confirmation_url_success is not UNSET:
            field_dict["lead_confirmation_url_success"] = lead_confirmation_url_success
        if multiple_conversions_per_click is not UNSET:
            field_dict["multiple_conversions_per_click"] = (
                multiple_conversions_per_click
            )
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee
        if pay_publisher_directly is not UNSET:
            field_dict["pay_publisher_directly"] = pay_publisher_directly
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if recurring_payment_setup is not UNSET:
            field_dict["recurring_payment_setup"] = recurring_payment_setup
        if report_meta_purge_period is not UNSET:
            field_dict["report_meta_purge_period"] = report_meta_purge_period
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if restricted_deep_linking is not UNSET:
            field_dict["restricted_deep_linking"] = restricted_deep_linking
        if secure_tracking is not UNSET:
            field_dict["secure_tracking"] = secure_tracking
        if terms is not UNSET:
            field_dict["terms"] = terms
        if test_mode is not UNSET:
            field_dict["test_mode"] = test_mode
        if tq_auto_approve is not UNSET:
            field_dict["tq_auto_approve"] = tq_auto_approve
        if tq_enabled is not UNSET:
            field_dict["tq_enabled"] = tq_enabled
        if tq_enabled_publishers is not UNSET:
            field_dict["tq_enabled_publishers"] = tq_enabled_publishers
        if tracking_method is not UNSET:
            field_dict["tracking_method"] = tracking_method
        if tracking_subdomain is not UNSET:
            field_dict["tracking_subdomain"] = tracking_subdomain
        if unique_conversion_refs is not UNSET:
            field_dict["unique_conversion_refs"] = unique_conversion_refs
        if vertical_id is not UNSET:
            field_dict["vertical_id"] = vertical_id
        if vertical_name is not UNSET:
            field_dict["vertical_name"] = vertical_name
        if week_start is not UNSET:
            field_dict["week_start"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_terms_by_locale import CampaignTermsByLocale
        from ..models.localised_text import LocalisedText

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_advertiser_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_id = _parse_advertiser_id(d.pop("advertiser_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> LocalisedText | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = LocalisedText.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalisedText | None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_publisher_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_status = _parse_publisher_status(d.pop("publisher_status", UNSET))

        def _parse_allow_deep_linking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allow_deep_linking = _parse_allow_deep_linking(
            d.pop("allow_deep_linking", UNSET)
        )

        def _parse_allow_third_party_pixel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allow_third_party_pixel = _parse_allow_third_party_pixel(
            d.pop("allow_third_party_pixel", UNSET)
        )

        def _parse_append_url_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        append_url_parameters = _parse_append_url_parameters(
            d.pop("append_url_parameters", UNSET)
        )

        def _parse_associated_campaigns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        associated_campaigns = _parse_associated_campaigns(
            d.pop("associated_campaigns", UNSET)
        )

        def _parse_automated_invoicing_date(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        automated_invoicing_date = _parse_automated_invoicing_date(
            d.pop("automated_invoicing_date", UNSET)
        )

        def _parse_automated_invoicing_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        automated_invoicing_po_number = _parse_automated_invoicing_po_number(
            d.pop("automated_invoicing_po_number", UNSET)
        )

        def _parse_auto_approve_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_approve_publisher = _parse_auto_approve_publisher(
            d.pop("auto_approve_publisher", UNSET)
        )

        def _parse_auto_rejected_ips(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_rejected_ips = _parse_auto_rejected_ips(d.pop("auto_rejected_ips", UNSET))

        def _parse_budget_summary_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_summary_interval = _parse_budget_summary_interval(
            d.pop("budget_summary_interval", UNSET)
        )

        def _parse_budget_summary_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_summary_start_time = _parse_budget_summary_start_time(
            d.pop("budget_summary_start_time", UNSET)
        )

        campaign_currency_conversions = cast(
            list[Any], d.pop("campaign_currency_conversions", UNSET)
        )

        def _parse_campaign_custom_terms_and_conditions_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_custom_terms_and_conditions_id = (
            _parse_campaign_custom_terms_and_conditions_id(
                d.pop("campaign_custom_terms_and_conditions_id", UNSET)
            )
        )

        def _parse_campaign_custom_terms_and_conditions_title(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_custom_terms_and_conditions_title = (
            _parse_campaign_custom_terms_and_conditions_title(
                d.pop("campaign_custom_terms_and_conditions_title", UNSET)
            )
        )

        campaign_languages = d.pop("campaign_languages", UNSET)

        def _parse_campaign_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_notes = _parse_campaign_notes(d.pop("campaign_notes", UNSET))

        campaign_overloads = cast(list[Any], d.pop("campaign_overloads", UNSET))

        def _parse_commission_by_meta_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission_by_meta_label = _parse_commission_by_meta_label(
            d.pop("commission_by_meta_label", UNSET)
        )

        def _parse_commission_by_meta(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission_by_meta = _parse_commission_by_meta(
            d.pop("commission_by_meta", UNSET)
        )

        commissions = cast(list[Any], d.pop("commissions", UNSET))

        def _parse_conversion_hiatus_period(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conversion_hiatus_period = _parse_conversion_hiatus_period(
            d.pop("conversion_hiatus_period", UNSET)
        )

        def _parse_conversion_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_type = _parse_conversion_type(d.pop("conversion_type", UNSET))

        def _parse_cookie_period(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cookie_period = _parse_cookie_period(d.pop("cookie_period", UNSET))

        def _parse_cookie_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cookie_status = _parse_cookie_status(d.pop("cookie_status", UNSET))

        def _parse_default_commission_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        default_commission_rate = _parse_default_commission_rate(
            d.pop("default_commission_rate", UNSET)
        )

        def _parse_default_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_currency = _parse_default_currency(d.pop("default_currency", UNSET))

        def _parse_default_override(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        default_override = _parse_default_override(d.pop("default_override", UNSET))

        def _parse_deferred_lead_submission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deferred_lead_submission = _parse_deferred_lead_submission(
            d.pop("deferred_lead_submission", UNSET)
        )

        def _parse_dont_consolidate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dont_consolidate = _parse_dont_consolidate(d.pop("dont_consolidate", UNSET))

        def _parse_dont_invoice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dont_invoice = _parse_dont_invoice(d.pop("dont_invoice", UNSET))

        def _parse_extra_restricted_deep_linking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra_restricted_deep_linking = _parse_extra_restricted_deep_linking(
            d.pop("extra_restricted_deep_linking", UNSET)
        )

        def _parse_force_approve_period(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        force_approve_period = _parse_force_approve_period(
            d.pop("force_approve_period", UNSET)
        )

        def _parse_hidden_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hidden_campaign = _parse_hidden_campaign(d.pop("hidden_campaign", UNSET))

        def _parse_invoice_address_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_1 = _parse_invoice_address_1(d.pop("invoice_address_1", UNSET))

        def _parse_invoice_address_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_2 = _parse_invoice_address_2(d.pop("invoice_address_2", UNSET))

        def _parse_invoice_address_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_3 = _parse_invoice_address_3(d.pop("invoice_address_3", UNSET))

        def _parse_invoice_address_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_4 = _parse_invoice_address_4(d.pop("invoice_address_4", UNSET))

        def _parse_invoice_address_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_country = _parse_invoice_address_country(
            d.pop("invoice_address_country", UNSET)
        )

        def _parse_invoice_address_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_address_postcode = _parse_invoice_address_postcode(
            d.pop("invoice_address_postcode", UNSET)
        )

        def _parse_invoice_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_company = _parse_invoice_company(d.pop("invoice_company", UNSET))

        def _parse_invoice_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_contact = _parse_invoice_contact(d.pop("invoice_contact", UNSET))

        def _parse_invoice_only(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_only = _parse_invoice_only(d.pop("invoice_only", UNSET))

        def _parse_ip_tracking_time(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        ip_tracking_time = _parse_ip_tracking_time(d.pop("ip_tracking_time", UNSET))

        def _parse_is_cpc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_cpc = _parse_is_cpc(d.pop("is_cpc", UNSET))

        def _parse_lead_confirmation_url_fail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_confirmation_url_fail = _parse_lead_confirmation_url_fail(
            d.pop("lead_confirmation_url_fail", UNSET)
        )

        def _parse_lead_confirmation_url_success(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_confirmation_url_success = _parse_lead_confirmation_url_success(
            d.pop("lead_confirmation_url_success", UNSET)
        )

        def _parse_multiple_conversions_per_click(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        multiple_conversions_per_click = _parse_multiple_conversions_per_click(
            d.pop("multiple_conversions_per_click", UNSET)
        )

        def _parse_network_fee(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        network_fee = _parse_network_fee(d.pop("network_fee", UNSET))

        def _parse_pay_publisher_directly(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pay_publisher_directly = _parse_pay_publisher_directly(
            d.pop("pay_publisher_directly", UNSET)
        )

        def _parse_payment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        def _parse_recurring_payment_setup(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recurring_payment_setup = _parse_recurring_payment_setup(
            d.pop("recurring_payment_setup", UNSET)
        )

        def _parse_report_meta_purge_period(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        report_meta_purge_period = _parse_report_meta_purge_period(
            d.pop("report_meta_purge_period", UNSET)
        )

        def _parse_reporting_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_timezone = _parse_reporting_timezone(
            d.pop("reporting_timezone", UNSET)
        )

        def _parse_restricted_deep_linking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        restricted_deep_linking = _parse_restricted_deep_linking(
            d.pop("restricted_deep_linking", UNSET)
        )

        def _parse_secure_tracking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secure_tracking = _parse_secure_tracking(d.pop("secure_tracking", UNSET))

        def _parse_terms(data: object) -> CampaignTermsByLocale | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                terms_type_0 = CampaignTermsByLocale.from_dict(data)

                return terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignTermsByLocale | None | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        def _parse_test_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_mode = _parse_test_mode(d.pop("test_mode", UNSET))

        def _parse_tq_auto_approve(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        tq_auto_approve = _parse_tq_auto_approve(d.pop("tq_auto_approve", UNSET))

        def _parse_tq_enabled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tq_enabled = _parse_tq_enabled(d.pop("tq_enabled", UNSET))

        def _parse_tq_enabled_publishers(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tq_enabled_publishers = _parse_tq_enabled_publishers(
            d.pop("tq_enabled_publishers", UNSET)
        )

        def _parse_tracking_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_method = _parse_tracking_method(d.pop("tracking_method", UNSET))

        def _parse_tracking_subdomain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_subdomain = _parse_tracking_subdomain(
            d.pop("tracking_subdomain", UNSET)
        )

        def _parse_unique_conversion_refs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_conversion_refs = _parse_unique_conversion_refs(
            d.pop("unique_conversion_refs", UNSET)
        )

        def _parse_vertical_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vertical_id = _parse_vertical_id(d.pop("vertical_id", UNSET))

        def _parse_vertical_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vertical_name = _parse_vertical_name(d.pop("vertical_name", UNSET))

        def _parse_week_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        week_start = _parse_week_start(d.pop("week_start", UNSET))

        campaign = cls(
            campaign_id=campaign_id,
            advertiser_id=advertiser_id,
            title=title,
            description=description,
            status=status,
            publisher_status=publisher_status,
            allow_deep_linking=allow_deep_linking,
            allow_third_party_pixel=allow_third_party_pixel,
            append_url_parameters=append_url_parameters,
            associated_campaigns=associated_campaigns,
            automated_invoicing_date=automated_invoicing_date,
            automated_invoicing_po_number=automated_invoicing_po_number,
            auto_approve_publisher=auto_approve_publisher,
            auto_rejected_ips=auto_rejected_ips,
            budget_summary_interval=budget_summary_interval,
            budget_summary_start_time=budget_summary_start_time,
            campaign_currency_conversions=campaign_currency_conversions,
            campaign_custom_terms_and_conditions_id=campaign_custom_terms_and_conditions_id,
            campaign_custom_terms_and_conditions_title=campaign_custom_terms_and_conditions_title,
            campaign_languages=campaign_languages,
            campaign_notes=campaign_notes,
            campaign_overloads=campaign_overloads,
            commission_by_meta_label=commission_by_meta_label,
            commission_by_meta=commission_by_meta,
            commissions=commissions,
            conversion_hiatus_period=conversion_hiatus_period,
            conversion_type=conversion_type,
            cookie_period=cookie_period,
            cookie_status=cookie_status,
            default_commission_rate=default_commission_rate,
            default_currency=default_currency,
            default_override=default_override,
            deferred_lead_submission=deferred_lead_submission,
            dont_consolidate=dont_consolidate,
            dont_invoice=dont_invoice,
            extra_restricted_deep_linking=extra_restricted_deep_linking,
            force_approve_period=force_approve_period,
            hidden_campaign=hidden_campaign,
            invoice_address_1=invoice_address_1,
            invoice_address_2=invoice_address_2,
            invoice_address_3=invoice_address_3,
            invoice_address_4=invoice_address_4,
            invoice_address_country=invoice_address_country,
            invoice_address_postcode=invoice_address_postcode,
            invoice_company=invoice_company,
            invoice_contact=invoice_contact,
            invoice_only=invoice_only,
            ip_tracking_time=ip_tracking_time,
            is_cpc=is_cpc,
            lead_confirmation_url_fail=lead_confirmation_url_fail,
            lead_confirmation_url_success=lead_confirmation_url_success,
            multiple_conversions_per_click=multiple_conversions_per_click,
            network_fee=network_fee,
            pay_publisher_directly=pay_publisher_directly,
            payment_date=payment_date,
            recurring_payment_setup=recurring_payment_setup,
            report_meta_purge_period=report_meta_purge_period,
            reporting_timezone=reporting_timezone,
            restricted_deep_linking=restricted_deep_linking,
            secure_tracking=secure_tracking,
            terms=terms,
            test_mode=test_mode,
            tq_auto_approve=tq_auto_approve,
            tq_enabled=tq_enabled,
            tq_enabled_publishers=tq_enabled_publishers,
            tracking_method=tracking_method,
            tracking_subdomain=tracking_subdomain,
            unique_conversion_refs=unique_conversion_refs,
            vertical_id=vertical_id,
            vertical_name=vertical_name,
            week_start=week_start,
        )

        campaign.additional_properties = d
        return campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
