from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_query_campaign import TransactionQueryCampaign
    from ..models.transaction_query_publisher import TransactionQueryPublisher
    from ..models.transaction_query_state import TransactionQueryState


T = TypeVar("T", bound="TransactionQuery")


@_attrs_define
class TransactionQuery:
    """A query the partner raised about a conversion.

    Attributes:
        transaction_query_id (str):
        transaction_query_type (None | str | Unset): e.g. `untracked`.
        current_state (None | str | Unset): e.g. `pending`, `approved`, `rejected`.
        campaign_id (None | str | Unset):
        campaign (TransactionQueryCampaign | Unset): Summary of the campaign a transaction query is about.
        camref (None | str | Unset): Campaign reference of the tracking link used.
        conversion_currency (None | str | Unset):
        conversion_date_time (None | str | Unset):
        conversion_id (None | str | Unset):
        conversion_reference (None | str | Unset):
        conversion_value (float | None | str | Unset):
        expected_commission (float | None | str | Unset):
        notes (None | str | Unset):
        publisher_id (None | str | Unset):
        publisher (TransactionQueryPublisher | Unset): Summary of the partner that raised a transaction query.
        publisher_reference (None | str | Unset):
        state_history (list[TransactionQueryState] | None | TransactionQueryState | Unset): The latest state change (an
            object) or the list of them.
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    transaction_query_id: str
    transaction_query_type: None | str | Unset = UNSET
    current_state: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    campaign: TransactionQueryCampaign | Unset = UNSET
    camref: None | str | Unset = UNSET
    conversion_currency: None | str | Unset = UNSET
    conversion_date_time: None | str | Unset = UNSET
    conversion_id: None | str | Unset = UNSET
    conversion_reference: None | str | Unset = UNSET
    conversion_value: float | None | str | Unset = UNSET
    expected_commission: float | None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    publisher_id: None | str | Unset = UNSET
    publisher: TransactionQueryPublisher | Unset = UNSET
    publisher_reference: None | str | Unset = UNSET
    state_history: (
        list[TransactionQueryState] | None | TransactionQueryState | Unset
    ) = UNSET
    created_at: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
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
        from ..models.transaction_query_state import TransactionQueryState

        transaction_query_id = self.transaction_query_id

        transaction_query_type: None | str | Unset
        if isinstance(self.transaction_query_type, Unset):
            transaction_query_type = UNSET
        else:
            transaction_query_type = self.transaction_query_type

        current_state: None | str | Unset
        if isinstance(self.current_state, Unset):
            current_state = UNSET
        else:
            current_state = self.current_state

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        camref: None | str | Unset
        if isinstance(self.camref, Unset):
            camref = UNSET
        else:
            camref = self.camref

        conversion_currency: None | str | Unset
        if isinstance(self.conversion_currency, Unset):
            conversion_currency = UNSET
        else:
            conversion_currency = self.conversion_currency

        conversion_date_time: None | str | Unset
        if isinstance(self.conversion_date_time, Unset):
            conversion_date_time = UNSET
        else:
            conversion_date_time = self.conversion_date_time

        conversion_id: None | str | Unset
        if isinstance(self.conversion_id, Unset):
            conversion_id = UNSET
        else:
            conversion_id = self.conversion_id

        conversion_reference: None | str | Unset
        if isinstance(self.conversion_reference, Unset):
            conversion_reference = UNSET
        else:
            conversion_reference = self.conversion_reference

        conversion_value: float | None | str | Unset
        if isinstance(self.conversion_value, Unset):
            conversion_value = UNSET
        else:
            conversion_value = self.conversion_value

        expected_commission: float | None | str | Unset
        if isinstance(self.expected_commission, Unset):
            expected_commission = UNSET
        else:
            expected_commission = self.expected_commission

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        publisher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.publisher, Unset):
            publisher = self.publisher.to_dict()

        publisher_reference: None | str | Unset
        if isinstance(self.publisher_reference, Unset):
            publisher_reference = UNSET
        else:
            publisher_reference = self.publisher_reference

        state_history: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.state_history, Unset):
            state_history = UNSET
        elif isinstance(self.state_history, TransactionQueryState):
            state_history = self.state_history.to_dict()
        elif isinstance(self.state_history, list):
            state_history = []
            for state_history_type_1_item_data in self.state_history:
                state_history_type_1_item = state_history_type_1_item_data.to_dict()
                state_history.append(state_history_type_1_item)

        else:
            state_history = self.state_history

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_query_id": transaction_query_id,
            }
        )
        if transaction_query_type is not UNSET:
            field_dict["transaction_query_type"] = transaction_query_type
        if current_state is not UNSET:
            field_dict["current_state"] = current_state
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if camref is not UNSET:
            field_dict["camref"] = camref
        if conversion_currency is not UNSET:
            field_dict["conversion_currency"] = conversion_currency
        if conversion_date_time is not UNSET:
            field_dict["conversion_date_time"] = conversion_date_time
        if conversion_id is not UNSET:
            field_dict["conversion_id"] = conversion_id
        if conversion_reference is not UNSET:
            field_dict["conversion_reference"] = conversion_reference
        if conversion_value is not UNSET:
            field_dict["conversion_value"] = conversion_value
        if expected_commission is not UNSET:
            field_dict["expected_commission"] = expected_commission
        if notes is not UNSET:
            field_dict["notes"] = notes
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if publisher_reference is not UNSET:
            field_dict["publisher_reference"] = publisher_reference
        if state_history is not UNSET:
            field_dict["state_history"] = state_history
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_query_campaign import TransactionQueryCampaign
        from ..models.transaction_query_publisher import TransactionQueryPublisher
        from ..models.transaction_query_state import TransactionQueryState

        d = dict(src_dict)
        transaction_query_id = d.pop("transaction_query_id")

        def _parse_transaction_query_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_query_type = _parse_transaction_query_type(
            d.pop("transaction_query_type", UNSET)
        )

        def _parse_current_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_state = _parse_current_state(d.pop("current_state", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        _campaign = d.pop("campaign", UNSET)
        campaign: TransactionQueryCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = TransactionQueryCampaign.from_dict(_campaign)

        def _parse_camref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camref = _parse_camref(d.pop("camref", UNSET))

        def _parse_conversion_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_currency = _parse_conversion_currency(
            d.pop("conversion_currency", UNSET)
        )

        def _parse_conversion_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_date_time = _parse_conversion_date_time(
            d.pop("conversion_date_time", UNSET)
        )

        def _parse_conversion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_id = _parse_conversion_id(d.pop("conversion_id", UNSET))

        def _parse_conversion_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversion_reference = _parse_conversion_reference(
            d.pop("conversion_reference", UNSET)
        )

        def _parse_conversion_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        conversion_value = _parse_conversion_value(d.pop("conversion_value", UNSET))

        def _parse_expected_commission(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        expected_commission = _parse_expected_commission(
            d.pop("expected_commission", UNSET)
        )

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        _publisher = d.pop("publisher", UNSET)
        publisher: TransactionQueryPublisher | Unset
        if isinstance(_publisher, Unset):
            publisher = UNSET
        else:
            publisher = TransactionQueryPublisher.from_dict(_publisher)

        def _parse_publisher_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_reference = _parse_publisher_reference(
            d.pop("publisher_reference", UNSET)
        )

        def _parse_state_history(
            data: object,
        ) -> list[TransactionQueryState] | None | TransactionQueryState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_history_type_0 = TransactionQueryState.from_dict(data)

                return state_history_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_history_type_1 = []
                _state_history_type_1 = data
                for state_history_type_1_item_data in _state_history_type_1:
                    state_history_type_1_item = TransactionQueryState.from_dict(
                        state_history_type_1_item_data
                    )

                    state_history_type_1.append(state_history_type_1_item)

                return state_history_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[TransactionQueryState] | None | TransactionQueryState | Unset, data
            )

        state_history = _parse_state_history(d.pop("state_history", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        transaction_query = cls(
            transaction_query_id=transaction_query_id,
            transaction_query_type=transaction_query_type,
            current_state=current_state,
            campaign_id=campaign_id,
            campaign=campaign,
            camref=camref,
            conversion_currency=conversion_currency,
            conversion_date_time=conversion_date_time,
            conversion_id=conversion_id,
            conversion_reference=conversion_reference,
            conversion_value=conversion_value,
            expected_commission=expected_commission,
            notes=notes,
            publisher_id=publisher_id,
            publisher=publisher,
            publisher_reference=publisher_reference,
            state_history=state_history,
            created_at=created_at,
            updated_at=updated_at,
        )

        transaction_query.additional_properties = d
        return transaction_query

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
