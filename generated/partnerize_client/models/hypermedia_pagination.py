from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HypermediaPagination")


@_attrs_define
class HypermediaPagination:
    """Ready-made links for walking a paged collection. Page links are relative to the API host; a link is `null` (or left
    out) when that page does not exist. Cursor-paged reports give only `first_page` and `next_page`.

        Example:
            {'total_page_count': 15, 'total_item_count': 51234, 'first_page': '/user.json?limit=100&offset=0', 'last_page':
                '/user.json?limit=100&offset=1400', 'next_page': '/user.json?limit=100&offset=100', 'previous_page': None}

        Attributes:
            total_page_count (int | Unset): Number of pages at the current `limit`.
            total_item_count (int | Unset): Number of items in the whole collection.
            first_page (None | str | Unset): Path and query of the first page.
            last_page (None | str | Unset): Path and query of the last page.
            next_page (None | str | Unset): Path and query of the next page, `null` on the last page.
            previous_page (None | str | Unset): Path and query of the previous page, `null` on the first page.
    """

    total_page_count: int | Unset = UNSET
    total_item_count: int | Unset = UNSET
    first_page: None | str | Unset = UNSET
    last_page: None | str | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
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
        total_page_count = self.total_page_count

        total_item_count = self.total_item_count

        first_page: None | str | Unset
        if isinstance(self.first_page, Unset):
            first_page = UNSET
        else:
            first_page = self.first_page

        last_page: None | str | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_page_count is not UNSET:
            field_dict["total_page_count"] = total_page_count
        if total_item_count is not UNSET:
            field_dict["total_item_count"] = total_item_count
        if first_page is not UNSET:
            field_dict["first_page"] = first_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_page_count = d.pop("total_page_count", UNSET)

        total_item_count = d.pop("total_item_count", UNSET)

        def _parse_first_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_page = _parse_first_page(d.pop("first_page", UNSET))

        def _parse_last_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_page = _parse_last_page(d.pop("last_page", UNSET))

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

        hypermedia_pagination = cls(
            total_page_count=total_page_count,
            total_item_count=total_item_count,
            first_page=first_page,
            last_page=last_page,
            next_page=next_page,
            previous_page=previous_page,
        )

        hypermedia_pagination.additional_properties = d
        return hypermedia_pagination

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
