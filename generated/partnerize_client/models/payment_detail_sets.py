from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_detail import PaymentDetail
    from ..models.payment_detail_map import PaymentDetailMap


T = TypeVar("T", bound="PaymentDetailSets")


@_attrs_define
class PaymentDetailSets:
    """
    Attributes:
        payment_details (list[PaymentDetail] | PaymentDetailMap): The sets keyed by id; an empty list when there are
            none.
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    payment_details: list[PaymentDetail] | PaymentDetailMap
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
        from ..models.payment_detail_map import PaymentDetailMap

        payment_details: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.payment_details, PaymentDetailMap):
            payment_details = self.payment_details.to_dict()
        else:
            payment_details = []
            for payment_details_type_1_item_data in self.payment_details:
                payment_details_type_1_item = payment_details_type_1_item_data.to_dict()
                payment_details.append(payment_details_type_1_item)

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_details": payment_details,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_detail import PaymentDetail
        from ..models.payment_detail_map import PaymentDetailMap

        d = dict(src_dict)

        def _parse_payment_details(
            data: object,
        ) -> list[PaymentDetail] | PaymentDetailMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_details_type_0 = PaymentDetailMap.from_dict(data)

                return payment_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            payment_details_type_1 = []
            _payment_details_type_1 = data
            for payment_details_type_1_item_data in _payment_details_type_1:
                payment_details_type_1_item = PaymentDetail.from_dict(
                    payment_details_type_1_item_data
                )

                payment_details_type_1.append(payment_details_type_1_item)

            return payment_details_type_1

        payment_details = _parse_payment_details(d.pop("payment_details"))

        execution_time = d.pop("execution_time", UNSET)

        payment_detail_sets = cls(
            payment_details=payment_details,
            execution_time=execution_time,
        )

        payment_detail_sets.additional_properties = d
        return payment_detail_sets

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
