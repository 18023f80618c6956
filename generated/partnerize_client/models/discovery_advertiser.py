from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_address import BrandAddress
    from ..models.discovery_campaign import DiscoveryCampaign
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="DiscoveryAdvertiser")


@_attrs_define
class DiscoveryAdvertiser:
    """A brand, as shown by campaign discovery.

    Attributes:
        id (str):
        name (None | str | Unset):
        display_name (None | str | Unset):
        contact_email (None | str | Unset):
        description (None | str | Unset):
        advertiser_icon (None | str | Unset):
        network (NamedRef | Unset): Identifier and name of a related entity (network, vertical, partner, group).
        address (BrandAddress | Unset): Postal address of a brand; every line may be empty or null.
        campaigns (list[DiscoveryCampaign] | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    contact_email: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    advertiser_icon: None | str | Unset = UNSET
    network: NamedRef | Unset = UNSET
    address: BrandAddress | Unset = UNSET
    campaigns: list[DiscoveryCampaign] | Unset = UNSET
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

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        advertiser_icon: None | str | Unset
        if isinstance(self.advertiser_icon, Unset):
            advertiser_icon = UNSET
        else:
            advertiser_icon = self.advertiser_icon

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if description is not UNSET:
            field_dict["description"] = description
        if advertiser_icon is not UNSET:
            field_dict["advertiser_icon"] = advertiser_icon
        if network is not UNSET:
            field_dict["network"] = network
        if address is not UNSET:
            field_dict["address"] = address
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_address import BrandAddress
        from ..models.discovery_campaign import DiscoveryCampaign
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

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contact_email", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_advertiser_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_icon = _parse_advertiser_icon(d.pop("advertiser_icon", UNSET))

        _network = d.pop("network", UNSET)
        network: NamedRef | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = NamedRef.from_dict(_network)

        _address = d.pop("address", UNSET)
        address: BrandAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = BrandAddress.from_dict(_address)

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[DiscoveryCampaign] | Unset = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:
                campaigns_item = DiscoveryCampaign.from_dict(campaigns_item_data)

                campaigns.append(campaigns_item)

        discovery_advertiser = cls(
            id=id,
            name=name,
            display_name=display_name,
            contact_email=contact_email,
            description=description,
            advertiser_icon=advertiser_icon,
            network=network,
            address=address,
            campaigns=campaigns,
        )

        discovery_advertiser.additional_properties = d
        return discovery_advertiser

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
