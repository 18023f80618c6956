from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversion_report_entry import ConversionReportEntry
    from ..models.currency_amounts import CurrencyAmounts
    from ..models.report_cursor_hypermedia import ReportCursorHypermedia
    from ..models.report_meta_data_map import ReportMetaDataMap


T = TypeVar("T", bound="ConversionReport")


@_attrs_define
class ConversionReport:
    """One page of the conversion report with totals over the whole result.

    Attributes:
        conversions (list[ConversionReportEntry]):
        total_conversion_count (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR": 955}`.
            Example: {'EUR': 95.5, 'GBP': 342.3365}.
        total_publisher_commission (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR":
            955}`. Example: {'EUR': 95.5, 'GBP': 342.3365}.
        total_value (CurrencyAmounts | Unset): Amounts keyed by ISO 4217 currency code, e.g. `{"EUR": 955}`. Example:
            {'EUR': 95.5, 'GBP': 342.3365}.
        start_date_time_utc (None | str | Unset):
        end_date_time_utc (None | str | Unset):
        start_date_time (None | str | Unset):
        end_date_time (None | str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        count (int | Unset): Number of conversions matching the query (all pages together).
        cursor_id (int | None | str | Unset): Cursor for the next page; pass it back as the `cursor_id` parameter.
        meta_data (list[Any] | ReportMetaDataMap | Unset): Free-form key/value meta data. An empty set is sent as an
            empty JSON array (`[]`), a non-empty one as an object. Example: {'gclid': 'adword_google_meta_data'}.
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        hypermedia (ReportCursorHypermedia | Unset):  Example: {'pagination': {'first_page': '/reporting/report_publishe
            r/publisher/10l1/conversion.json?start_date=2018-03-01+00%3A00%3A00&end_date=2018-04-01+00%3A00%3A00&limit=300',
            'next_page': '/reporting/report_publisher/publisher/10l1/conversion.json?start_date=2018-03-
            01+00%3A00%3A00&end_date=2018-04-01+00%3A00%3A00&limit=300&cursor_id=10325942995'}}.
    """

    conversions: list[ConversionReportEntry]
    total_conversion_count: CurrencyAmounts | Unset = UNSET
    total_publisher_commission: CurrencyAmounts | Unset = UNSET
    total_value: CurrencyAmounts | Unset = UNSET
    start_date_time_utc: None | str | Unset = UNSET
    end_date_time_utc: None | str | Unset = UNSET
    start_date_time: None | str | Unset = UNSET
    end_date_time: None | str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    count: int | Unset = UNSET
    cursor_id: int | None | str | Unset = UNSET
    meta_data: list[Any] | ReportMetaDataMap | Unset = UNSET
    execution_time: str | Unset = UNSET
    hypermedia: ReportCursorHypermedia | Unset = UNSET
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

        conversions = []
        for conversions_item_data in self.conversions:
            conversions_item = conversions_item_data.to_dict()
            conversions.append(conversions_item)

        total_conversion_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_conversion_count, Unset):
            total_conversion_count = self.total_conversion_count.to_dict()

        total_publisher_commission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_publisher_commission, Unset):
            total_publisher_commission = self.total_publisher_commission.to_dict()

        total_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_value, Unset):
            total_value = self.total_value.to_dict()

        start_date_time_utc: None | str | Unset
        if isinstance(self.start_date_time_utc, Unset):
            start_date_time_utc = UNSET
        else:
            start_date_time_utc = self.start_date_time_utc

        end_date_time_utc: None | str | Unset
        if isinstance(self.end_date_time_utc, Unset):
            end_date_time_utc = UNSET
        else:
            end_date_time_utc = self.end_date_time_utc

        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = self.end_date_time

        limit = self.limit

        offset = self.offset

        count = self.count

        cursor_id: int | None | str | Unset
        if isinstance(self.cursor_id, Unset):
            cursor_id = UNSET
        else:
            cursor_id = self.cursor_id

        meta_data: dict[str, Any] | list[Any] | Unset
        if isinstance(self.meta_data, Unset):
            meta_data = UNSET
        elif isinstance(self.meta_data, ReportMetaDataMap):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        execution_time = self.execution_time

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversions": conversions,
            }
        )
        if total_conversion_count is not UNSET:
            field_dict["total_conversion_count"] = total_conversion_count
        if total_publisher_commission is not UNSET:
            field_dict["total_publisher_commission"] = total_publisher_commission
        if total_value is not UNSET:
            field_dict["total_value"] = total_value
        if start_date_time_utc is not UNSET:
            field_dict["start_date_time_utc"] = start_date_time_utc
        if end_date_time_utc is not UNSET:
            field_dict["end_date_time_utc"] = end_date_time_utc
        if start_date_time is not UNSET:
            field_dict["start_date_time"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["end_date_time"] = end_date_time
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if count is not UNSET:
            field_dict["count"] = count
        if cursor_id is not UNSET:
            field_dict["cursor_id"] = cursor_id
        if meta_data is not UNSET:
            field_dict["meta_data"] = meta_data
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_report_entry import ConversionReportEntry
        from ..models.currency_amounts import CurrencyAmounts
        from ..models.report_cursor_hypermedia import ReportCursorHypermedia
        from ..models.report_meta_data_map import ReportMetaDataMap

        d = dict(src_dict)
        conversions = []
        _conversions = d.pop("conversions")
        for conversions_item_data in _conversions:
            conversions_item = ConversionReportEntry.from_dict(conversions_item_data)

            conversions.append(conversions_item)

        _total_conversion_count = d.pop("total_conversion_count", UNSET)
        total_conversion_count: CurrencyAmounts | Unset
        if isinstance(_total_conversion_count, Unset):
            total_conversion_count = UNSET
        else:
            total_conversion_count = CurrencyAmounts.from_dict(_total_conversion_count)

        _total_publisher_commission = d.pop("total_publisher_commission", UNSET)
        total_publisher_commission: CurrencyAmounts | Unset
        if isinstance(_total_publisher_commission, Unset):
            total_publisher_commission = UNSET
        else:
            total_publisher_commission = CurrencyAmounts.from_dict(
                _total_publisher_commission
            )

        _total_value = d.pop("total_value", UNSET)
        total_value: CurrencyAmounts | Unset
        if isinstance(_total_value, Unset):
            total_value = UNSET
        else:
            total_value = CurrencyAmounts.from_dict(_total_value)

        def _parse_start_date_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date_time_utc = _parse_start_date_time_utc(
            d.pop("start_date_time_utc", UNSET)
        )

        def _parse_end_date_time_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time_utc = _parse_end_date_time_utc(d.pop("end_date_time_utc", UNSET))

        def _parse_start_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("start_date_time", UNSET))

        def _parse_end_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("end_date_time", UNSET))

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        count = d.pop("count", UNSET)

        def _parse_cursor_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cursor_id = _parse_cursor_id(d.pop("cursor_id", UNSET))

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

        execution_time = d.pop("execution_time", UNSET)

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: ReportCursorHypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = ReportCursorHypermedia.from_dict(_hypermedia)

        conversion_report = cls(
            conversions=conversions,
            total_conversion_count=total_conversion_count,
            total_publisher_commission=total_publisher_commission,
            total_value=total_value,
            start_date_time_utc=start_date_time_utc,
            end_date_time_utc=end_date_time_utc,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            offset=offset,
            count=count,
            cursor_id=cursor_id,
            meta_data=meta_data,
            execution_time=execution_time,
            hypermedia=hypermedia,
        )

        conversion_report.additional_properties = d
        return conversion_report

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
