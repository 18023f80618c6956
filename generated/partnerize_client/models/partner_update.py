from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.currency import Currency
from ..models.locale import Locale
from ..models.partner_status import PartnerStatus
from ..models.yes_or_no import YesOrNo
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartnerUpdate")


@_attrs_define
class PartnerUpdate:
    """Fields of the partner that can be changed; send only those to change.

    Attributes:
        publisher_id (str | Unset): Identifier of the partner being changed (optional echo of the path).
        company_logo (None | str | Unset): URL of a PNG or JPEG image to download as the logo.
        abn (str | Unset):
        account_name (str | Unset):
        campaign_select (str | Unset):
        company_name (str | Unset):
        company_division (str | Unset):
        contact_email (str | Unset):
        contact_locale (Locale | str | Unset): Language or language-and-region code used for contact and content
            localisation.
        contact_name (str | Unset):
        default_currency (Currency | str | Unset): Currency code as enumerated by the vendor's reference. Payloads can
            carry other ISO 4217 codes (for example SGD, CLP, CAD, AUD, PLN), so response fields holding a currency are
            typed as plain strings.
        description (str | Unset): HTML description of the partner (a limited set of tags is allowed).
        foreign_identifier (str | Unset):
        gst_registered (str | Unset):
        im_provider (str | Unset):
        im_username (str | Unset):
        is_affiliate_user (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        is_foreign_network (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        is_lead_user (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        network_notes (str | Unset):
        network_status (PartnerStatus | str | Unset): Status of a partner on a network or campaign; `a` approved, `p`
            pending, `r` rejected, `n` none.
        operating_country (Country | str | Unset): Two-letter country code (ISO 3166-1 alpha-2, plus XK).
        phone (str | Unset): Primary contact telephone number.
        phone_area (str | Unset): Dialling prefix of the country or region.
        promotional_method (int | Unset):
        reporting_identifier (str | Unset):
        reporting_timezone (str | Unset):
        uk_vat_registered (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        us_tax_state (str | Unset):
        vat_number (int | Unset):
        vertical (int | Unset):
        week_start (str | Unset):
    """

    publisher_id: str | Unset = UNSET
    company_logo: None | str | Unset = UNSET
    abn: str | Unset = UNSET
    account_name: str | Unset = UNSET
    campaign_select: str | Unset = UNSET
    company_name: str | Unset = UNSET
    company_division: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    contact_locale: Locale | str | Unset = UNSET
    contact_name: str | Unset = UNSET
    default_currency: Currency | str | Unset = UNSET
    description: str | Unset = UNSET
    foreign_identifier: str | Unset = UNSET
    gst_registered: str | Unset = UNSET
    im_provider: str | Unset = UNSET
    im_username: str | Unset = UNSET
    is_affiliate_user: str | Unset | YesOrNo = UNSET
    is_foreign_network: str | Unset | YesOrNo = UNSET
    is_lead_user: str | Unset | YesOrNo = UNSET
    network_notes: str | Unset = UNSET
    network_status: PartnerStatus | str | Unset = UNSET
    operating_country: Country | str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_area: str | Unset = UNSET
    promotional_method: int | Unset = UNSET
    reporting_identifier: str | Unset = UNSET
    reporting_timezone: str | Unset = UNSET
    uk_vat_registered: str | Unset | YesOrNo = UNSET
    us_tax_state: str | Unset = UNSET
    vat_number: int | Unset = UNSET
    vertical: int | Unset = UNSET
    week_start: str | Unset = UNSET
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
        publisher_id = self.publisher_id

        company_logo: None | str | Unset
        if isinstance(self.company_logo, Unset):
            company_logo = UNSET
        else:
            company_logo = self.company_logo

        abn = self.abn

        account_name = self.account_name

        campaign_select = self.campaign_select

        company_name = self.company_name

        company_division = self.company_division

        contact_email = self.contact_email

        contact_locale: str | Unset
        if isinstance(self.contact_locale, Unset):
            contact_locale = UNSET
        elif isinstance(self.contact_locale, Locale):
            contact_locale = self.contact_locale.value
        else:
            contact_locale = self.contact_locale

        contact_name = self.contact_name

        default_currency: str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        elif isinstance(self.default_currency, Currency):
            default_currency = self.default_currency.value
        else:
            default_currency = self.default_currency

        description = self.description

        foreign_identifier = self.foreign_identifier

        gst_registered = self.gst_registered

        im_provider = self.im_provider

        im_username = self.im_username

        is_affiliate_user: str | Unset
        if isinstance(self.is_affiliate_user, Unset):
            is_affiliate_user = UNSET
        elif isinstance(self.is_affiliate_user, YesOrNo):
            is_affiliate_user = self.is_affiliate_user.value
        else:
            is_affiliate_user = self.is_affiliate_user

        is_foreign_network: str | Unset
        if isinstance(self.is_foreign_network, Unset):
            is_foreign_network = UNSET
        elif isinstance(self.is_foreign_network, YesOrNo):
            is_foreign_network = self.is_foreign_network.value
        else:
            is_foreign_network = self.is_foreign_network

        is_lead_user: str | Unset
        if isinstance(self.is_lead_user, Unset):
            is_lead_user = UNSET
        elif isinstance(self.is_lead_user, YesOrNo):
            is_lead_user = self.is_lead_user.value
        else:
            is_lead_user = self.is_lead_user

        network_notes = self.network_notes

        network_status: str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        elif isinstance(self.network_status, PartnerStatus):
            network_status = self.network_status.value
        else:
            network_status = self.network_status

        operating_country: str | Unset
        if isinstance(self.operating_country, Unset):
            operating_country = UNSET
        elif isinstance(self.operating_country, Country):
            operating_country = self.operating_country.value
        else:
            operating_country = self.operating_country

        phone = self.phone

        phone_area = self.phone_area

        promotional_method = self.promotional_method

        reporting_identifier = self.reporting_identifier

        reporting_timezone = self.reporting_timezone

        uk_vat_registered: str | Unset
        if isinstance(self.uk_vat_registered, Unset):
            uk_vat_registered = UNSET
        elif isinstance(self.uk_vat_registered, YesOrNo):
            uk_vat_registered = self.uk_vat_registered.value
        else:
            uk_vat_registered = self.uk_vat_registered

        us_tax_state = self.us_tax_state

        vat_number = self.vat_number

        vertical = self.vertical

        week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if company_logo is not UNSET:
            field_dict["company_logo"] = company_logo
        if abn is not UNSET:
            field_dict["abn"] = abn
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if campaign_select is not UNSET:
            field_dict["campaign_select"] = campaign_select
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_division is not UNSET:
            field_dict["company_division"] = company_division
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_locale is not UNSET:
            field_dict["contact_locale"] = contact_locale
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if description is not UNSET:
            field_dict["description"] = description
        if foreign_identifier is not UNSET:
            field_dict["foreign_identifier"] = foreign_identifier
        if gst_registered is not UNSET:
            field_dict["gst_registered"] = gst_registered
        if im_provider is not UNSET:
            field_dict["im_provider"] = im_provider
        if im_username is not UNSET:
            field_dict["im_username"] = im_username
        if is_affiliate_user is not UNSET:
            field_dict["is_affiliate_user"] = is_affiliate_user
        if is_foreign_network is not UNSET:
            field_dict["is_foreign_network"] = is_foreign_network
        if is_lead_user is not UNSET:
            field_dict["is_lead_user"] = is_lead_user
        if network_notes is not UNSET:
            field_dict["network_notes"] = network_notes
        if network_status is not UNSET:
            field_dict["network_status"] = network_status
        if operating_country is not UNSET:
            field_dict["operating_country"] = operating_country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_area is not UNSET:
            field_dict["phone_area"] = phone_area
        if promotional_method is not UNSET:
            field_dict["promotional_method"] = promotional_method
        if reporting_identifier is not UNSET:
            field_dict["reporting_identifier"] = reporting_identifier
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if uk_vat_registered is not UNSET:
            field_dict["uk_vat_registered"] = uk_vat_registered
        if us_tax_state is not UNSET:
            field_dict["us_tax_state"] = us_tax_state
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if week_start is not UNSET:
            field_dict["week_start"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        publisher_id = d.pop("publisher_id", UNSET)

        def _parse_company_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_logo = _parse_company_logo(d.pop("company_logo", UNSET))

        abn = d.pop("abn", UNSET)

        account_name = d.pop("account_name", UNSET)

        campaign_select = d.pop("campaign_select", UNSET)

        company_name = d.pop("company_name", UNSET)

        company_division = d.pop("company_division", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        def _parse_contact_locale(data: object) -> Locale | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_locale_type_0 = Locale(data)

                return contact_locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Locale | str | Unset, data)

        contact_locale = _parse_contact_locale(d.pop("contact_locale", UNSET))

        contact_name = d.pop("contact_name", UNSET)

        def _parse_default_currency(data: object) -> Currency | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_currency_type_0 = Currency(data)

                return default_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | str | Unset, data)

        default_currency = _parse_default_currency(d.pop("default_currency", UNSET))

        description = d.pop("description", UNSET)

        foreign_identifier = d.pop("foreign_identifier", UNSET)

        gst_registered = d.pop("gst_registered", UNSET)

        im_provider = d.pop("im_provider", UNSET)

        im_username = d.pop("im_username", UNSET)

        def _parse_is_affiliate_user(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_affiliate_user_type_0 = YesOrNo(data)

                return is_affiliate_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        is_affiliate_user = _parse_is_affiliate_user(d.pop("is_affiliate_user", UNSET))

        def _parse_is_foreign_network(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_foreign_network_type_0 = YesOrNo(data)

                return is_foreign_network_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        is_foreign_network = _parse_is_foreign_network(
            d.pop("is_foreign_network", UNSET)
        )

        def _parse_is_lead_user(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_lead_user_type_0 = YesOrNo(data)

                return is_lead_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        is_lead_user = _parse_is_lead_user(d.pop("is_lead_user", UNSET))

        network_notes = d.pop("network_notes", UNSET)

        def _parse_network_status(data: object) -> PartnerStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                network_status_type_0 = PartnerStatus(data)

                return network_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PartnerStatus | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        def _parse_operating_country(data: object) -> Country | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operating_country_type_0 = Country(data)

                return operating_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | str | Unset, data)

        operating_country = _parse_operating_country(d.pop("operating_country", UNSET))

        phone = d.pop("phone", UNSET)

        phone_area = d.pop("phone_area", UNSET)

        promotional_method = d.pop("promotional_method", UNSET)

        reporting_identifier = d.pop("reporting_identifier", UNSET)

        reporting_timezone = d.pop("reporting_timezone", UNSET)

        def _parse_uk_vat_registered(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uk_vat_registered_type_0 = YesOrNo(data)

                return uk_vat_registered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        uk_vat_registered = _parse_uk_vat_registered(d.pop("uk_vat_registered", UNSET))

        us_tax_state = d.pop("us_tax_state", UNSET)

        vat_number = d.pop("vat_number", UNSET)

        vertical = d.pop("vertical", UNSET)

        week_start = d.pop("week_start", UNSET)

        partner_update = cls(
            publisher_id=publisher_id,
            company_logo=company_logo,
            abn=abn,
            account_name=account_name,
            campaign_select=campaign_select,
            company_name=company_name,
            company_division=company_division,
            contact_email=contact_email,
            contact_locale=contact_locale,
            contact_name=contact_name,
            default_currency=default_currency,
            description=description,
            foreign_identifier=foreign_identifier,
            gst_registered=gst_registered,
            im_provider=im_provider,
            im_username=im_username,
            is_affiliate_user=is_affiliate_user,
            is_foreign_network=is_foreign_network,
            is_lead_user=is_lead_user,
            network_notes=network_notes,
            network_status=network_status,
            operating_country=operating_country,
            phone=phone,
            phone_area=phone_area,
            promotional_method=promotional_method,
            reporting_identifier=reporting_identifier,
            reporting_timezone=reporting_timezone,
            uk_vat_registered=uk_vat_registered,
            us_tax_state=us_tax_state,
            vat_number=vat_number,
            vertical=vertical,
            week_start=week_start,
        )

        partner_update.additional_properties = d
        return partner_update

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
