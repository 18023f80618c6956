"""Spaaza's pure pieces: the campaign-group rules, the date format, and error classes chosen by error code."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from affiliate_clients import ApiError, BadRequest, Forbidden, InvalidRequest, RateLimited, Unauthorized
from affiliate_clients.generated.spaaza_client.models import ErrorResponse
from affiliate_clients.sandbox.spaaza import CATALOGUE
from affiliate_clients.spaaza.checks import campaign_group_fields, spaaza_datetime
from affiliate_clients.spaaza.errors import ERRORS_BY_CODE, SpaazaError, message_of, refine


@pytest.mark.parametrize(("value", "expected"), [
    (dt.datetime(2025, 6, 1), "2025-06-01 00:00:00"),
    (dt.datetime(2025, 12, 31, 23, 59, 59, 999_999), "2025-12-31 23:59:59"),
    ("2025-06-01 00:00:00", "2025-06-01 00:00:00"),
    ("2024-02-29 12:30:05", "2024-02-29 12:30:05"),
])
def test_dates_are_written_in_spaazas_format_and_strings_round_trip(value: Any, expected: str) -> None:
    assert spaaza_datetime("active_date_from", value) == expected


@pytest.mark.parametrize("value", ["2025-06-01T00:00:00", "2025-06-01 00:00:00Z", "2025-06-01", "2025-6-1 0:00:00",
                                   "2025-02-29 00:00:00", "2025-06-01 24:00:00", " 2025-06-01 00:00:00", 20250601,
                                   dt.date(2025, 6, 1), dt.datetime(2025, 6, 1, tzinfo=dt.UTC), None])
def test_other_date_forms_are_refused_naming_the_parameter(value: Any) -> None:
    with pytest.raises(InvalidRequest) as caught:
        spaaza_datetime("active_date_until", value)
    assert caught.value.parameter == "active_date_until"
    assert str(caught.value).startswith("active_date_until: ")


def test_create_fields() -> None:
    assert campaign_group_fields(create=True, chain_id=1, name="n") == {"chain_id": 1, "name": "n"}
    assert campaign_group_fields(create=True, chain_id=1, name="n" * 255, active_date_from="2025-01-01 00:00:00",
                                 active_date_until="2025-01-01 00:00:00")["name"] == "n" * 255
    with pytest.raises(InvalidRequest, match="^id: must be left out"):
        campaign_group_fields(create=True, chain_id=1, name="n", id=4)
    with pytest.raises(InvalidRequest, match="^name: is required"):
        campaign_group_fields(create=True, chain_id=1)
    with pytest.raises(InvalidRequest, match="^name: must be at most 255 characters, got 256"):
        campaign_group_fields(create=True, chain_id=1, name="n" * 256)


def test_update_fields() -> None:
    assert campaign_group_fields(create=False, chain_id=1, id=2) == {"chain_id": 1, "id": 2}
    assert campaign_group_fields(create=False, chain_id=1, id=2, active_date_until=dt.datetime(2030, 1, 1)) == \
        {"chain_id": 1, "id": 2, "active_date_until": "2030-01-01 00:00:00"}
    with pytest.raises(InvalidRequest, match="^id: is required"):
        campaign_group_fields(create=False, chain_id=1, name="n")
    with pytest.raises(InvalidRequest, match="^chain_id: must be a positive integer"):
        campaign_group_fields(create=False, chain_id=-1, id=2)
    with pytest.raises(InvalidRequest, match="^active_date_from: must not be after active_date_until"):
        campaign_group_fields(create=False, chain_id=1, id=2, active_date_from="2025-01-02 00:00:00",
                              active_date_until="2025-01-01 23:59:59")


def _envelope(code: int) -> ErrorResponse:
    name, _, description = CATALOGUE[code]
    return ErrorResponse.from_dict({"result": {"code": 2, "status": "error"},
                                    "error": {"code": code, "name": name, "description": description}})


BASES = {401: Unauthorized, 403: Forbidden, 400: BadRequest}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_documented_code_has_a_class_under_its_status_class(code: int) -> None:
    name, status, _ = CATALOGUE[code]
    generic = BASES[status](status, "create_campaign_group", message="m", envelope=_envelope(code), body="{}")
    refined = refine(generic)
    assert type(refined) is ERRORS_BY_CODE[code]
    assert isinstance(refined, BASES[status]) and isinstance(refined, SpaazaError)
    assert isinstance(refined, SpaazaError) and (refined.code, refined.name) == (code, name)
    assert (refined.status, refined.operation, refined.message) == (status, "create_campaign_group", "m")


def test_the_code_comes_from_the_body_when_the_status_was_not_parsed() -> None:
    body = json.dumps(_envelope(441).to_dict())
    refined = refine(ApiError(400, "update_campaign_group", body=body))
    assert isinstance(refined, SpaazaError) and refined.code == 441 and "parameter_missing" in str(refined)


def test_unknown_codes_and_bodies_keep_the_status_class() -> None:
    limited = RateLimited(429, "create_campaign_group", body='{"result": {"code": 2, "status": "error"}, '
                                                            '"error": {"code": 0, "name": "http_429"}}')
    assert refine(limited) is limited
    garbage = BadRequest(400, "create_campaign_group", body="<html>")
    assert refine(garbage) is garbage


def test_message_names_the_code() -> None:
    assert message_of(_envelope(217)) == "chain_id_not_found (217): No record has been found for that chain_id"
    assert message_of(None) == ""
