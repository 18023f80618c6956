from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partnerize_tag_feature_config_schema_map import (
        PartnerizeTagFeatureConfigSchemaMap,
    )


T = TypeVar("T", bound="PartnerizeTagFeature")


@_attrs_define
class PartnerizeTagFeature:
    """A feature that can be enabled on a tag.

    Attributes:
        name (str):
        description (None | str | Unset):
        config_schema (list[Any] | None | PartnerizeTagFeatureConfigSchemaMap | Unset): JSON Schema of a feature's
            configuration (an empty list when the feature takes none).
    """

    name: str
    description: None | str | Unset = UNSET
    config_schema: list[Any] | None | PartnerizeTagFeatureConfigSchemaMap | Unset = (
        UNSET
    )
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
        from ..models.partnerize_tag_feature_config_schema_map import (
            PartnerizeTagFeatureConfigSchemaMap,
        )

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config_schema: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.config_schema, Unset):
            config_schema = UNSET
        elif isinstance(self.config_schema, PartnerizeTagFeatureConfigSchemaMap):
            config_schema = self.config_schema.to_dict()
        elif isinstance(self.config_schema, list):
            config_schema = self.config_schema

        else:
            config_schema = self.config_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config_schema is not UNSET:
            field_dict["config_schema"] = config_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partnerize_tag_feature_config_schema_map import (
            PartnerizeTagFeatureConfigSchemaMap,
        )

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_config_schema(
            data: object,
        ) -> list[Any] | None | PartnerizeTagFeatureConfigSchemaMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_partnerize_tag_feature_config_schema_partnerize_tag_feature_config_schema_map = PartnerizeTagFeatureConfigSchemaMap.from_dict(
                    data
                )

                return componentsschemas_partnerize_tag_feature_config_schema_partnerize_tag_feature_config_schema_map
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_partnerize_tag_feature_config_schema_partnerize_tag_feature_config_schema_list = cast(
                    list[Any], data
                )

                return componentsschemas_partnerize_tag_feature_config_schema_partnerize_tag_feature_config_schema_list
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[Any] | None | PartnerizeTagFeatureConfigSchemaMap | Unset, data
            )

        config_schema = _parse_config_schema(d.pop("config_schema", UNSET))

        partnerize_tag_feature = cls(
            name=name,
            description=description,
            config_schema=config_schema,
        )

        partnerize_tag_feature.additional_properties = d
        return partnerize_tag_feature

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
