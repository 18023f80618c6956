from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_group import CampaignGroup
    from ..models.result_ok import ResultOk
    from ..models.warning import Warning_


T = TypeVar("T", bound="CampaignGroupResultsEnvelope")


@_attrs_define
class CampaignGroupResultsEnvelope:
    """Spaaza's general success envelope with the campaign group under `results`. Spaaza's general documentation describes
    this envelope; the endpoint's page does not show it.

        Attributes:
            result (ResultOk): The `result` object of Spaaza's general success envelope.
            results (CampaignGroup): A campaign group as stored. Active dates are absent or `null` when the group has none.
                Example: {'id': 456, 'chain_id': 123, 'name': 'Summer Campaign Group', 'active_date_from': '2025-06-01
                00:00:00', 'active_date_until': '2025-08-31 23:59:59', 'created_at': '2025-08-12 14:30:00', 'updated_at':
                '2025-08-12 14:30:00'}.
            warnings (list[Warning_] | Unset):
    """

    result: ResultOk
    results: CampaignGroup
    warnings: list[Warning_] | Unset = UNSET
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
        result = self.result.to_dict()

        results = self.results.to_dict()

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "results": results,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_group import CampaignGroup
        from ..models.result_ok import ResultOk
        from ..models.warning import Warning_

        d = dict(src_dict)
        result = ResultOk.from_dict(d.pop("result"))

        results = CampaignGroup.from_dict(d.pop("results"))

        _warnings = d.pop("warnings", UNSET)
        warnings: list[Warning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = Warning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        campaign_group_results_envelope = cls(
            result=result,
            results=results,
            warnings=warnings,
        )

        campaign_group_results_envelope.additional_properties = d
        return campaign_group_results_envelope

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
