from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionQueryState")


@_attrs_define
class TransactionQueryState:
    """A state the transaction query has been in.

    Attributes:
        transaction_query_state_id (None | str | Unset):
        transaction_query_id (None | str | Unset):
        state (None | str | Unset):
        notes (None | str | Unset):
        conversion_expected_commission (float | None | str | Unset):
        conversion_item_id (None | str | Unset):
        created_at (None | str | Unset):
        user_id (None | str | Unset):
    """

    transaction_query_state_id: None | str | Unset = UNSET
    transaction_query_id: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    conversion_expected_commission: float | None | str | Unset = UNSET
    conversion_item_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
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
        transaction_query_state_id: None | str | Unset
        if isinstance(self.transaction_query_state_id, Unset):
            transaction_query_state_id = UNSET
        else:
            transaction_query_state_id = self.transaction_query_state_id

        transaction_query_id: None | str | Unset
        if isinstance(self.transaction_query_id, Unset):
            transaction_query_id = UNSET
        else:
            transaction_query_id = self.transaction_query_id

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        conversion_expected_commission: float | None | str | Unset
        if isinstance(self.conversion_expected_commission, Unset):
            conversion_expected_commission = UNSET
        else:
            conversion_expected_commission = self.conversion_expected_commission

        conversion_item_id: None | str | Unset
        if isinstance(self.conversion_item_id, Unset):
            conversion_item_id = UNSET
        else:
            conversion_item_id = self.conversion_item_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_query_state_id is not UNSET:
            field_dict["transaction_query_state_id"] = transaction_query_state_id
        if transaction_query_id is not UNSET:
            field_dict["transaction_query_id"] = transaction_query_id
        if state is not UNSET:
            field_dict["state"] = state
        if notes is not UNSET:
            field_dict["notes"] = notes
        if conversion_expected_commission is not UNSET:
            field_dict["conversion_expected_commission"] = (
                conversion_expected_commission
            )
        if conversion_item_id is not UNSET:
            field_dict["conversion_item_id"] = conversion_item_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_transaction_query_state_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_query_state_id = _parse_transaction_query_state_id(
            d.pop("transaction_query_state_id", UNSET)
        )

        def _parse_transaction_query_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_query_id = _parse_transaction_query_id(
            d.pop("transaction_query_id", UNSET)
        )

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_conversion_expected_commission(
            data: object,
        ) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        conversion_expected_commission = _parse_conversion_expected_commission(
            d.pop("conversion_expected_commission", UNSET)
        )

        def _parse_conversion_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_item_id = _parse_conversion_item_id(
            d.pop("conversion_item_id", UNSET)
        )

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        transaction_query_state = cls(
            transaction_query_state_id=transaction_query_state_id,
            transaction_query_id=transaction_query_id,
            state=state,
            notes=notes,
            conversion_expected_commission=conversion_expected_commission,
            conversion_item_id=conversion_item_id,
            created_at=created_at,
            user_id=user_id,
        )

        transaction_query_state.additional_properties = d
        return transaction_query_state

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
