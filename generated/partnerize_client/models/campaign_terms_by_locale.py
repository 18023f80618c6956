from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.campaign_terms_text import CampaignTermsText


T = TypeVar("T", bound="CampaignTermsByLocale")


@_attrs_define
class CampaignTermsByLocale:
    """Campaign terms per locale code, e.g. `{"en": {"terms": "..."}}`."""

    additional_properties: dict[str, CampaignTermsText] = _attrs_field(
        init=False, factory=dict
    )

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

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_terms_text import CampaignTermsText

        d = dict(src_dict)
        campaign_terms_by_locale = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = CampaignTermsText.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        campaign_terms_by_locale.additional_properties = additional_properties
        return campaign_terms_by_locale

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CampaignTermsText:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CampaignTermsText) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
