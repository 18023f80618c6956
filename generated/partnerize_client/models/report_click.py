from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_meta_data_map import ReportMetaDataMap


T = TypeVar("T", bound="ReportClick")


@_attrs_define
class ReportClick:
    """A click, either on its own (click report) or as the origin of a conversion. `last_used` is an epoch number inside
    the conversion report but a `YYYY-MM-DD HH:MM:SS` string in the click report.

        Attributes:
            click_id (None | str | Unset):
            campaign_id (str | Unset):
            publisher_id (str | Unset):
            type_ (None | str | Unset):
            status (None | str | Unset):
            set_time (None | str | Unset):
            set_ip (None | str | Unset):
            last_used (int | None | str | Unset):
            last_ip (None | str | Unset):
            publisher_reference (None | str | Unset):
            referer (None | str | Unset):
            creative_id (int | None | str | Unset):
            creative_type (int | None | str | Unset):
            specific_creative_id (int | None | str | Unset):
            country (None | str | Unset):
            ref_device_id (int | None | Unset):
            ref_traffic_source_id (int | None | Unset):
            ref_partnership_model_id (int | None | Unset):
            ref_user_context_id (int | None | Unset):
            ref_device (None | str | Unset):
            ref_traffic_source (None | str | Unset):
            ref_partnership_model (None | str | Unset):
            ref_user_context (None | str | Unset):
            clickref (None | str | Unset):
            meta_data (list[Any] | ReportMetaDataMap | Unset): Free-form key/value meta data. An empty set is sent as an
                empty JSON array (`[]`), a non-empty one as an object. Example: {'gclid': 'adword_google_meta_data'}.
    """

    click_id: None | str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    publisher_id: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    set_time: None | str | Unset = UNSET
    set_ip: None | str | Unset = UNSET
    last_used: int | None | str | Unset = UNSET
    last_ip: None | str | Unset = UNSET
    publisher_reference: None | str | Unset = UNSET
    referer: None | str | Unset = UNSET
    creative_id: int | None | str | Unset = UNSET
    creative_type: int | None | str | Unset = UNSET
    specific_creative_id: int | None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    ref_device_id: int | None | Unset = UNSET
    ref_traffic_source_id: int | None | Unset = UNSET
    ref_partnership_model_id: int | None | Unset = UNSET
    ref_user_context_id: int | None | Unset = UNSET
    ref_device: None | str | Unset = UNSET
    ref_traffic_source: None | str | Unset = UNSET
    ref_partnership_model: None | str | Unset = UNSET
    ref_user_context: None | str | Unset = UNSET
    clickref: None | str | Unset = UNSET
    meta_data: list[Any] | ReportMetaDataMap | Unset = UNSET
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

        click_id: None | str | Unset
        if isinstance(self.click_id, Unset):
            click_id = UNSET
        else:
            click_id = self.click_id

        campaign_id = self.campaign_id

        publisher_id = self.publisher_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        set_time: None | str | Unset
        if isinstance(self.set_time, Unset):
            set_time = UNSET
        else:
            set_time = self.set_time

        set_ip: None | str | Unset
        if isinstance(self.set_ip, Unset):
            set_ip = UNSET
        else:
            set_ip = self.set_ip

        last_used: int | None | str | Unset
        if isinstance(self.last_used, Unset):
            last_used = UNSET
        else:
            last_used = self.last_used

        last_ip: None | str | Unset
        if isinstance(self.last_ip, Unset):
            last_ip = UNSET
        else:
            last_ip = self.last_ip

        publisher_reference: None | str | Unset
        if isinstance(self.publisher_reference, Unset):
            publisher_reference = UNSET
        else:
            publisher_reference = self.publisher_reference

        referer: None | str | Unset
        if isinstance(self.referer, Unset):
            referer = UNSET
        else:
            referer = self.referer

        creative_id: int | None | str | Unset
        if isinstance(self.creative_id, Unset):
            creative_id = UNSET
        else:
            creative_id = self.creative_id

        creative_type: int | None | str | Unset
        if isinstance(self.creative_type, Unset):
            creative_type = UNSET
        else:
            creative_type = self.creative_type

        specific_creative_id: int | None | str | Unset
        if isinstance(self.specific_creative_id, Unset):
            specific_creative_id = UNSET
        else:
            specific_creative_id = self.specific_creative_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        ref_device_id: int | None | Unset
        if isinstance(self.ref_device_id, Unset):
            ref_device_id = UNSET
        else:
            ref_device_id = self.ref_device_id

        ref_traffic_source_id: int | None | Unset
        if isinstance(self.ref_traffic_source_id, Unset):
            ref_traffic_source_id = UNSET
        else:
            ref_traffic_source_id = self.ref_traffic_source_id

        ref_partnership_model_id: int | None | Unset
        if isinstance(self.ref_partnership_model_id, Unset):
            ref_partnership_model_id = UNSET
        else:
            ref_partnership_model_id = self.ref_partnership_model_id

        ref_user_context_id: int | None | Unset
        if isinstance(self.ref_user_context_id, Unset):
            ref_user_context_id = UNSET
        else:
            ref_user_context_id = self.ref_user_context_id

        ref_device: None | str | Unset
        if isinstance(self.ref_device, Unset):
            ref_device = UNSET
        else:
            ref_device = self.ref_device

        ref_traffic_source: None | str | Unset
        if isinstance(self.ref_traffic_source, Unset):
            ref_traffic_source = UNSET
        else:
            ref_traffic_source = self.ref_traffic_source

        ref_partnership_model: None | str | Unset
        if isinstance(self.ref_partnership_model, Unset):
            ref_partnership_model = UNSET
        else:
            ref_partnership_model = self.ref_partnership_model

        ref_user_context: None | str | Unset
        if isinstance(self.ref_user_context, Unset):
            ref_user_context = UNSET
        else:
            ref_user_context = self.ref_user_context

        clickref: None | str | Unset
        if isinstance(self.clickref, Unset):
            clickref = UNSET
        else:
            clickref = self.clickref

        meta_data: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ReportMetaDataMap):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if click_id is not UNSET:
            field_dict["click_id"] = click_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if set_time is not UNSET:
            field_dict["set_time"] = set_time
        if set_ip is not UNSET:
            field_dict["set_ip"] = set_ip
        if last_used is not UNSET:
            field_dict["last_used"] = last_used
        if last_ip is not UNSET:
            field_dict["last_ip"] = last_ip
        if publisher_reference is not UNSET:
            field_dict["publisher_reference"] = publisher_reference
        if referer is not UNSET:
            field_dict["referer"] = referer
        if creative_id is not UNSET:
            field_dict["creative_id"] = creative_id
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if specific_creative_id is not UNSET:
            field_dict["specific_creative_id"] = specific_creative_id
        if country is not UNSET:
            field_dict["country"] = country
        if ref_device_id is not UNSET:
            field_dict["ref_device_id"] = ref_device_id
        if ref_traffic_source_id is not UNSET:
            field_dict["ref_traffic_source_id"] = ref_traffic_source_id
        if ref_partnership_model_id is not UNSET:
            field_dict["ref_partnership_model_id"] = ref_partnership_model_id
        if ref_user_context_id is not UNSET:
            field_dict["ref_user_context_id"] = ref_user_context_id
        if ref_device is not UNSET:
            field_dict["ref_device"] = ref_device
        if ref_traffic_source is not UNSET:
            field_dict["ref_traffic_source"] = ref_traffic_source
        if ref_partnership_model is not UNSET:
            field_dict["ref_partnership_model"] = ref_partnership_model
        if ref_user_context is not UNSET:
            field_dict["ref_user_context"] = ref_user_context
        if clickref is not UNSET:
            field_dict["clickref"] = clickref
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_meta_data_map import ReportMetaDataMap

        d = dict(src_dict)

        def _parse_click_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        click_id = _parse_click_id(d.pop("click_id", UNSET))

        campaign_id = d.pop("campaign_id", UNSET)

        publisher_id = d.pop("publisher_id", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_set_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        set_time = _parse_set_time(d.pop("set_time", UNSET))

        def _parse_set_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        set_ip = _parse_set_ip(d.pop("set_ip", UNSET))

        def _parse_last_used(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        last_used = _parse_last_used(d.pop("last_used", UNSET))

        def _parse_last_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_ip = _parse_last_ip(d.pop("last_ip", UNSET))

        def _parse_publisher_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_reference = _parse_publisher_reference(
            d.pop("publisher_reference", UNSET)
        )

        def _parse_referer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referer = _parse_referer(d.pop("referer", UNSET))

        def _parse_creative_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_id = _parse_creative_id(d.pop("creative_id", UNSET))

        def _parse_creative_type(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_type = _parse_creative_type(d.pop("creative_type", UNSET))

        def _parse_specific_creative_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        specific_creative_id = _parse_specific_creative_id(
            d.pop("specific_creative_id", UNSET)
        )

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_ref_device_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_device_id = _parse_ref_device_id(d.pop("ref_device_id", UNSET))

        def _parse_ref_traffic_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_traffic_source_id = _parse_ref_traffic_source_id(
            d.pop("ref_traffic_source_id", UNSET)
        )

        def _parse_ref_partnership_model_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ref_partnership_model_id = _parse_ref_partnership_model_id(
            d.pop("ref_partnership_model_id", UNSET)
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

        def _parse_ref_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_device = _parse_ref_device(d.pop("ref_device", UNSET))

        def _parse_ref_traffic_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_traffic_source = _parse_ref_traffic_source(
            d.pop("ref_traffic_source", UNSET)
        )

        def _parse_ref_partnership_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_partnership_model = _parse_ref_partnership_model(
            d.pop("ref_partnership_model", UNSET)
        )

        def _parse_ref_user_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_user_context = _parse_ref_user_context(d.pop("ref_user_context", UNSET))

        def _parse_clickref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clickref = _parse_clickref(d.pop("clickref", UNSET))

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

        report_click = cls(
            click_id=click_id,
            campaign_id=campaign_id,
            publisher_id=publisher_id,
            type_=type_,
            status=status,
            set_time=set_time,
            set_ip=set_ip,
            last_used=last_used,
            last_ip=last_ip,
            publisher_reference=publisher_reference,
            referer=referer,
            creative_id=creative_id,
            creative_type=creative_type,
            specific_creative_id=specific_creative_id,
            country=country,
            ref_device_id=ref_device_id,
            ref_traffic_source_id=ref_traffic_source_id,
            ref_partnership_model_id=ref_partnership_model_id,
            ref_user_context_id=ref_user_context_id,
            ref_device=ref_device,
            ref_traffic_source=ref_traffic_source,
            ref_partnership_model=ref_partnership_model,
            ref_user_context=ref_user_context,
            clickref=clickref,
            meta_data=meta_data,
        )

        report_click.additional_properties = d
        return report_click

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
