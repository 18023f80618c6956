from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePartnerGroupForm")


@_attrs_define
class UpdatePartnerGroupForm:
    """
    Attributes:
        name (str | Unset): New name for the group. Example: Acme Top Partners.
        media_partners_add (str | Unset): Comma-separated MediaPartnerIds to add. Example: 2552843.
        media_partners_remove (str | Unset): Comma-separated MediaPartnerIds to take out. Example: 2552842.
    """

    name: str | Unset = UNSET
    media_partners_add: str | Unset = UNSET
    media_partners_remove: str | Unset = UNSET
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
        name = self.name

        media_partners_add = self.media_partners_add

        media_partners_remove = self.media_partners_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if media_partners_add is not UNSET:
            field_dict["MediaPartnersAdd"] = media_partners_add
        if media_partners_remove is not UNSET:
            field_dict["MediaPartnersRemove"] = media_partners_remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        media_partners_add = d.pop("MediaPartnersAdd", UNSET)

        media_partners_remove = d.pop("MediaPartnersRemove", UNSET)

        update_partner_group_form = cls(
            name=name,
            media_partners_add=media_partners_add,
            media_partners_remove=media_partners_remove,
        )

        update_partner_group_form.additional_properties = d
        return update_partner_group_form

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
