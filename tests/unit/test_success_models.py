"""The generated ``success_models``: which answers the overlays read with the fast parse, and that reading
an answer through :meth:`Caller.call` gives what the generated ``sync_detailed`` gives."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import pkgutil
from types import ModuleType

import httpx
import pytest
from affiliate_clients import ImpactClient
from affiliate_clients.generated.impact_client import Client
from affiliate_clients.generated.impact_client.api.partner_groups import create_partner_group, list_partner_groups
from affiliate_clients.generated.impact_client.models import CreatePartnerGroupForm, ImpactError, PartnerGroupList
from affiliate_clients.http.clients import Transport
from affiliate_clients.http.errors import ApiError, ResponseValidationError


def _status_of(test: ast.expr) -> int | None:
    """N for ``response.status_code == N``."""
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
            and ast.unparse(test.left) == "response.status_code"
            and isinstance(test.comparators[0], ast.Constant) and isinstance(test.comparators[0].value, int)):
        return test.comparators[0].value
    return None


def _model_read(branch: list[ast.stmt]) -> str | None:
    """``Model`` for a branch that is exactly ``x = Model.from_dict(response.json())`` then ``return x``."""
    if len(branch) != 2 or not isinstance(branch[0], ast.Assign) or not isinstance(branch[1], ast.Return):
        return None
    value = branch[0].value
    if (isinstance(value, ast.Call) and len(value.args) == 1 and isinstance(value.func, ast.Attribute)
            and value.func.attr == "from_dict" and ast.unparse(value.args[0]) == "response.json()"
            and ast.unparse(branch[1].value or ast.Constant(None)) == ast.unparse(branch[0].targets[0])):
        return ast.unparse(value.func.value)
    return None


def read_as_one_model(source: str) -> dict[int, str]:
    """What the stock ``_parse_response`` of an endpoint module reads as one model from the JSON body, by status
    (< 400): an independent reading of the code, to hold the template's ``success_models`` against."""
    parse = [n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response"]
    assert len(parse) == 1, "no _parse_response: the generator changed"
    found: dict[int, str] = {}
    for node in parse[0].body:
        status = _status_of(node.test) if isinstance(node, ast.If) else None
        model = _model_read(node.body) if isinstance(node, ast.If) else None
        if status is not None and status < 400 and model is not None:
            found[status] = model
    return found


def _endpoints(package: str) -> list[ModuleType]:
    api = importlib.import_module(f"{package}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found.append(module)
    return found


@pytest.mark.parametrize("package", [f"affiliate_clients.generated.{api}_client"
                                     for api in ("impact", "invoca", "partnerize", "spaaza")])
def test_every_endpoint_module_exposes_its_request_and_reader(package: str) -> None:
    endpoints = _endpoints(package)
    assert endpoints
    for module in endpoints:
        assert module.request_kwargs is module._get_kwargs
        assert module.parse_response is module._parse_response
        assert all(200 <= status < 400 and hasattr(model, "from_dict")
                   for status, model in module.success_models.items())
        listed = {status: model.__name__ for status, model in module.success_models.items()}
        assert listed == read_as_one_model(inspect.getsource(module)), module.__name__
    # spaaza's one success answer is a union of two envelopes: read by the stock reader
    assert any(module.success_models for module in endpoints) == (package != "affiliate_clients.generated.spaaza_client")


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
