from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.campaign_group import CampaignGroup


T = TypeVar("T", bound="CampaignGroupDataEnvelope")


@_attrs_define
class CampaignGroupDataEnvelope:
    """The success body shown on the endpoint's page.

    Example:
        {'result': 'ok', 'data': {'id': 456, 'chain_id': 123, 'name': 'Summer Campaign Group', 'active_date_from':
            '2025-06-01 00:00:00', 'active_date_until': '2025-08-31 23:59:59', 'created_at': '2025-08-12 14:30:00',
            'updated_at': '2025-08-12 14:30:00'}}

    Attributes:
        result (Literal['ok']):
        data (CampaignGroup): A campaign group as stored. Active dates are absent or `null` when the group has none.
            Example: {'id': 456, 'chain_id': 123, 'name': 'Summer Campaign Group', 'active_date_from': '2025-06-01
            00:00:00', 'active_date_until': '2025-08-31 23:59:59', 'created_at': '2025-08-12 14:30:00', 'updated_at':
            '2025-08-12 14:30:00'}.
    """

    result: Literal["ok"]
    data: CampaignGroup
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
        result = self.result

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_group import CampaignGroup

        d = dict(src_dict)
        result = cast(Literal["ok"], d.pop("result"))
        if result != "ok":
            raise ValueError(f"result must match const 'ok', got '{result}'")

        data = CampaignGroup.from_dict(d.pop("data"))

        campaign_group_data_envelope = cls(
            result=result,
            data=data,
        )

        campaign_group_data_envelope.additional_properties = d
        return campaign_group_data_envelope

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
