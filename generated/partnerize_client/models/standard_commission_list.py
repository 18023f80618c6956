from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_commission import StandardCommission


T = TypeVar("T", bound="StandardCommissionList")


@_attrs_define
class StandardCommissionList:
    """
    Attributes:
        commissions (list[StandardCommission]):
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        count (int | Unset):
    """

    commissions: list[StandardCommission]
    execution_time: str | Unset = UNSET
    count: int | Unset = UNSET
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
        commissions = []
        for commissions_item_data in self.commissions:
            commissions_item = commissions_item_data.to_dict()
            commissions.append(commissions_item)

        execution_time = self.execution_time

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commissions": commissions,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.standard_commission import StandardCommission

        d = dict(src_dict)
        commissions = []
        _commissions = d.pop("commissions")
        for commissions_item_data in _commissions:
            commissions_item = StandardCommission.from_dict(commissions_item_data)

            commissions.append(commissions_item)

        execution_time = d.pop("execution_time", UNSET)

        count = d.pop("count", UNSET)

        standard_commission_list = cls(
            commissions=commissions,
            execution_time=execution_time,
            count=count,
        )

        standard_commission_list.additional_properties = d
        return standard_commission_list

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
