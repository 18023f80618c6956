from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partnerize_tag_feature_config import PartnerizeTagFeatureConfig


T = TypeVar("T", bound="PartnerizeTagFeatureEnable")


@_attrs_define
class PartnerizeTagFeatureEnable:
    """
    Attributes:
        name (str): Name of the feature to enable (see `list_tag_features`).
        config (PartnerizeTagFeatureConfig | Unset): Configuration of a tag feature; its shape is given by the feature's
            `config_schema`.
    """

    name: str
    config: PartnerizeTagFeatureConfig | Unset = UNSET
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
        name = self.name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partnerize_tag_feature_config import PartnerizeTagFeatureConfig

        d = dict(src_dict)
        name = d.pop("name")

        _config = d.pop("config", UNSET)
        config: PartnerizeTagFeatureConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = PartnerizeTagFeatureConfig.from_dict(_config)

        partnerize_tag_feature_enable = cls(
            name=name,
            config=config,
        )

        partnerize_tag_feature_enable.additional_properties = d
        return partnerize_tag_feature_enable

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
