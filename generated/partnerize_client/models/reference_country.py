from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceCountry")


@_attrs_define
class ReferenceCountry:
    """
    Attributes:
        iso (str): ISO 3166-1 alpha-2 code.
        ref_country_id (int | Unset):
        iso3 (None | str | Unset):
        iso_numeric (None | str | Unset): ISO 3166-1 numeric code, zero-padded (e.g. "020").
        fips_code (None | str | Unset):
        printable_name (None | str | Unset):
        capital (None | str | Unset):
        continent_iso (None | str | Unset):
        continent_name (None | str | Unset):
        currency_iso (None | str | Unset):
        languages (None | str | Unset):
        area_sq_km (float | None | Unset):
        population (int | None | Unset):
        geoname_id (int | None | Unset):
        north (None | str | Unset):
        south (None | str | Unset):
        east (None | str | Unset):
        west (None | str | Unset):
        zone (None | str | Unset): VAT zone.
    """

    iso: str
    ref_country_id: int | Unset = UNSET
    iso3: None | str | Unset = UNSET
    iso_numeric: None | str | Unset = UNSET
    fips_code: None | str | Unset = UNSET
    printable_name: None | str | Unset = UNSET
    capital: None | str | Unset = UNSET
    continent_iso: None | str | Unset = UNSET
    continent_name: None | str | Unset = UNSET
    currency_iso: None | str | Unset = UNSET
    languages: None | str | Unset = UNSET
    area_sq_km: float | None | Unset = UNSET
    population: int | None | Unset = UNSET
    geoname_id: int | None | Unset = UNSET
    north: None | str | Unset = UNSET
    south: None | str | Unset = UNSET
    east: None | str | Unset = UNSET
    west: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
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
        iso = self.iso

        ref_country_id = self.ref_country_id

        iso3: None | str | Unset
        if isinstance(self.iso3, Unset):
            iso3 = UNSET
        else:
            iso3 = self.iso3

        iso_numeric: None | str | Unset
        if isinstance(self.iso_numeric, Unset):
            iso_numeric = UNSET
        else:
            iso_numeric = self.iso_numeric

        fips_code: None | str | Unset
        if isinstance(self.fips_code, Unset):
            fips_code = UNSET
        else:
            fips_code = self.fips_code

        printable_name: None | str | Unset
        if isinstance(self.printable_name, Unset):
            printable_name = UNSET
        else:
            printable_name = self.printable_name

        capital: None | str | Unset
        if isinstance(self.capital, Unset):
            capital = UNSET
        else:
            capital = self.capital

        continent_iso: None | str | Unset
        if isinstance(self.continent_iso, Unset):
            continent_iso = UNSET
        else:
            continent_iso = self.continent_iso

        continent_name: None | str | Unset
        if isinstance(self.continent_name, Unset):
            continent_name = UNSET
        else:
            continent_name = self.continent_name

        currency_iso: None | str | Unset
        if isinstance(self.currency_iso, Unset):
            currency_iso = UNSET
        else:
            currency_iso = self.currency_iso

        languages: None | str | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        else:
            languages = self.languages

        area_sq_km: float | None | Unset
        if isinstance(self.area_sq_km, Unset):
            area_sq_km = UNSET
        else:
            area_sq_km = self.area_sq_km

        population: int | None | Unset
        if isinstance(self.population, Unset):
            population = UNSET
        else:
            population = self.population

        geoname_id: int | None | Unset
        if isinstance(self.geoname_id, Unset):
            geoname_id = UNSET
        else:
            geoname_id = self.geoname_id

        north: None | str | Unset
        if isinstance(self.north, Unset):
            north = UNSET
        else:
            north = self.north

        south: None | str | Unset
        if isinstance(self.south, Unset):
            south = UNSET
        else:
            south = self.south

        east: None | str | Unset
        if isinstance(self.east, Unset):
            east = UNSET
        else:
            east = self.east

        west: None | str | Unset
        if isinstance(self.west, Unset):
            west = UNSET
        else:
            west = self.west

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iso": iso,
            }
        )
        if ref_country_id is not UNSET:
            field_dict["ref_country_id"] = ref_country_id
        if iso3 is not UNSET:
            field_dict["iso3"] = iso3
        if iso_numeric is not UNSET:
            field_dict["iso_numeric"] = iso_numeric
        if fips_code is not UNSET:
            field_dict["fips_code"] = fips_code
        if printable_name is not UNSET:
            field_dict["printable_name"] = printable_name
        if capital is not UNSET:
            field_dict["capital"] = capital
        if continent_iso is not UNSET:
            field_dict["continent_iso"] = continent_iso
        if continent_name is not UNSET:
            field_dict["continent_name"] = continent_name
        if currency_iso is not UNSET:
            field_dict["currency_iso"] = currency_iso
        if languages is not UNSET:
            field_dict["languages"] = languages
        if area_sq_km is not UNSET:
            field_dict["area_sq_km"] = area_sq_km
        if population is not UNSET:
            field_dict["population"] = population
        if geoname_id is not UNSET:
            field_dict["geoname_id"] = geoname_id
        if north is not UNSET:
            field_dict["north"] = north
        if south is not UNSET:
            field_dict["south"] = south
        if east is not UNSET:
            field_dict["east"] = east
        if west is not UNSET:
            field_dict["west"] = west
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        iso = d.pop("iso")

        ref_country_id = d.pop("ref_country_id", UNSET)

        def _parse_iso3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso3 = _parse_iso3(d.pop("iso3", UNSET))

        def _parse_iso_numeric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso_numeric = _parse_iso_numeric(d.pop("iso_numeric", UNSET))

        def _parse_fips_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fips_code = _parse_fips_code(d.pop("fips_code", UNSET))

        def _parse_printable_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        printable_name = _parse_printable_name(d.pop("printable_name", UNSET))

        def _parse_capital(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capital = _parse_capital(d.pop("capital", UNSET))

        def _parse_continent_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continent_iso = _parse_continent_iso(d.pop("continent_iso", UNSET))

        def _parse_continent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continent_name = _parse_continent_name(d.pop("continent_name", UNSET))

        def _parse_currency_iso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_iso = _parse_currency_iso(d.pop("currency_iso", UNSET))

        def _parse_languages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_area_sq_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        area_sq_km = _parse_area_sq_km(d.pop("area_sq_km", UNSET))

        def _parse_population(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        population = _parse_population(d.pop("population", UNSET))

        def _parse_geoname_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        geoname_id = _parse_geoname_id(d.pop("geoname_id", UNSET))

        def _parse_north(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        north = _parse_north(d.pop("north", UNSET))

        def _parse_south(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        south = _parse_south(d.pop("south", UNSET))

        def _parse_east(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        east = _parse_east(d.pop("east", UNSET))

        def _parse_west(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        west = _parse_west(d.pop("west", UNSET))

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))

        reference_country = cls(
            iso=iso,
            ref_country_id=ref_country_id,
            iso3=iso3,
            iso_numeric=iso_numeric,
            fips_code=fips_code,
            printable_name=printable_name,
            capital=capital,
            continent_iso=continent_iso,
            continent_name=continent_name,
            currency_iso=currency_iso,
            languages=languages,
            area_sq_km=area_sq_km,
            population=population,
            geoname_id=geoname_id,
            north=north,
            south=south,
            east=east,
            west=west,
            zone=zone,
        )

        reference_country.additional_properties = d
        return reference_country

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
