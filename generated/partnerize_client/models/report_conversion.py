from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_click import ReportClick
    from ..models.report_conversion_item import ReportConversionItem
    from ..models.report_conversion_value import ReportConversionValue
    from ..models.report_meta_data_map import ReportMetaDataMap


T = TypeVar("T", bound="ReportConversion")


@_attrs_define
class ReportConversion:
    """One conversion (basket) with its items and the click it was attributed to.

    Attributes:
        conversion_id (str):
        campaign_id (str | Unset):
        publisher_id (str | Unset):
        conversion_time (None | str | Unset):
        creative_type (int | None | str | Unset):
        creative_id (int | None | str | Unset):
        specific_creative_id (int | None | str | Unset):
        currency (None | str | Unset):
        publisher_reference (None | str | Unset):
        advertiser_reference (None | str | Unset):
        conversion_reference (None | str | Unset):
        customer_type (None | str | Unset):
        referer_ip (None | str | Unset):
        source_referer (None | str | Unset):
        last_modified (None | str | Unset):
        conversion_type (int | None | str | Unset):
        country (None | str | Unset):
        customer_reference (None | str | Unset):
        ref_device_id (int | None | Unset):
        ref_partnership_model_id (int | None | Unset):
        ref_traffic_source_id (int | None | Unset):
        ref_conversion_metric_id (int | None | Unset):
        ref_user_context_id (int | None | Unset):
        campaign_title (None | str | Unset):
        publisher_name (None | str | Unset):
        click (ReportClick | Unset): A click, either on its own (click report) or as the origin of a conversion.
            `last_used` is an epoch number inside the conversion report but a `YYYY-MM-DD HH:MM:SS` string in the click
            report.
        ref_conversion_metric (None | str | Unset):
        ref_device (None | str | Unset):
        ref_partnership_model (None | str | Unset):
        ref_traffic_source (None | str | Unset):
        ref_user_context (None | str | Unset):
        conversion_value (ReportConversionValue | Unset):
        meta_data (list[Any] | ReportMetaDataMap | Unset): Free-form key/value meta data. An empty set is sent as an
            empty JSON array (`[]`), a non-empty one as an object. Example: {'gclid': 'adword_google_meta_data'}.
        conversion_items (list[ReportConversionItem] | Unset):
        was_disputed (bool | Unset):
        conversion_lag (int | None | Unset): Seconds between the click and the conversion.
        clickref (None | str | Unset):
    """

    conversion_id: str
    campaign_id: str | Unset = UNSET
    publisher_id: str | Unset = UNSET
    conversion_time: None | str | Unset = UNSET
    creative_type: int | None | str | Unset = UNSET
    creative_id: int | None | str | Unset = UNSET
    specific_creative_id: int | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    publisher_reference: None | str | Unset = UNSET
    advertiser_reference: None | str | Unset = UNSET
    conversion_reference: None | str | Unset = UNSET
    customer_type: None | str | Unset = UNSET
    referer_ip: None | str | Unset = UNSET
    source_referer: None | str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    conversion_type: int | None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    customer_reference: None | str | Unset = UNSET
    ref_device_id: int | None | Unset = UNSET
    ref_partnership_model_id: int | None | Unset = UNSET
    ref_traffic_source_id: int | None | Unset = UNSET
    ref_conversion_metric_id: int | None | Unset = UNSET
    ref_user_context_id: int | None | Unset = UNSET
    campaign_title: None | str | Unset = UNSET
    publisher_name: None | str | Unset = UNSET
    click: ReportClick | Unset = UNSET
    ref_conversion_metric: None | str | Unset = UNSET
    ref_device: None | str | Unset = UNSET
    ref_partnership_model: None | str | Unset = UNSET
    ref_traffic_source: None | str | Unset = UNSET
    ref_user_context: None | str | Unset = UNSET
    conversion_value: ReportConversionValue | Unset = UNSET
    meta_data: list[Any] | ReportMetaDataMap | Unset = UNSET
    conversion_items: list[ReportConversionItem] | Unset = UNSET
    was_disputed: bool | Unset = UNSET
    conversion_lag: int | None | Unset = UNSET
    clickref: None | str | Unset = UNSET
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
        from ..models.report_meta_data_map import ReportMetaDataMap

        conversion_id = self.conversion_id

        campaign_id = self.campaign_id

        publisher_id = self.publisher_id

        conversion_time: None | str | Unset
        if isinstance(self.conversion_time, Unset):
            conversion_time = UNSET
        else:
            conversion_time = self.conversion_time

        creative_type: int | None | str | Unset
        if isinstance(self.creative_type, Unset):
            creative_type = UNSET
        else:
            creative_type = self.creative_type

        creative_id: int | None | str | Unset
        if isinstance(self.creative_id, Unset):
            creative_id = UNSET
        else:
            creative_id = self.creative_id

        specific_creative_id: int | None | str | Unset
        if isinstance(self.specific_creative_id, Unset):
            specific_creative_id = UNSET
        else:
            specific_creative_id = self.specific_creative_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        publisher_reference: None | str | Unset
        if isinstance(self.publisher_reference, Unset):
            publisher_reference = UNSET
        else:
            publisher_reference = self.publisher_reference

        advertiser_reference: None | str | Unset
        if isinstance(self.advertiser_reference, Unset):
            advertiser_reference = UNSET
        else:
            advertiser_reference = self.advertiser_reference

        conversion_reference: None | str | Unset
        if isinstance(self.conversion_reference, Unset):
            conversion_reference = UNSET
        else:
            conversion_reference = self.conversion_reference

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = self.customer_type

        referer_ip: None | str | Unset
        if isinstance(self.referer_ip, Unset):
            referer_ip = UNSET
        else:
            referer_ip = self.referer_ip

        source_referer: None | str | Unset
        if isinstance(self.source_referer, Unset):
            source_referer = UNSET
        else:
            source_referer = self.source_referer

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        conversion_type: int | None | str | Unset
        if isinstance(self.conversion_type, Unset):
            conversion_type = UNSET
        else:
            conversion_type = self.conversion_type

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        customer_reference: None | str | Unset
        if isinstance(self.customer_reference, Unset):
            customer_reference = UNSET
        else:
            customer_reference = self.customer_reference

        ref_device_id: int | None | Unset
        if isinstance(self.ref_device_id, Unset):
            ref_device_id = UNSET
        else:
            ref_device_id = self.ref_device_id

        ref_partnership_model_id: int | None | Unset
        if isinstance(self.ref_partnership_model_id, Unset):
            ref_partnership_model_id = UNSET
        else:
            ref_partnership_model_id = self.ref_partnership_model_id

        ref_traffic_source_id: int | None | Unset
        if isinstance(self.ref_traffic_source_id, Unset):
            ref_traffic_source_id = UNSET
        else:
            ref_traffic_source_id = self.ref_traffic_source_id

        ref_conversion_metric_id: int | None | Unset
        if isinstance(self.ref_conversion_metric_id, Unset):
            ref_conversion_metric_id = UNSET
        else:
            ref_conversion_metric_id = self.ref_conversion_metric_id

        ref_user_context_id: int | None | Unset
        if isinstance(self.ref_user_context_id, Unset):
            ref_user_context_id = UNSET
        else:
            ref_user_context_id = self.ref_user_context_id

        campaign_title: None | str | Unset
        if isinstance(self.campaign_title, Unset):
            campaign_title = UNSET
        else:
            campaign_title = self.campaign_title

        publisher_name: None | str | Unset
        if isinstance(self.publisher_name, Unset):
            publisher_name = UNSET
        else:
            publisher_name = self.publisher_name

        click: dict[str, Any] | Unset = UNSET
        if not isinstance(self.click, Unset):
            click = self.click.to_dict()

        ref_conversion_metric: None | str | Unset
        if isinstance(self.ref_conversion_metric, Unset):
            ref_conversion_metric = UNSET
        else:
            ref_conversion_metric = self.ref_conversion_metric

        ref_device: None | str | Unset
        if isinstance(self.ref_device, Unset):
            ref_device = UNSET
        else:
            ref_device = self.ref_device

        ref_partnership_model: None | str | Unset
        if isinstance(self.ref_partnership_model, Unset):
            ref_partnership_model = UNSET
        else:
            ref_partnership_model = self.ref_partnership_model

        ref_traffic_source: None | str | Unset
        if isinstance(self.ref_traffic_source, Unset):
            ref_traffic_source = UNSET
        else:
            ref_traffic_source = self.ref_traffic_source

        ref_user_context: None | str | Unset
        if isinstance(self.ref_user_context, Unset):
            ref_user_context = UNSET
        else:
            ref_user_context = self.ref_user_context

        conversion_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_value, Unset):
            conversion_value = self.conversion_value.to_dict()

        meta_data: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ReportMetaDataMap):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        conversion_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversion_items, Unset):
            conversion_items = []
            for conversion_items_item_data in self.conversion_items:
                conversion_items_item = conversion_items_item_data.to_dict()
                conversion_items.append(conversion_items_item)

        was_disputed = self.was_disputed

        conversion_lag: int | None | Unset
        if isinstance(self.conversion_lag, Unset):
            conversion_lag = UNSET
        else:
            conversion_lag = self.conversion_lag

        clickref: None | str | Unset
        if isinstance(self.clickref, Unset):
            clickref = UNSET
        else:
            clickref = self.clickref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversion_id": conversion_id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if conversion_time is not UNSET:
            field_dict["conversion_time"] = conversion_time
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if creative_id is not UNSET:
            field_dict["creative_id"] = creative_id
        if specific_creative_id is not UNSET:
            field_dict["specific_creative_id"] = specific_creative_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if publisher_reference is not UNSET:
            field_dict["publisher_reference"] = publisher_reference
        if advertiser_reference is not UNSET:
            field_dict["advertiser_reference"] = advertiser_reference
        if conversion_reference is not UNSET:
            field_dict["conversion_reference"] = conversion_reference
        if customer_type is not UNSET:
            field_dict["customer_type"] = customer_type
        if referer_ip is not UNSET:
            field_dict["referer_ip"] = referer_ip
        if source_referer is not UNSET:
            field_dict["source_referer"] = source_referer
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if conversion_type is not UNSET:
            field_dict["conversion_type"] = conversion_type
        if country is not UNSET:
            field_dict["country"] = country
        if customer_reference is not UNSET:
            field_dict["customer_reference"] = customer_reference
        if ref_device_id is not UNSET:
            field_dict["ref_device_id"] = ref_device_id
        if ref_partnership_model_id is not UNSET:
            field_dict["ref_partnership_model_id"] = ref_partnership_model_id
        if ref_traffic_source_id is not UNSET:
            field_dict["ref_traffic_source_id"] = ref_traffic_source_id
        if ref_conversion_metric_id is not UNSET:
            field_dict["ref_conversion_metric_id"] = ref_conversion_metric_id
        if ref_user_context_id is not UNSET:
            field_dict["ref_user_context_id"] = ref_user_context_id
        if campaign_title is not UNSET:
            field_dict["campaign_title"] = campaign_title
        if publisher_name is not UNSET:
            field_dict["publisher_name"] = publisher_name
        if click is not UNSET:
            field_dict["click"] = click
        if ref_conversion_metric is not UNSET:
            field_dict["ref_conversion_metric"] = ref_conversion_metric
        if ref_device is not UNSET:
            field_dict["ref_device"] = ref_device
        if ref_partnership_model is not UNSET:
            field_dict["ref_partnership_model"] = ref_partnership_model
        if ref_traffic_source is not UNSET:
            field_dict["ref_traffic_source"] = ref_traffic_source
        if ref_user_context is not UNSET:
            field_dict["ref_user_context"] = ref_user_context
        if conversion_value is not UNSET:
            field_dict["conversion_value"] = conversion_value
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if conversion_items is not UNSET:
            field_dict["conversion_items"] = conversion_items
        if was_disputed is not UNSET:
            field_dict["was_disputed"] = was_disputed
        if conversion_lag is not UNSET:
            field_dict["conversion_lag"] = conversion_lag
        if clickref is not UNSET:
            field_dict["clickref"] = clickref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_click import ReportClick
        from ..models.report_conversion_item import ReportConversionItem
        from ..models.report_conversion_value import ReportConversionValue
        from ..models.report_meta_data_map import ReportMetaDataMap

        d = dict(src_dict)
        conversion_id = d.pop("conversion_id")

        campaign_id = d.pop("campaign_id", UNSET)

        publisher_id = d.pop("publisher_id", UNSET)

        def _parse_conversion_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_time = _parse_conversion_time(d.pop("conversion_time", UNSET))

        def _parse_creative_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_type = _parse_creative_type(d.pop("creative_type", UNSET))

        def _parse_creative_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_id = _parse_creative_id(d.pop("creative_id", UNSET))

        def _parse_specific_creative_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        specific_creative_id = _parse_specific_creative_id(
            d.pop("specific_creative_id", UNSET)
        )

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_publisher_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_reference = _parse_publisher_reference(
            d.pop("publisher_reference", UNSET)
        )

        def _parse_advertiser_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_reference = _parse_advertiser_reference(
            d.pop("advertiser_reference", UNSET)
        )

        def _parse_conversion_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_reference = _parse_conversion_reference(
            d.pop("conversion_reference", UNSET)
        )

        def _parse_customer_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_type = _parse_customer_type(d.pop("customer_type", UNSET))

        def _parse_referer_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referer_ip = _parse_referer_ip(d.pop("referer_ip", UNSET))

        def _parse_source_referer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_referer = _parse_source_referer(d.pop("source_referer", UNSET))

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        def _parse_conversion_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conversion_type = _parse_conversion_type(d.pop("conversion_type", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_customer_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_reference = _parse_customer_reference(
            d.pop("customer_reference", UNSET)
        )

        def _parse_ref_device_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_device_id = _parse_ref_device_id(d.pop("ref_device_id", UNSET))

        def _parse_ref_partnership_model_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_partnership_model_id = _parse_ref_partnership_model_id(
            d.pop("ref_partnership_model_id", UNSET)
        )

        def _parse_ref_traffic_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_traffic_source_id = _parse_ref_traffic_source_id(
            d.pop("ref_traffic_source_id", UNSET)
        )

        def _parse_ref_conversion_metric_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_conversion_metric_id = _parse_ref_conversion_metric_id(
            d.pop("ref_conversion_metric_id", UNSET)
        )

        def _parse_ref_user_context_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_user_context_id = _parse_ref_user_context_id(
            d.pop("ref_user_context_id", UNSET)
        )

        def _parse_campaign_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_title = _parse_campaign_title(d.pop("campaign_title", UNSET))

        def _parse_publisher_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_name = _parse_publisher_name(d.pop("publisher_name", UNSET))

        _click = d.pop("click", UNSET)
        click: ReportClick | Unset
        if isinstance(_click, Unset):
            click = UNSET
        else:
            click = ReportClick.from_dict(_click)

        def _parse_ref_conversion_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_conversion_metric = _parse_ref_conversion_metric(
            d.pop("ref_conversion_metric", UNSET)
        )

        def _parse_ref_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_device = _parse_ref_device(d.pop("ref_device", UNSET))

        def _parse_ref_partnership_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_partnership_model = _parse_ref_partnership_model(
            d.pop("ref_partnership_model", UNSET)
        )

        def _parse_ref_traffic_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_traffic_source = _parse_ref_traffic_source(
            d.pop("ref_traffic_source", UNSET)
        )

        def _parse_ref_user_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_user_context = _parse_ref_user_context(d.pop("ref_user_context", UNSET))

        _conversion_value = d.pop("conversion_value", UNSET)
        conversion_value: ReportConversionValue | Unset
        if isinstance(_conversion_value, Unset):
            conversion_value = UNSET
        else:
            conversion_value = ReportConversionValue.from_dict(_conversion_value)

        def _parse_meta_data(data: object) -> list[Any] | ReportMetaDataMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_report_meta_data_report_meta_data_map = (
                    ReportMetaDataMap.from_dict(data)
                )

                return componentsschemas_report_meta_data_report_meta_data_map
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_report_meta_data_report_meta_data_list = cast(
                list[Any], data
            )

            return componentsschemas_report_meta_data_report_meta_data_list

        meta_data = _parse_meta_data(d.pop("meta_data", UNSET))

        _conversion_items = d.pop("conversion_items", UNSET)
        conversion_items: list[ReportConversionItem] | Unset = UNSET
        if _conversion_items is not UNSET:
            conversion_items = []
            for conversion_items_item_data in _conversion_items:
                conversion_items_item = ReportConversionItem.from_dict(
                    conversion_items_item_data
                )

                conversion_items.append(conversion_items_item)

        was_disputed = d.pop("was_disputed", UNSET)

        def _parse_conversion_lag(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        conversion_lag = _parse_conversion_lag(d.pop("conversion_lag", UNSET))

        def _parse_clickref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clickref = _parse_clickref(d.pop("clickref", UNSET))

        report_conversion = cls(
            conversion_id=conversion_id,
            campaign_id=campaign_id,
            publisher_id=publisher_id,
            conversion_time=conversion_time,
            creative_type=creative_type,
            creative_id=creative_id,
            specific_creative_id=specific_creative_id,
            currency=currency,
            publisher_reference=publisher_reference,
            advertiser_reference=advertiser_reference,
            conversion_reference=conversion_reference,
            customer_type=customer_type,
            referer_ip=referer_ip,
            source_referer=source_referer,
            last_modified=last_modified,
            conversion_type=conversion_type,
            country=country,
            customer_reference=customer_reference,
            ref_device_id=ref_device_id,
            ref_partnership_model_id=ref_partnership_model_id,
            ref_traffic_source_id=ref_traffic_source_id,
            ref_conversion_metric_id=ref_conversion_metric_id,
            ref_user_context_id=ref_user_context_id,
            campaign_title=campaign_title,
            publisher_name=publisher_name,
            click=click,
            ref_conversion_metric=ref_conversion_metric,
            ref_device=ref_device,
            ref_partnership_model=ref_partnership_model,
            ref_traffic_source=ref_traffic_source,
            ref_user_context=ref_user_context,
            conversion_value=conversion_value,
            meta_data=meta_data,
            conversion_items=conversion_items,
            was_disputed=was_disputed,
            conversion_lag=conversion_lag,
            clickref=clickref,
        )

        report_conversion.additional_properties = d
        return report_conversion

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
