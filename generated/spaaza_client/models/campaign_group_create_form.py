from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignGroupCreateForm")


@_attrs_define
class CampaignGroupCreateForm:
    """The fields of `CampaignGroupCreate`, sent as an HTML form. It is a schema of its own so that a generated client can
    tell which encoding the caller chose.

        Attributes:
            chain_id (int): The id of the retailer chain the campaign group belongs to. Example: 123.
            name (str): The campaign group's name, at most 255 characters. Example: Summer Campaign Group.
            active_date_from (str | Unset): A local date and time written `YYYY-MM-DD HH:MM:SS` (24-hour clock). The pattern
                checks the shape and the ranges of each part; a day the month lacks (e.g. 30 February) is still refused by
                Spaaza with error 419. Example: 2025-06-01 00:00:00.
            active_date_until (str | Unset): A local date and time written `YYYY-MM-DD HH:MM:SS` (24-hour clock). The
                pattern checks the shape and the ranges of each part; a day the month lacks (e.g. 30 February) is still refused
                by Spaaza with error 419. Example: 2025-06-01 00:00:00.
    """

    chain_id: int
    name: str
    active_date_from: str | Unset = UNSET
    active_date_until: str | Unset = UNSET

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
        chain_id = self.chain_id

        name = self.name

        active_date_from = self.active_date_from

        active_date_until = self.active_date_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chain_id": chain_id,
                "name": name,
            }
        )
        if active_date_from is not UNSET:
            field_dict["active_date_from"] = active_date_from
        if active_date_until is not UNSET:
            field_dict["active_date_until"] = active_date_until

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chain_id = d.pop("chain_id")

        name = d.pop("name")

        active_date_from = d.pop("active_date_from", UNSET)

        active_date_until = d.pop("active_date_until", UNSET)

        campaign_group_create_form = cls(
            chain_id=chain_id,
            name=name,
            active_date_from=active_date_from,
            active_date_until=active_date_until,
        )

        return campaign_group_create_form
