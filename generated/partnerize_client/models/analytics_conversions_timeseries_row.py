from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_date_time_range import AnalyticsDateTimeRange


T = TypeVar("T", bound="AnalyticsConversionsTimeseriesRow")


@_attrs_define
class AnalyticsConversionsTimeseriesRow:
    """The metrics of one time bucket.

    Attributes:
        date_time_range (AnalyticsDateTimeRange): A period given by its start and end date-times (ISO 8601, e.g.
            `2020-10-01T00:00:00`; a date alone means midnight). Both ends are included. Any offset in the values is
            ignored: the request's `timezone` decides how they are read. Example: {'start': '2019-10-01T00:00:00+00:00',
            'end': '2019-10-03T00:00:00+00:00'}.
        total_conversion_items (float | None | Unset):
        total_conversions (float | None | Unset):
        total_partner_commission (float | None | Unset):
        percentage_average_partner_commission (float | None | Unset):
        average_order_value (float | None | Unset):
        total_order_value (float | None | Unset):
        conversion_rejection_rate (float | None | Unset):
        average_order_size (float | None | Unset):
        percentage_order_value (float | None | Unset):
        percentage_partner_commission (float | None | Unset):
        average_partner_commission (float | None | Unset):
    """

    date_time_range: AnalyticsDateTimeRange
    total_conversion_items: float | None | Unset = UNSET
    total_conversions: float | None | Unset = UNSET
    total_partner_commission: float | None | Unset = UNSET
    percentage_average_partner_commission: float | None | Unset = UNSET
    average_order_value: float | None | Unset = UNSET
    total_order_value: float | None | Unset = UNSET
    conversion_rejection_rate: float | None | Unset = UNSET
    average_order_size: float | None | Unset = UNSET
    percentage_order_value: float | None | Unset = UNSET
    percentage_partner_commission: float | None | Unset = UNSET
    average_partner_commission: float | None | Unset = UNSET
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
        date_time_range = self.date_time_range.to_dict()

        total_conversion_items: float | None | Unset
        if isinstance(self.total_conversion_items, Unset):
            total_conversion_items = UNSET
        else:
            total_conversion_items = self.total_conversion_items

        total_conversions: float | None | Unset
        if isinstance(self.total_conversions, Unset):
            total_conversions = UNSET
        else:
            total_conversions = self.total_conversions

        total_partner_commission: float | None | Unset
        if isinstance(self.total_partner_commission, Unset):
            total_partner_commission = UNSET
        else:
            total_partner_commission = self.total_partner_commission

        percentage_average_partner_commission: float | None | Unset
        if isinstance(self.percentage_average_partner_commission, Unset):
            percentage_average_partner_commission = UNSET
        else:
            percentage_average_partner_commission = (
                self.percentage_average_partner_commission
            )

        average_order_value: float | None | Unset
        if isinstance(self.average_order_value, Unset):
            average_order_value = UNSET
        else:
            average_order_value = self.average_order_value

        total_order_value: float | None | Unset
        if isinstance(self.total_order_value, Unset):
            total_order_value = UNSET
        else:
            total_order_value = self.total_order_value

        conversion_rejection_rate: float | None | Unset
        if isinstance(self.conversion_rejection_rate, Unset):
            conversion_rejection_rate = UNSET
        else:
            conversion_rejection_rate = self.conversion_rejection_rate

        average_order_size: float | None | Unset
        if isinstance(self.average_order_size, Unset):
            average_order_size = UNSET
        else:
            average_order_size = self.average_order_size

        percentage_order_value: float | None | Unset
        if isinstance(self.percentage_order_value, Unset):
            percentage_order_value = UNSET
        else:
            percentage_order_value = self.percentage_order_value

        percentage_partner_commission: float | None | Unset
        if isinstance(self.percentage_partner_commission, Unset):
            percentage_partner_commission = UNSET
        else:
            percentage_partner_commission = self.percentage_partner_commission

        average_partner_commission: float | None | Unset
        if isinstance(self.average_partner_commission, Unset):
            average_partner_commission = UNSET
        else:
            average_partner_commission = self.average_partner_commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_time_range": date_time_range,
            }
        )
        if total_conversion_items is not UNSET:
            field_dict["total_conversion_items"] = total_conversion_items
        if total_conversions is not UNSET:
            field_dict["total_conversions"] = total_conversions
        if total_partner_commission is not UNSET:
            field_dict["total_partner_commission"] = total_partner_commission
        if percentage_average_partner_commission is not UNSET:
            field_dict["percentage_average_partner_commission"] = (
                percentage_average_partner_commission
            )
        if average_order_value is not UNSET:
            field_dict["average_order_value"] = average_order_value
        if total_order_value is not UNSET:
            field_dict["total_order_value"] = total_order_value
        if conversion_rejection_rate is not UNSET:
            field_dict["conversion_rejection_rate"] = conversion_rejection_rate
        if average_order_size is not UNSET:
            field_dict["average_order_size"] = average_order_size
        if percentage_order_value is not UNSET:
            field_dict["percentage_order_value"] = percentage_order_value
        if percentage_partner_commission is not UNSET:
            field_dict["percentage_partner_commission"] = percentage_partner_commission
        if average_partner_commission is not UNSET:
            field_dict["average_partner_commission"] = average_partner_commission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_date_time_range import AnalyticsDateTimeRange

        d = dict(src_dict)
        date_time_range = AnalyticsDateTimeRange.from_dict(d.pop("date_time_range"))

        def _parse_total_conversion_items(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_conversion_items = _parse_total_conversion_items(
            d.pop("total_conversion_items", UNSET)
        )

        def _parse_total_conversions(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_conversions = _parse_total_conversions(d.pop("total_conversions", UNSET))

        def _parse_total_partner_commission(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_partner_commission = _parse_total_partner_commission(
            d.pop("total_partner_commission", UNSET)
        )

        def _parse_percentage_average_partner_commission(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_average_partner_commission = (
            _parse_percentage_average_partner_commission(
                d.pop("percentage_average_partner_commission", UNSET)
            )
        )

        def _parse_average_order_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_order_value = _parse_average_order_value(
            d.pop("average_order_value", UNSET)
        )

        def _parse_total_order_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_order_value = _parse_total_order_value(d.pop("total_order_value", UNSET))

        def _parse_conversion_rejection_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        conversion_rejection_rate = _parse_conversion_rejection_rate(
            d.pop("conversion_rejection_rate", UNSET)
        )

        def _parse_average_order_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_order_size = _parse_average_order_size(
            d.pop("average_order_size", UNSET)
        )

        def _parse_percentage_order_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_order_value = _parse_percentage_order_value(
            d.pop("percentage_order_value", UNSET)
        )

        def _parse_percentage_partner_commission(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentage_partner_commission = _parse_percentage_partner_commission(
            d.pop("percentage_partner_commission", UNSET)
        )

        def _parse_average_partner_commission(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_partner_commission = _parse_average_partner_commission(
            d.pop("average_partner_commission", UNSET)
        )

        analytics_conversions_timeseries_row = cls(
            date_time_range=date_time_range,
            total_conversion_items=total_conversion_items,
            total_conversions=total_conversions,
            total_partner_commission=total_partner_commission,
            percentage_average_partner_commission=percentage_average_partner_commission,
            average_order_value=average_order_value,
            total_order_value=total_order_value,
            conversion_rejection_rate=conversion_rejection_rate,
            average_order_size=average_order_size,
            percentage_order_value=percentage_order_value,
            percentage_partner_commission=percentage_partner_commission,
            average_partner_commission=average_partner_commission,
        )

        analytics_conversions_timeseries_row.additional_properties = d
        return analytics_conversions_timeseries_row

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
