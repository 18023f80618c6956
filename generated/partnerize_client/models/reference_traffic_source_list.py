from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_traffic_source_item import ReferenceTrafficSourceItem


T = TypeVar("T", bound="ReferenceTrafficSourceList")


@_attrs_define
class ReferenceTrafficSourceList:
    """
    Attributes:
        traffic_sources (list[ReferenceTrafficSourceItem]):
        count (int | Unset):
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    traffic_sources: list[ReferenceTrafficSourceItem]
    count: int | Unset = UNSET
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
        traffic_sources = []
        for traffic_sources_item_data in self.traffic_sources:
            traffic_sources_item = traffic_sources_item_data.to_dict()
            traffic_sources.append(traffic_sources_item)

        count = self.count

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traffic_sources": traffic_sources,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_traffic_source_item import ReferenceTrafficSourceItem

        d = dict(src_dict)
        traffic_sources = []
        _traffic_sources = d.pop("traffic_sources")
        for traffic_sources_item_data in _traffic_sources:
            traffic_sources_item = ReferenceTrafficSourceItem.from_dict(
                traffic_sources_item_data
            )

            traffic_sources.append(traffic_sources_item)

        count = d.pop("count", UNSET)

        execution_time = d.pop("execution_time", UNSET)

        reference_traffic_source_list = cls(
            traffic_sources=traffic_sources,
            count=count,
            execution_time=execution_time,
        )

        reference_traffic_source_list.additional_properties = d
        return reference_traffic_source_list

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
