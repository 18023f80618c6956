from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceConversionType")


@_attrs_define
class ReferenceConversionType:
    """
    Attributes:
        conversion_type_id (int):
        conversion_type (None | str | Unset): Short name, e.g. `standard`.
        description (None | str | Unset):
        available_to_invoice (None | str | Unset): `y` or `n`.
        available_to_selfbill (None | str | Unset): `y` or `n`.
        exclude_from_override_rules (None | str | Unset): `y` or `n`.
    """

    conversion_type_id: int
    conversion_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    available_to_invoice: None | str | Unset = UNSET
    available_to_selfbill: None | str | Unset = UNSET
    exclude_from_override_rules: None | str | Unset = UNSET
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
        conversion_type_id = self.conversion_type_id

        conversion_type: None | str | Unset
        if isinstance(self.conversion_type, Unset):
            conversion_type = UNSET
        else:
            conversion_type = self.conversion_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        available_to_invoice: None | str | Unset
        if isinstance(self.available_to_invoice, Unset):
            available_to_invoice = UNSET
        else:
            available_to_invoice = self.available_to_invoice

        available_to_selfbill: None | str | Unset
        if isinstance(self.available_to_selfbill, Unset):
            available_to_selfbill = UNSET
        else:
            available_to_selfbill = self.available_to_selfbill

        exclude_from_override_rules: None | str | Unset
        if isinstance(self.exclude_from_override_rules, Unset):
            exclude_from_override_rules = UNSET
        else:
            exclude_from_override_rules = self.exclude_from_override_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversion_type_id": conversion_type_id,
            }
        )
        if conversion_type is not UNSET:
            field_dict["conversion_type"] = conversion_type
        if description is not UNSET:
            field_dict["description"] = description
        if available_to_invoice is not UNSET:
            field_dict["available_to_invoice"] = available_to_invoice
        if available_to_selfbill is not UNSET:
            field_dict["available_to_selfbill"] = available_to_selfbill
        if exclude_from_override_rules is not UNSET:
            field_dict["exclude_from_override_rules"] = exclude_from_override_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversion_type_id = d.pop("conversion_type_id")

        def _parse_conversion_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_type = _parse_conversion_type(d.pop("conversion_type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_available_to_invoice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_to_invoice = _parse_available_to_invoice(
            d.pop("available_to_invoice", UNSET)
        )

        def _parse_available_to_selfbill(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        available_to_selfbill = _parse_available_to_selfbill(
            d.pop("available_to_selfbill", UNSET)
        )

        def _parse_exclude_from_override_rules(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exclude_from_override_rules = _parse_exclude_from_override_rules(
            d.pop("exclude_from_override_rules", UNSET)
        )

        reference_conversion_type = cls(
            conversion_type_id=conversion_type_id,
            conversion_type=conversion_type,
            description=description,
            available_to_invoice=available_to_invoice,
            available_to_selfbill=available_to_selfbill,
            exclude_from_override_rules=exclude_from_override_rules,
        )

        reference_conversion_type.additional_properties = d
        return reference_conversion_type

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
