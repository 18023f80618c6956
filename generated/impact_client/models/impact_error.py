from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impact_field_error import ImpactFieldError


T = TypeVar("T", bound="ImpactError")


@_attrs_define
class ImpactError:
    """impact.com's error envelope.

    Example:
        {'Status': 'ERROR', 'Message': 'Validation Failed', 'Errors': [{'Field': 'AccountId', 'Message': 'Not a numeric
            value'}]}

    Attributes:
        status (str): Always `ERROR` on failures. Example: ERROR.
        message (str | Unset): What went wrong Example: Validation Failed.
        errors (list[ImpactFieldError] | Unset): Per-field details, present only when the server has them.
    """

    status: str
    message: str | Unset = UNSET
    errors: list[ImpactFieldError] | Unset = UNSET
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
        status = self.status

        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Status": status,
            }
        )
        if message is not UNSET:
            field_dict["Message"] = message
        if errors is not UNSET:
            field_dict["Errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.impact_field_error import ImpactFieldError

        d = dict(src_dict)
        status = d.pop("Status")

        message = d.pop("Message", UNSET)

        _errors = d.pop("Errors", UNSET)
        errors: list[ImpactFieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ImpactFieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        impact_error = cls(
            status=status,
            message=message,
            errors=errors,
        )

        impact_error.additional_properties = d
        return impact_error

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
