from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_meta_data_map import ReportMetaDataMap


T = TypeVar("T", bound="ReportConversionItem")


@_attrs_define
class ReportConversionItem:
    """One item of a conversion's basket.

    Attributes:
        conversion_item_id (str | Unset):
        sku (int | None | str | Unset): Stock keeping unit; usually a string, occasionally sent as a number.
        category (None | str | Unset):
        item_value (float | Unset):
        item_publisher_commission (float | Unset):
        item_status (str | Unset): `approved`, `pending` or `rejected`.
        item_status_id (int | None | Unset):
        last_update (None | str | Unset):
        publisher_self_bill_id (None | str | Unset):
        approved_at (None | str | Unset):
        reject_reason (None | str | Unset):
        voucher_codes (list[str] | Unset):
        meta_data (list[Any] | ReportMetaDataMap | Unset): Free-form key/value meta data. An empty set is sent as an
            empty JSON array (`[]`), a non-empty one as an object. Example: {'gclid': 'adword_google_meta_data'}.
        payable (bool | Unset):
        payment_status (None | str | Unset): Only with `include_payment_info=true`.
        self_bill_request_date (None | str | Unset): Only with `include_payment_info=true`.
        self_bill_release_date (None | str | Unset): Only with `include_payment_info=true`.
    """

    conversion_item_id: str | Unset = UNSET
    sku: int | None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    item_value: float | Unset = UNSET
    item_publisher_commission: float | Unset = UNSET
    item_status: str | Unset = UNSET
    item_status_id: int | None | Unset = UNSET
    last_update: None | str | Unset = UNSET
    publisher_self_bill_id: None | str | Unset = UNSET
    approved_at: None | str | Unset = UNSET
    reject_reason: None | str | Unset = UNSET
    voucher_codes: list[str] | Unset = UNSET
    meta_data: list[Any] | ReportMetaDataMap | Unset = UNSET
    payable: bool | Unset = UNSET
    payment_status: None | str | Unset = UNSET
    self_bill_request_date: None | str | Unset = UNSET
    self_bill_release_date: None | str | Unset = UNSET
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
        from ..models.report_meta_data_map import ReportMetaDataMap

        conversion_item_id = self.conversion_item_id

        sku: int | None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        item_value = self.item_value

        item_publisher_commission = self.item_publisher_commission

        item_status = self.item_status

        item_status_id: int | None | Unset
        if isinstance(self.item_status_id, Unset):
            item_status_id = UNSET
        else:
            item_status_id = self.item_status_id

        last_update: None | str | Unset
        if isinstance(self.last_update, Unset):
            last_update = UNSET
        else:
            last_update = self.last_update

        publisher_self_bill_id: None | str | Unset
        if isinstance(self.publisher_self_bill_id, Unset):
            publisher_self_bill_id = UNSET
        else:
            publisher_self_bill_id = self.publisher_self_bill_id

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        else:
            approved_at = self.approved_at

        reject_reason: None | str | Unset
        if isinstance(self.reject_reason, Unset):
            reject_reason = UNSET
        else:
            reject_reason = self.reject_reason

        voucher_codes: list[str] | Unset = UNSET
        if not isinstance(self.voucher_codes, Unset):
            voucher_codes = self.voucher_codes

        meta_data: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ReportMetaDataMap):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        payable = self.payable

        payment_status: None | str | Unset
        if isinstance(self.payment_status, Unset):
            payment_status = UNSET
        else:
            payment_status = self.payment_status

        self_bill_request_date: None | str | Unset
        if isinstance(self.self_bill_request_date, Unset):
            self_bill_request_date = UNSET
        else:
            self_bill_request_date = self.self_bill_request_date

        self_bill_release_date: None | str | Unset
        if isinstance(self.self_bill_release_date, Unset):
            self_bill_release_date = UNSET
        else:
            self_bill_release_date = self.self_bill_release_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_item_id is not UNSET:
            field_dict["conversion_item_id"] = conversion_item_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if category is not UNSET:
            field_dict["category"] = category
        if item_value is not UNSET:
            field_dict["item_value"] = item_value
        if item_publisher_commission is not UNSET:
            field_dict["item_publisher_commission"] = item_publisher_commission
        if item_status is not UNSET:
            field_dict["item_status"] = item_status
        if item_status_id is not UNSET:
            field_dict["item_status_id"] = item_status_id
        if last_update is not UNSET:
            field_dict["last_update"] = last_update
        if publisher_self_bill_id is not UNSET:
            field_dict["publisher_self_bill_id"] = publisher_self_bill_id
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if reject_reason is not UNSET:
            field_dict["reject_reason"] = reject_reason
        if voucher_codes is not UNSET:
            field_dict["voucher_codes"] = voucher_codes
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if payable is not UNSET:
            field_dict["payable"] = payable
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if self_bill_request_date is not UNSET:
            field_dict["self_bill_request_date"] = self_bill_request_date
        if self_bill_release_date is not UNSET:
            field_dict["self_bill_release_date"] = self_bill_release_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_meta_data_map import ReportMetaDataMap

        d = dict(src_dict)
        conversion_item_id = d.pop("conversion_item_id", UNSET)

        def _parse_sku(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        item_value = d.pop("item_value", UNSET)

        item_publisher_commission = d.pop("item_publisher_commission", UNSET)

        item_status = d.pop("item_status", UNSET)

        def _parse_item_status_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_status_id = _parse_item_status_id(d.pop("item_status_id", UNSET))

        def _parse_last_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_update = _parse_last_update(d.pop("last_update", UNSET))

        def _parse_publisher_self_bill_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_self_bill_id = _parse_publisher_self_bill_id(
            d.pop("publisher_self_bill_id", UNSET)
        )

        def _parse_approved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

        def _parse_reject_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reject_reason = _parse_reject_reason(d.pop("reject_reason", UNSET))

        voucher_codes = cast(list[str], d.pop("voucher_codes", UNSET))

        def _parse_meta_data(data: object) -> list[Any] | ReportMetaDataMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_report_meta_data_report_meta_data_map = (
                    ReportMetaDataMap.from_dict(data)
                )

                return componentsschemas_report_meta_data_report_meta_data_map
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_report_meta_data_report_meta_data_list = cast(
                list[Any], data
            )

            return componentsschemas_report_meta_data_report_meta_data_list

        meta_data = _parse_meta_data(d.pop("meta_data", UNSET))

        payable = d.pop("payable", UNSET)

        def _parse_payment_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_status = _parse_payment_status(d.pop("payment_status", UNSET))

        def _parse_self_bill_request_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        self_bill_request_date = _parse_self_bill_request_date(
            d.pop("self_bill_request_date", UNSET)
        )

        def _parse_self_bill_release_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        self_bill_release_date = _parse_self_bill_release_date(
            d.pop("self_bill_release_date", UNSET)
        )

        report_conversion_item = cls(
            conversion_item_id=conversion_item_id,
            sku=sku,
            category=category,
            item_value=item_value,
            item_publisher_commission=item_publisher_commission,
            item_status=item_status,
            item_status_id=item_status_id,
            last_update=last_update,
            publisher_self_bill_id=publisher_self_bill_id,
            approved_at=approved_at,
            reject_reason=reject_reason,
            voucher_codes=voucher_codes,
            meta_data=meta_data,
            payable=payable,
            payment_status=payment_status,
            self_bill_request_date=self_bill_request_date,
            self_bill_release_date=self_bill_release_date,
        )

        report_conversion_item.additional_properties = d
        return report_conversion_item

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
