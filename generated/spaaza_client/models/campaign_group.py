from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignGroup")


@_attrs_define
class CampaignGroup:
    """A campaign group as stored. Active dates are absent or `null` when the group has none.

    Example:
        {'id': 456, 'chain_id': 123, 'name': 'Summer Campaign Group', 'active_date_from': '2025-06-01 00:00:00',
            'active_date_until': '2025-08-31 23:59:59', 'created_at': '2025-08-12 14:30:00', 'updated_at': '2025-08-12
            14:30:00'}

    Attributes:
        id (int): The id of an existing campaign group. Example: 456.
        chain_id (int): The id of the retailer chain the campaign group belongs to. Example: 123.
        name (str): The group's name.
        active_date_from (None | str | Unset):
        active_date_until (None | str | Unset):
        created_at (str | Unset): A timestamp as Spaaza returns it: either `YYYY-MM-DD HH:MM:SS` (as on this endpoint's
            page) or ISO 8601 with a `T` and an optional fraction and offset (as elsewhere in Spaaza's API). Example:
            2025-08-12 14:30:00.
        updated_at (str | Unset): A timestamp as Spaaza returns it: either `YYYY-MM-DD HH:MM:SS` (as on this endpoint's
            page) or ISO 8601 with a `T` and an optional fraction and offset (as elsewhere in Spaaza's API). Example:
            2025-08-12 14:30:00.
    """

    id: int
    chain_id: int
    name: str
    active_date_from: None | str | Unset = UNSET
    active_date_until: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
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

        chain_id = self.chain_id

        name = self.name

        active_date_from: None | str | Unset
        if isinstance(self.active_date_from, Unset):
            active_date_from = UNSET
        else:
            active_date_from = self.active_date_from

        active_date_until: None | str | Unset
        if isinstance(self.active_date_until, Unset):
            active_date_until = UNSET
        else:
            active_date_until = self.active_date_until

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chain_id": chain_id,
                "name": name,
            }
        )
        if active_date_from is not UNSET:
            field_dict["active_date_from"] = active_date_from
        if active_date_until is not UNSET:
            field_dict["active_date_until"] = active_date_until
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        chain_id = d.pop("chain_id")

        name = d.pop("name")

        def _parse_active_date_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_date_from = _parse_active_date_from(d.pop("active_date_from", UNSET))

        def _parse_active_date_until(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active_date_until = _parse_active_date_until(d.pop("active_date_until", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        campaign_group = cls(
            id=id,
            chain_id=chain_id,
            name=name,
            active_date_from=active_date_from,
            active_date_until=active_date_until,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_group.additional_properties = d
        return campaign_group

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
