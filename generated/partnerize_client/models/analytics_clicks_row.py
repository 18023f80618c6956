from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsClicksRow")


@_attrs_define
class AnalyticsClicksRow:
    """One group: the return properties of each grouped dimension (`<dimension>_id` and `<dimension>_name` for dimensions
    with reference data, otherwise the dimension name) and the metric values. Properties the query did not ask for are
    absent.

        Attributes:
            advertiser_reference (None | str | Unset):
            browser_family (None | str | Unset):
            browser_major (None | str | Unset):
            browser_minor (None | str | Unset):
            browser_patch (None | str | Unset):
            campaign_id (int | None | str | Unset):
            campaign_name (None | str | Unset):
            country (None | str | Unset):
            creative_id (int | None | str | Unset):
            creative_name (None | str | Unset):
            date_time (None | str | Unset):
            device_id (int | None | str | Unset):
            device_name (None | str | Unset):
            os_family (None | str | Unset):
            os_major (None | str | Unset):
            os_minor (None | str | Unset):
            os_patch (None | str | Unset):
            partner_id (int | None | str | Unset):
            partner_name (None | str | Unset):
            publisher_reference (None | str | Unset):
            partnership_model_id (int | None | str | Unset):
            partnership_model_name (None | str | Unset):
            traffic_source_id (int | None | str | Unset):
            traffic_source_name (None | str | Unset):
            type_ (None | str | Unset):
            user_context_id (int | None | str | Unset):
            user_context_name (None | str | Unset):
            total_clicks (float | None | Unset):
            total_clicks_converted (float | None | Unset):
            click_conversion_rate (float | None | Unset):
            total_unique_clicks (float | None | Unset):
    """

    advertiser_reference: None | str | Unset = UNSET
    browser_family: None | str | Unset = UNSET
    browser_major: None | str | Unset = UNSET
    browser_minor: None | str | Unset = UNSET
    browser_patch: None | str | Unset = UNSET
    campaign_id: int | None | str | Unset = UNSET
    campaign_name: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    creative_id: int | None | str | Unset = UNSET
    creative_name: None | str | Unset = UNSET
    date_time: None | str | Unset = UNSET
    device_id: int | None | str | Unset = UNSET
    device_name: None | str | Unset = UNSET
    os_family: None | str | Unset = UNSET
    os_major: None | str | Unset = UNSET
    os_minor: None | str | Unset = UNSET
    os_patch: None | str | Unset = UNSET
    partner_id: int | None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    publisher_reference: None | str | Unset = UNSET
    partnership_model_id: int | None | str | Unset = UNSET
    partnership_model_name: None | str | Unset = UNSET
    traffic_source_id: int | None | str | Unset = UNSET
    traffic_source_name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    user_context_id: int | None | str | Unset = UNSET
    user_context_name: None | str | Unset = UNSET
    total_clicks: float | None | Unset = UNSET
    total_clicks_converted: float | None | Unset = UNSET
    click_conversion_rate: float | None | Unset = UNSET
    total_unique_clicks: float | None | Unset = UNSET
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
        advertiser_reference: None | str | Unset
        if isinstance(self.advertiser_reference, Unset):
            advertiser_reference = UNSET
        else:
            advertiser_reference = self.advertiser_reference

        browser_family: None | str | Unset
        if isinstance(self.browser_family, Unset):
            browser_family = UNSET
        else:
            browser_family = self.browser_family

        browser_major: None | str | Unset
        if isinstance(self.browser_major, Unset):
            browser_major = UNSET
        else:
            browser_major = self.browser_major

        browser_minor: None | str | Unset
        if isinstance(self.browser_minor, Unset):
            browser_minor = UNSET
        else:
            browser_minor = self.browser_minor

        browser_patch: None | str | Unset
        if isinstance(self.browser_patch, Unset):
            browser_patch = UNSET
        else:
            browser_patch = self.browser_patch

        campaign_id: int | None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        creative_id: int | None | str | Unset
        if isinstance(self.creative_id, Unset):
            creative_id = UNSET
        else:
            creative_id = self.creative_id

        creative_name: None | str | Unset
        if isinstance(self.creative_name, Unset):
            creative_name = UNSET
        else:
            creative_name = self.creative_name

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        else:
            date_time = self.date_time

        device_id: int | None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        device_name: None | str | Unset
        if isinstance(self.device_name, Unset):
            device_name = UNSET
        else:
            device_name = self.device_name

        os_family: None | str | Unset
        if isinstance(self.os_family, Unset):
            os_family = UNSET
        else:
            os_family = self.os_family

        os_major: None | str | Unset
        if isinstance(self.os_major, Unset):
            os_major = UNSET
        else:
            os_major = self.os_major

        os_minor: None | str | Unset
        if isinstance(self.os_minor, Unset):
            os_minor = UNSET
        else:
            os_minor = self.os_minor

        os_patch: None | str | Unset
        if isinstance(self.os_patch, Unset):
            os_patch = UNSET
        else:
            os_patch = self.os_patch

        partner_id: int | None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        publisher_reference: None | str | Unset
        if isinstance(self.publisher_reference, Unset):
            publisher_reference = UNSET
        else:
            publisher_reference = self.publisher_reference

        partnership_model_id: int | None | str | Unset
        if isinstance(self.partnership_model_id, Unset):
            partnership_model_id = UNSET
        else:
            partnership_model_id = self.partnership_model_id

        partnership_model_name: None | str | Unset
        if isinstance(self.partnership_model_name, Unset):
            partnership_model_name = UNSET
        else:
            partnership_model_name = self.partnership_model_name

        traffic_source_id: int | None | str | Unset
        if isinstance(self.traffic_source_id, Unset):
            traffic_source_id = UNSET
        else:
            traffic_source_id = self.traffic_source_id

        traffic_source_name: None | str | Unset
        if isinstance(self.traffic_source_name, Unset):
            traffic_source_name = UNSET
        else:
            traffic_source_name = self.traffic_source_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        user_context_id: int | None | str | Unset
        if isinstance(self.user_context_id, Unset):
            user_context_id = UNSET
        else:
            user_context_id = self.user_context_id

        user_context_name: None | str | Unset
        if isinstance(self.user_context_name, Unset):
            user_context_name = UNSET
        else:
            user_context_name = self.user_context_name

        total_clicks: float | None | Unset
        if isinstance(self.total_clicks, Unset):
            total_clicks = UNSET
        else:
            total_clicks = self.total_clicks

        total_clicks_converted: float | None | Unset
        if isinstance(self.total_clicks_converted, Unset):
            total_clicks_converted = UNSET
        else:
            total_clicks_converted = self.total_clicks_converted

        click_conversion_rate: float | None | Unset
        if isinstance(self.click_conversion_rate, Unset):
            click_conversion_rate = UNSET
        else:
            click_conversion_rate = self.click_conversion_rate

        total_unique_clicks: float | None | Unset
        if isinstance(self.total_unique_clicks, Unset):
            total_unique_clicks = UNSET
        else:
            total_unique_clicks = self.total_unique_clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advertiser_reference is not UNSET:
            field_dict["advertiser_reference"] = advertiser_reference
        if browser_family is not UNSET:
            field_dict["browser_family"] = browser_family
        if browser_major is not UNSET:
            field_dict["browser_major"] = browser_major
        if browser_minor is not UNSET:
            field_dict["browser_minor"] = browser_minor
        if browser_patch is not UNSET:
            field_dict["browser_patch"] = browser_patch
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if country is not UNSET:
            field_dict["country"] = country
        if creative_id is not UNSET:
            field_dict["creative_id"] = creative_id
        if creative_name is not UNSET:
            field_dict["creative_name"] = creative_name
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if os_family is not UNSET:
            field_dict["os_family"] = os_family
        if os_major is not UNSET:
            field_dict["os_major"] = os_major
        if os_minor is not UNSET:
            field_dict["os_minor"] = os_minor
        if os_patch is not UNSET:
            field_dict["os_patch"] = os_patch
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if publisher_reference is not UNSET:
            field_dict["publisher_reference"] = publisher_reference
        if partnership_model_id is not UNSET:
            field_dict["partnership_model_id"] = partnership_model_id
        if partnership_model_name is not UNSET:
            field_dict["partnership_model_name"] = partnership_model_name
        if traffic_source_id is not UNSET:
            field_dict["traffic_source_id"] = traffic_source_id
        if traffic_source_name is not UNSET:
            field_dict["traffic_source_name"] = traffic_source_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_context_id is not UNSET:
            field_dict["user_context_id"] = user_context_id
        if user_context_name is not UNSET:
            field_dict["user_context_name"] = user_context_name
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if total_clicks_converted is not UNSET:
            field_dict["total_clicks_converted"] = total_clicks_converted
        if click_conversion_rate is not UNSET:
            field_dict["click_conversion_rate"] = click_conversion_rate
        if total_unique_clicks is not UNSET:
            field_dict["total_unique_clicks"] = total_unique_clicks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_advertiser_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_reference = _parse_advertiser_reference(
            d.pop("advertiser_reference", UNSET)
        )

        def _parse_browser_family(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_family = _parse_browser_family(d.pop("browser_family", UNSET))

        def _parse_browser_major(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_major = _parse_browser_major(d.pop("browser_major", UNSET))

        def _parse_browser_minor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_minor = _parse_browser_minor(d.pop("browser_minor", UNSET))

        def _parse_browser_patch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_patch = _parse_browser_patch(d.pop("browser_patch", UNSET))

        def _parse_campaign_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_campaign_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_name = _parse_campaign_name(d.pop("campaign_name", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_creative_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_id = _parse_creative_id(d.pop("creative_id", UNSET))

        def _parse_creative_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creative_name = _parse_creative_name(d.pop("creative_name", UNSET))

        def _parse_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_time = _parse_date_time(d.pop("date_time", UNSET))

        def _parse_device_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        device_id = _parse_device_id(d.pop("device_id", UNSET))

        def _parse_device_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_name = _parse_device_name(d.pop("device_name", UNSET))

        def _parse_os_family(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_family = _parse_os_family(d.pop("os_family", UNSET))

        def _parse_os_major(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_major = _parse_os_major(d.pop("os_major", UNSET))

        def _parse_os_minor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_minor = _parse_os_minor(d.pop("os_minor", UNSET))

        def _parse_os_patch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_patch = _parse_os_patch(d.pop("os_patch", UNSET))

        def _parse_partner_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partner_name", UNSET))

        def _parse_publisher_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_reference = _parse_publisher_reference(
            d.pop("publisher_reference", UNSET)
        )

        def _parse_partnership_model_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        partnership_model_id = _parse_partnership_model_id(
            d.pop("partnership_model_id", UNSET)
        )

        def _parse_partnership_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partnership_model_name = _parse_partnership_model_name(
            d.pop("partnership_model_name", UNSET)
        )

        def _parse_traffic_source_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        traffic_source_id = _parse_traffic_source_id(d.pop("traffic_source_id", UNSET))

        def _parse_traffic_source_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traffic_source_name = _parse_traffic_source_name(
            d.pop("traffic_source_name", UNSET)
        )

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_user_context_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        user_context_id = _parse_user_context_id(d.pop("user_context_id", UNSET))

        def _parse_user_context_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_context_name = _parse_user_context_name(d.pop("user_context_name", UNSET))

        def _parse_total_clicks(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_clicks = _parse_total_clicks(d.pop("total_clicks", UNSET))

        def _parse_total_clicks_converted(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_clicks_converted = _parse_total_clicks_converted(
            d.pop("total_clicks_converted", UNSET)
        )

        def _parse_click_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        click_conversion_rate = _parse_click_conversion_rate(
            d.pop("click_conversion_rate", UNSET)
        )

        def _parse_total_unique_clicks(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_unique_clicks = _parse_total_unique_clicks(
            d.pop("total_unique_clicks", UNSET)
        )

        analytics_clicks_row = cls(
            advertiser_reference=advertiser_reference,
            browser_family=browser_family,
            browser_major=browser_major,
            browser_minor=browser_minor,
            browser_patch=browser_patch,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            country=country,
            creative_id=creative_id,
            creative_name=creative_name,
            date_time=date_time,
            device_id=device_id,
            device_name=device_name,
            os_family=os_family,
            os_major=os_major,
            os_minor=os_minor,
            os_patch=os_patch,
            partner_id=partner_id,
            partner_name=partner_name,
            publisher_reference=publisher_reference,
            partnership_model_id=partnership_model_id,
            partnership_model_name=partnership_model_name,
            traffic_source_id=traffic_source_id,
            traffic_source_name=traffic_source_name,
            type_=type_,
            user_context_id=user_context_id,
            user_context_name=user_context_name,
            total_clicks=total_clicks,
            total_clicks_converted=total_clicks_converted,
            click_conversion_rate=click_conversion_rate,
            total_unique_clicks=total_unique_clicks,
        )

        analytics_clicks_row.additional_properties = d
        return analytics_clicks_row

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
