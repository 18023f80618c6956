from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hypermedia_links import HypermediaLinks
    from ..models.hypermedia_pagination import HypermediaPagination


T = TypeVar("T", bound="Hypermedia")


@_attrs_define
class Hypermedia:
    """Links that accompany an answer, such as paging links or links to related resources.

    Example:
        {'links': {'tasks': '/v3/jobs/111111l11/tasks'}}

    Attributes:
        pagination (HypermediaPagination | Unset): Ready-made links for walking a paged collection. Page links are
            relative to the API host; a link is `null` (or left out) when that page does not exist. Cursor-paged reports
            give only `first_page` and `next_page`. Example: {'total_page_count': 15, 'total_item_count': 51234,
            'first_page': '/user.json?limit=100&offset=0', 'last_page': '/user.json?limit=100&offset=1400', 'next_page':
            '/user.json?limit=100&offset=100', 'previous_page': None}.
        links (HypermediaLinks | Unset): Links to related resources, keyed by relation name.
    """

    pagination: HypermediaPagination | Unset = UNSET
    links: HypermediaLinks | Unset = UNSET
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

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hypermedia_links import HypermediaLinks
        from ..models.hypermedia_pagination import HypermediaPagination

        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: HypermediaPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = HypermediaPagination.from_dict(_pagination)

        _links = d.pop("links", UNSET)
        links: HypermediaLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = HypermediaLinks.from_dict(_links)

        hypermedia = cls(
            pagination=pagination,
            links=links,
        )

        hypermedia.additional_properties = d
        return hypermedia

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
