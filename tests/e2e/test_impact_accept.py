"""impact answers XML unless JSON is asked for (api-facts: "JSON needs Accept: application/json"): the sandbox
does the same, so a client or a test that forgets the header fails here as it would against impact."""

from __future__ import annotations

from xml.etree import ElementTree

import httpx
import pytest
from affiliate_clients.generated.impact_client import Client
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.http.clients import Transport
from affiliate_clients.impact import ImpactClient
from affiliate_clients.sandbox.common.accept import to_xml, wants_json
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

ACTIONS = f"/Mediapartners/{ACCOUNT_SID}/Actions"


@pytest.fixture(scope="module")
def app() -> object:
    return create_app(SandboxConfig(records=30))


def _get(app: object, accept: str | None, *, auth: tuple[str, str] = (ACCOUNT_SID, AUTH_TOKEN)) -> httpx.Response:
    headers = {} if accept is None else {"Accept": accept}
    with httpx.Client(transport=SyncASGITransport(app), base_url="http://127.0.0.1", auth=auth) as client:
        if accept is None:
            del client.headers["Accept"]
        return client.get(ACTIONS, params={"PageSize": 2000}, headers=headers)


@pytest.mark.parametrize("accept", ["application/json", "text/html, application/json;q=0.9", "APPLICATION/JSON"])
def test_asking_for_json_gets_json(app: object, accept: str) -> None:
    answer = _get(app, accept)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    assert answer.json()["Actions"]


@pytest.mark.parametrize("accept", [None, "*/*", "application/xml", "text/html"])
def test_anything_else_gets_the_same_answer_as_xml(app: object, accept: str | None) -> None:
    json_page = _get(app, "application/json").json()
    answer = _get(app, accept)
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/xml; charset=utf-8"
    assert int(answer.headers["content-length"]) == len(answer.content)
    with pytest.raises(ValueError):
        answer.json()
    root = ElementTree.fromstring(answer.content)
    assert root.tag == "Response" and root.get("page") == str(json_page["@page"])
    ids = [action.findtext("Id") for action in root.iter("Action")]
    assert ids == [action["Id"] for action in json_page["Actions"]]


def test_refusals_are_xml_too(app: object) -> None:
    answer = _get(app, None, auth=(ACCOUNT_SID, "wrong"))
    assert answer.status_code == 401 and answer.headers["content-type"].startswith("application/xml")
    assert ElementTree.fromstring(answer.content).findtext("Status") == "ERROR"
    assert _get(app, "application/json", auth=(ACCOUNT_SID, "wrong")).json()["Status"] == "ERROR"


def test_the_client_asks_for_json_and_a_client_that_does_not_fails(app: object) -> None:
    with ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url="http://127.0.0.1", rate=None,
                      transport=Transport(sync=SyncASGITransport(app))) as client:
        assert client.call(list_partner_groups, campaign_id=1000).groups
    # The stock generated client sends httpx's default Accept (*/*): impact's answer is XML, its parse fails.
    stock = Client("http://127.0.0.1", httpx_args={"transport": SyncASGITransport(app),
                                                    "auth": (ACCOUNT_SID, AUTH_TOKEN)})
    with stock, pytest.raises(ValueError):
        list_partner_groups.sync_detailed(campaign_id=1000, account_sid=ACCOUNT_SID, client=stock)


def test_the_xml_rendering() -> None:
    body = {"@page": 2, "Actions": [{"Id": "1", "Amount": None, "Ok": True}], "Groups": [], "Items": [[1]],
            "Plain": {"A": 1.5}}
    root = ElementTree.fromstring(to_xml(body, "Response"))
    assert root.get("page") == "2"
    action = root.find("Actions/Action")
    assert action is not None and action.findtext("Id") == "1" and action.findtext("Amount") == ""
    assert action.findtext("Ok") == "true" and root.findtext("Plain/A") == "1.5"
    assert root.find("Groups") is not None and root.find("Items/Item/Item") is not None
    assert wants_json("application/json; charset=utf-8") and not wants_json("") and not wants_json("*/*")
