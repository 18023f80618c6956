from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V2ErrorItem")


@_attrs_define
class V2ErrorItem:
    """One problem found with the request.

    Attributes:
        code (str): Machine-readable code, e.g. `required_property`, `invalid_type`, `invalid_value`,
            `invalid_enum_value`, `invalid_property_format`, `invalid_lower_bound`, `invalid_upper_bound`,
            `invalid_max_length`, `invalid_property`, `unauthorized`, `entity_not_found`, `routing_error`.
        message (str): Human-readable explanation.
        property_ (str | Unset): The request attribute at fault; absent for errors that concern the whole request.
        type_ (str | Unset): Classification, `validation_error` for bad input and `error` otherwise.
    """

    code: str
    message: str
    property_: str | Unset = UNSET
    type_: str | Unset = UNSET
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
        code = self.code

        message = self.message

        property_ = self.property_

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if property_ is not UNSET:
            field_dict["property"] = property_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        property_ = d.pop("property", UNSET)

        type_ = d.pop("type", UNSET)

        v2_error_item = cls(
            code=code,
            message=message,
            property_=property_,
            type_=type_,
        )

        v2_error_item.additional_properties = d
        return v2_error_item

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
