"""Static v1 reference lists of the Partnerize sandbox, in their wire shape (each entry wrapped in a key named
after its type; conversion metrics use the plural key ``conversion_metrics`` for the wrapper, as the vendor does).
The ids match the ``ref_*_id`` values of the seeded report data.
"""

from __future__ import annotations

from typing import Any

from .reports_data import CONVERSION_METRICS, CONVERSION_TYPES, PARTNERSHIP_MODELS, TRAFFIC_SOURCES, USER_CONTEXTS

_COUNTRIES = (
    # iso, iso3, numeric, name, capital, continent, currency, languages, area, population, geoname, zone
    ("AD", "AND", "020", "Andorra", "Andorra la Vella", "EU", "EUR", "ca", 468, 84000, 3041565, "Outside EU VAT area"),
    ("AU", "AUS", "036", "Australia", "Canberra", "OC", "AUD", "en-AU", 7686850, 25687041, 2077456, "Outside EU VAT area"),
    ("DE", "DEU", "276", "Germany", "Berlin", "EU", "EUR", "de", 357021, 83149300, 2921044, "EU VAT area"),
    ("ES", "ESP", "724", "Spain", "Madrid", "EU", "EUR", "es-ES,ca,gl,eu", 504782, 47351567, 2510769, "EU VAT area"),
    ("FR", "FRA", "250", "France", "Paris", "EU", "EUR", "fr-FR", 547030, 67390000, 3017382, "EU VAT area"),
    ("GB", "GBR", "826", "United Kingdom", "London", "EU", "GBP", "en-GB,cy-GB,gd", 244820, 66488991, 2635167,
     "Outside EU VAT area"),
    ("IT", "ITA", "380", "Italy", "Rome", "EU", "EUR", "it-IT,de-IT,fr-IT", 301230, 60431283, 3175395, "EU VAT area"),
    ("JP", "JPN", "392", "Japan", "Tokyo", "AS", "JPY", "ja", 377835, 126529100, 1861060, "Outside EU VAT area"),
    ("US", "USA", "840", "United States", "Washington", "NA", "USD", "en-US,es-US", 9629091, 327167434, 6252001,
     "Outside EU VAT area"),
)
_CONTINENTS = {"EU": "Europe", "OC": "Oceania", "AS": "Asia", "NA": "North America"}


def countries() -> dict[str, Any]:
    return {"countries": [{"country": {
        "area_sq_km": area, "capital": capital, "continent_iso": continent, "continent_name": _CONTINENTS[continent],
        "currency_iso": currency, "east": "42.656043", "fips_code": iso, "geoname_id": geoname, "iso": iso,
        "iso3": iso3, "iso_numeric": numeric, "languages": languages, "north": "42.656043", "population": population,
        "printable_name": name, "ref_country_id": n + 1, "south": "42.656043", "west": "42.656043", "zone": zone,
    }} for n, (iso, iso3, numeric, name, capital, continent, currency, languages, area, population, geoname, zone)
        in enumerate(_COUNTRIES)]}


def _skip(title: str) -> dict[str, int]:
    return {"skip_invoice": 0, "skip_selfbill": 0, "skip_override": 1 if title == "Other" else 0}


def user_contexts() -> dict[str, Any]:
    return {"user_contexts": [{"user_context": {
        "ref_user_context_id": rid, "title": title, "description": f"{title} user context", **_skip(title),
        "key": title.lower()}} for rid, title in USER_CONTEXTS.items()]}


def traffic_sources() -> dict[str, Any]:
    return {"traffic_sources": [{"traffic_source": {
        "ref_traffic_source_id": rid, "title": title, "description": f"{title} traffic source", **_skip(title)}}
        for rid, title in TRAFFIC_SOURCES.items()]}


def conversion_types() -> dict[str, Any]:
    return {"conversion_types": [{"conversion_type": {
        "available_to_invoice": "y", "available_to_selfbill": "y", "conversion_type": name, "conversion_type_id": rid,
        "description": f"{name.capitalize()} Transaction", "exclude_from_override_rules": "n" if rid == 1 else "y"}}
        for rid, name in CONVERSION_TYPES.items()]}


def conversion_metrics() -> dict[str, Any]:
    return {"conversion_metrics": [{"conversion_metrics": {
        "ref_conversion_metric_id": rid, "title": title, "description": "", **_skip(title)}}
        for rid, title in CONVERSION_METRICS.items()]}


def partnership_models() -> dict[str, Any]:
    descriptions = {"CPA": "Cost per aquisition", "CPC": "Cost per click", "Other": "Other partnership model"}
    return {"partnership_models": [{"partnership_model": {
        "ref_partnership_model_id": rid, "title": title, "description": descriptions.get(title, title),
        **_skip(title)}} for rid, title in PARTNERSHIP_MODELS.items()]}


LISTS = {"country": countries, "user_context": user_contexts, "traffic_source": traffic_sources,
         "conversion_type": conversion_types, "conversion_metric": conversion_metrics,
         "partnership_model": partnership_models}
