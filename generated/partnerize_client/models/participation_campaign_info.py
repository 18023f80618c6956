from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participation_campaign_languages_map import (
        ParticipationCampaignLanguagesMap,
    )


T = TypeVar("T", bound="ParticipationCampaignInfo")


@_attrs_define
class ParticipationCampaignInfo:
    """Basic details of the campaign. The properties named in `fields[]` (camref, vertical, promotional_countries,
    default_currency, brand_id, status, icon, week_start, hidden_campaign, reporting_timezone) are added when requested.

        Attributes:
            title (None | str | Unset):
            secure_tracking (None | str | Unset): `y` or `n`.
            cpc_tracking_link (None | str | Unset):
            tracking_link_mobile (None | str | Unset):
            allow_deep_linking (None | str | Unset): `y` or `n`.
            campaign_languages (list[Any] | None | ParticipationCampaignLanguagesMap | Unset): Languages of the campaign;
                `null` when the campaign has none set (the vendor's examples show `null`).
            camref (None | str | Unset):
            vertical (int | None | str | Unset):
            promotional_countries (list[str] | None | Unset):
            default_currency (None | str | Unset):
            brand_id (None | str | Unset):
            status (None | str | Unset):
            icon (None | str | Unset):
            week_start (int | None | str | Unset):
            hidden_campaign (bool | None | str | Unset):
            reporting_timezone (None | str | Unset):
            network_status (None | str | Unset):
    """

    title: None | str | Unset = UNSET
    secure_tracking: None | str | Unset = UNSET
    cpc_tracking_link: None | str | Unset = UNSET
    tracking_link_mobile: None | str | Unset = UNSET
    allow_deep_linking: None | str | Unset = UNSET
    campaign_languages: list[Any] | None | ParticipationCampaignLanguagesMap | Unset = (
        UNSET
    )
    camref: None | str | Unset = UNSET
    vertical: int | None | str | Unset = UNSET
    promotional_countries: list[str] | None | Unset = UNSET
    default_currency: None | str | Unset = UNSET
    brand_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    icon: None | str | Unset = UNSET
    week_start: int | None | str | Unset = UNSET
    hidden_campaign: bool | None | str | Unset = UNSET
    reporting_timezone: None | str | Unset = UNSET
    network_status: None | str | Unset = UNSET
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
        from ..models.participation_campaign_languages_map import (
            ParticipationCampaignLanguagesMap,
        )

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        secure_tracking: None | str | Unset
        if isinstance(self.secure_tracking, Unset):
            secure_tracking = UNSET
        else:
            secure_tracking = self.secure_tracking

        cpc_tracking_link: None | str | Unset
        if isinstance(self.cpc_tracking_link, Unset):
            cpc_tracking_link = UNSET
        else:
            cpc_tracking_link = self.cpc_tracking_link

        tracking_link_mobile: None | str | Unset
        if isinstance(self.tracking_link_mobile, Unset):
            tracking_link_mobile = UNSET
        else:
            tracking_link_mobile = self.tracking_link_mobile

        allow_deep_linking: None | str | Unset
        if isinstance(self.allow_deep_linking, Unset):
            allow_deep_linking = UNSET
        else:
            allow_deep_linking = self.allow_deep_linking

        campaign_languages: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.campaign_languages, Unset):
            campaign_languages = UNSET
        elif isinstance(self.campaign_languages, ParticipationCampaignLanguagesMap):
            campaign_languages = self.campaign_languages.to_dict()
        elif isinstance(self.campaign_languages, list):
            campaign_languages = self.campaign_languages

        else:
            campaign_languages = self.campaign_languages

        camref: None | str | Unset
        if isinstance(self.camref, Unset):
            camref = UNSET
        else:
            camref = self.camref

        vertical: int | None | str | Unset
        if isinstance(self.vertical, Unset):
            vertical = UNSET
        else:
            vertical = self.vertical

        promotional_countries: list[str] | None | Unset
        if isinstance(self.promotional_countries, Unset):
            promotional_countries = UNSET
        elif isinstance(self.promotional_countries, list):
            promotional_countries = self.promotional_countries

        else:
            promotional_countries = self.promotional_countries

        default_currency: None | str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        else:
            default_currency = self.default_currency

        brand_id: None | str | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        week_start: int | None | str | Unset
        if isinstance(self.week_start, Unset):
            week_start = UNSET
        else:
            week_start = self.week_start

        hidden_campaign: bool | None | str | Unset
        if isinstance(self.hidden_campaign, Unset):
            hidden_campaign = UNSET
        else:
            hidden_campaign = self.hidden_campaign

        reporting_timezone: None | str | Unset
        if isinstance(self.reporting_timezone, Unset):
            reporting_timezone = UNSET
        else:
            reporting_timezone = self.reporting_timezone

        network_status: None | str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        else:
            network_status = self.network_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if secure_tracking is not UNSET:
            field_dict["secure_tracking"] = secure_tracking
        if cpc_tracking_link is not UNSET:
            field_dict["cpc_tracking_link"] = cpc_tracking_link
        if tracking_link_mobile is not UNSET:
            field_dict["tracking_link_mobile"] = tracking_link_mobile
        if allow_deep_linking is not UNSET:
            field_dict["allow_deep_linking"] = allow_deep_linking
        if campaign_languages is not UNSET:
            field_dict["campaign_languages"] = campaign_languages
        if camref is not UNSET:
            field_dict["camref"] = camref
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if promotional_countries is not UNSET:
            field_dict["promotional_countries"] = promotional_countries
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if status is not UNSET:
            field_dict["status"] = status
        if icon is not UNSET:
            field_dict["icon"] = icon
        if week_start is not UNSET:
            field_dict["week_start"] = week_start
        if hidden_campaign is not UNSET:
            field_dict["hidden_campaign"] = hidden_campaign
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if network_status is not UNSET:
            field_dict["network_status"] = network_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.participation_campaign_languages_map import (
            ParticipationCampaignLanguagesMap,
        )

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_secure_tracking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secure_tracking = _parse_secure_tracking(d.pop("secure_tracking", UNSET))

        def _parse_cpc_tracking_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpc_tracking_link = _parse_cpc_tracking_link(d.pop("cpc_tracking_link", UNSET))

        def _parse_tracking_link_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_link_mobile = _parse_tracking_link_mobile(
            d.pop("tracking_link_mobile", UNSET)
        )

        def _parse_allow_deep_linking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allow_deep_linking = _parse_allow_deep_linking(
            d.pop("allow_deep_linking", UNSET)
        )

        def _parse_campaign_languages(
            data: object,
        ) -> list[Any] | None | ParticipationCampaignLanguagesMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_participation_campaign_languages_participation_campaign_languages_map = ParticipationCampaignLanguagesMap.from_dict(
                    data
                )

                return componentsschemas_participation_campaign_languages_participation_campaign_languages_map
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_participation_campaign_languages_participation_campaign_languages_list = cast(
                    list[Any], data
                )

                return componentsschemas_participation_campaign_languages_participation_campaign_languages_list
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[Any] | None | ParticipationCampaignLanguagesMap | Unset, data
            )

        campaign_languages = _parse_campaign_languages(
            d.pop("campaign_languages", UNSET)
        )

        def _parse_camref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camref = _parse_camref(d.pop("camref", UNSET))

        def _parse_vertical(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vertical = _parse_vertical(d.pop("vertical", UNSET))

        def _parse_promotional_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                promotional_countries_type_0 = cast(list[str], data)

                return promotional_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        promotional_countries = _parse_promotional_countries(
            d.pop("promotional_countries", UNSET)
        )

        def _parse_default_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_currency = _parse_default_currency(d.pop("default_currency", UNSET))

        def _parse_brand_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_id = _parse_brand_id(d.pop("brand_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_week_start(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        week_start = _parse_week_start(d.pop("week_start", UNSET))

        def _parse_hidden_campaign(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        hidden_campaign = _parse_hidden_campaign(d.pop("hidden_campaign", UNSET))

        def _parse_reporting_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_timezone = _parse_reporting_timezone(
            d.pop("reporting_timezone", UNSET)
        )

        def _parse_network_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        participation_campaign_info = cls(
            title=title,
            secure_tracking=secure_tracking,
            cpc_tracking_link=cpc_tracking_link,
            tracking_link_mobile=tracking_link_mobile,
            allow_deep_linking=allow_deep_linking,
            campaign_languages=campaign_languages,
            camref=camref,
            vertical=vertical,
            promotional_countries=promotional_countries,
            default_currency=default_currency,
            brand_id=brand_id,
            status=status,
            icon=icon,
            week_start=week_start,
            hidden_campaign=hidden_campaign,
            reporting_timezone=reporting_timezone,
            network_status=network_status,
        )

        participation_campaign_info.additional_properties = d
        return participation_campaign_info

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
