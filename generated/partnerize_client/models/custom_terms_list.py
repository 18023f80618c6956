from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_terms import CustomTerms


T = TypeVar("T", bound="CustomTermsList")


@_attrs_define
class CustomTermsList:
    """
    Attributes:
        custom_terms (list[CustomTerms]):
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    custom_terms: list[CustomTerms]
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
        custom_terms = []
        for custom_terms_item_data in self.custom_terms:
            custom_terms_item = custom_terms_item_data.to_dict()
            custom_terms.append(custom_terms_item)

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_terms": custom_terms,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_terms import CustomTerms

        d = dict(src_dict)
        custom_terms = []
        _custom_terms = d.pop("custom_terms")
        for custom_terms_item_data in _custom_terms:
            custom_terms_item = CustomTerms.from_dict(custom_terms_item_data)

            custom_terms.append(custom_terms_item)

        execution_time = d.pop("execution_time", UNSET)

        custom_terms_list = cls(
            custom_terms=custom_terms,
            execution_time=execution_time,
        )

        custom_terms_list.additional_properties = d
        return custom_terms_list

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
