from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_group import CommissionGroup


T = TypeVar("T", bound="CommissionGroupEntry")


@_attrs_define
class CommissionGroupEntry:
    """
    Attributes:
        commission_group (CommissionGroup):
        end_date_time (None | str | Unset):
        active (None | str | Unset): `y` or `n`.
        last_modified (None | str | Unset):
    """

    commission_group: CommissionGroup
    end_date_time: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
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
        commission_group = self.commission_group.to_dict()

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = self.end_date_time

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commission_group": commission_group,
            }
        )
        if end_date_time is not UNSET:
            field_dict["end_date_time"] = end_date_time
        if active is not UNSET:
            field_dict["active"] = active
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_group import CommissionGroup

        d = dict(src_dict)
        commission_group = CommissionGroup.from_dict(d.pop("commission_group"))

        def _parse_end_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("end_date_time", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        commission_group_entry = cls(
            commission_group=commission_group,
            end_date_time=end_date_time,
            active=active,
            last_modified=last_modified,
        )

        commission_group_entry.additional_properties = d
        return commission_group_entry

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
