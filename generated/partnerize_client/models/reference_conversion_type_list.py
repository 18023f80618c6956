from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_conversion_type_item import ReferenceConversionTypeItem


T = TypeVar("T", bound="ReferenceConversionTypeList")


@_attrs_define
class ReferenceConversionTypeList:
    """
    Attributes:
        conversion_types (list[ReferenceConversionTypeItem]):
        count (int | Unset):
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    conversion_types: list[ReferenceConversionTypeItem]
    count: int | Unset = UNSET
    execution_time: str | Unset = UNSET
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
        conversion_types = []
        for conversion_types_item_data in self.conversion_types:
            conversion_types_item = conversion_types_item_data.to_dict()
            conversion_types.append(conversion_types_item)

        count = self.count

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversion_types": conversion_types,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_conversion_type_item import ReferenceConversionTypeItem

        d = dict(src_dict)
        conversion_types = []
        _conversion_types = d.pop("conversion_types")
        for conversion_types_item_data in _conversion_types:
            conversion_types_item = ReferenceConversionTypeItem.from_dict(
                conversion_types_item_data
            )

            conversion_types.append(conversion_types_item)

        count = d.pop("count", UNSET)

        execution_time = d.pop("execution_time", UNSET)

        reference_conversion_type_list = cls(
            conversion_types=conversion_types,
            count=count,
            execution_time=execution_time,
        )

        reference_conversion_type_list.additional_properties = d
        return reference_conversion_type_list

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
