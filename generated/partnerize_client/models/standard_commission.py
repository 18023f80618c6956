from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.commission_meta_field import CommissionMetaField


T = TypeVar("T", bound="StandardCommission")


@_attrs_define
class StandardCommission:
    """
    Attributes:
        id (str):
        description (None | str | Unset):
        performance_value (float | None | str | Unset):
        performance_model (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        status (None | str | Unset): e.g. `ACTIVE`.
        meta_fields (list[CommissionMetaField] | Unset):
        last_modified (None | str | Unset):
        last_modified_by (None | str | Unset):
        cookie_period (int | None | Unset):
        commission_based_on_field (None | str | Unset):
    """

    id: str
    description: None | str | Unset = UNSET
    performance_value: float | None | str | Unset = UNSET
    performance_model: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    meta_fields: list[CommissionMetaField] | Unset = UNSET
    last_modified: None | str | Unset = UNSET
    last_modified_by: None | str | Unset = UNSET
    cookie_period: int | None | Unset = UNSET
    commission_based_on_field: None | str | Unset = UNSET
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
        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        performance_value: float | None | str | Unset
        if isinstance(self.performance_value, Unset):
            performance_value = UNSET
        else:
            performance_value = self.performance_value

        performance_model: None | str | Unset
        if isinstance(self.performance_model, Unset):
            performance_model = UNSET
        else:
            performance_model = self.performance_model

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        meta_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_fields, Unset):
            meta_fields = []
            for meta_fields_item_data in self.meta_fields:
                meta_fields_item = meta_fields_item_data.to_dict()
                meta_fields.append(meta_fields_item)

        last_modified: None | str | Unset
        if isinstance(self.last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = self.last_modified

        last_modified_by: None | str | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        else:
            last_modified_by = self.last_modified_by

        cookie_period: int | None | Unset
        if isinstance(self.cookie_period, Unset):
            cookie_period = UNSET
        else:
            cookie_period = self.cookie_period

        commission_based_on_field: None | str | Unset
        if isinstance(self.commission_based_on_field, Unset):
            commission_based_on_field = UNSET
        else:
            commission_based_on_field = self.commission_based_on_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if performance_value is not UNSET:
            field_dict["performance_value"] = performance_value
        if performance_model is not UNSET:
            field_dict["performance_model"] = performance_model
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if status is not UNSET:
            field_dict["status"] = status
        if meta_fields is not UNSET:
            field_dict["meta_fields"] = meta_fields
        if last_modified is not UNSET:
            field_dict["last_modified"] = last_modified
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if cookie_period is not UNSET:
            field_dict["cookie_period"] = cookie_period
        if commission_based_on_field is not UNSET:
            field_dict["commission_based_on_field"] = commission_based_on_field

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.commission_meta_field import CommissionMetaField

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_performance_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        performance_value = _parse_performance_value(d.pop("performance_value", UNSET))

        def _parse_performance_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        performance_model = _parse_performance_model(d.pop("performance_model", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _meta_fields = d.pop("meta_fields", UNSET)
        meta_fields: list[CommissionMetaField] | Unset = UNSET
        if _meta_fields is not UNSET:
            meta_fields = []
            for meta_fields_item_data in _meta_fields:
                meta_fields_item = CommissionMetaField.from_dict(meta_fields_item_data)

                meta_fields.append(meta_fields_item)

        def _parse_last_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified = _parse_last_modified(d.pop("last_modified", UNSET))

        def _parse_last_modified_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_modified_by = _parse_last_modified_by(d.pop("last_modified_by", UNSET))

        def _parse_cookie_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cookie_period = _parse_cookie_period(d.pop("cookie_period", UNSET))

        def _parse_commission_based_on_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commission_based_on_field = _parse_commission_based_on_field(
            d.pop("commission_based_on_field", UNSET)
        )

        standard_commission = cls(
            id=id,
            description=description,
            performance_value=performance_value,
            performance_model=performance_model,
            start_date=start_date,
            end_date=end_date,
            status=status,
            meta_fields=meta_fields,
            last_modified=last_modified,
            last_modified_by=last_modified_by,
            cookie_period=cookie_period,
            commission_based_on_field=commission_based_on_field,
        )

        standard_commission.additional_properties = d
        return standard_commission

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
