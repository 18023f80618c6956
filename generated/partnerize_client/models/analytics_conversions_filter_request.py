from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_conversions_dimension import AnalyticsConversionsDimension
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_date_time_range import AnalyticsDateTimeRange
    from ..models.analytics_filter import AnalyticsFilter
    from ..models.analytics_order_by import AnalyticsOrderBy
    from ..models.analytics_scope import AnalyticsScope


T = TypeVar("T", bound="AnalyticsConversionsFilterRequest")


@_attrs_define
class AnalyticsConversionsFilterRequest:
    """Query for the conversions filter endpoint.

    Attributes:
        date_time_ranges (list[AnalyticsDateTimeRange]): Periods to report on; several periods are combined (OR).
        scope (AnalyticsScope): Whose data to report on. Requires access to the partner, otherwise the answer is 403.
            Example: {'partner': '111111l10'}.
        group_by (list[AnalyticsConversionsDimension | str]): Dimensions to group by.
        filter_by (list[AnalyticsFilter] | Unset): Conditions a record must all meet (AND).
        order_by (list[AnalyticsOrderBy] | Unset): Sort keys in priority order.
        output_currency (str | Unset): ISO 4217 currency that monetary metrics (and monetary filter values) are
            converted into, at the day's exchange rate. Defaults to USD. Default: 'USD'.
        top (int | Unset): Maximum number of rows. The vendor's prose gives 10000 as the default and its field table
            50000; the upper limit is 50000.
        include_total_row_count (bool | Unset): Ask for the `X-Total-Row-Count` response header (costs extra
            processing). Default: False.
        timezone (str | Unset): Time zone in which dates are bucketed and written (offsets inside the given date-times
            are ignored).
    """

    date_time_ranges: list[AnalyticsDateTimeRange]
    scope: AnalyticsScope
    group_by: list[AnalyticsConversionsDimension | str]
    filter_by: list[AnalyticsFilter] | Unset = UNSET
    order_by: list[AnalyticsOrderBy] | Unset = UNSET
    output_currency: str | Unset = "USD"
    top: int | Unset = UNSET
    include_total_row_count: bool | Unset = False
    timezone: str | Unset = UNSET
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
        date_time_ranges = []
        for date_time_ranges_item_data in self.date_time_ranges:
            date_time_ranges_item = date_time_ranges_item_data.to_dict()
            date_time_ranges.append(date_time_ranges_item)

        scope = self.scope.to_dict()

        group_by = []
        for group_by_item_data in self.group_by:
            group_by_item: str
            if isinstance(group_by_item_data, AnalyticsConversionsDimension):
                group_by_item = group_by_item_data.value
            else:
                group_by_item = group_by_item_data
            group_by.append(group_by_item)

        filter_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_by, Unset):
            filter_by = []
            for filter_by_item_data in self.filter_by:
                filter_by_item = filter_by_item_data.to_dict()
                filter_by.append(filter_by_item)

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        output_currency = self.output_currency

        top = self.top

        include_total_row_count = self.include_total_row_count

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_time_ranges": date_time_ranges,
                "scope": scope,
                "group_by": group_by,
            }
        )
        if filter_by is not UNSET:
            field_dict["filter_by"] = filter_by
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if output_currency is not UNSET:
            field_dict["output_currency"] = output_currency
        if top is not UNSET:
            field_dict["top"] = top
        if include_total_row_count is not UNSET:
            field_dict["include_total_row_count"] = include_total_row_count
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_date_time_range import AnalyticsDateTimeRange
        from ..models.analytics_filter import AnalyticsFilter
        from ..models.analytics_order_by import AnalyticsOrderBy
        from ..models.analytics_scope import AnalyticsScope

        d = dict(src_dict)
        date_time_ranges = []
        _date_time_ranges = d.pop("date_time_ranges")
        for date_time_ranges_item_data in _date_time_ranges:
            date_time_ranges_item = AnalyticsDateTimeRange.from_dict(
                date_time_ranges_item_data
            )

            date_time_ranges.append(date_time_ranges_item)

        scope = AnalyticsScope.from_dict(d.pop("scope"))

        group_by = []
        _group_by = d.pop("group_by")
        for group_by_item_data in _group_by:

            def _parse_group_by_item(
                data: object,
            ) -> AnalyticsConversionsDimension | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    group_by_item_type_0 = AnalyticsConversionsDimension(data)

                    return group_by_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AnalyticsConversionsDimension | str, data)

            group_by_item = _parse_group_by_item(group_by_item_data)

            group_by.append(group_by_item)

        _filter_by = d.pop("filter_by", UNSET)
        filter_by: list[AnalyticsFilter] | Unset = UNSET
        if _filter_by is not UNSET:
            filter_by = []
            for filter_by_item_data in _filter_by:
                filter_by_item = AnalyticsFilter.from_dict(filter_by_item_data)

                filter_by.append(filter_by_item)

        _order_by = d.pop("order_by", UNSET)
        order_by: list[AnalyticsOrderBy] | Unset = UNSET
        if _order_by is not UNSET:
            order_by = []
            for order_by_item_data in _order_by:
                order_by_item = AnalyticsOrderBy.from_dict(order_by_item_data)

                order_by.append(order_by_item)

        output_currency = d.pop("output_currency", UNSET)

        top = d.pop("top", UNSET)

        include_total_row_count = d.pop("include_total_row_count", UNSET)

        timezone = d.pop("timezone", UNSET)

        analytics_conversions_filter_request = cls(
            date_time_ranges=date_time_ranges,
            scope=scope,
            group_by=group_by,
            filter_by=filter_by,
            order_by=order_by,
            output_currency=output_currency,
            top=top,
            include_total_row_count=include_total_row_count,
            timezone=timezone,
        )

        analytics_conversions_filter_request.additional_properties = d
        return analytics_conversions_filter_request

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
