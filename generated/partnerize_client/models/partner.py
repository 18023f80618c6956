from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Partner")


@_attrs_define
class Partner:
    """A partner (publisher) account. Numbers such as `phone`, `phone_area`, `vertical` and `terms_and_conditions_id` are
    integers in answers but may be sent as strings, so both are accepted.

        Attributes:
            publisher_id (str): Identifier of the partner.
            account_name (None | str | Unset): Login-style account name.
            company_name (None | str | Unset):
            company_division (None | str | Unset):
            company_logo (None | str | Unset): URL of the company logo.
            contact_email (None | str | Unset):
            contact_locale (None | str | Unset): Locale code of the contact (see `Locale`).
            contact_name (None | str | Unset):
            created (None | str | Unset): Creation time, `YYYY-MM-DD HH:MM:SS`.
            created_by (None | str | Unset): Identifier of the user who created the account.
            default_currency (None | str | Unset): Three-letter currency code.
            description (None | str | Unset): HTML description of the partner.
            abn (None | str | Unset): Australian Business Number.
            campaign_select (None | str | Unset):
            foreign_identifier (None | str | Unset):
            gst_registered (None | str | Unset):
            im_provider (None | str | Unset): Instant-messaging service.
            im_username (None | str | Unset):
            is_affiliate_user (None | str | Unset): `y` or `n`.
            is_foreign_network (None | str | Unset): `y` or `n`.
            is_lead_user (None | str | Unset): `y` or `n`.
            is_us_registered (None | str | Unset): `y`, `n` or null.
            legal_entity (None | str | Unset): Country code of the contracting legal entity.
            network_id (None | str | Unset):
            network_notes (None | str | Unset):
            network_status (None | str | Unset): Status on the network: `a`, `p`, `r` or `n`.
            operating_country (None | str | Unset): Two-letter country code.
            phone (int | None | str | Unset): Primary contact telephone number.
            phone_area (int | None | str | Unset): Dialling prefix.
            promotional_method (int | None | str | Unset):
            promotional_method_name (None | str | Unset):
            reporting_identifier (None | str | Unset):
            reporting_timezone (None | str | Unset): Time zone name such as `Asia/Dubai`.
            signup_ip (None | str | Unset):
            terms_and_conditions_id (int | None | str | Unset):
            uk_vat_registered (None | str | Unset): `y` or `n`.
            us_tax_state (None | str | Unset):
            vat_number (int | None | str | Unset):
            vertical (int | None | str | Unset):
            vertical_name (None | str | Unset):
            week_start (None | str | Unset): First day of the reporting week, e.g. `monday`.
    """

    publisher_id: str
    account_name: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    company_division: None | str | Unset = UNSET
    company_logo: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    contact_locale: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    default_currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    abn: None | str | Unset = UNSET
    campaign_select: None | str | Unset = UNSET
    foreign_identifier: None | str | Unset = UNSET
    gst_registered: None | str | Unset = UNSET
    im_provider: None | str | Unset = UNSET
    im_username: None | str | Unset = UNSET
    is_affiliate_user: None | str | Unset = UNSET
    is_foreign_network: None | str | Unset = UNSET
    is_lead_user: None | str | Unset = UNSET
    is_us_registered: None | str | Unset = UNSET
    legal_entity: None | str | Unset = UNSET
    network_id: None | str | Unset = UNSET
    network_notes: None | str | Unset = UNSET
    network_status: None | str | Unset = UNSET
    operating_country: None | str | Unset = UNSET
    phone: int | None | str | Unset = UNSET
    phone_area: int | None | str | Unset = UNSET
    promotional_method: int | None | str | Unset = UNSET
    promotional_method_name: None | str | Unset = UNSET
    reporting_identifier: None | str | Unset = UNSET
    reporting_timezone: None | str | Unset = UNSET
    signup_ip: None | str | Unset = UNSET
    terms_and_conditions_id: int | None | str | Unset = UNSET
    uk_vat_registered: None | str | Unset = UNSET
    us_tax_state: None | str | Unset = UNSET
    vat_number: int | None | str | Unset = UNSET
    vertical: int | None | str | Unset = UNSET
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
        publisher_id = self.publisher_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        company_division: None | str | Unset
        if isinstance(self.company_division, Unset):
            company_division = UNSET
        else:
            company_division = self.company_division

        company_logo: None | str | Unset
        if isinstance(self.company_logo, Unset):
            company_logo = UNSET
        else:
            company_logo = self.company_logo

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        contact_locale: None | str | Unset
        if isinstance(self.contact_locale, Unset):
            contact_locale = UNSET
        else:
            contact_locale = self.contact_locale

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        default_currency: None | str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        else:
            default_currency = self.default_currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        abn: None | str | Unset
        if isinstance(self.abn, Unset):
            abn = UNSET
        else:
            abn = self.abn

        campaign_select: None | str | Unset
        if isinstance(self.campaign_select, Unset):
            campaign_select = UNSET
        else:
            campaign_select = self.campaign_select

        foreign_identifier: None | str | Unset
        if isinstance(self.foreign_identifier, Unset):
            foreign_identifier = UNSET
        else:
            foreign_identifier = self.foreign_identifier

        gst_registered: None | str | Unset
        if isinstance(self.gst_registered, Unset):
            gst_registered = UNSET
        else:
            gst_registered = self.gst_registered

        im_provider: None | str | Unset
        if isinstance(self.im_provider, Unset):
            im_provider = UNSET
        else:
            im_provider = self.im_provider

        im_username: None | str | Unset
        if isinstance(self.im_username, Unset):
            im_username = UNSET
        else:
            im_username = self.im_username

        is_affiliate_user: None | str | Unset
        if isinstance(self.is_affiliate_user, Unset):
            is_affiliate_user = UNSET
        else:
            is_affiliate_user = self.is_affiliate_user

        is_foreign_network: None | str | Unset
        if isinstance(self.is_foreign_network, Unset):
            is_foreign_network = UNSET
        else:
            is_foreign_network = self.is_foreign_network

        is_lead_user: None | str | Unset
        if isinstance(self.is_lead_user, Unset):
            is_lead_user = UNSET
        else:
            is_lead_user = self.is_lead_user

        is_us_registered: None | str | Unset
        if isinstance(self.is_us_registered, Unset):
            is_us_registered = UNSET
        else:
            is_us_registered = self.is_us_registered

        legal_entity: None | str | Unset
        if isinstance(self.legal_entity, Unset):
            legal_entity = UNSET
        else:
            legal_entity = self.legal_entity

        network_id: None | str | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        network_notes: None | str | Unset
        if isinstance(self.network_notes, Unset):
            network_notes = UNSET
        else:
            network_notes = self.network_notes

        network_status: None | str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        else:
            network_status = self.network_status

        operating_country: None | str | Unset
        if isinstance(self.operating_country, Unset):
            operating_country = UNSET
        else:
            operating_country = self.operating_country

        phone: int | None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phone_area: int | None | str | Unset
        if isinstance(self.phone_area, Unset):
            phone_area = UNSET
        else:
            phone_area = self.phone_area

        promotional_method: int | None | str | Unset
        if isinstance(self.promotional_method, Unset):
            promotional_method = UNSET
        else:
            promotional_method = self.promotional_method

        promotional_method_name: None | str | Unset
        if isinstance(self.promotional_method_name, Unset):
            promotional_method_name = UNSET
        else:
            promotional_method_name = self.promotional_method_name

        reporting_identifier: None | str | Unset
        if isinstance(self.reporting_identifier, Unset):
            reporting_identifier = UNSET
        else:
            reporting_identifier = self.reporting_identifier

        reporting_timezone: None | str | Unset
        if isinstance(self.reporting_timezone, Unset):
            reporting_timezone = UNSET
        else:
            reporting_timezone = self.reporting_timezone

        signup_ip: None | str | Unset
        if isinstance(self.signup_ip, Unset):
            signup_ip = UNSET
        else:
            signup_ip = self.signup_ip

        terms_and_conditions_id: int | None | str | Unset
        if isinstance(self.terms_and_conditions_id, Unset):
            terms_and_conditions_id = UNSET
        else:
            terms_and_conditions_id = self.terms_and_conditions_id

        uk_vat_registered: None | str | Unset
        if isinstance(self.uk_vat_registered, Unset):
            uk_vat_registered = UNSET
        else:
            uk_vat_registered = self.uk_vat_registered

        us_tax_state: None | str | Unset
        if isinstance(self.us_tax_state, Unset):
            us_tax_state = UNSET
        else:
            us_tax_state = self.us_tax_state

        vat_number: int | None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        vertical: int | None | str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        else:
            vertical = self.vertical

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
                "publisher_id": publisher_id,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if company_division is not UNSET:
            field_dict["company_division"] = company_division
        if company_logo is not UNSET:
            field_dict["company_logo"] = company_logo
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_locale is not UNSET:
            field_dict["contact_locale"] = contact_locale
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if created is not UNSET:
            field_dict["created"] = created
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if description is not UNSET:
            field_dict["description"] = description
        if abn is not UNSET:
            field_dict["abn"] = abn
        if campaign_select is not UNSET:
            field_dict["campaign_select"] = campaign_select
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
        if is_us_registered is not UNSET:
            field_dict["is_us_registered"] = is_us_registered
        if legal_entity is not UNSET:
            field_dict["legal_entity"] = legal_entity
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
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
        if promotional_method_name is not UNSET:
            field_dict["promotional_method_name"] = promotional_method_name
        if reporting_identifier is not UNSET:
            field_dict["reporting_identifier"] = reporting_identifier
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if signup_ip is not UNSET:
            field_dict["signup_ip"] = signup_ip
        if terms_and_conditions_id is not UNSET:
            field_dict["terms_and_conditions_id"] = terms_and_conditions_id
        if uk_vat_registered is not UNSET:
            field_dict["uk_vat_registered"] = uk_vat_registered
        if us_tax_state is not UNSET:
            field_dict["us_tax_state"] = us_tax_state
        if vat_number is not UNSET:
            field_dict["vat_number"] = vat_number
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if vertical_name is not UNSET:
            field_dict["vertical_name"] = vertical_name
        if week_start is not UNSET:
            field_dict["week_start"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        publisher_id = d.pop("publisher_id")

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_company_division(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_division = _parse_company_division(d.pop("company_division", UNSET))

        def _parse_company_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_logo = _parse_company_logo(d.pop("company_logo", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_contact_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_locale = _parse_contact_locale(d.pop("contact_locale", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_default_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_currency = _parse_default_currency(d.pop("default_currency", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_abn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abn = _parse_abn(d.pop("abn", UNSET))

        def _parse_campaign_select(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_select = _parse_campaign_select(d.pop("campaign_select", UNSET))

        def _parse_foreign_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        foreign_identifier = _parse_foreign_identifier(
            d.pop("foreign_identifier", UNSET)
        )

        def _parse_gst_registered(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gst_registered = _parse_gst_registered(d.pop("gst_registered", UNSET))

        def _parse_im_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        im_provider = _parse_im_provider(d.pop("im_provider", UNSET))

        def _parse_im_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        im_username = _parse_im_username(d.pop("im_username", UNSET))

        def _parse_is_affiliate_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_affiliate_user = _parse_is_affiliate_user(d.pop("is_affiliate_user", UNSET))

        def _parse_is_foreign_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_foreign_network = _parse_is_foreign_network(
            d.pop("is_foreign_network", UNSET)
        )

        def _parse_is_lead_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_lead_user = _parse_is_lead_user(d.pop("is_lead_user", UNSET))

        def _parse_is_us_registered(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_us_registered = _parse_is_us_registered(d.pop("is_us_registered", UNSET))

        def _parse_legal_entity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_entity = _parse_legal_entity(d.pop("legal_entity", UNSET))

        def _parse_network_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_id = _parse_network_id(d.pop("network_id", UNSET))

        def _parse_network_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_notes = _parse_network_notes(d.pop("network_notes", UNSET))

        def _parse_network_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        def _parse_operating_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operating_country = _parse_operating_country(d.pop("operating_country", UNSET))

        def _parse_phone(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_phone_area(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        phone_area = _parse_phone_area(d.pop("phone_area", UNSET))

        def _parse_promotional_method(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        promotional_method = _parse_promotional_method(
            d.pop("promotional_method", UNSET)
        )

        def _parse_promotional_method_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotional_method_name = _parse_promotional_method_name(
            d.pop("promotional_method_name", UNSET)
        )

        def _parse_reporting_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_identifier = _parse_reporting_identifier(
            d.pop("reporting_identifier", UNSET)
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

        def _parse_signup_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signup_ip = _parse_signup_ip(d.pop("signup_ip", UNSET))

        def _parse_terms_and_conditions_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        terms_and_conditions_id = _parse_terms_and_conditions_id(
            d.pop("terms_and_conditions_id", UNSET)
        )

        def _parse_uk_vat_registered(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uk_vat_registered = _parse_uk_vat_registered(d.pop("uk_vat_registered", UNSET))

        def _parse_us_tax_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        us_tax_state = _parse_us_tax_state(d.pop("us_tax_state", UNSET))

        def _parse_vat_number(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vat_number", UNSET))

        def _parse_vertical(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))

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

        partner = cls(
            publisher_id=publisher_id,
            account_name=account_name,
            company_name=company_name,
            company_division=company_division,
            company_logo=company_logo,
            contact_email=contact_email,
            contact_locale=contact_locale,
            contact_name=contact_name,
            created=created,
            created_by=created_by,
            default_currency=default_currency,
            description=description,
            abn=abn,
            campaign_select=campaign_select,
            foreign_identifier=foreign_identifier,
            gst_registered=gst_registered,
            im_provider=im_provider,
            im_username=im_username,
            is_affiliate_user=is_affiliate_user,
            is_foreign_network=is_foreign_network,
            is_lead_user=is_lead_user,
            is_us_registered=is_us_registered,
            legal_entity=legal_entity,
            network_id=network_id,
            network_notes=network_notes,
            network_status=network_status,
            operating_country=operating_country,
            phone=phone,
            phone_area=phone_area,
            promotional_method=promotional_method,
            promotional_method_name=promotional_method_name,
            reporting_identifier=reporting_identifier,
            reporting_timezone=reporting_timezone,
            signup_ip=signup_ip,
            terms_and_conditions_id=terms_and_conditions_id,
            uk_vat_registered=uk_vat_registered,
            us_tax_state=us_tax_state,
            vat_number=vat_number,
            vertical=vertical,
            vertical_name=vertical_name,
            week_start=week_start,
        )

        partner.additional_properties = d
        return partner

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
