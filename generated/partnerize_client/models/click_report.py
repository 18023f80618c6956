from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_report_entry import ClickReportEntry
    from ..models.hypermedia import Hypermedia


T = TypeVar("T", bound="ClickReport")


@_attrs_define
class ClickReport:
    """One page of the click report.

    Attributes:
        clicks (list[ClickReportEntry]):
        unique_click_count (int | Unset):
        start_date_time_utc (None | str | Unset):
        end_date_time_utc (None | str | Unset):
        start_date_time (None | str | Unset):
        end_date_time (None | str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        count (int | Unset): Total number of clicks in the result.
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        hypermedia (Hypermedia | Unset): Links that accompany an answer, such as paging links or links to related
            resources. Example: {'links': {'tasks': '/v3/jobs/111111l11/tasks'}}.
    """

    clicks: list[ClickReportEntry]
    unique_click_count: int | Unset = UNSET
    start_date_time_utc: None | str | Unset = UNSET
    end_date_time_utc: None | str | Unset = UNSET
    start_date_time: None | str | Unset = UNSET
    end_date_time: None | str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    count: int | Unset = UNSET
    execution_time: str | Unset = UNSET
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
        clicks = []
        for clicks_item_data in self.clicks:
            clicks_item = clicks_item_data.to_dict()
            clicks.append(clicks_item)

        unique_click_count = self.unique_click_count

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

        execution_time = self.execution_time

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clicks": clicks,
            }
        )
        if unique_click_count is not UNSET:
            field_dict["unique_click_count"] = unique_click_count
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
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.click_report_entry import ClickReportEntry
        from ..models.hypermedia import Hypermedia

        d = dict(src_dict)
        clicks = []
        _clicks = d.pop("clicks")
        for clicks_item_data in _clicks:
            clicks_item = ClickReportEntry.from_dict(clicks_item_data)

            clicks.append(clicks_item)

        unique_click_count = d.pop("unique_click_count", UNSET)

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

        execution_time = d.pop("execution_time", UNSET)

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: Hypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = Hypermedia.from_dict(_hypermedia)

        click_report = cls(
            clicks=clicks,
            unique_click_count=unique_click_count,
            start_date_time_utc=start_date_time_utc,
            end_date_time_utc=end_date_time_utc,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            offset=offset,
            count=count,
            execution_time=execution_time,
            hypermedia=hypermedia,
        )

        click_report.additional_properties = d
        return click_report

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
