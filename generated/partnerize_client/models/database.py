from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Database")


@_attrs_define
class Database:
    """A marketing database of the partner, with its audience profile.

    Attributes:
        database_id (str):
        publisher_id (None | str | Unset):
        active (None | str | Unset): `y` or `n`.
        creation_method (None | str | Unset): How the database was built, e.g. `Email`.
        database_name (None | str | Unset):
        female (float | None | str | Unset): Share of female members, in percent.
        male (float | None | str | Unset): Share of male members, in percent.
        max_age (float | None | str | Unset):
        min_age (float | None | str | Unset):
        size (float | None | str | Unset): Number of members.
    """

    database_id: str
    publisher_id: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    creation_method: None | str | Unset = UNSET
    database_name: None | str | Unset = UNSET
    female: float | None | str | Unset = UNSET
    male: float | None | str | Unset = UNSET
    max_age: float | None | str | Unset = UNSET
    min_age: float | None | str | Unset = UNSET
    size: float | None | str | Unset = UNSET
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
        database_id = self.database_id

        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        creation_method: None | str | Unset
        if isinstance(self.creation_method, Unset):
            creation_method = UNSET
        else:
            creation_method = self.creation_method

        database_name: None | str | Unset
        if isinstance(self.database_name, Unset):
            database_name = UNSET
        else:
            database_name = self.database_name

        female: float | None | str | Unset
        if isinstance(self.female, Unset):
            female = UNSET
        else:
            female = self.female

        male: float | None | str | Unset
        if isinstance(self.male, Unset):
            male = UNSET
        else:
            male = self.male

        max_age: float | None | str | Unset
        if isinstance(self.max_age, Unset):
            max_age = UNSET
        else:
            max_age = self.max_age

        min_age: float | None | str | Unset
        if isinstance(self.min_age, Unset):
            min_age = UNSET
        else:
            min_age = self.min_age

        size: float | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database_id": database_id,
            }
        )
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if active is not UNSET:
            field_dict["active"] = active
        if creation_method is not UNSET:
            field_dict["creation_method"] = creation_method
        if database_name is not UNSET:
            field_dict["database_name"] = database_name
        if female is not UNSET:
            field_dict["female"] = female
        if male is not UNSET:
            field_dict["male"] = male
        if max_age is not UNSET:
            field_dict["max_age"] = max_age
        if min_age is not UNSET:
            field_dict["min_age"] = min_age
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        database_id = d.pop("database_id")

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_creation_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_method = _parse_creation_method(d.pop("creation_method", UNSET))

        def _parse_database_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        database_name = _parse_database_name(d.pop("database_name", UNSET))

        def _parse_female(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        female = _parse_female(d.pop("female", UNSET))

        def _parse_male(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        male = _parse_male(d.pop("male", UNSET))

        def _parse_max_age(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        max_age = _parse_max_age(d.pop("max_age", UNSET))

        def _parse_min_age(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_age = _parse_min_age(d.pop("min_age", UNSET))

        def _parse_size(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        database = cls(
            database_id=database_id,
            publisher_id=publisher_id,
            active=active,
            creation_method=creation_method,
            database_name=database_name,
            female=female,
            male=male,
            max_age=max_age,
            min_age=min_age,
            size=size,
        )

        database.additional_properties = d
        return database

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
