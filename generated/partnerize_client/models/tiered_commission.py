from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_meta_field import CommissionMetaField
    from ..models.named_ref import NamedRef
    from ..models.tier_level import TierLevel


T = TypeVar("T", bound="TieredCommission")


@_attrs_define
class TieredCommission:
    """
    Attributes:
        id (str):
        name (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        evaluation_period (int | None | Unset): Length of the period performance is measured over.
        reward_pending (bool | None | Unset): Whether pending conversions count.
        reward_model (None | str | Unset): e.g. `fixed_reward`.
        performance_measurement (None | str | Unset): e.g. `total_items`.
        meta_fields (list[CommissionMetaField] | Unset):
        levels (list[TierLevel] | Unset):
        publishers (list[NamedRef] | Unset):
        groups (list[NamedRef] | Unset):
        status (None | str | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    evaluation_period: int | None | Unset = UNSET
    reward_pending: bool | None | Unset = UNSET
    reward_model: None | str | Unset = UNSET
    performance_measurement: None | str | Unset = UNSET
    meta_fields: list[CommissionMetaField] | Unset = UNSET
    levels: list[TierLevel] | Unset = UNSET
    publishers: list[NamedRef] | Unset = UNSET
    groups: list[NamedRef] | Unset = UNSET
    status: None | str | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        evaluation_period: int | None | Unset
        if isinstance(self.evaluation_period, Unset):
            evaluation_period = UNSET
        else:
            evaluation_period = self.evaluation_period

        reward_pending: bool | None | Unset
        if isinstance(self.reward_pending, Unset):
            reward_pending = UNSET
        else:
            reward_pending = self.reward_pending

        reward_model: None | str | Unset
        if isinstance(self.reward_model, Unset):
            reward_model = UNSET
        else:
            reward_model = self.reward_model

        performance_measurement: None | str | Unset
        if isinstance(self.performance_measurement, Unset):
            performance_measurement = UNSET
        else:
            performance_measurement = self.performance_measurement

        meta_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_fields, Unset):
            meta_fields = []
            for meta_fields_item_data in self.meta_fields:
                meta_fields_item = meta_fields_item_data.to_dict()
                meta_fields.append(meta_fields_item)

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        publishers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.publishers, Unset):
            publishers = []
            for publishers_item_data in self.publishers:
                publishers_item = publishers_item_data.to_dict()
                publishers.append(publishers_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if evaluation_period is not UNSET:
            field_dict["evaluation_period"] = evaluation_period
        if reward_pending is not UNSET:
            field_dict["reward_pending"] = reward_pending
        if reward_model is not UNSET:
            field_dict["reward_model"] = reward_model
        if performance_measurement is not UNSET:
            field_dict["performance_measurement"] = performance_measurement
        if meta_fields is not UNSET:
            field_dict["meta_fields"] = meta_fields
        if levels is not UNSET:
            field_dict["levels"] = levels
        if publishers is not UNSET:
            field_dict["publishers"] = publishers
        if groups is not UNSET:
            field_dict["groups"] = groups
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_meta_field import CommissionMetaField
        from ..models.named_ref import NamedRef
        from ..models.tier_level import TierLevel

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_evaluation_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evaluation_period = _parse_evaluation_period(d.pop("evaluation_period", UNSET))

        def _parse_reward_pending(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reward_pending = _parse_reward_pending(d.pop("reward_pending", UNSET))

        def _parse_reward_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reward_model = _parse_reward_model(d.pop("reward_model", UNSET))

        def _parse_performance_measurement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        performance_measurement = _parse_performance_measurement(
            d.pop("performance_measurement", UNSET)
        )

        _meta_fields = d.pop("meta_fields", UNSET)
        meta_fields: list[CommissionMetaField] | Unset = UNSET
        if _meta_fields is not UNSET:
            meta_fields = []
            for meta_fields_item_data in _meta_fields:
                meta_fields_item = CommissionMetaField.from_dict(meta_fields_item_data)

                meta_fields.append(meta_fields_item)

        _levels = d.pop("levels", UNSET)
        levels: list[TierLevel] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = TierLevel.from_dict(levels_item_data)

                levels.append(levels_item)

        _publishers = d.pop("publishers", UNSET)
        publishers: list[NamedRef] | Unset = UNSET
        if _publishers is not UNSET:
            publishers = []
            for publishers_item_data in _publishers:
                publishers_item = NamedRef.from_dict(publishers_item_data)

                publishers.append(publishers_item)

        _groups = d.pop("groups", UNSET)
        groups: list[NamedRef] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = NamedRef.from_dict(groups_item_data)

                groups.append(groups_item)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        tiered_commission = cls(
            id=id,
            name=name,
            start_date=start_date,
            end_date=end_date,
            evaluation_period=evaluation_period,
            reward_pending=reward_pending,
            reward_model=reward_model,
            performance_measurement=performance_measurement,
            meta_fields=meta_fields,
            levels=levels,
            publishers=publishers,
            groups=groups,
            status=status,
        )

        tiered_commission.additional_properties = d
        return tiered_commission

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
