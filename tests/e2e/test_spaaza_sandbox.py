"""The generated Spaaza client against the Spaaza sandbox, in-process: both encodings, both envelopes, and
every error code of the alter-campaign-group table."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from affiliate_clients.generated.spaaza_client import Client
from affiliate_clients.generated.spaaza_client.api.campaign_groups import create_campaign_group, update_campaign_group
from affiliate_clients.generated.spaaza_client.models import (
    CampaignGroupCreate,
    CampaignGroupCreateForm,
    CampaignGroupDataEnvelope,
    CampaignGroupResultsEnvelope,
    CampaignGroupUpdate,
    ErrorResponse,
)
from affiliate_clients.sandbox import spaaza
from affiliate_clients.sandbox.common.serve import SyncASGITransport

BASE = "http://spaaza.sandbox"
PATH = "/internal/alter-campaign-group"
BEARER = {"Authorization": f"Bearer {spaaza.BEARER_TOKEN}"}


def make_client(headers: dict[str, str] | None = None, **app_options: Any) -> Client:
    client = Client(base_url=BASE, raise_on_unexpected_status=True)
    transport = SyncASGITransport(spaaza.create_app(**app_options))
    client.set_httpx_client(httpx.Client(base_url=BASE, transport=transport,
                                         headers=spaaza.AUTH_HEADERS if headers is None else headers))
    return client


def test_create_round_trips_dates_exactly() -> None:
    body = CampaignGroupCreate(chain_id=123, name="Summer Campaign Group",
                               active_date_from="2025-06-01 00:00:00", active_date_until="2025-08-31 23:59:59")
    answer = create_campaign_group.sync(client=make_client(), body=body, x_spaaza_api_version="1.4.3")
    assert isinstance(answer, CampaignGroupDataEnvelope)
    assert (answer.data.active_date_from, answer.data.active_date_until) == ("2025-06-01 00:00:00",
                                                                             "2025-08-31 23:59:59")
    assert answer.data.chain_id == 123 and answer.data.name == "Summer Campaign Group"


def test_form_encoded_create_with_bearer_token() -> None:
    answer = create_campaign_group.sync(client=make_client(BEARER),
                                        body=CampaignGroupCreateForm(chain_id=124, name="Form group"))
    assert isinstance(answer, CampaignGroupDataEnvelope)
    assert answer.data.chain_id == 124 and answer.data.active_date_from is None


def test_update_in_the_general_envelope_keeps_unsent_fields() -> None:
    answer = update_campaign_group.sync(client=make_client(envelope="results"),
                                        body=CampaignGroupUpdate(chain_id=123, id=456, name="Renamed"))
    assert isinstance(answer, CampaignGroupResultsEnvelope)
    assert answer.result.code == 1
    assert (answer.results.name, answer.results.active_date_from) == ("Renamed", "2025-06-01 00:00:00")


@pytest.mark.parametrize(("method", "headers", "fields", "status", "code"), [
    ("POST", {}, {"chain_id": 123, "name": "x"}, 401, 6),
    ("POST", {"X-Spaaza-Session-User-Id": spaaza.SESSION_USER_ID, "X-Spaaza-Session-Key": "wrong"},
     {"chain_id": 123, "name": "x"}, 401, 6),
    ("POST", None, {"chain_id": spaaza.OTHER_CHAIN, "name": "x"}, 403, 68),
    ("PUT", None, {"chain_id": 123, "id": 4242}, 403, 68),
    ("POST", None, {"chain_id": 5, "name": "x"}, 400, 217),
    ("POST", None, {"chain_id": 123, "name": "x" * 256}, 400, 417),
    ("POST", None, {"chain_id": 123, "name": "x", "active_date_from": "2025-06-01T00:00:00"}, 400, 419),
    ("POST", None, {"chain_id": 123, "name": "x", "active_date_from": "2025-02-30 00:00:00"}, 400, 419),
    ("POST", None, {"chain_id": "abc", "name": "x"}, 400, 419),
    ("POST", None, {"chain_id": 123}, 400, 441),
    ("PUT", None, {"chain_id": 123, "name": "x"}, 400, 441),
    ("POST", None, {"chain_id": 123, "id": 456, "name": "x"}, 400, 462),
    ("PUT", None, {"chain_id": 124, "id": 456}, 400, 462),
    ("PUT", None, {"chain_id": 123, "id": 456, "active_date_from": "2030-01-01 00:00:00"}, 400, 462),
])
@pytest.mark.parametrize("encoding", ["json", "data"])
def test_every_documented_error_code(method: str, headers: dict[str, str] | None, fields: dict[str, Any],
                                     status: int, code: int, encoding: str) -> None:
    http = make_client(headers).get_httpx_client()
    answer = http.request(method, PATH, json=fields) if encoding == "json" else http.request(method, PATH, data=fields)
    assert answer.status_code == status
    error = ErrorResponse.from_dict(answer.json())
    assert error.error.code == code
    assert error.error.name == spaaza.CATALOGUE[code][0]
