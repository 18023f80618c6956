from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelfBill")


@_attrs_define
class SelfBill:
    """A self-billing invoice. Money fields are in the currency named next to them.

    Attributes:
        publisher_self_bill_id (str):
        publisher_id (None | str | Unset):
        self_bill_reference (None | str | Unset):
        publisher_self_bill_reference (None | str | Unset):
        status (None | str | Unset): Payment status, e.g. `created`, `paid`.
        creation_date (None | str | Unset):
        timestamp (None | str | Unset):
        payment_date (None | str | Unset):
        payment_batch_id (None | str | Unset):
        payment_detail_set_id (int | None | str | Unset):
        publisher_payment_detail_set_id (None | str | Unset):
        download (None | str | Unset): Where to download the invoice, when available.
        item_download (None | str | Unset): Where to download the invoice's items, when available.
        items_in_bill (int | None | Unset):
        legal_entity (None | str | Unset):
        majority_received_currency (None | str | Unset):
        tracked_currency (None | str | Unset):
        selfbill_currency (None | str | Unset):
        paid_currency (None | str | Unset):
        net_value (float | None | str | Unset):
        tracked_net_value (float | None | str | Unset):
        total_value (float | None | str | Unset):
        vat_rate (float | None | str | Unset):
        vat_value (float | None | str | Unset):
        withheld_tax (float | None | str | Unset):
    """

    publisher_self_bill_id: str
    publisher_id: None | str | Unset = UNSET
    self_bill_reference: None | str | Unset = UNSET
    publisher_self_bill_reference: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    payment_date: None | str | Unset = UNSET
    payment_batch_id: None | str | Unset = UNSET
    payment_detail_set_id: int | None | str | Unset = UNSET
    publisher_payment_detail_set_id: None | str | Unset = UNSET
    download: None | str | Unset = UNSET
    item_download: None | str | Unset = UNSET
    items_in_bill: int | None | Unset = UNSET
    legal_entity: None | str | Unset = UNSET
    majority_received_currency: None | str | Unset = UNSET
    tracked_currency: None | str | Unset = UNSET
    selfbill_currency: None | str | Unset = UNSET
    paid_currency: None | str | Unset = UNSET
    net_value: float | None | str | Unset = UNSET
    tracked_net_value: float | None | str | Unset = UNSET
    total_value: float | None | str | Unset = UNSET
    vat_rate: float | None | str | Unset = UNSET
    vat_value: float | None | str | Unset = UNSET
    withheld_tax: float | None | str | Unset = UNSET
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
        publisher_self_bill_id = self.publisher_self_bill_id

        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        self_bill_reference: None | str | Unset
        if isinstance(self.self_bill_reference, Unset):
            self_bill_reference = UNSET
        else:
            self_bill_reference = self.self_bill_reference

        publisher_self_bill_reference: None | str | Unset
        if isinstance(self.publisher_self_bill_reference, Unset):
            publisher_self_bill_reference = UNSET
        else:
            publisher_self_bill_reference = self.publisher_self_bill_reference

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = self.payment_date

        payment_batch_id: None | str | Unset
        if isinstance(self.payment_batch_id, Unset):
            payment_batch_id = UNSET
        else:
            payment_batch_id = self.payment_batch_id

        payment_detail_set_id: int | None | str | Unset
        if isinstance(self.payment_detail_set_id, Unset):
            payment_detail_set_id = UNSET
        else:
            payment_detail_set_id = self.payment_detail_set_id

        publisher_payment_detail_set_id: None | str | Unset
        if isinstance(self.publisher_payment_detail_set_id, Unset):
            publisher_payment_detail_set_id = UNSET
        else:
            publisher_payment_detail_set_id = self.publisher_payment_detail_set_id

        download: None | str | Unset
        if isinstance(self.download, Unset):
            download = UNSET
        else:
            download = self.download

        item_download: None | str | Unset
        if isinstance(self.item_download, Unset):
            item_download = UNSET
        else:
            item_download = self.item_download

        items_in_bill: int | None | Unset
        if isinstance(self.items_in_bill, Unset):
            items_in_bill = UNSET
        else:
            items_in_bill = self.items_in_bill

        legal_entity: None | str | Unset
        if isinstance(self.legal_entity, Unset):
            legal_entity = UNSET
        else:
            legal_entity = self.legal_entity

        majority_received_currency: None | str | Unset
        if isinstance(self.majority_received_currency, Unset):
            majority_received_currency = UNSET
        else:
            majority_received_currency = self.majority_received_currency

        tracked_currency: None | str | Unset
        if isinstance(self.tracked_currency, Unset):
            tracked_currency = UNSET
        else:
            tracked_currency = self.tracked_currency

        selfbill_currency: None | str | Unset
        if isinstance(self.selfbill_currency, Unset):
            selfbill_currency = UNSET
        else:
            selfbill_currency = self.selfbill_currency

        paid_currency: None | str | Unset
        if isinstance(self.paid_currency, Unset):
            paid_currency = UNSET
        else:
            paid_currency = self.paid_currency

        net_value: float | None | str | Unset
        if isinstance(self.net_value, Unset):
            net_value = UNSET
        else:
            net_value = self.net_value

        tracked_net_value: float | None | str | Unset
        if isinstance(self.tracked_net_value, Unset):
            tracked_net_value = UNSET
        else:
            tracked_net_value = self.tracked_net_value

        total_value: float | None | str | Unset
        if isinstance(self.total_value, Unset):
            total_value = UNSET
        else:
            total_value = self.total_value

        vat_rate: float | None | str | Unset
        if isinstance(self.vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = self.vat_rate

        vat_value: float | None | str | Unset
        if isinstance(self.vat_value, Unset):
            vat_value = UNSET
        else:
            vat_value = self.vat_value

        withheld_tax: float | None | str | Unset
        if isinstance(self.withheld_tax, Unset):
            withheld_tax = UNSET
        else:
            withheld_tax = self.withheld_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publisher_self_bill_id": publisher_self_bill_id,
            }
        )
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if self_bill_reference is not UNSET:
            field_dict["self_bill_reference"] = self_bill_reference
        if publisher_self_bill_reference is not UNSET:
            field_dict["publisher_self_bill_reference"] = publisher_self_bill_reference
        if status is not UNSET:
            field_dict["status"] = status
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if payment_batch_id is not UNSET:
            field_dict["payment_batch_id"] = payment_batch_id
        if payment_detail_set_id is not UNSET:
            field_dict["payment_detail_set_id"] = payment_detail_set_id
        if publisher_payment_detail_set_id is not UNSET:
            field_dict["publisher_payment_detail_set_id"] = (
                publisher_payment_detail_set_id
            )
        if download is not UNSET:
            field_dict["download"] = download
        if item_download is not UNSET:
            field_dict["item_download"] = item_download
        if items_in_bill is not UNSET:
            field_dict["items_in_bill"] = items_in_bill
        if legal_entity is not UNSET:
            field_dict["legal_entity"] = legal_entity
        if majority_received_currency is not UNSET:
            field_dict["majority_received_currency"] = majority_received_currency
        if tracked_currency is not UNSET:
            field_dict["tracked_currency"] = tracked_currency
        if selfbill_currency is not UNSET:
            field_dict["selfbill_currency"] = selfbill_currency
        if paid_currency is not UNSET:
            field_dict["paid_currency"] = paid_currency
        if net_value is not UNSET:
            field_dict["net_value"] = net_value
        if tracked_net_value is not UNSET:
            field_dict["tracked_net_value"] = tracked_net_value
        if total_value is not UNSET:
            field_dict["total_value"] = total_value
        if vat_rate is not UNSET:
            field_dict["vat_rate"] = vat_rate
        if vat_value is not UNSET:
            field_dict["vat_value"] = vat_value
        if withheld_tax is not UNSET:
            field_dict["withheld_tax"] = withheld_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        publisher_self_bill_id = d.pop("publisher_self_bill_id")

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        def _parse_self_bill_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        self_bill_reference = _parse_self_bill_reference(
            d.pop("self_bill_reference", UNSET)
        )

        def _parse_publisher_self_bill_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_self_bill_reference = _parse_publisher_self_bill_reference(
            d.pop("publisher_self_bill_reference", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_creation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_payment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        def _parse_payment_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_batch_id = _parse_payment_batch_id(d.pop("payment_batch_id", UNSET))

        def _parse_payment_detail_set_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        payment_detail_set_id = _parse_payment_detail_set_id(
            d.pop("payment_detail_set_id", UNSET)
        )

        def _parse_publisher_payment_detail_set_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_payment_detail_set_id = _parse_publisher_payment_detail_set_id(
            d.pop("publisher_payment_detail_set_id", UNSET)
        )

        def _parse_download(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download = _parse_download(d.pop("download", UNSET))

        def _parse_item_download(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_download = _parse_item_download(d.pop("item_download", UNSET))

        def _parse_items_in_bill(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_in_bill = _parse_items_in_bill(d.pop("items_in_bill", UNSET))

        def _parse_legal_entity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_entity = _parse_legal_entity(d.pop("legal_entity", UNSET))

        def _parse_majority_received_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        majority_received_currency = _parse_majority_received_currency(
            d.pop("majority_received_currency", UNSET)
        )

        def _parse_tracked_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracked_currency = _parse_tracked_currency(d.pop("tracked_currency", UNSET))

        def _parse_selfbill_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selfbill_currency = _parse_selfbill_currency(d.pop("selfbill_currency", UNSET))

        def _parse_paid_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_currency = _parse_paid_currency(d.pop("paid_currency", UNSET))

        def _parse_net_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        net_value = _parse_net_value(d.pop("net_value", UNSET))

        def _parse_tracked_net_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        tracked_net_value = _parse_tracked_net_value(d.pop("tracked_net_value", UNSET))

        def _parse_total_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        total_value = _parse_total_value(d.pop("total_value", UNSET))

        def _parse_vat_rate(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        vat_rate = _parse_vat_rate(d.pop("vat_rate", UNSET))

        def _parse_vat_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        vat_value = _parse_vat_value(d.pop("vat_value", UNSET))

        def _parse_withheld_tax(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        withheld_tax = _parse_withheld_tax(d.pop("withheld_tax", UNSET))

        self_bill = cls(
            publisher_self_bill_id=publisher_self_bill_id,
            publisher_id=publisher_id,
            self_bill_reference=self_bill_reference,
            publisher_self_bill_reference=publisher_self_bill_reference,
            status=status,
            creation_date=creation_date,
            timestamp=timestamp,
            payment_date=payment_date,
            payment_batch_id=payment_batch_id,
            payment_detail_set_id=payment_detail_set_id,
            publisher_payment_detail_set_id=publisher_payment_detail_set_id,
            download=download,
            item_download=item_download,
            items_in_bill=items_in_bill,
            legal_entity=legal_entity,
            majority_received_currency=majority_received_currency,
            tracked_currency=tracked_currency,
            selfbill_currency=selfbill_currency,
            paid_currency=paid_currency,
            net_value=net_value,
            tracked_net_value=tracked_net_value,
            total_value=total_value,
            vat_rate=vat_rate,
            vat_value=vat_value,
            withheld_tax=withheld_tax,
        )

        self_bill.additional_properties = d
        return self_bill

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
