from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_override import CommissionOverride


T = TypeVar("T", bound="DefaultCommission")


@_attrs_define
class DefaultCommission:
    """
    Attributes:
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        description (None | str | Unset):
        performance_value (float | None | str | Unset): Rate or amount, sometimes sent as a string.
        performance_model (None | str | Unset): How the value is applied, e.g. `fixed_cpa`, `cpc`.
        last_modified_by (None | str | Unset):
        last_modified (None | str | Unset):
        publishers (CommissionOverride | list[CommissionOverride] | None | Unset): Override for this partner; null or
            empty when there is none.
        groups (CommissionOverride | list[CommissionOverride] | None | Unset): Override for the partner's commission
            group; null or empty when there is none.
    """

    execution_time: str | Unset = UNSET
    description: None | str | Unset = UNSET
    performance_value: float | None | str | Unset = UNSET
    performance_model: None | str | Unset = UNSET
    last_modified_by: None | str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    publishers: CommissionOverride | list[CommissionOverride] | None | Unset = UNSET
    groups: CommissionOverride | list[CommissionOverride] | None | Unset = UNSET
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
        from ..models.commission_override import CommissionOverride

        execution_time = self.execution_time

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        performance_value: float | None | str | Unset
        if isinstance(self.performance_value, Unset):
            performance_value = UNSET
        else:
            performance_value = self.performance_value

        performance_model: None | str | Unset
        if isinstance(self.performance_model, Unset):
            performance_model = UNSET
        else:
            performance_model = self.performance_model

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        publishers: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.publishers, Unset):
            publishers = UNSET
        elif isinstance(self.publishers, CommissionOverride):
            publishers = self.publishers.to_dict()
        elif isinstance(self.publishers, list):
            publishers = []
            for publishers_type_1_item_data in self.publishers:
                publishers_type_1_item = publishers_type_1_item_data.to_dict()
                publishers.append(publishers_type_1_item)

        else:
            publishers = self.publishers

        groups: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, CommissionOverride):
            groups = self.groups.to_dict()
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_1_item_data in self.groups:
                groups_type_1_item = groups_type_1_item_data.to_dict()
                groups.append(groups_type_1_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if description is not UNSET:
            field_dict["description"] = description
        if performance_value is not UNSET:
            field_dict["performance_value"] = performance_value
        if performance_model is not UNSET:
            field_dict["performance_model"] = performance_model
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if publishers is not UNSET:
            field_dict["publishers"] = publishers
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_override import CommissionOverride

        d = dict(src_dict)
        execution_time = d.pop("execution_time", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_performance_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        performance_value = _parse_performance_value(d.pop("performance_value", UNSET))

        def _parse_performance_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        performance_model = _parse_performance_model(d.pop("performance_model", UNSET))

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        def _parse_publishers(
            data: object,
        ) -> CommissionOverride | list[CommissionOverride] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                publishers_type_0 = CommissionOverride.from_dict(data)

                return publishers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                publishers_type_1 = []
                _publishers_type_1 = data
                for publishers_type_1_item_data in _publishers_type_1:
                    publishers_type_1_item = CommissionOverride.from_dict(
                        publishers_type_1_item_data
                    )

                    publishers_type_1.append(publishers_type_1_item)

                return publishers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CommissionOverride | list[CommissionOverride] | None | Unset, data
            )

        publishers = _parse_publishers(d.pop("publishers", UNSET))

        def _parse_groups(
            data: object,
        ) -> CommissionOverride | list[CommissionOverride] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                groups_type_0 = CommissionOverride.from_dict(data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_1 = []
                _groups_type_1 = data
                for groups_type_1_item_data in _groups_type_1:
                    groups_type_1_item = CommissionOverride.from_dict(
                        groups_type_1_item_data
                    )

                    groups_type_1.append(groups_type_1_item)

                return groups_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CommissionOverride | list[CommissionOverride] | None | Unset, data
            )

        groups = _parse_groups(d.pop("groups", UNSET))

        default_commission = cls(
            execution_time=execution_time,
            description=description,
            performance_value=performance_value,
            performance_model=performance_model,
            last_modified_by=last_modified_by,
            last_modified=last_modified,
            publishers=publishers,
            groups=groups,
        )

        default_commission.additional_properties = d
        return default_commission

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
