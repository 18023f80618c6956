from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceTrafficSource")


@_attrs_define
class ReferenceTrafficSource:
    """
    Attributes:
        ref_traffic_source_id (int):
        title (None | str | Unset):
        description (None | str | Unset):
        skip_invoice (int | str | Unset): 1 when the entry is skipped by the named process (invoicing, self-billing,
            override rules), else 0. Example: 0.
        skip_selfbill (int | str | Unset): 1 when the entry is skipped by the named process (invoicing, self-billing,
            override rules), else 0. Example: 0.
        skip_override (int | str | Unset): 1 when the entry is skipped by the named process (invoicing, self-billing,
            override rules), else 0. Example: 0.
    """

    ref_traffic_source_id: int
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    skip_invoice: int | str | Unset = UNSET
    skip_selfbill: int | str | Unset = UNSET
    skip_override: int | str | Unset = UNSET
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
        ref_traffic_source_id = self.ref_traffic_source_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        skip_invoice: int | str | Unset
        if isinstance(self.skip_invoice, Unset):
            skip_invoice = UNSET
        else:
            skip_invoice = self.skip_invoice

        skip_selfbill: int | str | Unset
        if isinstance(self.skip_selfbill, Unset):
            skip_selfbill = UNSET
        else:
            skip_selfbill = self.skip_selfbill

        skip_override: int | str | Unset
        if isinstance(self.skip_override, Unset):
            skip_override = UNSET
        else:
            skip_override = self.skip_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref_traffic_source_id": ref_traffic_source_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if skip_invoice is not UNSET:
            field_dict["skip_invoice"] = skip_invoice
        if skip_selfbill is not UNSET:
            field_dict["skip_selfbill"] = skip_selfbill
        if skip_override is not UNSET:
            field_dict["skip_override"] = skip_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ref_traffic_source_id = d.pop("ref_traffic_source_id")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_skip_invoice(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        skip_invoice = _parse_skip_invoice(d.pop("skip_invoice", UNSET))

        def _parse_skip_selfbill(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        skip_selfbill = _parse_skip_selfbill(d.pop("skip_selfbill", UNSET))

        def _parse_skip_override(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        skip_override = _parse_skip_override(d.pop("skip_override", UNSET))

        reference_traffic_source = cls(
            ref_traffic_source_id=ref_traffic_source_id,
            title=title,
            description=description,
            skip_invoice=skip_invoice,
            skip_selfbill=skip_selfbill,
            skip_override=skip_override,
        )

        reference_traffic_source.additional_properties = d
        return reference_traffic_source

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
