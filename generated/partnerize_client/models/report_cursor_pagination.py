from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportCursorPagination")


@_attrs_define
class ReportCursorPagination:
    """Links for cursor paging. `next_page` already carries `cursor_id` and `limit`; it is absent or null on the last page.

    Attributes:
        first_page (None | str | Unset):
        next_page (None | str | Unset):
        previous_page (None | str | Unset):
        last_page (None | str | Unset):
        total_page_count (int | None | Unset):
        total_item_count (int | None | Unset):
    """

    first_page: None | str | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    last_page: None | str | Unset = UNSET
    total_page_count: int | None | Unset = UNSET
    total_item_count: int | None | Unset = UNSET
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
        first_page: None | str | Unset
        if isinstance(self.first_page, Unset):
            first_page = UNSET
        else:
            first_page = self.first_page

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        last_page: None | str | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

        total_page_count: int | None | Unset
        if isinstance(self.total_page_count, Unset):
            total_page_count = UNSET
        else:
            total_page_count = self.total_page_count

        total_item_count: int | None | Unset
        if isinstance(self.total_item_count, Unset):
            total_item_count = UNSET
        else:
            total_item_count = self.total_item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_page is not UNSET:
            field_dict["first_page"] = first_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if total_page_count is not UNSET:
            field_dict["total_page_count"] = total_page_count
        if total_item_count is not UNSET:
            field_dict["total_item_count"] = total_item_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_first_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page = _parse_first_page(d.pop("first_page", UNSET))

        def _parse_next_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_previous_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_page = _parse_previous_page(d.pop("previous_page", UNSET))

        def _parse_last_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_page = _parse_last_page(d.pop("last_page", UNSET))

        def _parse_total_page_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_page_count = _parse_total_page_count(d.pop("total_page_count", UNSET))

        def _parse_total_item_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_item_count = _parse_total_item_count(d.pop("total_item_count", UNSET))

        report_cursor_pagination = cls(
            first_page=first_page,
            next_page=next_page,
            previous_page=previous_page,
            last_page=last_page,
            total_page_count=total_page_count,
            total_item_count=total_item_count,
        )

        report_cursor_pagination.additional_properties = d
        return report_cursor_pagination

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
