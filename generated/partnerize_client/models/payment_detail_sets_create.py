from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.payment_detail import PaymentDetail
    from ..models.payment_detail_map import PaymentDetailMap


T = TypeVar("T", bound="PaymentDetailSetsCreate")


@_attrs_define
class PaymentDetailSetsCreate:
    """
    Attributes:
        payment_details (list[PaymentDetail] | PaymentDetailMap): The sets to add, keyed by any id or as a list.
    """

    payment_details: list[PaymentDetail] | PaymentDetailMap
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_details": payment_details,
            }
        )

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

        payment_detail_sets_create = cls(
            payment_details=payment_details,
        )

        payment_detail_sets_create.additional_properties = d
        return payment_detail_sets_create

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
