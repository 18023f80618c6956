from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participation_campaign_info import ParticipationCampaignInfo


T = TypeVar("T", bound="Participation")


@_attrs_define
class Participation:
    """The partner's participation in one campaign.

    Attributes:
        campaign_id (str):
        status (None | str | Unset): State of the participation (e.g. `a`, `p`, `r`, `t`; examples also show `y`).
        approved (None | str | Unset): When the participation was approved (ISO 8601).
        agreed_latest_terms (None | str | Unset): `y` or `n`.
        custom_terms (None | str | Unset): `y` or `n`.
        campaign_info (ParticipationCampaignInfo | Unset): Basic details of the campaign. The properties named in
            `fields[]` (camref, vertical, promotional_countries, default_currency, brand_id, status, icon, week_start,
            hidden_campaign, reporting_timezone) are added when requested.
    """

    campaign_id: str
    status: None | str | Unset = UNSET
    approved: None | str | Unset = UNSET
    agreed_latest_terms: None | str | Unset = UNSET
    custom_terms: None | str | Unset = UNSET
    campaign_info: ParticipationCampaignInfo | Unset = UNSET
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
        campaign_id = self.campaign_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        approved: None | str | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        agreed_latest_terms: None | str | Unset
        if isinstance(self.agreed_latest_terms, Unset):
            agreed_latest_terms = UNSET
        else:
            agreed_latest_terms = self.agreed_latest_terms

        custom_terms: None | str | Unset
        if isinstance(self.custom_terms, Unset):
            custom_terms = UNSET
        else:
            custom_terms = self.custom_terms

        campaign_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_info, Unset):
            campaign_info = self.campaign_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if approved is not UNSET:
            field_dict["approved"] = approved
        if agreed_latest_terms is not UNSET:
            field_dict["agreed_latest_terms"] = agreed_latest_terms
        if custom_terms is not UNSET:
            field_dict["custom_terms"] = custom_terms
        if campaign_info is not UNSET:
            field_dict["campaign_info"] = campaign_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.participation_campaign_info import ParticipationCampaignInfo

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_approved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved = _parse_approved(d.pop("approved", UNSET))

        def _parse_agreed_latest_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agreed_latest_terms = _parse_agreed_latest_terms(
            d.pop("agreed_latest_terms", UNSET)
        )

        def _parse_custom_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_terms = _parse_custom_terms(d.pop("custom_terms", UNSET))

        _campaign_info = d.pop("campaign_info", UNSET)
        campaign_info: ParticipationCampaignInfo | Unset
        if isinstance(_campaign_info, Unset):
            campaign_info = UNSET
        else:
            campaign_info = ParticipationCampaignInfo.from_dict(_campaign_info)

        participation = cls(
            campaign_id=campaign_id,
            status=status,
            approved=approved,
            agreed_latest_terms=agreed_latest_terms,
            custom_terms=custom_terms,
            campaign_info=campaign_info,
        )

        participation.additional_properties = d
        return participation

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
