from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_conversions_metric import AnalyticsConversionsMetric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_date_time_range import AnalyticsDateTimeRange
    from ..models.analytics_filter import AnalyticsFilter
    from ..models.analytics_interval import AnalyticsInterval
    from ..models.analytics_scope import AnalyticsScope


T = TypeVar("T", bound="AnalyticsConversionsTimeseriesRequest")


@_attrs_define
class AnalyticsConversionsTimeseriesRequest:
    """Query for the conversions timeseries endpoint.

    Attributes:
        date_time_ranges (list[AnalyticsDateTimeRange]): Periods to report on; several periods are combined (OR).
        scope (AnalyticsScope): Whose data to report on. Requires access to the partner, otherwise the answer is 403.
            Example: {'partner': '111111l10'}.
        metrics (list[AnalyticsConversionsMetric | str]): Metrics to compute; each is returned under its own name.
        filter_by (list[AnalyticsFilter] | Unset): Conditions a record must all meet (AND).
        interval (AnalyticsInterval | Unset): Time buckets: `period` is an ISO 8601 duration such as `PT1H`, `P1D` or
            `P1M`; `field` is the date field bucketed (`date_time`). Example: {'field': 'date_time', 'period': 'P1D'}.
        output_currency (str | Unset): ISO 4217 currency that monetary metrics (and monetary filter values) are
            converted into, at the day's exchange rate. Defaults to USD. Default: 'USD'.
        timezone (str | Unset): Time zone in which dates are bucketed and written (offsets inside the given date-times
            are ignored).
        zerofill (bool | Unset): Include buckets without data, with zero values. Default: True.
    """

    date_time_ranges: list[AnalyticsDateTimeRange]
    scope: AnalyticsScope
    metrics: list[AnalyticsConversionsMetric | str]
    filter_by: list[AnalyticsFilter] | Unset = UNSET
    interval: AnalyticsInterval | Unset = UNSET
    output_currency: str | Unset = "USD"
    timezone: str | Unset = UNSET
    zerofill: bool | Unset = True
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

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item: str
            if isinstance(metrics_item_data, AnalyticsConversionsMetric):
                metrics_item = metrics_item_data.value
            else:
                metrics_item = metrics_item_data
            metrics.append(metrics_item)

        filter_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_by, Unset):
            filter_by = []
            for filter_by_item_data in self.filter_by:
                filter_by_item = filter_by_item_data.to_dict()
                filter_by.append(filter_by_item)

        interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.to_dict()

        output_currency = self.output_currency

        timezone = self.timezone

        zerofill = self.zerofill

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_time_ranges": date_time_ranges,
                "scope": scope,
                "metrics": metrics,
            }
        )
        if filter_by is not UNSET:
            field_dict["filter_by"] = filter_by
        if interval is not UNSET:
            field_dict["interval"] = interval
        if output_currency is not UNSET:
            field_dict["output_currency"] = output_currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if zerofill is not UNSET:
            field_dict["zerofill"] = zerofill

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_date_time_range import AnalyticsDateTimeRange
        from ..models.analytics_filter import AnalyticsFilter
        from ..models.analytics_interval import AnalyticsInterval
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

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:

            def _parse_metrics_item(data: object) -> AnalyticsConversionsMetric | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    metrics_item_type_0 = AnalyticsConversionsMetric(data)

                    return metrics_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AnalyticsConversionsMetric | str, data)

            metrics_item = _parse_metrics_item(metrics_item_data)

            metrics.append(metrics_item)

        _filter_by = d.pop("filter_by", UNSET)
        filter_by: list[AnalyticsFilter] | Unset = UNSET
        if _filter_by is not UNSET:
            filter_by = []
            for filter_by_item_data in _filter_by:
                filter_by_item = AnalyticsFilter.from_dict(filter_by_item_data)

                filter_by.append(filter_by_item)

        _interval = d.pop("interval", UNSET)
        interval: AnalyticsInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = AnalyticsInterval.from_dict(_interval)

        output_currency = d.pop("output_currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        zerofill = d.pop("zerofill", UNSET)

        analytics_conversions_timeseries_request = cls(
            date_time_ranges=date_time_ranges,
            scope=scope,
            metrics=metrics,
            filter_by=filter_by,
            interval=interval,
            output_currency=output_currency,
            timezone=timezone,
            zerofill=zerofill,
        )

        analytics_conversions_timeseries_request.additional_properties = d
        return analytics_conversions_timeseries_request

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
