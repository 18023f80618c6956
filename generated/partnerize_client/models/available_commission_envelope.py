from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_commission_wrapper import AvailableCommissionWrapper


T = TypeVar("T", bound="AvailableCommissionEnvelope")


@_attrs_define
class AvailableCommissionEnvelope:
    """
    Attributes:
        available_commissions (AvailableCommissionWrapper | list[AvailableCommissionWrapper]): The available commission
            (an empty list when there is none).
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    available_commissions: AvailableCommissionWrapper | list[AvailableCommissionWrapper]
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
        from ..models.available_commission_wrapper import AvailableCommissionWrapper

        available_commissions: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.available_commissions, AvailableCommissionWrapper):
            available_commissions = self.available_commissions.to_dict()
        else:
            available_commissions = []
            for available_commissions_type_1_item_data in self.available_commissions:
                available_commissions_type_1_item = (
                    available_commissions_type_1_item_data.to_dict()
                )
                available_commissions.append(available_commissions_type_1_item)

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_commissions": available_commissions,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.available_commission_wrapper import AvailableCommissionWrapper

        d = dict(src_dict)

        def _parse_available_commissions(
            data: object,
        ) -> AvailableCommissionWrapper | list[AvailableCommissionWrapper]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                available_commissions_type_0 = AvailableCommissionWrapper.from_dict(
                    data
                )

                return available_commissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            available_commissions_type_1 = []
            _available_commissions_type_1 = data
            for available_commissions_type_1_item_data in _available_commissions_type_1:
                available_commissions_type_1_item = (
                    AvailableCommissionWrapper.from_dict(
                        available_commissions_type_1_item_data
                    )
                )

                available_commissions_type_1.append(available_commissions_type_1_item)

            return available_commissions_type_1

        available_commissions = _parse_available_commissions(
            d.pop("available_commissions")
        )

        execution_time = d.pop("execution_time", UNSET)

        available_commission_envelope = cls(
            available_commissions=available_commissions,
            execution_time=execution_time,
        )

        available_commission_envelope.additional_properties = d
        return available_commission_envelope

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
