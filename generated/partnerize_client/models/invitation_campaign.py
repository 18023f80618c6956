from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_info import CurrencyInfo
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="InvitationCampaign")


@_attrs_define
class InvitationCampaign:
    """
    Attributes:
        id (str):
        title (None | str | Unset):
        currency (CurrencyInfo | Unset): A currency with its display name and symbol.
        vertical (NamedRef | Unset): Identifier and name of a related entity (network, vertical, partner, group).
    """

    id: str
    title: None | str | Unset = UNSET
    currency: CurrencyInfo | Unset = UNSET
    vertical: NamedRef | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if currency is not UNSET:
            field_dict["currency"] = currency
        if vertical is not UNSET:
            field_dict["vertical"] = vertical

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_info import CurrencyInfo
        from ..models.named_ref import NamedRef

        d = dict(src_dict)
        id = d.pop("id")

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

        invitation_campaign = cls(
            id=id,
            title=title,
            currency=currency,
            vertical=vertical,
        )

        invitation_campaign.additional_properties = d
        return invitation_campaign

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
