from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.action_item import ActionItem


T = TypeVar("T", bound="ActionItemList")


@_attrs_define
class ActionItemList:
    """The items of one action, in the order they were recorded.

    Attributes:
        action_items (list[ActionItem]):
    """

    action_items: list[ActionItem]
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
        action_items = []
        for action_items_item_data in self.action_items:
            action_items_item = action_items_item_data.to_dict()
            action_items.append(action_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ActionItems": action_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_item import ActionItem

        d = dict(src_dict)
        action_items = []
        _action_items = d.pop("ActionItems")
        for action_items_item_data in _action_items:
            action_items_item = ActionItem.from_dict(action_items_item_data)

            action_items.append(action_items_item)

        action_item_list = cls(
            action_items=action_items,
        )

        action_item_list.additional_properties = d
        return action_item_list

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
