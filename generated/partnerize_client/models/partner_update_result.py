from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner import Partner
    from ..models.update_status import UpdateStatus


T = TypeVar("T", bound="PartnerUpdateResult")


@_attrs_define
class PartnerUpdateResult:
    """
    Attributes:
        publisher (Partner): A partner (publisher) account. Numbers such as `phone`, `phone_area`, `vertical` and
            `terms_and_conditions_id` are integers in answers but may be sent as strings, so both are accepted.
        status (UpdateStatus | Unset): Outcome of a v1 update.
    """

    publisher: Partner
    status: UpdateStatus | Unset = UNSET
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
        publisher = self.publisher.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publisher": publisher,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner import Partner
        from ..models.update_status import UpdateStatus

        d = dict(src_dict)
        publisher = Partner.from_dict(d.pop("publisher"))

        _status = d.pop("status", UNSET)
        status: UpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateStatus.from_dict(_status)

        partner_update_result = cls(
            publisher=publisher,
            status=status,
        )

        partner_update_result.additional_properties = d
        return partner_update_result

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
