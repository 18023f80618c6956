from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRequestResult")


@_attrs_define
class CampaignRequestResult:
    """
    Attributes:
        success_count (int | Unset): Requests that were recorded.
        failure_count (int | Unset): Requests that were refused.
        execution_type (str | Unset): Processing time (the vendor's spelling of `execution_time` here).
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
    """

    success_count: int | Unset = UNSET
    failure_count: int | Unset = UNSET
    execution_type: str | Unset = UNSET
    execution_time: str | Unset = UNSET
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
        success_count = self.success_count

        failure_count = self.failure_count

        execution_type = self.execution_type

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_count is not UNSET:
            field_dict["success_count"] = success_count
        if failure_count is not UNSET:
            field_dict["failure_count"] = failure_count
        if execution_type is not UNSET:
            field_dict["execution_type"] = execution_type
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success_count = d.pop("success_count", UNSET)

        failure_count = d.pop("failure_count", UNSET)

        execution_type = d.pop("execution_type", UNSET)

        execution_time = d.pop("execution_time", UNSET)

        campaign_request_result = cls(
            success_count=success_count,
            failure_count=failure_count,
            execution_type=execution_type,
            execution_time=execution_time,
        )

        campaign_request_result.additional_properties = d
        return campaign_request_result

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
