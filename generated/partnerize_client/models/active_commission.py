from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_meta_field import CommissionMetaField
    from ..models.commission_rate import CommissionRate


T = TypeVar("T", bound="ActiveCommission")


@_attrs_define
class ActiveCommission:
    """
    Attributes:
        id (str):
        type_ (None | str | Unset): Kind of commission, e.g. `default`, `standard`, `voucher`, `promotion`.
        description (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        commission_based_on_field (None | str | Unset):
        status (None | str | Unset):
        meta_fields (list[CommissionMetaField] | Unset):
        rates (list[CommissionRate] | Unset):
    """

    id: str
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    commission_based_on_field: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    meta_fields: list[CommissionMetaField] | Unset = UNSET
    rates: list[CommissionRate] | Unset = UNSET
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        commission_based_on_field: None | str | Unset
        if isinstance(self.commission_based_on_field, Unset):
            commission_based_on_field = UNSET
        else:
            commission_based_on_field = self.commission_based_on_field

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        meta_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_fields, Unset):
            meta_fields = []
            for meta_fields_item_data in self.meta_fields:
                meta_fields_item = meta_fields_item_data.to_dict()
                meta_fields.append(meta_fields_item)

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if commission_based_on_field is not UNSET:
            field_dict["commission_based_on_field"] = commission_based_on_field
        if status is not UNSET:
            field_dict["status"] = status
        if meta_fields is not UNSET:
            field_dict["meta_fields"] = meta_fields
        if rates is not UNSET:
            field_dict["rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_meta_field import CommissionMetaField
        from ..models.commission_rate import CommissionRate

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_commission_based_on_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission_based_on_field = _parse_commission_based_on_field(
            d.pop("commission_based_on_field", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _meta_fields = d.pop("meta_fields", UNSET)
        meta_fields: list[CommissionMetaField] | Unset = UNSET
        if _meta_fields is not UNSET:
            meta_fields = []
            for meta_fields_item_data in _meta_fields:
                meta_fields_item = CommissionMetaField.from_dict(meta_fields_item_data)

                meta_fields.append(meta_fields_item)

        _rates = d.pop("rates", UNSET)
        rates: list[CommissionRate] | Unset = UNSET
        if _rates is not UNSET:
            rates = []
            for rates_item_data in _rates:
                rates_item = CommissionRate.from_dict(rates_item_data)

                rates.append(rates_item)

        active_commission = cls(
            id=id,
            type_=type_,
            description=description,
            start_date=start_date,
            end_date=end_date,
            commission_based_on_field=commission_based_on_field,
            status=status,
            meta_fields=meta_fields,
            rates=rates,
        )

        active_commission.additional_properties = d
        return active_commission

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
