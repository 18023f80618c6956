from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Website")


@_attrs_define
class Website:
    """A website through which the partner promotes campaigns.

    Attributes:
        website_id (str):
        publisher_id (None | str | Unset):
        active (None | str | Unset): `y` or `n`.
        primary (None | str | Unset): `y` when this is the main website.
        description (None | str | Unset):
        website_country (None | str | Unset): Two-letter country code.
        website_name (None | str | Unset):
        website_url (None | str | Unset):
        website_type (float | None | str | Unset): Identifier of the website type.
        website_type_name (None | str | Unset):
        website_vertical (float | None | str | Unset): Identifier of the vertical.
        website_vertical_name (None | str | Unset):
    """

    website_id: str
    publisher_id: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    primary: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    website_country: None | str | Unset = UNSET
    website_name: None | str | Unset = UNSET
    website_url: None | str | Unset = UNSET
    website_type: float | None | str | Unset = UNSET
    website_type_name: None | str | Unset = UNSET
    website_vertical: float | None | str | Unset = UNSET
    website_vertical_name: None | str | Unset = UNSET
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
        website_id = self.website_id

        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        primary: None | str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        else:
            primary = self.primary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        website_country: None | str | Unset
        if isinstance(self.website_country, Unset):
            website_country = UNSET
        else:
            website_country = self.website_country

        website_name: None | str | Unset
        if isinstance(self.website_name, Unset):
            website_name = UNSET
        else:
            website_name = self.website_name

        website_url: None | str | Unset
        if isinstance(self.website_url, Unset):
            website_url = UNSET
        else:
            website_url = self.website_url

        website_type: float | None | str | Unset
        if isinstance(self.website_type, Unset):
            website_type = UNSET
        else:
            website_type = self.website_type

        website_type_name: None | str | Unset
        if isinstance(self.website_type_name, Unset):
            website_type_name = UNSET
        else:
            website_type_name = self.website_type_name

        website_vertical: float | None | str | Unset
        if isinstance(self.website_vertical, Unset):
            website_vertical = UNSET
        else:
            website_vertical = self.website_vertical

        website_vertical_name: None | str | Unset
        if isinstance(self.website_vertical_name, Unset):
            website_vertical_name = UNSET
        else:
            website_vertical_name = self.website_vertical_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "website_id": website_id,
            }
        )
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if active is not UNSET:
            field_dict["active"] = active
        if primary is not UNSET:
            field_dict["primary"] = primary
        if description is not UNSET:
            field_dict["description"] = description
        if website_country is not UNSET:
            field_dict["website_country"] = website_country
        if website_name is not UNSET:
            field_dict["website_name"] = website_name
        if website_url is not UNSET:
            field_dict["website_url"] = website_url
        if website_type is not UNSET:
            field_dict["website_type"] = website_type
        if website_type_name is not UNSET:
            field_dict["website_type_name"] = website_type_name
        if website_vertical is not UNSET:
            field_dict["website_vertical"] = website_vertical
        if website_vertical_name is not UNSET:
            field_dict["website_vertical_name"] = website_vertical_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        website_id = d.pop("website_id")

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_primary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_website_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_country = _parse_website_country(d.pop("website_country", UNSET))

        def _parse_website_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_name = _parse_website_name(d.pop("website_name", UNSET))

        def _parse_website_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_url = _parse_website_url(d.pop("website_url", UNSET))

        def _parse_website_type(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        website_type = _parse_website_type(d.pop("website_type", UNSET))

        def _parse_website_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_type_name = _parse_website_type_name(d.pop("website_type_name", UNSET))

        def _parse_website_vertical(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        website_vertical = _parse_website_vertical(d.pop("website_vertical", UNSET))

        def _parse_website_vertical_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_vertical_name = _parse_website_vertical_name(
            d.pop("website_vertical_name", UNSET)
        )

        website = cls(
            website_id=website_id,
            publisher_id=publisher_id,
            active=active,
            primary=primary,
            description=description,
            website_country=website_country,
            website_name=website_name,
            website_url=website_url,
            website_type=website_type,
            website_type_name=website_type_name,
            website_vertical=website_vertical,
            website_vertical_name=website_vertical_name,
        )

        website.additional_properties = d
        return website

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
