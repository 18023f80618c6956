from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsClicksTotals")


@_attrs_define
class AnalyticsClicksTotals:
    """The requested metrics, each under its own name. With comparison periods further comparison and percentage-change
    values appear.

        Attributes:
            total_clicks (float | None | Unset):
            total_clicks_converted (float | None | Unset):
            click_conversion_rate (float | None | Unset):
            total_unique_clicks (float | None | Unset):
    """

    total_clicks: float | None | Unset = UNSET
    total_clicks_converted: float | None | Unset = UNSET
    click_conversion_rate: float | None | Unset = UNSET
    total_unique_clicks: float | None | Unset = UNSET
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
        total_clicks: float | None | Unset
        if isinstance(self.total_clicks, Unset):
            total_clicks = UNSET
        else:
            total_clicks = self.total_clicks

        total_clicks_converted: float | None | Unset
        if isinstance(self.total_clicks_converted, Unset):
            total_clicks_converted = UNSET
        else:
            total_clicks_converted = self.total_clicks_converted

        click_conversion_rate: float | None | Unset
        if isinstance(self.click_conversion_rate, Unset):
            click_conversion_rate = UNSET
        else:
            click_conversion_rate = self.click_conversion_rate

        total_unique_clicks: float | None | Unset
        if isinstance(self.total_unique_clicks, Unset):
            total_unique_clicks = UNSET
        else:
            total_unique_clicks = self.total_unique_clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_clicks is not UNSET:
            field_dict["total_clicks"] = total_clicks
        if total_clicks_converted is not UNSET:
            field_dict["total_clicks_converted"] = total_clicks_converted
        if click_conversion_rate is not UNSET:
            field_dict["click_conversion_rate"] = click_conversion_rate
        if total_unique_clicks is not UNSET:
            field_dict["total_unique_clicks"] = total_unique_clicks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_total_clicks(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_clicks = _parse_total_clicks(d.pop("total_clicks", UNSET))

        def _parse_total_clicks_converted(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_clicks_converted = _parse_total_clicks_converted(
            d.pop("total_clicks_converted", UNSET)
        )

        def _parse_click_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        click_conversion_rate = _parse_click_conversion_rate(
            d.pop("click_conversion_rate", UNSET)
        )

        def _parse_total_unique_clicks(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_unique_clicks = _parse_total_unique_clicks(
            d.pop("total_unique_clicks", UNSET)
        )

        analytics_clicks_totals = cls(
            total_clicks=total_clicks,
            total_clicks_converted=total_clicks_converted,
            click_conversion_rate=click_conversion_rate,
            total_unique_clicks=total_unique_clicks,
        )

        analytics_clicks_totals.additional_properties = d
        return analytics_clicks_totals

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
