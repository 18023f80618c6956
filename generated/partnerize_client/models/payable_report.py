from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_amounts import CurrencyAmounts
    from ..models.hypermedia import Hypermedia
    from ..models.payable_conversion_item import PayableConversionItem


T = TypeVar("T", bound="PayableReport")


@_attrs_define
class PayableReport:
    """Payable commission totals per currency, with the payable conversion items.

    Attributes:
        offset (int | Unset):
        limit (int | Unset):
        count (int | Unset):
        total_conversion_count (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR": 955}`.
            Example: {'EUR': 95.5, 'GBP': 342.3365}.
        total_commission_value (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR": 955}`.
            Example: {'EUR': 95.5, 'GBP': 342.3365}.
        total_value (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR": 955}`. Example:
            {'EUR': 95.5, 'GBP': 342.3365}.
        total_publisher_commission_value (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g.
            `{"EUR": 955}`. Example: {'EUR': 95.5, 'GBP': 342.3365}.
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        conversion_items (list[PayableConversionItem] | Unset):
        hypermedia (Hypermedia | Unset): Links that accompany an answer, such as paging links or links to related
            resources. Example: {'links': {'tasks': '/v3/jobs/111111l11/tasks'}}.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    count: int | Unset = UNSET
    total_conversion_count: CurrencyAmounts | Unset = UNSET
    total_commission_value: CurrencyAmounts | Unset = UNSET
    total_value: CurrencyAmounts | Unset = UNSET
    total_publisher_commission_value: CurrencyAmounts | Unset = UNSET
    execution_time: str | Unset = UNSET
    conversion_items: list[PayableConversionItem] | Unset = UNSET
    hypermedia: Hypermedia | Unset = UNSET
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
        offset = self.offset

        limit = self.limit

        count = self.count

        total_conversion_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_conversion_count, Unset):
            total_conversion_count = self.total_conversion_count.to_dict()

        total_commission_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_commission_value, Unset):
            total_commission_value = self.total_commission_value.to_dict()

        total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_value, Unset):
            total_value = self.total_value.to_dict()

        total_publisher_commission_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_publisher_commission_value, Unset):
            total_publisher_commission_value = (
                self.total_publisher_commission_value.to_dict()
            )

        execution_time = self.execution_time

        conversion_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conversion_items, Unset):
            conversion_items = []
            for conversion_items_item_data in self.conversion_items:
                conversion_items_item = conversion_items_item_data.to_dict()
                conversion_items.append(conversion_items_item)

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if count is not UNSET:
            field_dict["count"] = count
        if total_conversion_count is not UNSET:
            field_dict["total_conversion_count"] = total_conversion_count
        if total_commission_value is not UNSET:
            field_dict["total_commission_value"] = total_commission_value
        if total_value is not UNSET:
            field_dict["total_value"] = total_value
        if total_publisher_commission_value is not UNSET:
            field_dict["total_publisher_commission_value"] = (
                total_publisher_commission_value
            )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if conversion_items is not UNSET:
            field_dict["conversion_items"] = conversion_items
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_amounts import CurrencyAmounts
        from ..models.hypermedia import Hypermedia
        from ..models.payable_conversion_item import PayableConversionItem

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        count = d.pop("count", UNSET)

        _total_conversion_count = d.pop("total_conversion_count", UNSET)
        total_conversion_count: CurrencyAmounts | Unset
        if isinstance(_total_conversion_count, Unset):
            total_conversion_count = UNSET
        else:
            total_conversion_count = CurrencyAmounts.from_dict(_total_conversion_count)

        _total_commission_value = d.pop("total_commission_value", UNSET)
        total_commission_value: CurrencyAmounts | Unset
        if isinstance(_total_commission_value, Unset):
            total_commission_value = UNSET
        else:
            total_commission_value = CurrencyAmounts.from_dict(_total_commission_value)

        _total_value = d.pop("total_value", UNSET)
        total_value: CurrencyAmounts | Unset
        if isinstance(_total_value, Unset):
            total_value = UNSET
        else:
            total_value = CurrencyAmounts.from_dict(_total_value)

        _total_publisher_commission_value = d.pop(
            "total_publisher_commission_value", UNSET
        )
        total_publisher_commission_value: CurrencyAmounts | Unset
        if isinstance(_total_publisher_commission_value, Unset):
            total_publisher_commission_value = UNSET
        else:
            total_publisher_commission_value = CurrencyAmounts.from_dict(
                _total_publisher_commission_value
            )

        execution_time = d.pop("execution_time", UNSET)

        _conversion_items = d.pop("conversion_items", UNSET)
        conversion_items: list[PayableConversionItem] | Unset = UNSET
        if _conversion_items is not UNSET:
            conversion_items = []
            for conversion_items_item_data in _conversion_items:
                conversion_items_item = PayableConversionItem.from_dict(
                    conversion_items_item_data
                )

                conversion_items.append(conversion_items_item)

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: Hypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = Hypermedia.from_dict(_hypermedia)

        payable_report = cls(
            offset=offset,
            limit=limit,
            count=count,
            total_conversion_count=total_conversion_count,
            total_commission_value=total_commission_value,
            total_value=total_value,
            total_publisher_commission_value=total_publisher_commission_value,
            execution_time=execution_time,
            conversion_items=conversion_items,
            hypermedia=hypermedia,
        )

        payable_report.additional_properties = d
        return payable_report

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
