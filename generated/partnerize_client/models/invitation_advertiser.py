from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_address import BrandAddress
    from ..models.invitation import Invitation
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="InvitationAdvertiser")


@_attrs_define
class InvitationAdvertiser:
    """A brand with the invitations it has sent the partner.

    Attributes:
        id (str):
        name (None | str | Unset):
        address (BrandAddress | Unset): Postal address of a brand; every line may be empty or null.
        network (NamedRef | Unset): Identifier and name of a related entity (network, vertical, partner, group).
        invitations (list[Invitation] | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    address: BrandAddress | Unset = UNSET
    network: NamedRef | Unset = UNSET
    invitations: list[Invitation] | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        invitations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invitations, Unset):
            invitations = []
            for invitations_item_data in self.invitations:
                invitations_item = invitations_item_data.to_dict()
                invitations.append(invitations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if network is not UNSET:
            field_dict["network"] = network
        if invitations is not UNSET:
            field_dict["invitations"] = invitations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_address import BrandAddress
        from ..models.invitation import Invitation
        from ..models.named_ref import NamedRef

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _address = d.pop("address", UNSET)
        address: BrandAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = BrandAddress.from_dict(_address)

        _network = d.pop("network", UNSET)
        network: NamedRef | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = NamedRef.from_dict(_network)

        _invitations = d.pop("invitations", UNSET)
        invitations: list[Invitation] | Unset = UNSET
        if _invitations is not UNSET:
            invitations = []
            for invitations_item_data in _invitations:
                invitations_item = Invitation.from_dict(invitations_item_data)

                invitations.append(invitations_item)

        invitation_advertiser = cls(
            id=id,
            name=name,
            address=address,
            network=network,
            invitations=invitations,
        )

        invitation_advertiser.additional_properties = d
        return invitation_advertiser

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
