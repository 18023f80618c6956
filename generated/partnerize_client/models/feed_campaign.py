from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feed import Feed


T = TypeVar("T", bound="FeedCampaign")


@_attrs_define
class FeedCampaign:
    """
    Attributes:
        campaign_id (str):
        title (None | str | Unset):
        feeds (list[Feed] | Unset):
    """

    campaign_id: str
    title: None | str | Unset = UNSET
    feeds: list[Feed] | Unset = UNSET
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
        campaign_id = self.campaign_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        feeds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feeds, Unset):
            feeds = []
            for feeds_item_data in self.feeds:
                feeds_item = feeds_item_data.to_dict()
                feeds.append(feeds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if feeds is not UNSET:
            field_dict["feeds"] = feeds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feed import Feed

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _feeds = d.pop("feeds", UNSET)
        feeds: list[Feed] | Unset = UNSET
        if _feeds is not UNSET:
            feeds = []
            for feeds_item_data in _feeds:
                feeds_item = Feed.from_dict(feeds_item_data)

                feeds.append(feeds_item)

        feed_campaign = cls(
            campaign_id=campaign_id,
            title=title,
            feeds=feeds,
        )

        feed_campaign.additional_properties = d
        return feed_campaign

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
