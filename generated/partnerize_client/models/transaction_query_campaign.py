from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionQueryCampaign")


@_attrs_define
class TransactionQueryCampaign:
    """Summary of the campaign a transaction query is about.

    Attributes:
        campaign_id (None | str | Unset):
        advertiser_id (None | str | Unset):
        title (None | str | Unset):
        type_ (None | str | Unset):
        status (None | str | Unset):
        created (None | str | Unset):
        created_by (None | str | Unset):
        default_override (float | None | str | Unset):
        hidden_campaign (None | str | Unset):
        last_modified (None | str | Unset):
        network_fee (float | None | str | Unset):
        payment_date (None | str | Unset):
        reporting_timezone (None | str | Unset):
        vertical_id (int | None | str | Unset):
        week_start (None | str | Unset):
    """

    campaign_id: None | str | Unset = UNSET
    advertiser_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    default_override: float | None | str | Unset = UNSET
    hidden_campaign: None | str | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    network_fee: float | None | str | Unset = UNSET
    payment_date: None | str | Unset = UNSET
    reporting_timezone: None | str | Unset = UNSET
    vertical_id: int | None | str | Unset = UNSET
    week_start: None | str | Unset = UNSET
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
        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        advertiser_id: None | str | Unset
        if isinstance(self.advertiser_id, Unset):
            advertiser_id = UNSET
        else:
            advertiser_id = self.advertiser_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        default_override: float | None | str | Unset
        if isinstance(self.default_override, Unset):
            default_override = UNSET
        else:
            default_override = self.default_override

        hidden_campaign: None | str | Unset
        if isinstance(self.hidden_campaign, Unset):
            hidden_campaign = UNSET
        else:
            hidden_campaign = self.hidden_campaign

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        network_fee: float | None | str | Unset
        if isinstance(self.network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = self.network_fee

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = self.payment_date

        reporting_timezone: None | str | Unset
        if isinstance(self.reporting_timezone, Unset):
            reporting_timezone = UNSET
        else:
            reporting_timezone = self.reporting_timezone

        vertical_id: int | None | str | Unset
        if isinstance(self.vertical_id, Unset):
            vertical_id = UNSET
        else:
            vertical_id = self.vertical_id

        week_start: None | str | Unset
        if isinstance(self.week_start, Unset):
            week_start = UNSET
        else:
            week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if created is not UNSET:
            field_dict["created"] = created
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if default_override is not UNSET:
            field_dict["default_override"] = default_override
        if hidden_campaign is not UNSET:
            field_dict["hidden_campaign"] = hidden_campaign
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if vertical_id is not UNSET:
            field_dict["vertical_id"] = vertical_id
        if week_start is not UNSET:
            field_dict["week_start"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_advertiser_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        advertiser_id = _parse_advertiser_id(d.pop("advertiser_id", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_default_override(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        default_override = _parse_default_override(d.pop("default_override", UNSET))

        def _parse_hidden_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hidden_campaign = _parse_hidden_campaign(d.pop("hidden_campaign", UNSET))

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        def _parse_network_fee(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        network_fee = _parse_network_fee(d.pop("network_fee", UNSET))

        def _parse_payment_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_date = _parse_payment_date(d.pop("payment_date", UNSET))

        def _parse_reporting_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_timezone = _parse_reporting_timezone(
            d.pop("reporting_timezone", UNSET)
        )

        def _parse_vertical_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        vertical_id = _parse_vertical_id(d.pop("vertical_id", UNSET))

        def _parse_week_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        week_start = _parse_week_start(d.pop("week_start", UNSET))

        transaction_query_campaign = cls(
            campaign_id=campaign_id,
            advertiser_id=advertiser_id,
            title=title,
            type_=type_,
            status=status,
            created=created,
            created_by=created_by,
            default_override=default_override,
            hidden_campaign=hidden_campaign,
            last_modified=last_modified,
            network_fee=network_fee,
            payment_date=payment_date,
            reporting_timezone=reporting_timezone,
            vertical_id=vertical_id,
            week_start=week_start,
        )

        transaction_query_campaign.additional_properties = d
        return transaction_query_campaign

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
