from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reference_partnership_model import ReferencePartnershipModel


T = TypeVar("T", bound="ReferencePartnershipModelItem")


@_attrs_define
class ReferencePartnershipModelItem:
    """
    Attributes:
        partnership_model (ReferencePartnershipModel):
    """

    partnership_model: ReferencePartnershipModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partnership_model = self.partnership_model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partnership_model": partnership_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_partnership_model import ReferencePartnershipModel

        d = dict(src_dict)
        partnership_model = ReferencePartnershipModel.from_dict(
            d.pop("partnership_model")
        )

        reference_partnership_model_item = cls(
            partnership_model=partnership_model,
        )

        reference_partnership_model_item.additional_properties = d
        return reference_partnership_model_item

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
