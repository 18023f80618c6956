from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.relationship_status import RelationshipStatus
from ..types import Unset

T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """One advertiser–affiliate relationship as Invoca reports it.

    Example:
        {'status': 'Approved', 'affiliate_id_from_network': '222'}

    Attributes:
        status (RelationshipStatus | str): Where the advertiser–affiliate relationship stands. Only `Approved` lets the
            affiliate's campaign applications through (automatically); every other value declines them and suspends the
            affiliate's active campaigns with the advertiser.
        affiliate_id_from_network (str): The affiliate's id on the network's platform. Read-only: it comes from the URL
            when a relationship is written.
    """

    status: RelationshipStatus | str
    affiliate_id_from_network: str
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
        status: str
        if isinstance(self.status, RelationshipStatus):
            status = self.status.value
        else:
            status = self.status

        affiliate_id_from_network = self.affiliate_id_from_network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "affiliate_id_from_network": affiliate_id_from_network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_status(data: object) -> RelationshipStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RelationshipStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RelationshipStatus | str, data)

        status = _parse_status(d.pop("status"))

        affiliate_id_from_network = d.pop("affiliate_id_from_network")

        relationship = cls(
            status=status,
            affiliate_id_from_network=affiliate_id_from_network,
        )

        relationship.additional_properties = d
        return relationship

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
