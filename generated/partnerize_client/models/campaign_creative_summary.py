from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.creative_counts import CreativeCounts


T = TypeVar("T", bound="CampaignCreativeSummary")


@_attrs_define
class CampaignCreativeSummary:
    """
    Attributes:
        campaign_id (str):
        creatives (CreativeCounts | list[Any] | Unset):
    """

    campaign_id: str
    creatives: CreativeCounts | list[Any] | Unset = UNSET
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
        from ..models.creative_counts import CreativeCounts

        campaign_id = self.campaign_id

        creatives: dict[str, Any] | list[Any] | Unset
        if isinstance(self.creatives, Unset):
            creatives = UNSET
        elif isinstance(self.creatives, CreativeCounts):
            creatives = self.creatives.to_dict()
        else:
            creatives = self.creatives

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if creatives is not UNSET:
            field_dict["creatives"] = creatives

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.creative_counts import CreativeCounts

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_creatives(data: object) -> CreativeCounts | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creatives_type_0 = CreativeCounts.from_dict(data)

                return creatives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            creatives_type_1 = cast(list[Any], data)

            return creatives_type_1

        creatives = _parse_creatives(d.pop("creatives", UNSET))

        campaign_creative_summary = cls(
            campaign_id=campaign_id,
            creatives=creatives,
        )

        campaign_creative_summary.additional_properties = d
        return campaign_creative_summary

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
