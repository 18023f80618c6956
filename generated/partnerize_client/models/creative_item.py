from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreativeItem")


@_attrs_define
class CreativeItem:
    """One asset (file or markup) of a creative.

    Attributes:
        creative_item_id (str):
        campaign_id (None | str | Unset):
        tags (None | str | Unset):
        active (None | str | Unset):
        content_type (None | str | Unset): MIME type of the asset.
        created_at (None | str | Unset):
        created_by (None | str | Unset):
        creative_type_id (int | None | str | Unset):
        custom_append_url_parameters (None | str | Unset):
        custom_prepend_url_parameters (None | str | Unset):
        description (None | str | Unset):
        filename (None | str | Unset):
        specific_destination (None | str | Unset):
    """

    creative_item_id: str
    campaign_id: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    creative_type_id: int | None | str | Unset = UNSET
    custom_append_url_parameters: None | str | Unset = UNSET
    custom_prepend_url_parameters: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    specific_destination: None | str | Unset = UNSET
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
        creative_item_id = self.creative_item_id

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

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        specific_destination: None | str | Unset
        if isinstance(self.specific_destination, Unset):
            specific_destination = UNSET
        else:
            specific_destination = self.specific_destination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creative_item_id": creative_item_id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if active is not UNSET:
            field_dict["active"] = active
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if creative_type_id is not UNSET:
            field_dict["creative_type_id"] = creative_type_id
        if custom_append_url_parameters is not UNSET:
            field_dict["custom_append_url_parameters"] = custom_append_url_parameters
        if custom_prepend_url_parameters is not UNSET:
            field_dict["custom_prepend_url_parameters"] = custom_prepend_url_parameters
        if description is not UNSET:
            field_dict["description"] = description
        if filename is not UNSET:
            field_dict["filename"] = filename
        if specific_destination is not UNSET:
            field_dict["specific_destination"] = specific_destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creative_item_id = d.pop("creative_item_id")

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

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_specific_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specific_destination = _parse_specific_destination(
            d.pop("specific_destination", UNSET)
        )

        creative_item = cls(
            creative_item_id=creative_item_id,
            campaign_id=campaign_id,
            tags=tags,
            active=active,
            content_type=content_type,
            created_at=created_at,
            created_by=created_by,
            creative_type_id=creative_type_id,
            custom_append_url_parameters=custom_append_url_parameters,
            custom_prepend_url_parameters=custom_prepend_url_parameters,
            description=description,
            filename=filename,
            specific_destination=specific_destination,
        )

        creative_item.additional_properties = d
        return creative_item

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
