from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignVoucherCode")


@_attrs_define
class CampaignVoucherCode:
    """A voucher code of a campaign, with what happens when it has expired or is used by the wrong user.

    Attributes:
        voucher_code_id (str):
        voucher_code (None | str | Unset): The code shoppers enter.
        campaign_id (None | str | Unset):
        active (None | str | Unset):
        commission_groups (list[Any] | Unset):
        description (None | str | Unset):
        start_date_time (None | str | Unset):
        end_date_time (None | str | Unset):
        on_expiry (None | str | Unset): e.g. `ignore`.
        on_invalid_user (None | str | Unset): e.g. `ignore`.
    """

    voucher_code_id: str
    voucher_code: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    commission_groups: list[Any] | Unset = UNSET
    description: None | str | Unset = UNSET
    start_date_time: None | str | Unset = UNSET
    end_date_time: None | str | Unset = UNSET
    on_expiry: None | str | Unset = UNSET
    on_invalid_user: None | str | Unset = UNSET
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
        voucher_code_id = self.voucher_code_id

        voucher_code: None | str | Unset
        if isinstance(self.voucher_code, Unset):
            voucher_code = UNSET
        else:
            voucher_code = self.voucher_code

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        commission_groups: list[Any] | Unset = UNSET
        if not isinstance(self.commission_groups, Unset):
            commission_groups = self.commission_groups

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_date_time: None | str | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = self.start_date_time

        end_date_time: None | str | Unset
        if isinstance(self.end_date_time, Unset):
            end_date_time = UNSET
        else:
            end_date_time = self.end_date_time

        on_expiry: None | str | Unset
        if isinstance(self.on_expiry, Unset):
            on_expiry = UNSET
        else:
            on_expiry = self.on_expiry

        on_invalid_user: None | str | Unset
        if isinstance(self.on_invalid_user, Unset):
            on_invalid_user = UNSET
        else:
            on_invalid_user = self.on_invalid_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voucher_code_id": voucher_code_id,
            }
        )
        if voucher_code is not UNSET:
            field_dict["voucher_code"] = voucher_code
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if active is not UNSET:
            field_dict["active"] = active
        if commission_groups is not UNSET:
            field_dict["commission_groups"] = commission_groups
        if description is not UNSET:
            field_dict["description"] = description
        if start_date_time is not UNSET:
            field_dict["start_date_time"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["end_date_time"] = end_date_time
        if on_expiry is not UNSET:
            field_dict["on_expiry"] = on_expiry
        if on_invalid_user is not UNSET:
            field_dict["on_invalid_user"] = on_invalid_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        voucher_code_id = d.pop("voucher_code_id")

        def _parse_voucher_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voucher_code = _parse_voucher_code(d.pop("voucher_code", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        commission_groups = cast(list[Any], d.pop("commission_groups", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_start_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("start_date_time", UNSET))

        def _parse_end_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date_time = _parse_end_date_time(d.pop("end_date_time", UNSET))

        def _parse_on_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_expiry = _parse_on_expiry(d.pop("on_expiry", UNSET))

        def _parse_on_invalid_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_invalid_user = _parse_on_invalid_user(d.pop("on_invalid_user", UNSET))

        campaign_voucher_code = cls(
            voucher_code_id=voucher_code_id,
            voucher_code=voucher_code,
            campaign_id=campaign_id,
            active=active,
            commission_groups=commission_groups,
            description=description,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            on_expiry=on_expiry,
            on_invalid_user=on_invalid_user,
        )

        campaign_voucher_code.additional_properties = d
        return campaign_voucher_code

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
