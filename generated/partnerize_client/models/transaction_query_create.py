from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionQueryCreate")


@_attrs_define
class TransactionQueryCreate:
    """A new transaction query. The fields needed depend on the type (see the operation).

    Attributes:
        transaction_query_type (str): Kind of query: an untracked conversion (`untracked`), an incorrect commission or a
            declined conversion.
        camref (str): Campaign reference of the tracking link used.
        conversion_reference (str): The brand's reference of the order.
        conversion_currency (str | Unset): Three-letter currency code.
        conversion_date_time (str | Unset): When the conversion happened, `YYYY-MM-DD HH:MM`.
        conversion_value (float | Unset):
        expected_commission (float | Unset):
        notes (str | Unset):
        publisher_reference (str | Unset):
    """

    transaction_query_type: str
    camref: str
    conversion_reference: str
    conversion_currency: str | Unset = UNSET
    conversion_date_time: str | Unset = UNSET
    conversion_value: float | Unset = UNSET
    expected_commission: float | Unset = UNSET
    notes: str | Unset = UNSET
    publisher_reference: str | Unset = UNSET
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
        transaction_query_type = self.transaction_query_type

        camref = self.camref

        conversion_reference = self.conversion_reference

        conversion_currency = self.conversion_currency

        conversion_date_time = self.conversion_date_time

        conversion_value = self.conversion_value

        expected_commission = self.expected_commission

        notes = self.notes

        publisher_reference = self.publisher_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_query_type": transaction_query_type,
                "camref": camref,
                "conversion_reference": conversion_reference,
            }
        )
        if conversion_currency is not UNSET:
            field_dict["conversion_currency"] = conversion_currency
        if conversion_date_time is not UNSET:
            field_dict["conversion_date_time"] = conversion_date_time
        if conversion_value is not UNSET:
            field_dict["conversion_value"] = conversion_value
        if expected_commission is not UNSET:
            field_dict["expected_commission"] = expected_commission
        if notes is not UNSET:
            field_dict["notes"] = notes
        if publisher_reference is not UNSET:
            field_dict["publisher_reference"] = publisher_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_query_type = d.pop("transaction_query_type")

        camref = d.pop("camref")

        conversion_reference = d.pop("conversion_reference")

        conversion_currency = d.pop("conversion_currency", UNSET)

        conversion_date_time = d.pop("conversion_date_time", UNSET)

        conversion_value = d.pop("conversion_value", UNSET)

        expected_commission = d.pop("expected_commission", UNSET)

        notes = d.pop("notes", UNSET)

        publisher_reference = d.pop("publisher_reference", UNSET)

        transaction_query_create = cls(
            transaction_query_type=transaction_query_type,
            camref=camref,
            conversion_reference=conversion_reference,
            conversion_currency=conversion_currency,
            conversion_date_time=conversion_date_time,
            conversion_value=conversion_value,
            expected_commission=expected_commission,
            notes=notes,
            publisher_reference=publisher_reference,
        )

        transaction_query_create.additional_properties = d
        return transaction_query_create

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
