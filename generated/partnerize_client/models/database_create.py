from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_or_no import YesOrNo
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseCreate")


@_attrs_define
class DatabaseCreate:
    """A new database.

    Attributes:
        creation_method (str):
        database_name (str):
        size (float):
        publisher_id (str | Unset): Partner the database belongs to.
        active (str | Unset | YesOrNo): The vendor's flag convention, `y` for yes and `n` for no.
        female (float | Unset):
        male (float | Unset):
        max_age (float | Unset):
        min_age (float | Unset):
    """

    creation_method: str
    database_name: str
    size: float
    publisher_id: str | Unset = UNSET
    active: str | Unset | YesOrNo = UNSET
    female: float | Unset = UNSET
    male: float | Unset = UNSET
    max_age: float | Unset = UNSET
    min_age: float | Unset = UNSET
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
        creation_method = self.creation_method

        database_name = self.database_name

        size = self.size

        publisher_id = self.publisher_id

        active: str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        elif isinstance(self.active, YesOrNo):
            active = self.active.value
        else:
            active = self.active

        female = self.female

        male = self.male

        max_age = self.max_age

        min_age = self.min_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creation_method": creation_method,
                "database_name": database_name,
                "size": size,
            }
        )
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if active is not UNSET:
            field_dict["active"] = active
        if female is not UNSET:
            field_dict["female"] = female
        if male is not UNSET:
            field_dict["male"] = male
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if min_age is not UNSET:
            field_dict["min_age"] = min_age

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creation_method = d.pop("creation_method")

        database_name = d.pop("database_name")

        size = d.pop("size")

        publisher_id = d.pop("publisher_id", UNSET)

        def _parse_active(data: object) -> str | Unset | YesOrNo:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_type_0 = YesOrNo(data)

                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | YesOrNo, data)

        active = _parse_active(d.pop("active", UNSET))

        female = d.pop("female", UNSET)

        male = d.pop("male", UNSET)

        max_age = d.pop("max_age", UNSET)

        min_age = d.pop("min_age", UNSET)

        database_create = cls(
            creation_method=creation_method,
            database_name=database_name,
            size=size,
            publisher_id=publisher_id,
            active=active,
            female=female,
            male=male,
            max_age=max_age,
            min_age=min_age,
        )

        database_create.additional_properties = d
        return database_create

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
