"""The generator's ``success_models``: which answers the overlays read with the fast parse, and that reading
an answer through :meth:`Caller.call` gives what the generated ``sync_detailed`` gives."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from types import ModuleType

import httpx
import pytest
from affiliate_clients import ImpactClient
from affiliate_clients.http.clients import Transport
from affiliate_clients.http.errors import ApiError, ResponseValidationError
from impact_client import Client
from impact_client.api.partner_groups import create_partner_group, list_partner_groups
from impact_client.models import CreatePartnerGroupForm, ImpactError, PartnerGroupList

from generator.build import GenerationError, success_models

PARSE = '''
def _parse_response(*, client, response):
    if response.status_code == 200:
        response_200 = Listing.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for item in _response_201:
            response_201.append(Item.from_dict(item))

        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    raise errors.UnexpectedStatus(response.status_code, response.content)
'''


def test_only_success_answers_read_as_one_model_are_listed() -> None:
    assert success_models(PARSE) == {200: "Listing"}


def test_a_module_without_the_stock_reader_is_an_error() -> None:
    with pytest.raises(GenerationError, match="_parse_response"):
        success_models("def _get_kwargs(): pass\n")


def _endpoints(package: str) -> list[ModuleType]:
    api = importlib.import_module(f"{package}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found.append(module)
    return found


@pytest.mark.parametrize("package", ["impact_client", "invoca_client", "partnerize_client", "spaaza_client"])
def test_every_endpoint_module_exposes_its_request_and_reader(package: str) -> None:
    endpoints = _endpoints(package)
    assert endpoints
    for module in endpoints:
        assert module.request_kwargs is module._get_kwargs
        assert module.parse_response is module._parse_response
        assert all(200 <= status < 400 and hasattr(model, "from_dict")
                   for status, model in module.success_models.items())
    # spaaza's one success answer is a union of two envelopes: read by the stock reader
    assert any(module.success_models for module in endpoints) == (package != "spaaza_client")


GROUPS = {"Groups": [{"Id": "5", "Name": "VIP", "MediaPartners": [{"PartnerId": "1", "PartnerName": "A"}]}],
          "@page": "1"}
BASE = "http://127.0.0.1:9"


def _answering(status: int, body: object, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)
    return httpx.MockTransport(handler)


def _impact(transport: httpx.MockTransport) -> ImpactClient:
    return ImpactClient("IRsid", "token", base_url=BASE, rate=None, transport=Transport(sync=transport))


def test_call_reads_a_success_answer_as_sync_detailed_does() -> None:
    seen: list[httpx.Request] = []
    mock = _answering(200, GROUPS, seen)
    with _impact(mock) as impact:
        ours = impact.call(list_partner_groups, campaign_id=1000, page_size=50)
    stock = list_partner_groups.sync_detailed("IRsid", 1000, page_size=50,
                                              client=Client(BASE, httpx_args={"transport": mock}))
    assert isinstance(ours, PartnerGroupList) and ours == stock.parsed == PartnerGroupList.from_dict(GROUPS)
    members = ours.groups[0].media_partners
    assert isinstance(members, list) and members[0].partner_name == "A"
    assert seen[0].url == seen[1].url and seen[0].method == seen[1].method == "GET"


def test_call_sends_the_generated_body_and_reads_error_answers_with_the_stock_reader() -> None:
    seen: list[httpx.Request] = []
    error = {"Status": "ERROR", "Message": "Name is taken"}
    with _impact(_answering(400, error, seen)) as impact, pytest.raises(ApiError) as raised:
        impact.call(create_partner_group, campaign_id=1000, body=CreatePartnerGroupForm(name="VIP"))
    assert raised.value.status == 400 and "Name is taken" in str(raised.value)
    assert isinstance(raised.value.envelope, ImpactError)
    assert [r.method for r in seen] == ["POST"] and seen[0].content == b"Name=VIP"


def test_an_undocumented_status_is_a_typed_error() -> None:
    with _impact(_answering(418, {"x": 1}, [])) as impact, pytest.raises(ApiError, match="not documented"):
        impact.call(list_partner_groups, campaign_id=1000)


def test_a_success_answer_that_breaks_the_spec_names_the_operation_and_path() -> None:
    bad = {"Groups": [{"Id": "5", "Name": "VIP", "MediaPartners": "not a list"}]}
    with _impact(_answering(200, bad, [])) as impact, pytest.raises(ResponseValidationError) as raised:
        impact.call(list_partner_groups, campaign_id=1000)
    assert "list_partner_groups" in str(raised.value) and "MediaPartners" in str(raised.value)


def test_the_async_twin_reads_the_same_models_and_errors() -> None:
    async def run(status: int, body: object) -> object:
        mock = _answering(status, body, [])
        async with ImpactClient("IRsid", "token", base_url=BASE, rate=None,
                                transport=Transport(sync=mock, async_=mock)) as impact:
            return await impact.acall(list_partner_groups, campaign_id=1000)

    assert asyncio.run(run(200, GROUPS)) == PartnerGroupList.from_dict(GROUPS)
    with pytest.raises(ApiError) as raised:
        asyncio.run(run(404, {"Status": "ERROR", "Message": "No such campaign"}))
    assert raised.value.status == 404 and isinstance(raised.value.envelope, ImpactError)
