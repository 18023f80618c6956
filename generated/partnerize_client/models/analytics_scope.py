from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import Unset

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
