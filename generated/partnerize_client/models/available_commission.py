from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converted_amount import ConvertedAmount


T = TypeVar("T", bound="AvailableCommission")


@_attrs_define
class AvailableCommission:
    """
    Attributes:
        publisher_id (None | str | Unset):
        no_items (int | None | Unset): Number of conversion items included.
        value (float | None | str | Unset): Value of those conversions.
        currency (None | str | Unset):
        publisher_commission (float | None | str | Unset): Commission available, in `currency`.
        publisher_commission_converted (ConvertedAmount | Unset):
    """

    publisher_id: None | str | Unset = UNSET
    no_items: int | None | Unset = UNSET
    value: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    publisher_commission: float | None | str | Unset = UNSET
    publisher_commission_converted: ConvertedAmount | Unset = UNSET
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
        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        no_items: int | None | Unset
        if isinstance(self.no_items, Unset):
            no_items = UNSET
        else:
            no_items = self.no_items

        value: float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        publisher_commission: float | None | str | Unset
        if isinstance(self.publisher_commission, Unset):
            publisher_commission = UNSET
        else:
            publisher_commission = self.publisher_commission

        publisher_commission_converted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publisher_commission_converted, Unset):
            publisher_commission_converted = (
                self.publisher_commission_converted.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if no_items is not UNSET:
            field_dict["no_items"] = no_items
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if publisher_commission is not UNSET:
            field_dict["publisher_commission"] = publisher_commission
        if publisher_commission_converted is not UNSET:
            field_dict["publisher_commission_converted"] = (
                publisher_commission_converted
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.converted_amount import ConvertedAmount

        d = dict(src_dict)

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        def _parse_no_items(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        no_items = _parse_no_items(d.pop("no_items", UNSET))

        def _parse_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_publisher_commission(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        publisher_commission = _parse_publisher_commission(
            d.pop("publisher_commission", UNSET)
        )

        _publisher_commission_converted = d.pop("publisher_commission_converted", UNSET)
        publisher_commission_converted: ConvertedAmount | Unset
        if isinstance(_publisher_commission_converted, Unset):
            publisher_commission_converted = UNSET
        else:
            publisher_commission_converted = ConvertedAmount.from_dict(
                _publisher_commission_converted
            )

        available_commission = cls(
            publisher_id=publisher_id,
            no_items=no_items,
            value=value,
            currency=currency,
            publisher_commission=publisher_commission,
            publisher_commission_converted=publisher_commission_converted,
        )

        available_commission.additional_properties = d
        return available_commission

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
