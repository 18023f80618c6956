from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableConversionItem")


@_attrs_define
class PayableConversionItem:
    """A payable conversion item with the conversion it belongs to.

    Attributes:
        conversion_id (str | Unset):
        conversion_item_id (str | Unset):
        campaign_id (str | Unset):
        currency (None | str | Unset):
        conversion_time (None | str | Unset):
        item_value (float | Unset):
        item_commission (float | Unset):
        item_publisher_commission (float | Unset):
        item_status (None | str | Unset):
        approved_at (None | str | Unset):
    """

    conversion_id: str | Unset = UNSET
    conversion_item_id: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    currency: None | str | Unset = UNSET
    conversion_time: None | str | Unset = UNSET
    item_value: float | Unset = UNSET
    item_commission: float | Unset = UNSET
    item_publisher_commission: float | Unset = UNSET
    item_status: None | str | Unset = UNSET
    approved_at: None | str | Unset = UNSET
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
        conversion_id = self.conversion_id

        conversion_item_id = self.conversion_item_id

        campaign_id = self.campaign_id

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        conversion_time: None | str | Unset
        if isinstance(self.conversion_time, Unset):
            conversion_time = UNSET
        else:
            conversion_time = self.conversion_time

        item_value = self.item_value

        item_commission = self.item_commission

        item_publisher_commission = self.item_publisher_commission

        item_status: None | str | Unset
        if isinstance(self.item_status, Unset):
            item_status = UNSET
        else:
            item_status = self.item_status

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        else:
            approved_at = self.approved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_id is not UNSET:
            field_dict["conversion_id"] = conversion_id
        if conversion_item_id is not UNSET:
            field_dict["conversion_item_id"] = conversion_item_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if conversion_time is not UNSET:
            field_dict["conversion_time"] = conversion_time
        if item_value is not UNSET:
            field_dict["item_value"] = item_value
        if item_commission is not UNSET:
            field_dict["item_commission"] = item_commission
        if item_publisher_commission is not UNSET:
            field_dict["item_publisher_commission"] = item_publisher_commission
        if item_status is not UNSET:
            field_dict["item_status"] = item_status
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversion_id = d.pop("conversion_id", UNSET)

        conversion_item_id = d.pop("conversion_item_id", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_conversion_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_time = _parse_conversion_time(d.pop("conversion_time", UNSET))

        item_value = d.pop("item_value", UNSET)

        item_commission = d.pop("item_commission", UNSET)

        item_publisher_commission = d.pop("item_publisher_commission", UNSET)

        def _parse_item_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_status = _parse_item_status(d.pop("item_status", UNSET))

        def _parse_approved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

        payable_conversion_item = cls(
            conversion_id=conversion_id,
            conversion_item_id=conversion_item_id,
            campaign_id=campaign_id,
            currency=currency,
            conversion_time=conversion_time,
            item_value=item_value,
            item_commission=item_commission,
            item_publisher_commission=item_publisher_commission,
            item_status=item_status,
            approved_at=approved_at,
        )

        payable_conversion_item.additional_properties = d
        return payable_conversion_item

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
