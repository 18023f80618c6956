from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.creative_item import CreativeItem


T = TypeVar("T", bound="Creative")


@_attrs_define
class Creative:
    """A promotional creative of a campaign.

    Attributes:
        creative_id (str):
        campaign_id (None | str | Unset):
        tags (None | str | Unset):
        active (None | str | Unset):
        advertiser_reference (None | str | Unset):
        created_at (None | str | Unset):
        created_by (None | str | Unset):
        creative_items (list[CreativeItem] | Unset):
        creative_tracking_link (None | str | Unset):
        creative_tracking_link_rotate (None | str | Unset):
        creative_type_id (int | None | str | Unset):
        custom_append_url_parameters (None | str | Unset):
        custom_prepend_url_parameters (None | str | Unset):
        default_specific_creative_id (None | str | Unset):
        description (None | str | Unset):
        dynamic_tracking_link (None | str | Unset):
        start_date_time (None | str | Unset):
        end_date_time (None | str | Unset):
        height (int | None | str | Unset):
        width (int | None | str | Unset):
        html_tracking_link (None | str | Unset):
        limits (None | str | Unset):
    """

    creative_id: str
    campaign_id: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    advertiser_reference: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    creative_items: list[CreativeItem] | Unset = UNSET
    creative_tracking_link: None | str | Unset = UNSET
    creative_tracking_link_rotate: None | str | Unset = UNSET
    creative_type_id: int | None | str | Unset = UNSET
    custom_append_url_parameters: None | str | Unset = UNSET
    custom_prepend_url_parameters: None | str | Unset = UNSET
    default_specific_creative_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    dynamic_tracking_link: None | str | Unset = UNSET
    start_date_time: None | str | Unset = UNSET
    end_date_time: None | str | Unset = UNSET
    height: int | None | str | Unset = UNSET
    width: int | None | str | Unset = UNSET
    html_tracking_link: None | str | Unset = UNSET
    limits: None | str | Unset = UNSET
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
        creative_id = self.creative_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        advertiser_reference: None | str | Unset
        if isinstance(self.advertiser_reference, Unset):
            advertiser_reference = UNSET
        else:
            advertiser_reference = self.advertiser_reference

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        creative_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creative_items, Unset):
            creative_items = []
            for creative_items_item_data in self.creative_items:
                creative_items_item = creative_items_item_data.to_dict()
                creative_items.append(creative_items_item)

        creative_tracking_link: None | str | Unset
        if isinstance(self.creative_tracking_link, Unset):
            creative_tracking_link = UNSET
        else:
            creative_tracking_link = self.creative_tracking_link

        creative_tracking_link_rotate: None | str | Unset
        if isinstance(self.creative_tracking_link_rotate, Unset):
            creative_tracking_link_rotate = UNSET
        else:
            creative_tracking_link_rotate = self.creative_tracking_link_rotate

        creative_type_id: int | None | str | Unset
        if isinstance(self.creative_type_id, Unset):
            creative_type_id = UNSET
        else:
            creative_type_id = self.creative_type_id

        custom_append_url_parameters: None | str | Unset
        if isinstance(self.custom_append_url_parameters, Unset):
            custom_append_url_parameters = UNSET
        else:
            custom_append_url_parameters = self.custom_append_url_parameters

        custom_prepend_url_parameters: None | str | Unset
        if isinstance(self.custom_prepend_url_parameters, Unset):
            custom_prepend_url_parameters = UNSET
        else:
            custom_prepend_url_parameters = self.custom_prepend_url_parameters

        default_specific_creative_id: None | str | Unset
        if isinstance(self.default_specific_creative_id, Unset):
            default_specific_creative_id = UNSET
        else:
            default_specific_creative_id = self.default_specific_creative_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        dynamic_tracking_link: None | str | Unset
        if isinstance(self.dynamic_tracking_link, Unset):
            dynamic_tracking_link = UNSET
        else:
            dynamic_tracking_link = self.dynamic_tracking_link

        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = self.end_date_time

        height: int | None | str | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        width: int | None | str | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        html_tracking_link: None | str | Unset
        if isinstance(self.html_tracking_link, Unset):
            html_tracking_link = UNSET
        else:
            html_tracking_link = self.html_tracking_link

        limits: None | str | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        else:
            limits = self.limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creative_id": creative_id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if active is not UNSET:
            field_dict["active"] = active
        if advertiser_reference is not UNSET:
            field_dict["advertiser_reference"] = advertiser_reference
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if creative_items is not UNSET:
            field_dict["creative_items"] = creative_items
        if creative_tracking_link is not UNSET:
            field_dict["creative_tracking_link"] = creative_tracking_link
        if creative_tracking_link_rotate is not UNSET:
            field_dict["creative_tracking_link_rotate"] = creative_tracking_link_rotate
        if creative_type_id is not UNSET:
            field_dict["creative_type_id"] = creative_type_id
        if custom_append_url_parameters is not UNSET:
            field_dict["custom_append_url_parameters"] = custom_append_url_parameters
        if custom_prepend_url_parameters is not UNSET:
            field_dict["custom_prepend_url_parameters"] = custom_prepend_url_parameters
        if default_specific_creative_id is not UNSET:
            field_dict["default_specific_creative_id"] = default_specific_creative_id
        if description is not UNSET:
            field_dict["description"] = description
        if dynamic_tracking_link is not UNSET:
            field_dict["dynamic_tracking_link"] = dynamic_tracking_link
        if start_date_time is not UNSET:
            field_dict["start_date_time"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["end_date_time"] = end_date_time
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if html_tracking_link is not UNSET:
            field_dict["html_tracking_link"] = html_tracking_link
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.creative_item import CreativeItem

        d = dict(src_dict)
        creative_id = d.pop("creative_id")

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_advertiser_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_reference = _parse_advertiser_reference(
            d.pop("advertiser_reference", UNSET)
        )

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _creative_items = d.pop("creative_items", UNSET)
        creative_items: list[CreativeItem] | Unset = UNSET
        if _creative_items is not UNSET:
            creative_items = []
            for creative_items_item_data in _creative_items:
                creative_items_item = CreativeItem.from_dict(creative_items_item_data)

                creative_items.append(creative_items_item)

        def _parse_creative_tracking_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creative_tracking_link = _parse_creative_tracking_link(
            d.pop("creative_tracking_link", UNSET)
        )

        def _parse_creative_tracking_link_rotate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creative_tracking_link_rotate = _parse_creative_tracking_link_rotate(
            d.pop("creative_tracking_link_rotate", UNSET)
        )

        def _parse_creative_type_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        creative_type_id = _parse_creative_type_id(d.pop("creative_type_id", UNSET))

        def _parse_custom_append_url_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_append_url_parameters = _parse_custom_append_url_parameters(
            d.pop("custom_append_url_parameters", UNSET)
        )

        def _parse_custom_prepend_url_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_prepend_url_parameters = _parse_custom_prepend_url_parameters(
            d.pop("custom_prepend_url_parameters", UNSET)
        )

        def _parse_default_specific_creative_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_specific_creative_id = _parse_default_specific_creative_id(
            d.pop("default_specific_creative_id", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_dynamic_tracking_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_tracking_link = _parse_dynamic_tracking_link(
            d.pop("dynamic_tracking_link", UNSET)
        )

        def _parse_start_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("start_date_time", UNSET))

        def _parse_end_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("end_date_time", UNSET))

        def _parse_height(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_width(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_html_tracking_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        html_tracking_link = _parse_html_tracking_link(
            d.pop("html_tracking_link", UNSET)
        )

        def _parse_limits(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))

        creative = cls(
            creative_id=creative_id,
            campaign_id=campaign_id,
            tags=tags,
            active=active,
            advertiser_reference=advertiser_reference,
            created_at=created_at,
            created_by=created_by,
            creative_items=creative_items,
            creative_tracking_link=creative_tracking_link,
            creative_tracking_link_rotate=creative_tracking_link_rotate,
            creative_type_id=creative_type_id,
            custom_append_url_parameters=custom_append_url_parameters,
            custom_prepend_url_parameters=custom_prepend_url_parameters,
            default_specific_creative_id=default_specific_creative_id,
            description=description,
            dynamic_tracking_link=dynamic_tracking_link,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            height=height,
            width=width,
            html_tracking_link=html_tracking_link,
            limits=limits,
        )

        creative.additional_properties = d
        return creative

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
