from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_cursor_pagination import ReportCursorPagination


T = TypeVar("T", bound="ReportCursorHypermedia")


@_attrs_define
class ReportCursorHypermedia:
    """
    Example:
        {'pagination': {'first_page': '/reporting/report_publisher/publisher/10l1/conversion.json?start_date=2018-03-
            01+00%3A00%3A00&end_date=2018-04-01+00%3A00%3A00&limit=300', 'next_page': '/reporting/report_publisher/publisher
            /10l1/conversion.json?start_date=2018-03-01+00%3A00%3A00&end_date=2018-04-
            01+00%3A00%3A00&limit=300&cursor_id=10325942995'}}

    Attributes:
        pagination (ReportCursorPagination | Unset): Links for cursor paging. `next_page` already carries `cursor_id`
            and `limit`; it is absent or null on the last page.
    """

    pagination: ReportCursorPagination | Unset = UNSET
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
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_cursor_pagination import ReportCursorPagination

        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: ReportCursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = ReportCursorPagination.from_dict(_pagination)

        report_cursor_hypermedia = cls(
            pagination=pagination,
        )

        report_cursor_hypermedia.additional_properties = d
        return report_cursor_hypermedia

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
