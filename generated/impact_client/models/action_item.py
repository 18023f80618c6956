from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionItem")


@_attrs_define
class ActionItem:
    """One line of an action (a product and its quantity), with its share of the sale and the payout.

    Example:
        {'Sku': 'SKU-44817', 'ItemName': 'Trail running shoe', 'Category': 'Footwear', 'Quantity': '1', 'SaleAmount':
            '89.99', 'SaleAmountCurrency': 'USD', 'Payout': '3.60', 'PayoutCurrency': 'USD', 'Rebate': '0.00',
            'RebateCurrency': 'USD', 'AdjustmentDate': '', 'AdjustmentReason': '', 'Uri':
            '/Mediapartners/<AccountSID>/Actions/1000.4636.158133/Items/SKU-44817'}

    Attributes:
        sku (str | Unset): The product's stock-keeping unit.
        item_name (str | Unset):
        category (str | Unset):
        quantity (str | Unset): Units bought (numeric text).
        sale_amount (str | Unset): A decimal amount as text, e.g. "21.99".
        sale_amount_currency (str | Unset): ISO 4217 currency of the sale amount.
        payout (str | Unset): A decimal amount as text, e.g. "21.99".
        payout_currency (str | Unset): ISO 4217 currency of the payout.
        rebate (str | Unset): A decimal amount as text, e.g. "21.99".
        rebate_currency (str | Unset):
        adjustment_date (datetime.datetime | str | Unset): A timestamp with offset, or an empty string while the event
            has not happened.
        adjustment_reason (str | Unset): Why the item was last adjusted, or empty when it never was. The documented
            codes: OVERLIMIT_WEEKDAYCAP,
            OVERLIMIT_WEEKENDCAP, OVERLIMIT_BUDGET, OVERLIMIT_ACTIONCAP, OVERLIMIT_CONCURRENTCALLS,
            OVERLIMIT_UNKNOWN_CALLERID, RECALC_COMM, MP_RETURN, APPROVED, REJECTED, CONS_INFO_INVALID, CONS_ERROR,
            CONS_FRAUD, ITEM_RETURNED, ITEM_OUT_OF_STOCK, ORDER_ERROR, PUB_ACT_DISPUTE, ADV_ACT_DISPUTE,
            NOT_COMPLIANCE_TERMS, MP_ACCOUNT_DEATVIATED (the vendor's spelling), CREDITED_DIFFERENT_MP, ORDER_UPDATE,
            OTHER, TEST_ACTION, RESET. Text rather than an enum: "no adjustment" is the empty string.
        uri (str | Unset): Path of the item relative to the API host.
    """

    sku: str | Unset = UNSET
    item_name: str | Unset = UNSET
    category: str | Unset = UNSET
    quantity: str | Unset = UNSET
    sale_amount: str | Unset = UNSET
    sale_amount_currency: str | Unset = UNSET
    payout: str | Unset = UNSET
    payout_currency: str | Unset = UNSET
    rebate: str | Unset = UNSET
    rebate_currency: str | Unset = UNSET
    adjustment_date: datetime.datetime | str | Unset = UNSET
    adjustment_reason: str | Unset = UNSET
    uri: str | Unset = UNSET
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
        sku = self.sku

        item_name = self.item_name

        category = self.category

        quantity = self.quantity

        sale_amount = self.sale_amount

        sale_amount_currency = self.sale_amount_currency

        payout = self.payout

        payout_currency = self.payout_currency

        rebate = self.rebate

        rebate_currency = self.rebate_currency

        adjustment_date: str | Unset
        if isinstance(self.adjustment_date, Unset):
            adjustment_date = UNSET
        elif isinstance(self.adjustment_date, datetime.datetime):
            adjustment_date = self.adjustment_date.isoformat()
        else:
            adjustment_date = self.adjustment_date

        adjustment_reason = self.adjustment_reason

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["Sku"] = sku
        if item_name is not UNSET:
            field_dict["ItemName"] = item_name
        if category is not UNSET:
            field_dict["Category"] = category
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if sale_amount is not UNSET:
            field_dict["SaleAmount"] = sale_amount
        if sale_amount_currency is not UNSET:
            field_dict["SaleAmountCurrency"] = sale_amount_currency
        if payout is not UNSET:
            field_dict["Payout"] = payout
        if payout_currency is not UNSET:
            field_dict["PayoutCurrency"] = payout_currency
        if rebate is not UNSET:
            field_dict["Rebate"] = rebate
        if rebate_currency is not UNSET:
            field_dict["RebateCurrency"] = rebate_currency
        if adjustment_date is not UNSET:
            field_dict["AdjustmentDate"] = adjustment_date
        if adjustment_reason is not UNSET:
            field_dict["AdjustmentReason"] = adjustment_reason
        if uri is not UNSET:
            field_dict["Uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sku = d.pop("Sku", UNSET)

        item_name = d.pop("ItemName", UNSET)

        category = d.pop("Category", UNSET)

        quantity = d.pop("Quantity", UNSET)

        sale_amount = d.pop("SaleAmount", UNSET)

        sale_amount_currency = d.pop("SaleAmountCurrency", UNSET)

        payout = d.pop("Payout", UNSET)

        payout_currency = d.pop("PayoutCurrency", UNSET)

        rebate = d.pop("Rebate", UNSET)

        rebate_currency = d.pop("RebateCurrency", UNSET)

        def _parse_adjustment_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_date_time_or_empty_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_date_time_or_empty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        adjustment_date = _parse_adjustment_date(d.pop("AdjustmentDate", UNSET))

        adjustment_reason = d.pop("AdjustmentReason", UNSET)

        uri = d.pop("Uri", UNSET)

        action_item = cls(
            sku=sku,
            item_name=item_name,
            category=category,
            quantity=quantity,
            sale_amount=sale_amount,
            sale_amount_currency=sale_amount_currency,
            payout=payout,
            payout_currency=payout_currency,
            rebate=rebate,
            rebate_currency=rebate_currency,
            adjustment_date=adjustment_date,
            adjustment_reason=adjustment_reason,
            uri=uri,
        )

        action_item.additional_properties = d
        return action_item

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
