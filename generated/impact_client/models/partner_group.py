from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_member import GroupMember


T = TypeVar("T", bound="PartnerGroup")


@_attrs_define
class PartnerGroup:
    """A named set of partners on one campaign, visible only to the brand's own users.

    Example:
        {'Id': '99999', 'Name': 'Acme Top Partners', 'Uri':
            '/Advertisers/<AccountSID>/Campaigns/1000/MediaPartnerGroups/99999'}

    Attributes:
        id (str | Unset): The group's id (numeric text). Example: 99999.
        name (str | Unset): The group's name. Example: Acme Top Partners.
        media_partners (list[GroupMember] | Unset): The partners in the group.
        uri (str | Unset): Where the group lives in the API. Example:
            /Advertisers/<AccountSID>/Campaigns/1000/MediaPartnerGroups/99999.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    media_partners: list[GroupMember] | Unset = UNSET
    uri: str | Unset = UNSET
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
        id = self.id

        name = self.name

        media_partners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_partners, Unset):
            media_partners = []
            for media_partners_item_data in self.media_partners:
                media_partners_item = media_partners_item_data.to_dict()
                media_partners.append(media_partners_item)

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if media_partners is not UNSET:
            field_dict["MediaPartners"] = media_partners
        if uri is not UNSET:
            field_dict["Uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_member import GroupMember

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        name = d.pop("Name", UNSET)

        _media_partners = d.pop("MediaPartners", UNSET)
        media_partners: list[GroupMember] | Unset = UNSET
        if _media_partners is not UNSET:
            media_partners = []
            for media_partners_item_data in _media_partners:
                media_partners_item = GroupMember.from_dict(media_partners_item_data)

                media_partners.append(media_partners_item)

        uri = d.pop("Uri", UNSET)

        partner_group = cls(
            id=id,
            name=name,
            media_partners=media_partners,
            uri=uri,
        )

        partner_group.additional_properties = d
        return partner_group

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
