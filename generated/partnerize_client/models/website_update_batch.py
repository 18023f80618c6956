from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.website_update import WebsiteUpdate


T = TypeVar("T", bound="WebsiteUpdateBatch")


@_attrs_define
class WebsiteUpdateBatch:
    """
    Attributes:
        websites (list[WebsiteUpdate]):
    """

    websites: list[WebsiteUpdate]
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
        websites = []
        for websites_item_data in self.websites:
            websites_item = websites_item_data.to_dict()
            websites.append(websites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "websites": websites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.website_update import WebsiteUpdate

        d = dict(src_dict)
        websites = []
        _websites = d.pop("websites")
        for websites_item_data in _websites:
            websites_item = WebsiteUpdate.from_dict(websites_item_data)

            websites.append(websites_item)

        website_update_batch = cls(
            websites=websites,
        )

        website_update_batch.additional_properties = d
        return website_update_batch

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
