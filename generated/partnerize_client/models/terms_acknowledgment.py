from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TermsAcknowledgment")


@_attrs_define
class TermsAcknowledgment:
    """
    Attributes:
        id (str):
        partner_id (None | str | Unset):
        campaign_terms_and_conditions_id (None | str | Unset):
        created_at (None | str | Unset): Creation time, e.g. `2020-01-01T00:00:00+0000` (offset without a colon).
        created_by (None | str | Unset):
    """

    id: str
    partner_id: None | str | Unset = UNSET
    campaign_terms_and_conditions_id: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
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

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        campaign_terms_and_conditions_id: None | str | Unset
        if isinstance(self.campaign_terms_and_conditions_id, Unset):
            campaign_terms_and_conditions_id = UNSET
        else:
            campaign_terms_and_conditions_id = self.campaign_terms_and_conditions_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if campaign_terms_and_conditions_id is not UNSET:
            field_dict["campaign_terms_and_conditions_id"] = (
                campaign_terms_and_conditions_id
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_campaign_terms_and_conditions_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_terms_and_conditions_id = _parse_campaign_terms_and_conditions_id(
            d.pop("campaign_terms_and_conditions_id", UNSET)
        )

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

        terms_acknowledgment = cls(
            id=id,
            partner_id=partner_id,
            campaign_terms_and_conditions_id=campaign_terms_and_conditions_id,
            created_at=created_at,
            created_by=created_by,
        )

        terms_acknowledgment.additional_properties = d
        return terms_acknowledgment

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
