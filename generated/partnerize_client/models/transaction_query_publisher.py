from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionQueryPublisher")


@_attrs_define
class TransactionQueryPublisher:
    """Summary of the partner that raised a transaction query.

    Attributes:
        publisher_id (None | str | Unset):
        name (None | str | Unset):
        network_id (None | str | Unset):
        network_status (None | str | Unset):
        agreed_to_latest_network_terms (None | str | Unset):
        created (None | str | Unset):
        created_by (None | str | Unset):
        ref_terms_and_conditions_locale_id (None | str | Unset):
        reporting_timezone (None | str | Unset):
        signup_ip (None | str | Unset):
        week_start (None | str | Unset):
    """

    publisher_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    network_id: None | str | Unset = UNSET
    network_status: None | str | Unset = UNSET
    agreed_to_latest_network_terms: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    ref_terms_and_conditions_locale_id: None | str | Unset = UNSET
    reporting_timezone: None | str | Unset = UNSET
    signup_ip: None | str | Unset = UNSET
    week_start: None | str | Unset = UNSET
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
        publisher_id: None | str | Unset
        if isinstance(self.publisher_id, Unset):
            publisher_id = UNSET
        else:
            publisher_id = self.publisher_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        network_id: None | str | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        network_status: None | str | Unset
        if isinstance(self.network_status, Unset):
            network_status = UNSET
        else:
            network_status = self.network_status

        agreed_to_latest_network_terms: None | str | Unset
        if isinstance(self.agreed_to_latest_network_terms, Unset):
            agreed_to_latest_network_terms = UNSET
        else:
            agreed_to_latest_network_terms = self.agreed_to_latest_network_terms

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        ref_terms_and_conditions_locale_id: None | str | Unset
        if isinstance(self.ref_terms_and_conditions_locale_id, Unset):
            ref_terms_and_conditions_locale_id = UNSET
        else:
            ref_terms_and_conditions_locale_id = self.ref_terms_and_conditions_locale_id

        reporting_timezone: None | str | Unset
        if isinstance(self.reporting_timezone, Unset):
            reporting_timezone = UNSET
        else:
            reporting_timezone = self.reporting_timezone

        signup_ip: None | str | Unset
        if isinstance(self.signup_ip, Unset):
            signup_ip = UNSET
        else:
            signup_ip = self.signup_ip

        week_start: None | str | Unset
        if isinstance(self.week_start, Unset):
            week_start = UNSET
        else:
            week_start = self.week_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publisher_id is not UNSET:
            field_dict["publisher_id"] = publisher_id
        if name is not UNSET:
            field_dict["name"] = name
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if network_status is not UNSET:
            field_dict["network_status"] = network_status
        if agreed_to_latest_network_terms is not UNSET:
            field_dict["agreed_to_latest_network_terms"] = (
                agreed_to_latest_network_terms
            )
        if created is not UNSET:
            field_dict["created"] = created
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if ref_terms_and_conditions_locale_id is not UNSET:
            field_dict["ref_terms_and_conditions_locale_id"] = (
                ref_terms_and_conditions_locale_id
            )
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if signup_ip is not UNSET:
            field_dict["signup_ip"] = signup_ip
        if week_start is not UNSET:
            field_dict["week_start"] = week_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_publisher_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher_id = _parse_publisher_id(d.pop("publisher_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_network_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_id = _parse_network_id(d.pop("network_id", UNSET))

        def _parse_network_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_status = _parse_network_status(d.pop("network_status", UNSET))

        def _parse_agreed_to_latest_network_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agreed_to_latest_network_terms = _parse_agreed_to_latest_network_terms(
            d.pop("agreed_to_latest_network_terms", UNSET)
        )

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_ref_terms_and_conditions_locale_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_terms_and_conditions_locale_id = _parse_ref_terms_and_conditions_locale_id(
            d.pop("ref_terms_and_conditions_locale_id", UNSET)
        )

        def _parse_reporting_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reporting_timezone = _parse_reporting_timezone(
            d.pop("reporting_timezone", UNSET)
        )

        def _parse_signup_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signup_ip = _parse_signup_ip(d.pop("signup_ip", UNSET))

        def _parse_week_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        week_start = _parse_week_start(d.pop("week_start", UNSET))

        transaction_query_publisher = cls(
            publisher_id=publisher_id,
            name=name,
            network_id=network_id,
            network_status=network_status,
            agreed_to_latest_network_terms=agreed_to_latest_network_terms,
            created=created,
            created_by=created_by,
            ref_terms_and_conditions_locale_id=ref_terms_and_conditions_locale_id,
            reporting_timezone=reporting_timezone,
            signup_ip=signup_ip,
            week_start=week_start,
        )

        transaction_query_publisher.additional_properties = d
        return transaction_query_publisher

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
