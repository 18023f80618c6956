from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_update import ActionUpdate


T = TypeVar("T", bound="ActionUpdateList")


@_attrs_define
class ActionUpdateList:
    """One page of action changes.

    Attributes:
        action_updates (list[ActionUpdate]):
        page (str | Unset): Current page Example: 1.
        numpages (str | Unset): Number of pages. Example: 1.
        pagesize (str | Unset): Items per page. Example: 20000.
        total (str | Unset): Items in the whole result. Example: 1.
        start (str | Unset): Zero-based index of the first item on this page. Example: 0.
        end (str | Unset): Zero-based index of the last item on this page. Example: 0.
        uri (str | Unset): This page.
        firstpageuri (str | Unset): The first page.
        previouspageuri (str | Unset): The previous page, or "" on the first.
        nextpageuri (str | Unset): The next page, complete with every filter, or "" on the last.
        lastpageuri (str | Unset): The last page.
    """

    action_updates: list[ActionUpdate]
    page: str | Unset = UNSET
    numpages: str | Unset = UNSET
    pagesize: str | Unset = UNSET
    total: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    uri: str | Unset = UNSET
    firstpageuri: str | Unset = UNSET
    previouspageuri: str | Unset = UNSET
    nextpageuri: str | Unset = UNSET
    lastpageuri: str | Unset = UNSET
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
        action_updates = []
        for action_updates_item_data in self.action_updates:
            action_updates_item = action_updates_item_data.to_dict()
            action_updates.append(action_updates_item)

        page = self.page

        numpages = self.numpages

        pagesize = self.pagesize

        total = self.total

        start = self.start

        end = self.end

        uri = self.uri

        firstpageuri = self.firstpageuri

        previouspageuri = self.previouspageuri

        nextpageuri = self.nextpageuri

        lastpageuri = self.lastpageuri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActionUpdates": action_updates,
            }
        )
        if page is not UNSET:
            field_dict["@page"] = page
        if numpages is not UNSET:
            field_dict["@numpages"] = numpages
        if pagesize is not UNSET:
            field_dict["@pagesize"] = pagesize
        if total is not UNSET:
            field_dict["@total"] = total
        if start is not UNSET:
            field_dict["@start"] = start
        if end is not UNSET:
            field_dict["@end"] = end
        if uri is not UNSET:
            field_dict["@uri"] = uri
        if firstpageuri is not UNSET:
            field_dict["@firstpageuri"] = firstpageuri
        if previouspageuri is not UNSET:
            field_dict["@previouspageuri"] = previouspageuri
        if nextpageuri is not UNSET:
            field_dict["@nextpageuri"] = nextpageuri
        if lastpageuri is not UNSET:
            field_dict["@lastpageuri"] = lastpageuri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_update import ActionUpdate

        d = dict(src_dict)
        action_updates = []
        _action_updates = d.pop("ActionUpdates")
        for action_updates_item_data in _action_updates:
            action_updates_item = ActionUpdate.from_dict(action_updates_item_data)

            action_updates.append(action_updates_item)

        page = d.pop("@page", UNSET)

        numpages = d.pop("@numpages", UNSET)

        pagesize = d.pop("@pagesize", UNSET)

        total = d.pop("@total", UNSET)

        start = d.pop("@start", UNSET)

        end = d.pop("@end", UNSET)

        uri = d.pop("@uri", UNSET)

        firstpageuri = d.pop("@firstpageuri", UNSET)

        previouspageuri = d.pop("@previouspageuri", UNSET)

        nextpageuri = d.pop("@nextpageuri", UNSET)

        lastpageuri = d.pop("@lastpageuri", UNSET)

        action_update_list = cls(
            action_updates=action_updates,
            page=page,
            numpages=numpages,
            pagesize=pagesize,
            total=total,
            start=start,
            end=end,
            uri=uri,
            firstpageuri=firstpageuri,
            previouspageuri=previouspageuri,
            nextpageuri=nextpageuri,
            lastpageuri=lastpageuri,
        )

        action_update_list.additional_properties = d
        return action_update_list

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
