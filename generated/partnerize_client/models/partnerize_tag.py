from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partnerize_tag_enabled_feature import PartnerizeTagEnabledFeature
    from ..models.partnerize_tag_scope import PartnerizeTagScope


T = TypeVar("T", bound="PartnerizeTag")


@_attrs_define
class PartnerizeTag:
    """
    Attributes:
        id (str):
        scope (PartnerizeTagScope | Unset): The partner a tag belongs to.
        name (str | Unset):
        active (bool | Unset):
        url (None | str | Unset): Address of the script to embed in the website.
        created_at (None | str | Unset): ISO 8601 with milliseconds.
        created_by (None | str | Unset):
        last_modified_at (None | str | Unset):
        last_modified_by (None | str | Unset):
        features (list[PartnerizeTagEnabledFeature] | Unset): The enabled features (only with `with_features=true`).
    """

    id: str
    scope: PartnerizeTagScope | Unset = UNSET
    name: str | Unset = UNSET
    active: bool | Unset = UNSET
    url: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    last_modified_at: None | str | Unset = UNSET
    last_modified_by: None | str | Unset = UNSET
    features: list[PartnerizeTagEnabledFeature] | Unset = UNSET
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
        id = self.id

        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        name = self.name

        active = self.active

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        last_modified_at: None | str | Unset
        if isinstance(self.last_modified_at, Unset):
            last_modified_at = UNSET
        else:
            last_modified_at = self.last_modified_at

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_at is not UNSET:
            field_dict["last_modified_at"] = last_modified_at
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partnerize_tag_enabled_feature import PartnerizeTagEnabledFeature
        from ..models.partnerize_tag_scope import PartnerizeTagScope

        d = dict(src_dict)
        id = d.pop("id")

        _scope = d.pop("scope", UNSET)
        scope: PartnerizeTagScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = PartnerizeTagScope.from_dict(_scope)

        name = d.pop("name", UNSET)

        active = d.pop("active", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_last_modified_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_at = _parse_last_modified_at(d.pop("last_modified_at", UNSET))

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        _features = d.pop("features", UNSET)
        features: list[PartnerizeTagEnabledFeature] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = PartnerizeTagEnabledFeature.from_dict(
                    features_item_data
                )

                features.append(features_item)

        partnerize_tag = cls(
            id=id,
            scope=scope,
            name=name,
            active=active,
            url=url,
            created_at=created_at,
            created_by=created_by,
            last_modified_at=last_modified_at,
            last_modified_by=last_modified_by,
            features=features,
        )

        partnerize_tag.additional_properties = d
        return partnerize_tag

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
