from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analytics_filter_operator import AnalyticsFilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsFilter")


@_attrs_define
class AnalyticsFilter:
    """A condition on a dimension field such as `country`, `device_id`, `currency`, `campaign_id` or `conversion_status`. A
    list `value` matches any of its members. `not: true` negates the condition. Filtering on metrics is not supported.

        Example:
            {'field': 'device_id', 'value': 5, 'operator': 'EQUALS', 'not': True}

        Attributes:
            field (str): Dimension field to test.
            value (bool | float | int | list[float | int | str] | str): Value (or list of values) to compare with.
            operator (AnalyticsFilterOperator | str | Unset):
            not_ (bool | Unset): Negate the condition. Default: False.
    """

    field: str
    value: bool | float | int | list[float | int | str] | str
    operator: AnalyticsFilterOperator | str | Unset = UNSET
    not_: bool | Unset = False
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
        field = self.field

        value: bool | float | int | list[float | int | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_4_item_data in self.value:
                value_type_4_item: float | int | str
                value_type_4_item = value_type_4_item_data
                value.append(value_type_4_item)

        else:
            value = self.value

        operator: str | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, AnalyticsFilterOperator):
            operator = self.operator.value
        else:
            operator = self.operator

        not_ = self.not_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "value": value,
            }
        )
        if operator is not UNSET:
            field_dict["operator"] = operator
        if not_ is not UNSET:
            field_dict["not"] = not_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")

        def _parse_value(
            data: object,
        ) -> bool | float | int | list[float | int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_4 = []
                _value_type_4 = data
                for value_type_4_item_data in _value_type_4:

                    def _parse_value_type_4_item(data: object) -> float | int | str:
                        return cast(float | int | str, data)

                    value_type_4_item = _parse_value_type_4_item(value_type_4_item_data)

                    value_type_4.append(value_type_4_item)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | int | list[float | int | str] | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_operator(data: object) -> AnalyticsFilterOperator | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_type_0 = AnalyticsFilterOperator(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsFilterOperator | str | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        not_ = d.pop("not", UNSET)

        analytics_filter = cls(
            field=field,
            value=value,
            operator=operator,
            not_=not_,
        )

        analytics_filter.additional_properties = d
        return analytics_filter

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
