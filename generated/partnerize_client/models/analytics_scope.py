from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AnalyticsScope")


@_attrs_define
class AnalyticsScope:
    """Whose data to report on. Requires access to the partner, otherwise the answer is 403.

    Example:
        {'partner': '111111l10'}

    Attributes:
        partner (str): Identifier of the partner.
    """

    partner: str

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "partner": partner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        partner = d.pop("partner")

        analytics_scope = cls(
            partner=partner,
        )

        return analytics_scope
