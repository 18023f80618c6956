from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v3_error_type import V3ErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="V3ErrorItem")


@_attrs_define
class V3ErrorItem:
    """One problem found with the request.

    Attributes:
        message (str): Human-readable explanation.
        code (str): UUID identifying the kind of error, e.g. `2572f7f9-e87e-4aa7-98cf-6f53c9ed5584` (a required value is
            missing) or `39b4b7c2-e5b9-41b1-83d4-db3b23b5ebfa` (missing or invalid credentials).
        property_ (str | Unset): Path of the request attribute at fault, e.g. `[name]`; empty when not specific.
        type_ (str | Unset | V3ErrorType): Classification of the error; one of the known values, or another string the
            service may add.
    """

    message: str
    code: str
    property_: str | Unset = UNSET
    type_: str | Unset | V3ErrorType = UNSET
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
        message = self.message

        code = self.code

        property_ = self.property_

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, V3ErrorType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
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
        message = d.pop("message")

        code = d.pop("code")

        property_ = d.pop("property", UNSET)

        def _parse_type_(data: object) -> str | Unset | V3ErrorType:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = V3ErrorType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | V3ErrorType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        v3_error_item = cls(
            message=message,
            code=code,
            property_=property_,
            type_=type_,
        )

        v3_error_item.additional_properties = d
        return v3_error_item

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
