from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMember")


@_attrs_define
class GroupMember:
    """A partner that belongs to a group.

    Attributes:
        partner_id (str | Unset): The partner's MediaPartnerId. Example: 2552842.
        partner_name (str | Unset): The partner's name.
        partner_uri (str | Unset): Where the partner lives in the API. Example:
            /Advertisers/<AccountSID>/MediaPartners/2552842.
    """

    partner_id: str | Unset = UNSET
    partner_name: str | Unset = UNSET
    partner_uri: str | Unset = UNSET
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
        partner_id = self.partner_id

        partner_name = self.partner_name

        partner_uri = self.partner_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partner_id is not UNSET:
            field_dict["PartnerId"] = partner_id
        if partner_name is not UNSET:
            field_dict["PartnerName"] = partner_name
        if partner_uri is not UNSET:
            field_dict["PartnerUri"] = partner_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        partner_id = d.pop("PartnerId", UNSET)

        partner_name = d.pop("PartnerName", UNSET)

        partner_uri = d.pop("PartnerUri", UNSET)

        group_member = cls(
            partner_id=partner_id,
            partner_name=partner_name,
            partner_uri=partner_uri,
        )

        group_member.additional_properties = d
        return group_member

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
