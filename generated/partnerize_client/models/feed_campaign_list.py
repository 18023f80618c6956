from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feed_campaign_envelope import FeedCampaignEnvelope
    from ..models.hypermedia import Hypermedia


T = TypeVar("T", bound="FeedCampaignList")


@_attrs_define
class FeedCampaignList:
    """
    Attributes:
        campaigns (list[FeedCampaignEnvelope]):
        count (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        hypermedia (Hypermedia | Unset): Links that accompany an answer, such as paging links or links to related
            resources. Example: {'links': {'tasks': '/v3/jobs/111111l11/tasks'}}.
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    campaigns: list[FeedCampaignEnvelope]
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    hypermedia: Hypermedia | Unset = UNSET
    execution_time: str | Unset = UNSET
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
        campaigns = []
        for campaigns_item_data in self.campaigns:
            campaigns_item = campaigns_item_data.to_dict()
            campaigns.append(campaigns_item)

        count = self.count

        offset = self.offset

        limit = self.limit

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaigns": campaigns,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feed_campaign_envelope import FeedCampaignEnvelope
        from ..models.hypermedia import Hypermedia

        d = dict(src_dict)
        campaigns = []
        _campaigns = d.pop("campaigns")
        for campaigns_item_data in _campaigns:
            campaigns_item = FeedCampaignEnvelope.from_dict(campaigns_item_data)

            campaigns.append(campaigns_item)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: Hypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = Hypermedia.from_dict(_hypermedia)

        execution_time = d.pop("execution_time", UNSET)

        feed_campaign_list = cls(
            campaigns=campaigns,
            count=count,
            offset=offset,
            limit=limit,
            hypermedia=hypermedia,
            execution_time=execution_time,
        )

        feed_campaign_list.additional_properties = d
        return feed_campaign_list

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
