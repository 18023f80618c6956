from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discovery_status import DiscoveryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_info import CurrencyInfo
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="DiscoveryCampaign")


@_attrs_define
class DiscoveryCampaign:
    """
    Attributes:
        id (str):
        default_destination (None | str | Unset): Landing page URL of the campaign.
        title (None | str | Unset):
        currency (CurrencyInfo | Unset): A currency with its display name and symbol.
        vertical (NamedRef | Unset): Identifier and name of a related entity (network, vertical, partner, group).
        status (DiscoveryStatus | str | Unset): The partner's standing on a campaign offered by discovery: may request
            to join, has requested, has been invited, or was turned down.
        campaign_icon (None | str | Unset): URL of the campaign's icon.
    """

    id: str
    default_destination: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    currency: CurrencyInfo | Unset = UNSET
    vertical: NamedRef | Unset = UNSET
    status: DiscoveryStatus | str | Unset = UNSET
    campaign_icon: None | str | Unset = UNSET
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

        default_destination: None | str | Unset
        if isinstance(self.default_destination, Unset):
            default_destination = UNSET
        else:
            default_destination = self.default_destination

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        vertical: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical.to_dict()

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DiscoveryStatus):
            status = self.status.value
        else:
            status = self.status

        campaign_icon: None | str | Unset
        if isinstance(self.campaign_icon, Unset):
            campaign_icon = UNSET
        else:
            campaign_icon = self.campaign_icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if default_destination is not UNSET:
            field_dict["default_destination"] = default_destination
        if title is not UNSET:
            field_dict["title"] = title
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vertical is not UNSET:
            field_dict["vertical"] = vertical
        if status is not UNSET:
            field_dict["status"] = status
        if campaign_icon is not UNSET:
            field_dict["campaign_icon"] = campaign_icon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_info import CurrencyInfo
        from ..models.named_ref import NamedRef

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_default_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_destination = _parse_default_destination(
            d.pop("default_destination", UNSET)
        )

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _currency = d.pop("currency", UNSET)
        currency: CurrencyInfo | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = CurrencyInfo.from_dict(_currency)

        _vertical = d.pop("vertical", UNSET)
        vertical: NamedRef | Unset
        if isinstance(_vertical, Unset):
            vertical = UNSET
        else:
            vertical = NamedRef.from_dict(_vertical)

        def _parse_status(data: object) -> DiscoveryStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DiscoveryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscoveryStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_campaign_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_icon = _parse_campaign_icon(d.pop("campaign_icon", UNSET))

        discovery_campaign = cls(
            id=id,
            default_destination=default_destination,
            title=title,
            currency=currency,
            vertical=vertical,
            status=status,
            campaign_icon=campaign_icon,
        )

        discovery_campaign.additional_properties = d
        return discovery_campaign

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
