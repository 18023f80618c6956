from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.yes_or_no import YesOrNo
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebsiteUpdate")


@_attrs_define
class WebsiteUpdate:
    """Changes to one website, identified by `website_id`.

    Attributes:
        website_id (str):
        active (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        primary (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        description (None | str | Unset):
        website_country (Country | str | Unset): Two-letter country code (ISO 3166-1 alpha-2, plus XK).
        website_name (None | str | Unset):
        website_type (float | Unset):
        website_type_name (str | Unset):
        website_url (str | Unset):
        website_vertical (float | Unset):
        website_vertical_name (str | Unset):
    """

    website_id: str
    active: str | Unset | YesOrNo = UNSET
    primary: str | Unset | YesOrNo = UNSET
    description: None | str | Unset = UNSET
    website_country: Country | str | Unset = UNSET
    website_name: None | str | Unset = UNSET
    website_type: float | Unset = UNSET
    website_type_name: str | Unset = UNSET
    website_url: str | Unset = UNSET
    website_vertical: float | Unset = UNSET
    website_vertical_name: str | Unset = UNSET
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

        active: str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, YesOrNo):
            active = self.active.value
        else:
            active = self.active

        primary: str | Unset
        if isinstance(self.primary, Unset):
            primary = UNSET
        elif isinstance(self.primary, YesOrNo):
            primary = self.primary.value
        else:
            primary = self.primary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        website_country: str | Unset
        if isinstance(self.website_country, Unset):
            website_country = UNSET
        elif isinstance(self.website_country, Country):
            website_country = self.website_country.value
        else:
            website_country = self.website_country

        website_name: None | str | Unset
        if isinstance(self.website_name, Unset):
            website_name = UNSET
        else:
            website_name = self.website_name

        website_type = self.website_type

        website_type_name = self.website_type_name

        website_url = self.website_url

        website_vertical = self.website_vertical

        website_vertical_name = self.website_vertical_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "website_id": website_id,
            }
        )
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
        if website_type is not UNSET:
            field_dict["website_type"] = website_type
        if website_type_name is not UNSET:
            field_dict["website_type_name"] = website_type_name
        if website_url is not UNSET:
            field_dict["website_url"] = website_url
        if website_vertical is not UNSET:
            field_dict["website_vertical"] = website_vertical
        if website_vertical_name is not UNSET:
            field_dict["website_vertical_name"] = website_vertical_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        website_id = d.pop("website_id")

        def _parse_active(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_type_0 = YesOrNo(data)

                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_primary(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                primary_type_0 = YesOrNo(data)

                return primary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        primary = _parse_primary(d.pop("primary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_website_country(data: object) -> Country | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                website_country_type_0 = Country(data)

                return website_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | str | Unset, data)

        website_country = _parse_website_country(d.pop("website_country", UNSET))

        def _parse_website_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website_name = _parse_website_name(d.pop("website_name", UNSET))

        website_type = d.pop("website_type", UNSET)

        website_type_name = d.pop("website_type_name", UNSET)

        website_url = d.pop("website_url", UNSET)

        website_vertical = d.pop("website_vertical", UNSET)

        website_vertical_name = d.pop("website_vertical_name", UNSET)

        website_update = cls(
            website_id=website_id,
            active=active,
            primary=primary,
            description=description,
            website_country=website_country,
            website_name=website_name,
            website_type=website_type,
            website_type_name=website_type_name,
            website_url=website_url,
            website_vertical=website_vertical,
            website_vertical_name=website_vertical_name,
        )

        website_update.additional_properties = d
        return website_update

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
