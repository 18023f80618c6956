from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTerms")


@_attrs_define
class CustomTerms:
    """Custom terms and conditions of a campaign for one partner, in one locale.

    Attributes:
        campaign_custom_terms_and_conditions_id (str | Unset):
        campaign_id (None | str | Unset):
        active (None | str | Unset):
        created (None | str | Unset):
        locale (None | str | Unset):
        title (None | str | Unset):
        terms (None | str | Unset):
    """

    campaign_custom_terms_and_conditions_id: str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    active: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    terms: None | str | Unset = UNSET
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
        campaign_custom_terms_and_conditions_id = (
            self.campaign_custom_terms_and_conditions_id
        )

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        active: None | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_custom_terms_and_conditions_id is not UNSET:
            field_dict["campaign_custom_terms_and_conditions_id"] = (
                campaign_custom_terms_and_conditions_id
            )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if active is not UNSET:
            field_dict["active"] = active
        if created is not UNSET:
            field_dict["created"] = created
        if locale is not UNSET:
            field_dict["locale"] = locale
        if title is not UNSET:
            field_dict["title"] = title
        if terms is not UNSET:
            field_dict["terms"] = terms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_custom_terms_and_conditions_id = d.pop(
            "campaign_custom_terms_and_conditions_id", UNSET
        )

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_active(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        custom_terms = cls(
            campaign_custom_terms_and_conditions_id=campaign_custom_terms_and_conditions_id,
            campaign_id=campaign_id,
            active=active,
            created=created,
            locale=locale,
            title=title,
            terms=terms,
        )

        custom_terms.additional_properties = d
        return custom_terms

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
