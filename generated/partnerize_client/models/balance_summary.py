from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_totals import CurrencyTotals


T = TypeVar("T", bound="BalanceSummary")


@_attrs_define
class BalanceSummary:
    """
    Attributes:
        pending (CurrencyTotals | list[Any] | Unset): Totals per currency; an empty list when there is nothing in that
            stage.
        approved (CurrencyTotals | list[Any] | Unset): Totals per currency; an empty list when there is nothing in that
            stage.
        confirmed (CurrencyTotals | list[Any] | Unset): Totals per currency; an empty list when there is nothing in that
            stage.
        available (CurrencyTotals | list[Any] | Unset): Totals per currency; an empty list when there is nothing in that
            stage.
        paid (CurrencyTotals | list[Any] | Unset): Totals per currency; an empty list when there is nothing in that
            stage.
    """

    pending: CurrencyTotals | list[Any] | Unset = UNSET
    approved: CurrencyTotals | list[Any] | Unset = UNSET
    confirmed: CurrencyTotals | list[Any] | Unset = UNSET
    available: CurrencyTotals | list[Any] | Unset = UNSET
    paid: CurrencyTotals | list[Any] | Unset = UNSET
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
        from ..models.currency_totals import CurrencyTotals

        pending: dict[str, Any] | list[Any] | Unset
        if isinstance(self.pending, Unset):
            pending = UNSET
        elif isinstance(self.pending, CurrencyTotals):
            pending = self.pending.to_dict()
        else:
            pending = self.pending

        approved: dict[str, Any] | list[Any] | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        elif isinstance(self.approved, CurrencyTotals):
            approved = self.approved.to_dict()
        else:
            approved = self.approved

        confirmed: dict[str, Any] | list[Any] | Unset
        if isinstance(self.confirmed, Unset):
            confirmed = UNSET
        elif isinstance(self.confirmed, CurrencyTotals):
            confirmed = self.confirmed.to_dict()
        else:
            confirmed = self.confirmed

        available: dict[str, Any] | list[Any] | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        elif isinstance(self.available, CurrencyTotals):
            available = self.available.to_dict()
        else:
            available = self.available

        paid: dict[str, Any] | list[Any] | Unset
        if isinstance(self.paid, Unset):
            paid = UNSET
        elif isinstance(self.paid, CurrencyTotals):
            paid = self.paid.to_dict()
        else:
            paid = self.paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if approved is not UNSET:
            field_dict["approved"] = approved
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if available is not UNSET:
            field_dict["available"] = available
        if paid is not UNSET:
            field_dict["paid"] = paid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_totals import CurrencyTotals

        d = dict(src_dict)

        def _parse_pending(data: object) -> CurrencyTotals | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_currency_totals_or_empty_type_0 = (
                    CurrencyTotals.from_dict(data)
                )

                return componentsschemas_currency_totals_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_currency_totals_or_empty_type_1 = cast(list[Any], data)

            return componentsschemas_currency_totals_or_empty_type_1

        pending = _parse_pending(d.pop("pending", UNSET))

        def _parse_approved(data: object) -> CurrencyTotals | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_currency_totals_or_empty_type_0 = (
                    CurrencyTotals.from_dict(data)
                )

                return componentsschemas_currency_totals_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_currency_totals_or_empty_type_1 = cast(list[Any], data)

            return componentsschemas_currency_totals_or_empty_type_1

        approved = _parse_approved(d.pop("approved", UNSET))

        def _parse_confirmed(data: object) -> CurrencyTotals | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_currency_totals_or_empty_type_0 = (
                    CurrencyTotals.from_dict(data)
                )

                return componentsschemas_currency_totals_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_currency_totals_or_empty_type_1 = cast(list[Any], data)

            return componentsschemas_currency_totals_or_empty_type_1

        confirmed = _parse_confirmed(d.pop("confirmed", UNSET))

        def _parse_available(data: object) -> CurrencyTotals | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_currency_totals_or_empty_type_0 = (
                    CurrencyTotals.from_dict(data)
                )

                return componentsschemas_currency_totals_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_currency_totals_or_empty_type_1 = cast(list[Any], data)

            return componentsschemas_currency_totals_or_empty_type_1

        available = _parse_available(d.pop("available", UNSET))

        def _parse_paid(data: object) -> CurrencyTotals | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_currency_totals_or_empty_type_0 = (
                    CurrencyTotals.from_dict(data)
                )

                return componentsschemas_currency_totals_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_currency_totals_or_empty_type_1 = cast(list[Any], data)

            return componentsschemas_currency_totals_or_empty_type_1

        paid = _parse_paid(d.pop("paid", UNSET))

        balance_summary = cls(
            pending=pending,
            approved=approved,
            confirmed=confirmed,
            available=available,
            paid=paid,
        )

        balance_summary.additional_properties = d
        return balance_summary

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
