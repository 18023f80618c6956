from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reference_conversion_metric import ReferenceConversionMetric


T = TypeVar("T", bound="ReferenceConversionMetricItem")


@_attrs_define
class ReferenceConversionMetricItem:
    """Wrapper of one conversion metric. The vendor uses the plural key `conversion_metrics`; the singular
    `conversion_metric` is accepted as well in case it is ever corrected.

        Attributes:
            conversion_metrics (ReferenceConversionMetric | Unset):
            conversion_metric (ReferenceConversionMetric | Unset):
    """

    conversion_metrics: ReferenceConversionMetric | Unset = UNSET
    conversion_metric: ReferenceConversionMetric | Unset = UNSET
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
        conversion_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_metrics, Unset):
            conversion_metrics = self.conversion_metrics.to_dict()

        conversion_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_metric, Unset):
            conversion_metric = self.conversion_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_metrics is not UNSET:
            field_dict["conversion_metrics"] = conversion_metrics
        if conversion_metric is not UNSET:
            field_dict["conversion_metric"] = conversion_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.reference_conversion_metric import ReferenceConversionMetric

        d = dict(src_dict)
        _conversion_metrics = d.pop("conversion_metrics", UNSET)
        conversion_metrics: ReferenceConversionMetric | Unset
        if isinstance(_conversion_metrics, Unset):
            conversion_metrics = UNSET
        else:
            conversion_metrics = ReferenceConversionMetric.from_dict(
                _conversion_metrics
            )

        _conversion_metric = d.pop("conversion_metric", UNSET)
        conversion_metric: ReferenceConversionMetric | Unset
        if isinstance(_conversion_metric, Unset):
            conversion_metric = UNSET
        else:
            conversion_metric = ReferenceConversionMetric.from_dict(_conversion_metric)

        reference_conversion_metric_item = cls(
            conversion_metrics=conversion_metrics,
            conversion_metric=conversion_metric,
        )

        reference_conversion_metric_item.additional_properties = d
        return reference_conversion_metric_item

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
