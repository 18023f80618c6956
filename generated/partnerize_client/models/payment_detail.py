from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_detail_values import PaymentDetailValues


T = TypeVar("T", bound="PaymentDetail")


@_attrs_define
class PaymentDetail:
    """A payment-detail set, i.e. one way of paying the partner.

    Attributes:
        publisher_payment_detail_set_id (None | str | Unset):
        country (None | str | Unset):
        paid_currency (None | str | Unset): Currency the partner is paid in.
        tracked_currency (list[str] | Unset): Tracked currencies whose commission is paid through this set.
        payment_type_code (None | str | Unset): e.g. `eft`.
        payment_type_name (None | str | Unset):
        automatic_self_bill_creation_date (int | None | str | Unset): `-1` when not set.
        automatic_self_bill_creation_threshold (float | None | str | Unset): `-1` when not set.
        suspended (None | str | Unset):
        suspended_at (None | str | Unset):
        suspended_by (None | str | Unset):
        suspension_notes (None | str | Unset):
        payment_detail_values (PaymentDetailValues | Unset): The payout method's own fields (bank name, account number,
            routing number, ...), which vary by method; values may be strings or numbers.
    """

    publisher_payment_detail_set_id: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    paid_currency: None | str | Unset = UNSET
    tracked_currency: list[str] | Unset = UNSET
    payment_type_code: None | str | Unset = UNSET
    payment_type_name: None | str | Unset = UNSET
    automatic_self_bill_creation_date: int | None | str | Unset = UNSET
    automatic_self_bill_creation_threshold: float | None | str | Unset = UNSET
    suspended: None | str | Unset = UNSET
    suspended_at: None | str | Unset = UNSET
    suspended_by: None | str | Unset = UNSET
    suspension_notes: None | str | Unset = UNSET
    payment_detail_values: PaymentDetailValues | Unset = UNSET
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
        publisher_payment_detail_set_id: None | str | Unset
        if isinstance(self.publisher_payment_detail_set_id, Unset):
            publisher_payment_detail_set_id = UNSET
        else:
            publisher_payment_detail_set_id = self.publisher_payment_detail_set_id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        paid_currency: None | str | Unset
        if isinstance(self.paid_currency, Unset):
            paid_currency = UNSET
        else:
            paid_currency = self.paid_currency

        tracked_currency: list[str] | Unset = UNSET
        if not isinstance(self.tracked_currency, Unset):
            tracked_currency = self.tracked_currency

        payment_type_code: None | str | Unset
        if isinstance(self.payment_type_code, Unset):
            payment_type_code = UNSET
        else:
            payment_type_code = self.payment_type_code

        payment_type_name: None | str | Unset
        if isinstance(self.payment_type_name, Unset):
            payment_type_name = UNSET
        else:
            payment_type_name = self.payment_type_name

        automatic_self_bill_creation_date: int | None | str | Unset
        if isinstance(self.automatic_self_bill_creation_date, Unset):
            automatic_self_bill_creation_date = UNSET
        else:
            automatic_self_bill_creation_date = self.automatic_self_bill_creation_date

        automatic_self_bill_creation_threshold: float | None | str | Unset
        if isinstance(self.automatic_self_bill_creation_threshold, Unset):
            automatic_self_bill_creation_threshold = UNSET
        else:
            automatic_self_bill_creation_threshold = (
                self.automatic_self_bill_creation_threshold
            )

        suspended: None | str | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        suspended_at: None | str | Unset
        if isinstance(self.suspended_at, Unset):
            suspended_at = UNSET
        else:
            suspended_at = self.suspended_at

        suspended_by: None | str | Unset
        if isinstance(self.suspended_by, Unset):
            suspended_by = UNSET
        else:
            suspended_by = self.suspended_by

        suspension_notes: None | str | Unset
        if isinstance(self.suspension_notes, Unset):
            suspension_notes = UNSET
        else:
            suspension_notes = self.suspension_notes

        payment_detail_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_detail_values, Unset):
            payment_detail_values = self.payment_detail_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher_payment_detail_set_id is not UNSET:
            field_dict["publisher_payment_detail_set_id"] = (
                publisher_payment_detail_set_id
            )
        if country is not UNSET:
            field_dict["country"] = country
        if paid_currency is not UNSET:
            field_dict["paid_currency"] = paid_currency
        if tracked_currency is not UNSET:
            field_dict["tracked_currency"] = tracked_currency
        if payment_type_code is not UNSET:
            field_dict["payment_type_code"] = payment_type_code
        if payment_type_name is not UNSET:
            field_dict["payment_type_name"] = payment_type_name
        if automatic_self_bill_creation_date is not UNSET:
            field_dict["automatic_self_bill_creation_date"] = (
                automatic_self_bill_creation_date
            )
        if automatic_self_bill_creation_threshold is not UNSET:
            field_dict["automatic_self_bill_creation_threshold"] = (
                automatic_self_bill_creation_threshold
            )
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if suspended_at is not UNSET:
            field_dict["suspended_at"] = suspended_at
        if suspended_by is not UNSET:
            field_dict["suspended_by"] = suspended_by
        if suspension_notes is not UNSET:
            field_dict["suspension_notes"] = suspension_notes
        if payment_detail_values is not UNSET:
            field_dict["payment_detail_values"] = payment_detail_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_detail_values import PaymentDetailValues

        d = dict(src_dict)

        def _parse_publisher_payment_detail_set_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_payment_detail_set_id = _parse_publisher_payment_detail_set_id(
            d.pop("publisher_payment_detail_set_id", UNSET)
        )

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_paid_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_currency = _parse_paid_currency(d.pop("paid_currency", UNSET))

        tracked_currency = cast(list[str], d.pop("tracked_currency", UNSET))

        def _parse_payment_type_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_type_code = _parse_payment_type_code(d.pop("payment_type_code", UNSET))

        def _parse_payment_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_type_name = _parse_payment_type_name(d.pop("payment_type_name", UNSET))

        def _parse_automatic_self_bill_creation_date(
            data: object,
        ) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        automatic_self_bill_creation_date = _parse_automatic_self_bill_creation_date(
            d.pop("automatic_self_bill_creation_date", UNSET)
        )

        def _parse_automatic_self_bill_creation_threshold(
            data: object,
        ) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        automatic_self_bill_creation_threshold = (
            _parse_automatic_self_bill_creation_threshold(
                d.pop("automatic_self_bill_creation_threshold", UNSET)
            )
        )

        def _parse_suspended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suspended = _parse_suspended(d.pop("suspended", UNSET))

        def _parse_suspended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suspended_at = _parse_suspended_at(d.pop("suspended_at", UNSET))

        def _parse_suspended_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suspended_by = _parse_suspended_by(d.pop("suspended_by", UNSET))

        def _parse_suspension_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suspension_notes = _parse_suspension_notes(d.pop("suspension_notes", UNSET))

        _payment_detail_values = d.pop("payment_detail_values", UNSET)
        payment_detail_values: PaymentDetailValues | Unset
        if isinstance(_payment_detail_values, Unset):
            payment_detail_values = UNSET
        else:
            payment_detail_values = PaymentDetailValues.from_dict(
                _payment_detail_values
            )

        payment_detail = cls(
            publisher_payment_detail_set_id=publisher_payment_detail_set_id,
            country=country,
            paid_currency=paid_currency,
            tracked_currency=tracked_currency,
            payment_type_code=payment_type_code,
            payment_type_name=payment_type_name,
            automatic_self_bill_creation_date=automatic_self_bill_creation_date,
            automatic_self_bill_creation_threshold=automatic_self_bill_creation_threshold,
            suspended=suspended,
            suspended_at=suspended_at,
            suspended_by=suspended_by,
            suspension_notes=suspension_notes,
            payment_detail_values=payment_detail_values,
        )

        payment_detail.additional_properties = d
        return payment_detail

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
